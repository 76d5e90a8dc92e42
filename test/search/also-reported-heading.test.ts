/**
 * A heading is never "also reported by" a sentence, nor a sentence by a heading, whichever ranks
 * first: a heading states its fact without tense, date or stance. Selection run directly on an
 * invented ranking, so that the heading ranks first.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import type { QuestionMatcher } from '../../src/search/match.js';
import { selectPassages, type SelectContext } from '../../src/search/select/select.js';

const TEXTS = [
  'Tarn parish board approves the ferry landing repairs',
  'The Tarn parish board approves the ferry landing repairs, the clerk of the board said.',
];
const features = (): Features =>
  Object.fromEntries(FEATURE_NAMES.map((name) => [name, name === 'coverage' ? 1 : 0])) as Features;

function context(kinds: Array<Sentence['kind']>): SelectContext {
  const sentences: Sentence[] = kinds.map((kind, article) => ({
    article,
    paragraph: 0,
    start: 0,
    end: TEXTS[article]!.length,
    kind,
  }));
  return {
    sentences,
    textOf: (s) => TEXTS[s]!,
    termOverlap: () => 1,
    contextOf: () => null,
    contextHelps: () => false,
    matcher: { spanCoverage: () => 1 } as unknown as QuestionMatcher,
    answerType: null,
    publishedOf: () => null,
  };
}

const ranked = [0, 1].map((sentence) => ({ sentence, score: 1 - sentence, features: features() }));

describe('"also reported by" and headings', () => {
  it('pairs two sentences of one fact', () => {
    const chosen = selectPassages(ranked, 5, context(['body', 'body']));
    expect(chosen.map((c) => c.also.map((w) => w.sentence))).toEqual([[1]]);
  });

  it('pairs no heading with a sentence, whichever ranks first', () => {
    for (const kinds of [
      ['heading', 'body'],
      ['body', 'heading'],
    ] as Array<Array<Sentence['kind']>>) {
      const chosen = selectPassages(ranked, 5, context(kinds));
      expect(chosen.map((c) => c.window.sentence)).toEqual([0, 1]);
      expect(chosen.flatMap((c) => c.also)).toEqual([]);
    }
  });
});
