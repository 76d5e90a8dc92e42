/**
 * The kinds of value a sentence states, saved per sentence at index build so that "sources
 * differ" sets aside a candidate without a value of the kind asked without analysing it: the
 * saved kinds are those its analysis gives, and reading them changes no disagreement found.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import type { QuestionMatcher } from '../../src/search/match.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { analyseFact } from '../../src/search/select/fact-relation.js';
import {
  findDisagreements,
  type RankedSentence,
  type SelectContext,
} from '../../src/search/select/select.js';
import {
  factTextAt,
  holdsValueKind,
  holdsZeroCount,
  sentenceValueKinds,
  valueKindsOf,
} from '../../src/search/select/value-kinds.js';
import { searchCorpus } from './fixtures.js';

const kindsOf = (text: string) => valueKindsOf(analyseFact(text).values);

describe('the kinds of value a sentence states', () => {
  it('are read from its values: a count, a day, a place, an actor', () => {
    const kinds = kindsOf('Four people were hurt in Tarnby on Tuesday.');
    expect(holdsValueKind(kinds, 'number')).toBe(true);
    expect(holdsValueKind(kinds, 'date')).toBe(true);
    expect(holdsValueKind(kinds, 'place')).toBe(true);
    expect(holdsValueKind(kinds, null)).toBe(true);
    expect(holdsZeroCount(kinds)).toBe(false);
  });

  it('hold a count of nought in words as a number, and apart', () => {
    const kinds = kindsOf('None of the passengers was taken to hospital.');
    expect(holdsZeroCount(kinds)).toBe(true);
    expect(holdsValueKind(kinds, 'number')).toBe(true);
    expect(holdsValueKind(kinds, 'date')).toBe(false);
  });

  it('are none for a sentence that states no value', () => {
    const kinds = kindsOf('the ferry was late again.');
    for (const aspect of ['number', 'date', 'place', 'actor', null] as const)
      expect(holdsValueKind(kinds, aspect)).toBe(false);
  });
});

describe('the text a sentence is analysed in', () => {
  const texts = ['Police named the driver as Tomas Varga.', 'The 31-year-old was arrested.'];
  const sentences: Sentence[] = texts.map((text) => ({
    article: 0,
    paragraph: 0,
    start: 0,
    end: text.length,
    kind: 'body',
  }));

  it('reads an age description as the person the body sentence before names', () => {
    expect(factTextAt(sentences, (s) => texts[s]!, 1)).toBe('Tomas Varga, 31, was arrested.');
  });

  it('reads it as written after a heading or in another article', () => {
    const heading = sentences.map((s, i) => (i === 0 ? { ...s, kind: 'heading' as const } : s));
    expect(factTextAt(heading, (s) => texts[s]!, 1)).toBe(texts[1]);
    const apart = sentences.map((s, i) => ({ ...s, article: i }));
    expect(factTextAt(apart, (s) => texts[s]!, 1)).toBe(texts[1]);
  });
});

describe('the kinds an index saves', () => {
  const corpus = searchCorpus(
    {
      id: 'crash',
      published: '2026-03-06',
      paragraphs: [
        [
          'Police named the driver as Tomas Varga.',
          'The 31-year-old was arrested in Tarnby on Friday.',
          'None of the passengers was hurt.',
          'the road stayed closed.',
        ],
      ],
    },
    {
      id: 'jobs',
      published: '2026-03-07',
      paragraphs: [['Harl Coaches said 212 jobs were at risk.']],
    },
  );

  it('are those of each sentence analysed as answering analyses it', () => {
    const index = SearchIndex.build(corpus, []);
    const { select } = index.rank('who was arrested in Tarnby');
    const expected = corpus.sentences.map((_, s) =>
      kindsOf(factTextAt(corpus.sentences, select.textOf, s)),
    );
    expect(corpus.sentences.map((_, s) => select.valueKindsAt?.(s))).toEqual(expected);
    expect(Array.from(sentenceValueKinds(corpus.sentences, select.textOf))).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(2);
    // Building an index reads WordNet: some seconds on a loaded machine.
  }, 120_000);
});

describe('"sources differ" with saved kinds', () => {
  const SHOWN = 'Harl Coaches went into administration on Friday, putting 210 jobs at risk.';
  const COUNTERPART = 'The collapse left 212 jobs at risk.';
  const NO_NUMBER = 'Harl Coaches staff were told at the depot.';

  const features = (coverage: number): Features =>
    Object.fromEntries(
      FEATURE_NAMES.map((name) => [
        name,
        name === 'coverage' ? coverage : name === 'typeMatch' ? 1 : 0,
      ]),
    ) as Features;

  function setUp(texts: string[], saved: boolean) {
    const sentences: Sentence[] = texts.map((text, article) => ({
      article,
      paragraph: 0,
      start: 0,
      end: text.length,
      kind: 'body',
    }));
    const kinds = sentenceValueKinds(sentences, (s) => texts[s]!);
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
      ...(saved ? { valueKindsAt: (s: number) => kinds[s]! } : {}),
    };
    const ranked: RankedSentence[] = texts.map((_, sentence) => ({
      sentence,
      score: -sentence,
      features: features(sentence === 0 ? 1 : 0.2),
    }));
    return { context, ranked, read };
  }

  it('finds what the analyses find, without reading a candidate holding no value asked', () => {
    const texts = [SHOWN, NO_NUMBER, COUNTERPART];
    const analysed = setUp(texts, false);
    const saved = setUp(texts, true);
    const found = [{ aspect: 'number', sentences: [0, 2] }];
    expect(findDisagreements(analysed.ranked, analysed.context, [0])).toEqual(found);
    expect(findDisagreements(saved.ranked, saved.context, [0])).toEqual(found);
    expect(analysed.read.has(1)).toBe(true);
    expect(saved.read.has(1)).toBe(false);
  });
});
