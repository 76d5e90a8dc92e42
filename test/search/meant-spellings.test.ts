/**
 * A misspelt word read as the common word meant (src/search/plan/meant-spellings.ts): one edit
 * away, its first letter kept, the only such dictionary word the corpus lacks (its
 * inflections counting as one), never a name. A small invented vocabulary stands for the
 * index's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { meantWord, withMeantSpellings } from '../../src/search/plan/meant-spellings.js';
import { stem } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const DICTIONARY = new Set(['withhold', 'objections', 'happens', 'happened', 'recording', 'tier']);
const CORPUS = new Set(['council', 'payment', 'lukashenka', 'according'].map((word) => stem(word)));
const vocabulary = {
  has: (term: string) => CORPUS.has(term),
  isDictionaryWord: (word: string) => DICTIONARY.has(word),
};

describe('the word meant', () => {
  it('is the one dictionary word one edit away', () => {
    expect(meantWord('withold', vocabulary)).toBe('withhold');
    expect(meantWord('objectons', vocabulary)).toBe('objections');
    // Two inflections of one word are one word meant.
    expect(meantWord('happend', vocabulary)).toMatch(/^happen/);
  });

  it('is none for a known word, a short word, another first letter, or no dictionary neighbour', () => {
    expect(meantWord('payment', vocabulary)).toBeNull();
    expect(meantWord('withhold', vocabulary)).toBeNull();
    expect(meantWord('thier', vocabulary)).toBeNull();
    expect(meantWord('ecording', vocabulary)).toBeNull();
    expect(meantWord('lukashenko', vocabulary)).toBeNull();
    // A word the corpus writes is left to the plan's own corrections.
    expect(meantWord('acording', vocabulary)).toBeNull();
  });

  it('reads a word once for a vocabulary, and for each vocabulary by its own words', () => {
    let lookUps = 0;
    const counted = {
      has: (term: string) => (lookUps++, CORPUS.has(term)),
      isDictionaryWord: (word: string) => (lookUps++, DICTIONARY.has(word)),
    };
    expect(meantWord('withold', counted)).toBe('withhold');
    const firstReading = lookUps;
    expect(meantWord('withold', counted)).toBe('withhold');
    expect(lookUps).toBe(firstReading);
    const noDictionary = { has: counted.has, isDictionaryWord: () => false };
    expect(meantWord('withold', noDictionary)).toBeNull();
  });

  it('replaces lower-case words of a question only', () => {
    expect(withMeantSpellings('why did the council withold the payment?', vocabulary)).toBe(
      'why did the council withhold the payment?',
    );
    expect(withMeantSpellings('Withold', vocabulary)).toBe('Withold');
  });
});

/** A payment withheld: the corpus writes only the irregular past. */
const TRAMS: SearchFixtureArticle = {
  id: 'trams',
  title: 'Tram payment held back',
  outlet: 'Harrow Gazette',
  published: '2025-03-12',
  paragraphs: [
    ['The city council has withheld a payment of £2m from the tram contractor over delays.'],
    ['The contractor said the faults had been fixed.'],
  ],
};

describe('a question with a misspelt word', () => {
  beforeAll(() => void engineOver(TRAMS), 120_000);

  it('is planned with the forms of the word meant', () => {
    const { index } = engineOver(TRAMS);
    const plan = index.rank('why did the council withold the payment').plan;
    const forms = plan.concepts.flatMap((c) => c.alternatives.map((a) => a.terms.join(' ')));
    expect(forms).toContain('withheld');
    expect(engineOver(TRAMS).engine.ask('why did the council withold the payment').answered).toBe(
      true,
    );
  });
});
