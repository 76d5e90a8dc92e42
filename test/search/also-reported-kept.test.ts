/**
 * What "also reported by" reads of two sentences whatever the question (their shared terms, the
 * years of their articles, a shared figure or clause) is kept across questions (select.ts
 * `wordingAt`): asked again, a selection links the same reports; read again when the articles'
 * publication dates change. Invented sentences and ranking.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import type { QuestionMatcher } from '../../src/search/match.js';
import {
  selectPassages,
  type RankedSentence,
  type SelectContext,
} from '../../src/search/select/select.js';

const APRIL = 'The Ostby swing bridge over the Tarn reopened to traffic after repairs to its deck.';
const MAY = 'The Ostby swing bridge over the Tarn reopened to traffic.';

const features = (coverage: number): Features =>
  Object.fromEntries(
    FEATURE_NAMES.map((name) => [name, name === 'coverage' ? coverage : 0]),
  ) as Features;

describe('"also reported by", kept across questions', () => {
  const texts = [APRIL, MAY];
  const sentences: Sentence[] = texts.map((text, article) => ({
    article,
    paragraph: 0,
    start: 0,
    end: text.length,
    kind: 'body',
  }));
  const published = ['2026-04-02', '2026-05-20'];
  const context: SelectContext = {
    sentences,
    textOf: (s) => texts[s]!,
    // Most of the shorter report's terms are the longer one's.
    termOverlap: () => 1,
    contextOf: () => null,
    contextHelps: () => false,
    matcher: { spanCoverage: () => 1 } as unknown as QuestionMatcher,
    answerType: null,
    publishedOf: (s) => published[s] ?? null,
  };
  // The shorter report covers less of the question than the longer.
  const ranked: RankedSentence[] = [
    { sentence: 0, score: 2, features: features(1) },
    { sentence: 1, score: 1, features: features(0.5) },
  ];
  const also = () =>
    selectPassages(ranked, 3, context).map((hit) => hit.also.map((w) => w.sentence));

  it('links the same reports when asked again', () => {
    expect(also()).toEqual([[1]]);
    expect(also()).toEqual([[1]]);
  });

  it('reads the pair again when its articles turn out to be years apart, and back', () => {
    published[1] = '2019-05-20';
    expect(also()).toEqual([[], []]);
    published[1] = '2026-05-20';
    expect(also()).toEqual([[1]]);
  });
});
