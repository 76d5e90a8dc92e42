/**
 * "Sources differ" from a passage shown and a counterpart further down the candidates, on an
 * invented ranking: found by the same relation, within a bounded number of candidates.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import type { QuestionMatcher } from '../../src/search/match.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import {
  findDisagreements,
  type RankedSentence,
  type SelectContext,
} from '../../src/search/select/select.js';

const SHOWN = 'Harl Coaches went into administration on Friday, putting 210 jobs at risk.';
const COUNTERPART = 'The collapse left 212 jobs at risk.';
const OTHER_MEASURE = 'About 200 jobs were cut at the Tarnby depot last year.';
const filler = (i: number) => `The Tarnby ferry carried ${100 + i} cyclists on route ${i}.`;

const features = (coverage: number): Features =>
  Object.fromEntries(
    FEATURE_NAMES.map((name) => [
      name,
      name === 'coverage' ? coverage : name === 'typeMatch' ? 1 : 0,
    ]),
  ) as Features;

/** Each text its own article, all published on the same day, ranked in order. */
function setUp(texts: string[]) {
  const sentences: Sentence[] = texts.map((text, article) => ({
    article,
    paragraph: 0,
    start: 0,
    end: text.length,
    kind: 'body',
  }));
  const read = new Set<number>();
  const context: SelectContext = {
    sentences,
    textOf: (s) => {
      read.add(s);
      return texts[s]!;
    },
    termOverlap: () => 1,
    contextOf: () => null,
    contextHelps: () => false,
    matcher: {} as QuestionMatcher,
    answerType: { name: 'number' },
    publishedOf: () => '2026-03-06',
  };
  // The shown passage covers the question; the rest cover a fifth as much, below the floor
  // for the best candidates' pairs.
  const ranked: RankedSentence[] = texts.map((_, sentence) => ({
    sentence,
    score: -sentence,
    features: features(sentence === 0 ? 1 : 0.2),
  }));
  return { context, ranked, read };
}

describe('a counterpart of a shown passage', () => {
  it('differs from it when the relation says so, though not among the best candidates', () => {
    const { context, ranked } = setUp([SHOWN, filler(1), filler(2), COUNTERPART]);
    expect(findDisagreements(ranked, context)).toEqual([]);
    expect(findDisagreements(ranked, context, [ranked[0]!])).toEqual([
      { aspect: 'number', sentences: [0, 3] },
    ]);
  });

  it('is not claimed for a count of another act or time', () => {
    const { context, ranked } = setUp([SHOWN, OTHER_MEASURE]);
    expect(findDisagreements(ranked, context, [ranked[0]!])).toEqual([]);
  });

  it('is looked for among the best candidates only, each read once', () => {
    const bound = SEARCH_OPTIONS.select.differCounterparts;
    const fillers = Array.from({ length: bound + 20 }, (_, i) => filler(i));
    const beyond = setUp([SHOWN, ...fillers, COUNTERPART]);
    expect(findDisagreements(beyond.ranked, beyond.context, [beyond.ranked[0]!])).toEqual([]);
    expect(beyond.read.size).toBeLessThanOrEqual(bound);
    const within = setUp([SHOWN, ...fillers.slice(0, bound - 2), COUNTERPART]);
    expect(findDisagreements(within.ranked, within.context, [within.ranked[0]!])).toEqual([
      { aspect: 'number', sentences: [0, bound - 1] },
    ]);
  });

  it('is not read when of the shown passage’s own article, which it cannot differ from', () => {
    const { context, ranked, read } = setUp([SHOWN, filler(1), filler(2), COUNTERPART]);
    // The two fillers are of the shown passage's article; the counterpart is of another.
    const sentences = context.sentences.map((s, i) => (i < 3 ? { ...s, article: 0 } : s));
    const oneArticle: SelectContext = { ...context, sentences };
    expect(findDisagreements(ranked.slice(0, 3), oneArticle, [ranked[0]!])).toEqual([]);
    expect([...read].sort()).toEqual([0]);
    expect(findDisagreements(ranked, oneArticle, [ranked[0]!])).toEqual([
      { aspect: 'number', sentences: [0, 3] },
    ]);
  });
});

describe('whether two passages may differ, kept across questions', () => {
  const INJURED = 'Fourteen people were injured.';
  const HURT = 'Seventeen people were hurt.';
  const synonyms = (stem: string) =>
    stem === 'injur' ? ['hurt'] : stem === 'hurt' ? ['injur'] : [];

  it('answers the same when asked again, and apart for a context with synonyms and one without', () => {
    const { context, ranked } = setUp([INJURED, HURT]);
    const withSynonyms: SelectContext = { ...context, synonymsOf: synonyms };
    const found = findDisagreements(ranked, withSynonyms, [ranked[0]!]);
    expect(found).toEqual([{ aspect: 'number', sentences: [0, 1] }]);
    expect(findDisagreements(ranked, withSynonyms, [ranked[0]!])).toEqual(found);
    // Without the synonym table "injured" and "hurt" share nothing: the pair is not compared.
    expect(findDisagreements(ranked, context, [ranked[0]!])).toEqual([]);
    expect(findDisagreements(ranked, withSynonyms, [ranked[0]!])).toEqual(found);
  });
});
