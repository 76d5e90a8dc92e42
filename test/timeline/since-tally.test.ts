/**
 * "since" a date with a tally in the perfect ("have sent more than 200 cards since March") opens
 * a stretch of repeated acts to the time of writing: no act falls on the date, so it is left
 * undated. A state since a date ("has been closed since March") keeps its onset's date.
 * Invented jockey, club and quay sentences, published Saturday 12 September 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-09-12', sentence));
  return { dated: events.map((e) => e.date), undated: undated.map((u) => u.text) };
};

describe('a tally since a date', () => {
  it.each([
    [
      'Pupils at Ashby school have sent more than 200 cards to jockey Sam Reilly since March, his mother said.',
      'March',
    ],
    ['Fans had written 400 letters of support to the club since February.', 'February'],
    ['The striker has been booked three times since 2024.', '2024'],
    ['Since March, pupils have sent 200 cards to the hospital.', 'March'],
    // A count in the thousands set off by a comma, as news style writes every number but a year.
    ['The museum has shown 1,750 prints since March.', 'March'],
  ])('is not dated: "%s"', (sentence, date) => {
    expect(datesOf(sentence)).toEqual({ dated: [], undated: [date] });
  });
});

describe('a state since a date', () => {
  it.each([
    ['The quay has been closed to passengers since March.', '2026-03'],
    ['Two men have been held in custody since March.', '2026-03'],
    ['The trust has owned the quay since 2009.', '2009'],
    // A count by a unit of time is a rate of the activity begun then, not a total by now.
    ['The hired rig has been pumping two million litres a day since 14 March.', '2026-03-14'],
    ['The line has run 40 trains per hour since May.', '2026-05'],
    // Four digits without a comma, 1500–2099, are a year in prose (text/year.ts), not a count.
    ['The museum has shown 1750 prints since March.', '2026-03'],
  ])('keeps the date of its onset: "%s"', (sentence, date) => {
    expect(datesOf(sentence).dated).toEqual([date]);
  });
});

describe('a rate since a date beside another article’s start of it', () => {
  it('ends under the date it shares with that start, never lost', () => {
    const corpus = corpusOf(
      {
        id: 'radio',
        published: '2026-03-13',
        paragraphs: [['The hired Kelby rig began pumping at Ashby on Thursday.']],
      },
      {
        id: 'post',
        published: '2026-03-29',
        paragraphs: [
          ['About 300 people marched through Ashby on Saturday.'],
          [
            'The Kelby rig, hired as a stopgap, has been pumping two million litres a day since 12 March.',
          ],
        ],
      },
    );
    const { events, undated } = buildTimelineDetailed(corpus);
    const onTwelfth = events.filter((e) => e.date === '2026-03-12');
    expect(onTwelfth.flatMap((e) => e.quotes.map((q) => q.source.id)).sort()).toEqual([
      'post',
      'radio',
    ]);
    expect(undated).toEqual([]);
  });
});
