/**
 * Passages of another thing than the one a question asks about ("Another agreement was signed
 * in Dunmore" for "where was the agreement signed") shown after comparable passages of the one
 * asked about: other-referent.ts reads them, given-first.ts orders them.
 */
import { describe, expect, it } from 'vitest';
import { givenFirst, type ReferentPassage } from '../../src/search/given-first.js';
import {
  askedDescriptions,
  mayTellOfOther,
  tellsOfAnyOther,
  tellsOfOther,
} from '../../src/search/other-referent.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

describe('askedDescriptions', () => {
  it('reads each word of a definite description as a possible head, with the words before it', () => {
    expect(askedDescriptions('where was the agreement signed')).toEqual([
      { head: 'agreement', modifiers: [] },
      { head: 'sign', modifiers: ['agreement'] },
    ]);
    expect(askedDescriptions('where was the fare agreement signed?')[1]).toEqual({
      head: 'agreement',
      modifiers: ['fare'],
    });
  });

  it('gives none for a description the question itself marks as another', () => {
    expect(askedDescriptions('what did the second agreement say')).toEqual([]);
    expect(askedDescriptions('where was the other agreement signed')).toEqual([]);
    expect(askedDescriptions('where was another agreement signed')).toEqual([]);
    expect(askedDescriptions('who signed another agreement after the agreement')).toEqual([]);
  });
});

describe('tellsOfOther', () => {
  const agreement = { head: 'agreement', modifiers: [] };

  it('is true for a sentence whose first mention of the head is marked as another', () => {
    expect(tellsOfOther('Another agreement was signed in Dunmore.', [], agreement)).toBe(true);
    expect(tellsOfOther('A separate ferry agreement was signed.', [], agreement)).toBe(true);
    expect(tellsOfOther('Two other agreements followed in May.', [], agreement)).toBe(true);
  });

  it('is false for the given thing, a new one, or a sentence not mentioning the head', () => {
    expect(tellsOfOther('The agreement was signed in Harwick.', [], agreement)).toBe(false);
    expect(tellsOfOther('They signed a new agreement in Harwick.', [], agreement)).toBe(false);
    expect(tellsOfOther('The agreement replaces another agreement.', [], agreement)).toBe(false);
    expect(tellsOfOther('Another meeting was held in Dunmore.', [], agreement)).toBe(false);
    // Punctuation parts the marker from the noun: "other" is no premodifier of it here.
    expect(tellsOfOther('Among others, agreement was reached.', [], agreement)).toBe(false);
  });

  it('reads a bare "the" head as the nearest earlier mention in the paragraph', () => {
    const before = ['The ports signed subsequent agreements in 2025.', 'Talks were held in March.'];
    expect(tellsOfOther('Finally, the agreement was signed in Dunmore.', before, agreement)).toBe(
      true,
    );
    const given = ['The ports signed subsequent agreements.', 'The agreement was signed in May.'];
    expect(tellsOfOther('The agreement was signed in Dunmore.', given, agreement)).toBe(true);
    const plain = ['The ports signed a fare agreement in 2025.'];
    expect(tellsOfOther('Finally, the agreement was signed in Dunmore.', plain, agreement)).toBe(
      false,
    );
  });

  it('is false when the sentence holds every word the question describes the thing by', () => {
    const described = { head: 'agreement', modifiers: ['berth'] };
    expect(
      tellsOfOther('Another agreement, on berths, was signed in Dunmore.', [], described),
    ).toBe(false);
    const fare = { head: 'agreement', modifiers: ['fare'] };
    expect(tellsOfOther('Another agreement was signed in Dunmore.', [], fare)).toBe(true);
  });
});

describe('tellsOfAnyOther', () => {
  it('holds exactly when tellsOfOther holds for one of the descriptions', () => {
    const question = 'where was the berth fare agreement signed';
    const asked = askedDescriptions(question);
    expect(asked.length).toBeGreaterThan(2);
    const passages: Array<[string, string[]]> = [
      ['Another agreement was signed in Dunmore.', []],
      ['Another fare agreement, on berths, was signed.', []],
      ['Finally, the agreement was signed in Dunmore.', ['They signed other agreements.']],
      ['The agreement was signed.', ['Other fare agreements.', 'The agreement was signed in May.']],
      ['Other berths were signed over in May.', ['The fare rose.']],
      ['The ferry sailed at noon.', []],
    ];
    for (const [text, before] of passages) {
      const one = asked.some((description) => tellsOfOther(text, before, description));
      expect(tellsOfAnyOther(text, before, asked)).toBe(one);
      for (const description of asked)
        expect(tellsOfAnyOther(text, before, [description])).toBe(
          tellsOfOther(text, before, description),
        );
    }
    expect(tellsOfAnyOther('Another agreement was signed.', [], [])).toBe(false);
  });
});

