import { beforeAll, describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

/** Two towns' floods, told in the same words: what is said of one is not said of the other. */
const KELBY = {
  id: 'kelby',
  title: 'High street reopens',
  published: '2026-06-12',
  paragraphs: [
    ['Drivers in Kelby can use the high street again after the council lifted the closure.'],
    ['The flooding on the high street has been blamed on a blocked culvert under the railway.'],
  ],
};
const DURNFORD = {
  id: 'durnford',
  title: 'Diversion ends',
  published: '2026-06-19',
  paragraphs: [
    ['The last of the road closures in Durnford was lifted on Friday.'],
    ['Engineers said the cause of the flooding on the Durnford road was still being investigated.'],
  ],
};

/** The articles of the sentences the ranking gives, best first. */
const articlesRanked = (question: string) => {
  const { index, corpus } = engineOver(KELBY, DURNFORD);
  return index
    .rank(question)
    .ranked.map((r) => corpus.articles[corpus.sentences[r.sentence]!.article]!.meta.id);
};

describe('a place the question restricts to', () => {
  // Building reads WordNet: slow on a busy machine.
  beforeAll(() => void engineOver(KELBY, DURNFORD), 60_000);

  it('sets a passage about another place below those naming it or no place', () => {
    // "cause" and "flooding" are both in Durnford's sentence; Kelby's says "blamed on".
    expect(articlesRanked('what was the cause of the flooding in kelby')).toEqual([
      'kelby',
      'kelby',
      'durnford',
    ]);
  });

  it('leaves the order alone when the question names the other place', () => {
    expect(articlesRanked('what was the cause of the flooding in durnford')[0]).toBe('durnford');
  });

  it('does not read an owner after "in" as a place ("in kelby\'s streets")', () => {
    const { index } = engineOver(KELBY, DURNFORD);
    const ranked = index.rank("what was the cause of the flooding in kelby's streets").ranked;
    expect(ranked.every((r) => r.features.otherPlace === 0)).toBe(true);
  });
});
