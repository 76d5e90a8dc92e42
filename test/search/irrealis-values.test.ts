/**
 * Values told as irrealis (src/search/irrealis-values.ts, plan/realised-act.ts): a question
 * asking when an act took place, or how much or how many there were, is answered by a value a
 * passage asserts, not by one it gives as expected, planned or conditional (Palmer 2001's
 * realis and irrealis). Tiny invented corpora: a pier contract expected, then signed; a cost
 * forecast, then stated.
 */
import { describe, expect, it } from 'vitest';
import {
  blankedSpans,
  irrealisValueSpans,
  withoutIrrealisValues,
} from '../../src/search/irrealis-values.js';
import { asksRealisedAct } from '../../src/search/plan/realised-act.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/** The signing announced ahead, in an article titled with the contract. */
const AHEAD: SearchFixtureArticle = {
  id: 'ahead',
  title: 'Council picks Harlow Marine for pier',
  published: '2024-03-02',
  paragraphs: [
    ['Kelby council chose Harlow Marine to build the new pier.'],
    ['The Harlow Marine contract is expected to be signed on Thursday at the town hall.'],
    ['If the council approves the overrun, the pier would cost £14 million.'],
  ],
};

/** The signing and the cost reported as done, in an article on other things. */
const DONE: SearchFixtureArticle = {
  id: 'done',
  title: 'Harlow Marine pier opens to the public',
  published: '2025-06-20',
  paragraphs: [
    ['Crowds walked the new pier at Kelby on its first day.'],
    ['March 7, 2024 — the pier deal with Harlow Marine is signed.'],
    ['The pier cost £12 million in the end, the council said.'],
  ],
};

const corpus = searchCorpus(AHEAD, DONE);
let index: SearchIndex | undefined;

/** The text of the sentence ranked first for `question`. */
function first(question: string): string {
  index ??= SearchIndex.build(corpus, []);
  const top = corpus.sentences[index.rank(question).ranked[0]!.sentence]!;
  return corpus.articles[top.article]!.text.slice(top.start, top.end);
}

describe('values told as irrealis', () => {
  it('blanks a date or a number under a future marker, a modal or in a condition', () => {
    const cases: Array<[string, string[]]> = [
      ['The signing is expected on Thursday at the town hall.', ['Thursday']],
      ['If confirmed, the overrun would take it to $243 million.', ['$243 million']],
      ['If even one of these piles is short, all must be checked.', ['one']],
      ['The test, planned for July 1, was held on Monday, July 4.', ['July 1']],
    ];
    for (const [text, values] of cases)
      expect(withoutIrrealisValues(text)).toBe(
        values.reduce((blanked, value) => blanked.replace(value, ' '.repeat(value.length)), text),
      );
  });

  it('keeps the values a passage asserts', () => {
    for (const text of [
      'March 7, 2024 — the pier deal with Harlow Marine is signed.',
      'The final cost of the project is $246 million, according to the council.',
      'At least 40 of the piles had been stopped short, she told the paper.',
    ])
      expect(withoutIrrealisValues(text)).toBe(text);
  });
});

describe('the spans of values told as irrealis', () => {
  it('gives each value blanked as its start and end, in text order', () => {
    const text = 'The test, planned for July 1, was held on Monday, July 4.';
    // "July" and "1" are two tokens, each a value.
    const at = text.indexOf('July 1');
    expect(irrealisValueSpans(text)).toEqual([at, at + 4, at + 5, at + 6]);
    expect(
      irrealisValueSpans('March 7, 2024 — the pier deal with Harlow Marine is signed.'),
    ).toEqual([]);
  });

  it('blanks saved spans as the reading itself does, keeping offsets', () => {
    const text = 'If the council approves the overrun, the pier would cost £14 million by June 3.';
    const spans = irrealisValueSpans(text);
    expect(spans.length).toBeGreaterThan(2);
    expect(blankedSpans(text, spans)).toBe(withoutIrrealisValues(text));
    expect(blankedSpans(text, spans)).toHaveLength(text.length);
    expect(blankedSpans('Seven ran.', [0, 5])).toBe('      ran.');
    expect(blankedSpans('Seven ran.', [])).toBe('Seven ran.');
  });
});

describe('questions asking a realised act', () => {
  it('reads an act told in the past with no word of plan, possibility or wish', () => {
    expect(asksRealisedAct('when was the harlow marine contract signed')).toBe(true);
    expect(asksRealisedAct('what was the final cost of the pier')).toBe(true);
    expect(asksRealisedAct('how many boats actually turned out for the flotilla')).toBe(true);
    expect(asksRealisedAct('how many piles did the engineer say were cut short')).toBe(true);
  });

  it('reads no realised act in a plan, a prediction, a directive or a present', () => {
    expect(asksRealisedAct('when is the contract signing expected')).toBe(false);
    expect(asksRealisedAct('what date was the opening originally set for')).toBe(false);
    expect(asksRealisedAct('how much would the overrun add to the cost')).toBe(false);
    expect(asksRealisedAct('how big a tax cut did the president propose')).toBe(false);
    expect(asksRealisedAct('how many planes did he promise to build')).toBe(false);
    expect(asksRealisedAct('what opening date did the Herald give')).toBe(false);
    expect(asksRealisedAct('when does the agreement take effect')).toBe(false);
    // Semi-auxiliaries of plan: "meant" and "due" are no past of the act.
    expect(asksRealisedAct('how long is the closure meant to last')).toBe(false);
    expect(asksRealisedAct('when was the first payment due')).toBe(false);
    // "do" carries a present: "last" is no past here.
    expect(asksRealisedAct('how long do the emergency contracts last')).toBe(false);
    expect(asksRealisedAct('how long did the strike last')).toBe(true);
  });
});

describe('ranking for a realised act', () => {
  // The first builds the index, which reads WordNet: slow on a busy machine.
  it('ranks the date the act took place above the date it was expected on', () => {
    expect(first('when was the harlow marine contract signed')).toBe(
      'March 7, 2024 — the pier deal with Harlow Marine is signed.',
    );
  }, 120_000);

  it('ranks the cost stated above the cost a condition would bring', () => {
    expect(first('what did the pier cost in the end')).toBe(
      'The pier cost £12 million in the end, the council said.',
    );
  });
});