describe('mayTellOfOther', () => {
  it('finds a marker word in any of the texts, in any case, as a whole word only', () => {
    expect(mayTellOfOther(['The pact was signed in Dunmore.', 'Another pact followed.'])).toBe(
      true,
    );
    expect(mayTellOfOther(['A SECOND pact was signed.'])).toBe(true);
    expect(mayTellOfOther(['The pact was signed in Dunmore.', 'Mothers protested.'])).toBe(false);
    expect(mayTellOfOther([])).toBe(false);
  });

  it('never rules out a passage tellsOfOther reads as telling of another thing', () => {
    const asked = askedDescriptions('where was the pact signed')[0]!;
    for (const [text, before] of [
      ['Another pact was signed in Sochi.', []],
      ['The pact was signed in Sochi.', ['A second pact followed in May.']],
      ['The pact was signed in Sochi.', ['A separate pact was drafted.']],
    ] as Array<[string, string[]]>) {
      expect(tellsOfOther(text, before, asked), text).toBe(true);
      expect(mayTellOfOther([text, ...before]), text).toBe(true);
    }
  });
});

describe('givenFirst', () => {
  const other: ReferentPassage = { other: true, typeMatch: 1, coverage: 1 };
  const given: ReferentPassage = { other: false, typeMatch: 1, coverage: 0.9 };
  const weak: ReferentPassage = { other: false, typeMatch: 1, coverage: 0.3 };
  const typeless: ReferentPassage = { other: false, typeMatch: 0, coverage: 1 };

  it('moves a passage of another thing below the next comparable one', () => {
    expect(givenFirst([other, weak, given], (p) => p)).toEqual([given, other, weak]);
  });

  it('keeps its place when nothing comparable follows within the pool', () => {
    expect(givenFirst([other, weak, typeless], (p) => p)).toEqual([other, weak, typeless]);
    expect(givenFirst([other, weak, given], (p) => p, 2)).toEqual([other, weak, given]);
  });

  it('reads only the pool', () => {
    const read: ReferentPassage[] = [];
    givenFirst([given, given, other, other], (p) => (read.push(p), p), 2);
    expect(read).toHaveLength(2);
  });
});

/**
 * Two invented reports of a fare agreement between ferry operators, one of which also tells of
 * another agreement signed elsewhere, in few words that match the question closely.
 */
const PACT: SearchFixtureArticle = {
  id: 'pact',
  title: 'Ferry operators settle fares',
  published: '2026-03-02',
  paragraphs: [
    [
      'The Tolvey and Marsh ferry operators signed a fare agreement in Harwick on Monday after months of talks over the winter timetable.',
    ],
    ['Fares on both routes will fall by a tenth from April.'],
    ['Another agreement was signed in Dunmore.'],
  ],
};
const FARES: SearchFixtureArticle = {
  id: 'fares',
  title: 'Cheaper crossings from April',
  published: '2026-03-03',
  paragraphs: [
    ['Passengers will pay less to cross the estuary from April.'],
    ['Councillors welcomed the news at a meeting on Tuesday.'],
  ],
};

describe('a question about "the" thing the coverage tells of', () => {
  it('quotes the passage of that thing before one of another thing that scores higher', () => {
    const { index, corpus } = engineOver(PACT, FARES);
    const textOf = (s: number) => sentenceText(corpus, s);
    const question = 'where was the agreement signed';
    const ranked = index.rank(question).ranked.map((r) => textOf(r.sentence));
    expect(ranked[0]).toBe('Another agreement was signed in Dunmore.');
    const result = index.search(question, { limit: 3 });
    const shown = result.hits.map((hit) => textOf(hit.window.sentence));
    expect(shown[0]).toMatch(/^The Tolvey and Marsh ferry operators signed a fare agreement/u);
    expect(shown).toContain('Another agreement was signed in Dunmore.');
  });

  it('keeps the order for a question about the other thing', () => {
    const { index, corpus } = engineOver(PACT, FARES);
    const result = index.search('where was another agreement signed', { limit: 3 });
    const first = corpus.sentences[result.hits[0]!.window.sentence]!;
    expect(corpus.articles[first.article]!.text.slice(first.start, first.end)).toBe(
      'Another agreement was signed in Dunmore.',
    );
  });
});
