/**
 * Each sentence's disagreement sketch as an index saves it: what `mayDisagree` reads of a passage
 * analysed, so the test of a pair gives what it gives on the two analyses, and "sources differ"
 * rules a pair out without analysing its sentences.
 */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.js';
import { analyseFact, mayDisagree } from '../../src/search/select/fact-relation.js';
import { packSketches, SavedSketches } from '../../src/search/select/saved-sketches.js';
import { factTextAt } from '../../src/search/select/value-kinds.js';
import { searchCorpus } from './fixtures.js';

const corpus = searchCorpus(
  {
    id: 'crash',
    published: '2026-03-06',
    paragraphs: [
      [
        'Police named the driver as Tomas Varga.',
        'The 31-year-old was arrested in Tarnby on Friday.',
        'None of the passengers was hurt.',
        'The council, not Wenn Water, issued the notice.',
      ],
    ],
  },
  {
    id: 'vote',
    published: '2026-03-07',
    paragraphs: [
      [
        'Fourteen people were injured in the crash on 6 March 2026.',
        'The motion passed by 212 votes to 190.',
        'The reward is now £20,000.',
        'A 60-strong team searched the Tarnby road.',
      ],
    ],
  },
);

describe('saved disagreement sketches', () => {
  // Built once for the three tests: building an index reads WordNet.
  const index = SearchIndex.build(corpus, []);
  const { select } = index.rank('how many people were injured');
  const analysed = corpus.sentences.map((_, s) =>
    analyseFact(factTextAt(corpus.sentences, select.textOf, s)),
  );

  it('hold each sentence analysed terms, in order, and its sketch bits', () => {
    corpus.sentences.forEach((_, s) => {
      const saved = select.sketchAt?.(s);
      expect([...(saved?.stems ?? [])]).toEqual([...analysed[s]!.stems]);
      expect(saved?.sketch).toBe(analysed[s]!.sketch);
    });
    expect(new Set(analysed.map((fact) => fact.sketch)).size).toBeGreaterThan(3);
  });

  it('give mayDisagree what the analyses give, for every pair, with and without synonyms', () => {
    const synonyms = (stem: string) =>
      stem === 'injur' ? ['hurt'] : stem === 'hurt' ? ['injur'] : [];
    let allowed = 0;
    for (let a = 0; a < analysed.length; a++)
      for (let b = 0; b < analysed.length; b++) {
        const [savedA, savedB] = [select.sketchAt!(a), select.sketchAt!(b)];
        const expected = mayDisagree(analysed[a]!, analysed[b]!);
        expect(mayDisagree(savedA, savedB)).toBe(expected);
        expect(mayDisagree(savedA, savedB, synonyms)).toBe(
          mayDisagree(analysed[a]!, analysed[b]!, synonyms),
        );
        if (expected) allowed += 1;
      }
    expect(allowed).toBeGreaterThan(analysed.length);
    expect(allowed).toBeLessThan(analysed.length ** 2);
  });

  it('are refused when they are not one per sentence', () => {
    const packed = packSketches(corpus.sentences, select.textOf);
    expect(() => new SavedSketches(packed, corpus.sentences.length + 1)).toThrow(/fact sketches/);
  });
});
