/**
 * Abstention's gate on the thing a question asks for (src/search/abstain-asked-thing.ts) read
 * for "how long": only a value answers it, a span of time or a length. The word "long" in a
 * fixed phrase ("longtime", "no longer") or a date (a point, not a span) does not. Tiny
 * invented corpora: a harbour strike told with and without its length.
 */
import { describe, expect, it } from 'vitest';
import { askedThingOf, holdsAskedThing } from '../../src/search/abstain-asked-thing.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The strike's start, its leader and its date; nothing of how long it lasted. */
const UNTIMED: SearchFixtureArticle = {
  id: 'untimed',
  title: 'Ferry crews strike at Kelby harbour',
  outlet: 'Kelby Herald',
  published: '2026-02-10',
  paragraphs: [
    ['Ferry crews at Kelby harbour went on strike on February 9 over rotas.'],
    ['The strike was led by longtime union organiser Ada Brenn.'],
    ['Passengers could no longer book crossings to Hollin, the operator said.'],
  ],
};

/** The same strike with its length. */
const TIMED: SearchFixtureArticle = {
  id: 'timed',
  title: 'Kelby ferry strike ends',
  outlet: 'Kelby Post',
  published: '2026-02-13',
  paragraphs: [['The ferry crews’ strike at Kelby harbour lasted three days, the union said.']],
};

const QUESTION = 'how long did the ferry strike at Kelby harbour last?';

describe('"how long"', () => {
  it('is held by a span or a length, not by the word "long" nor by a date', () => {
    const asked = askedThingOf(QUESTION)!;
    expect([...asked.values].sort()).toEqual(['duration', 'length']);
    const forms = [[asked.term]];
    const holds = (text: string) => holdsAskedThing(text, asked, forms, new Set());
    expect(holds('The strike was led by longtime union organiser Ada Brenn.')).toBe(false);
    expect(holds('Passengers could no longer book crossings.')).toBe(false);
    expect(holds('The crews went on strike on February 9.')).toBe(false);
    expect(holds('The strike lasted three days.')).toBe(true);
    expect(holds('Crews have been on strike since 2025.')).toBe(true);
    expect(holds('The new pier is 300 metres long.')).toBe(true);
    expect(holds('The queue of cars stretched back more than a mile.')).toBe(true);
  });

  it('is refused when the coverage gives no span, answered when it does', () => {
    expect(engineOver(UNTIMED).engine.ask(QUESTION).answered).toBe(false);
    const answer = engineOver(UNTIMED, TIMED).engine.ask(QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('three days');
    // Built engines read WordNet: slow on a busy machine.
  }, 120_000);
});
