/**
 * A count of things asked by a verb of the causative/inchoative alternation
 * (src/search/inchoative-verbs.ts, src/search/abstain-counted-act.ts): "how many shops closed
 * after the bypass opened" asks the shops that closed, and "The traders' association represents
 * about 90 shops" counts shops, none closed. Tiny invented corpora: a bypass's effect on a
 * town's shops, told without the closures, then with them.
 */
import { describe, expect, it } from 'vitest';
import { isInchoative } from '../../src/search/inchoative-verbs.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Shops counted, and a closure told with another number, but no count of shops closed. */
const NO_CLOSURES: SearchFixtureArticle = {
  id: 'bypass',
  title: 'Kelby traders fear bypass',
  outlet: 'Kelby Advertiser',
  published: '2026-05-11',
  paragraphs: [
    ['The Kelby bypass opened in March after two years of work.'],
    ['The traders’ association represents about 90 shops in Kelby.'],
    ['The old market hall closed on 3 April, a month after the bypass opened.'],
  ],
};

/** The closures counted. */
const CLOSURES: SearchFixtureArticle = {
  id: 'closures',
  title: 'Kelby shops close after bypass',
  outlet: 'Kelby Times',
  published: '2027-03-20',
  paragraphs: [['Fourteen shops closed in Kelby in the year after the bypass opened.']],
};

describe('verbs of the causative/inchoative alternation', () => {
  it('are those with a transitive sense and an intransitive one of a thing', () => {
    expect(isInchoative('closed')).toBe(true);
    expect(isInchoative('sank')).toBe(true);
    expect(isInchoative('sailed')).toBe(false);
    expect(isInchoative('joined')).toBe(false);
  });
});

describe('a count asked by an inchoative', () => {
  // The first question builds the fixtures' engine and loads WordNet: slow on a busy machine.
  const ENGINE_TIMEOUT = 120_000;
  it(
    'is refused when no sentence counts the things told with the act',
    () => {
      const { engine } = engineOver(NO_CLOSURES);
      expect(engine.ask('how many shops closed after the bypass opened?').answered).toBe(false);
    },
    ENGINE_TIMEOUT,
  );

  it(
    'is answered by the count of them that closed',
    () => {
      const { engine } = engineOver(NO_CLOSURES, CLOSURES);
      const closed = engine.ask('how many shops closed after the bypass opened?');
      expect(closed.answered).toBe(true);
      expect(closed.passages[0]?.quote).toContain('Fourteen shops closed');
    },
    ENGINE_TIMEOUT,
  );
});
