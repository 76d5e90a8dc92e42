/**
 * A misspelt word is judged long enough for typo tolerance as typed, not by its stem
 * (plan/query-plan.ts): a typo is an error in the written word (Damerau 1964, "A technique for
 * computer detection and correction of spelling errors", CACM 7(3)), and the stemmer may cut a
 * misspelling below the shortest length corrected ("runing" stems to "rune", four letters, as
 * Porter's step 1b restores an "e" after "run"). Then the typed word's own one-edit corrections
 * stand for it ("running" → "run"), never the short stem's neighbours. Invented articles; before
 * the change the word found nothing, and a question asking only of it was refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FERRY: SearchFixtureArticle = {
  id: 'ferry',
  title: 'Harbour ferry marks anniversary',
  outlet: 'Eastgate Gazette',
  published: '2025-04-02',
  paragraphs: [
    ['The Wexmoor ferry has been running across the harbour since 1998.'],
    ['Its skipper, Dana Olin, said the crossing takes twelve minutes.'],
    ['Olin has faced winter gales and taken no day off.'],
  ],
};

describe('a misspelling whose stem is short', () => {
  beforeAll(() => void engineOver(FERRY), 120_000);

  it('is corrected by the typed word’s one-edit corrections', () => {
    const { index } = engineOver(FERRY);
    const concept = index
      .rank('how long has the wexmoor ferry been runing')
      .plan.concepts.find((c) => c.label === 'runing');
    expect(concept?.alternatives.map((a) => a.terms.join(' '))).toContain('run');
  });

  it('is answered by the passage using the word meant', () => {
    const reply = engineOver(FERRY).engine.ask('since when has it been runing');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('running across the harbour since 1998');
  });

  it('takes no neighbour of the short stem the typed word is not one edit from', () => {
    // "rune" is one edit from "rule" and "tune"; "runing" is one edit from neither.
    const { index } = engineOver(FERRY);
    const concept = index
      .rank('how long has the wexmoor ferry been runing')
      .plan.concepts.find((c) => c.label === 'runing');
    for (const a of concept?.alternatives ?? []) expect(['rune', 'run']).toContain(a.terms[0]);
  });

  it('takes no correction the typed word’s edits leave ambiguous', () => {
    // "faked" is one edit from "faced" and "taked": "face" and "take" both stand in the text.
    const { index } = engineOver(FERRY);
    const concept = index
      .rank('has olin faked the crossing times')
      .plan.concepts.find((c) => c.label === 'faked');
    expect(concept?.alternatives.some((a) => a.kind === 'fuzzy')).toBe(false);
  });
});
