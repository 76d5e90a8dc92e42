/**
 * A misspelling with one correction is read as the word meant (plan/sure-correction.ts): matched
 * as the word itself, and taken as the word by the abstention gates. Tiny invented corpora.
 */
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';
import { kindsOf } from '../support/plan-kinds.js';

const ARTICLE = (id: string, title: string, ...sentences: string[]) => ({
  id,
  title,
  published: '2026-03-02',
  paragraphs: sentences.map((sentence) => [sentence]),
});

const HARBOUR = [
  ARTICLE(
    'harbour',
    'Harbour plans approved',
    'The harbour authority approved the new breakwater in March.',
    'Fishermen said the breakwater would protect their boats from winter storms.',
    'Construction of the breakwater will begin in September and cost £12m.',
    'The authority received 45 objections to the scheme.',
  ),
  ARTICLE(
    'library',
    'Library reopens',
    'The library reopened on Monday after a two-year refurbishment costing £4m.',
    'Volunteers helped move 20,000 books back onto the shelves.',
  ),
];

describe('sure corrections', () => {
  it('matches the one word a misspelling can stand for as the word itself', () => {
    const { index } = engineOver(...HARBOUR);
    // A dropped letter: "breakwatr" is one edit from "breakwater" alone.
    expect(
      kindsOf(index.rank('when was the breakwatr approved?').plan, 'breakwatr'),
    ).toContainEqual(['breakwat', 'exact']);
    // A swap: "objectoins".
    expect(
      kindsOf(index.rank('how many objectoins were received?').plan, 'objectoins'),
    ).toContainEqual(['object', 'exact']);
  }, 120_000);

  it('leaves a correction that changes the first letter a guess', () => {
    const { index } = engineOver(...HARBOUR);
    // "vreakwater": the first letter is seldom the one mistyped (Pollock & Zamora 1984).
    const kinds = kindsOf(index.rank('when was the vreakwater approved?').plan, 'vreakwater');
    expect(kinds?.some(([, kind], i) => i > 0 && kind === 'exact')).toBe(false);
  });

  it('answers a "when was X approved" question with X misspelt, as it does spelt right', () => {
    const { engine } = engineOver(...HARBOUR);
    for (const question of [
      'when was the breakwater approved?',
      'when was the breakwatr approved?',
      'when was the breakwaterr approved?',
    ])
      expect(engine.ask(question).passages[0]?.quote, question).toBe(
        'The harbour authority approved the new breakwater in March.',
      );
  });
});
