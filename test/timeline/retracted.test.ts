/**
 * Dates the text takes back: the error a correction quotes, and a date denied to assert
 * another. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => `${e.date}${e.future ? ' future' : ''}`;
/** The dates of a one-paragraph article of these sentences, published Saturday 2021-03-20. */
const datesOf = (...sentences: string[]) =>
  buildTimeline(corpusOf({ published: '2021-03-20', paragraphs: [sentences] })).map(shown);

describe('a date the text takes back is no event', () => {
  it.each([
    [
      'Correction: An earlier version of this article said the quay reopened on 12 March; it reopened on 13 March.',
    ],
    [
      'An earlier version of this story misstated the date of the harbour vote as March 12.',
      'The harbour vote was held on March 13.',
    ],
    [
      'This article has been corrected: the ferry sank on 13 March, not 12 March as first reported.',
    ],
    ['The council voted on the harbour levy on 13 March, not on 12 March, the clerk said.'],
  ])('only the right date: %j', (...sentences) => {
    expect(datesOf(...sentences)).toEqual(['2021-03-13']);
  });

  it('reads a correction note’s report of what the article said as the error', () => {
    expect(
      datesOf(
        'Correction: Our article of 2 March said the harbour crane reopened on 12 March.',
        'The crane reopened on 13 March.',
      ),
    ).toEqual(['2021-03-13']);
    // The label alone restates nothing: its sentence states the fact.
    expect(datesOf('Correction: The harbour crane reopened on 13 March.')).toEqual(['2021-03-13']);
  });

  it('keeps the right date in the clause of the correction, after its words', () => {
    expect(
      datesOf(
        'Correction: An earlier version of this article gave the wrong date for the harbour vote, which was on 13 March.',
      ),
    ).toEqual(['2021-03-13']);
  });

  it.each([
    // "not until" and "not before" set a time that does come; a negated verb is no denied date.
    ['The island ferry will not sail until 12 March, the operator said.', ['2022-03-12 future']],
    ['The island ferry did not sail on 12 March because of the storm.', ['2021-03-12']],
    // (A fronted "Not since 1994 has …" bounds a comparison instead: comparison-since.test.ts.)
    ['The harbour town has not flooded since 1994.', ['1994']],
    // An earlier version of something else than the article is no correction.
    ['An earlier version of the harbour bill, tabled in March 2020, was rejected.', ['2020-03']],
  ])('"%s" keeps its date', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
});
