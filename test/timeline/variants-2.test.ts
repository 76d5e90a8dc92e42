/**
 * A second batch of invented variants of the #10 kinds, written after the first batch was
 * fixed, to find the next failures of each rule before anyone else does.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

/** Published Monday 2021-03-15 unless a row says otherwise. */
const MONDAY = '2021-03-15';
const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string | null, ...paragraphs: string[]) =>
  buildTimeline(articleOf(published, ...paragraphs)).map(shown);
const withFuture = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => [shown(e), e.future]);

describe('variants 2: weekdays that classify a noun', () => {
  it.each([
    'The council relaxed Sunday trading rules for harbour shops.',
    'Fishermen complained that the Saturday market had lost its licence.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf(MONDAY, sentence)).toEqual([]);
  });
  it('still dates "on Sunday morning"', () => {
    expect(datesOf(MONDAY, 'The ferry ran aground on Sunday morning near the quay.')).toEqual([
      '2021-03-14',
    ]);
  });
});

describe('variants 2: clock times that look like years', () => {
  it.each([
    'The harbour stays closed to shipping until 1800 GMT, the coastguard said.',
    'Ferries were halted from 0600 until 2100 hours on the north route.',
  ])('no year in "%s"', (sentence) => {
    expect(datesOf(MONDAY, sentence)).toEqual([]);
  });
});

describe('variants 2: a state that lasts until a weekday', () => {
  it.each([
    ['The coast road is closed until Friday, the council said.', [['2021-03-19', true]]],
    ['The ferry is delayed until Wednesday after the storm damage.', [['2021-03-17', true]]],
    ['The coast road was closed until Friday, the council said.', [['2021-03-12', false]]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(withFuture(MONDAY, sentence)).toEqual(expected);
  });
});

describe('variants 2: publication lines with separators', () => {
  it.each([
    'Story by Jo Brand • Mar 5, 2021 • 3 min read',
    'Harbour Times · Opinion · 5 March 2021 · Share this article',
    'Caption: Ferries moored at the north quay on March 3, 2021.',
  ])('no entry for "%s"', (line) => {
    expect(datesOf(MONDAY, line)).toEqual([]);
  });
});

describe('variants 2: ranges of months without a year', () => {
  it.each([
    // Not past: a span of months that may recur every year (a season, a rule) is left undated.
    ['Dredging will run from May to July in the outer harbour.', []],
    ['The quay was closed between October and December for repairs.', ['2020-10/2020-12']],
    ['The harbour froze from December to February, the port said.', ['2020-12/2021-02']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants 2: months that are people', () => {
  it.each([
    'As May put it to the harbour committee, the levy was unfair.',
    'The ferry contract went to June Okafor after a tender in the port.',
    'Officials said Monday talks would resume, according to April Ruiz.',
  ])('"%s" has no month entry', (sentence) => {
    expect(datesOf(MONDAY, sentence).filter((d) => /^\d{4}-\d{2}$/.test(d))).toEqual([]);
  });
});

describe('variants 2: a weekday whose sentence says neither past nor future', () => {
  it.each([
    'The harbour committee meets on Thursday to vote on the ferry fares.',
    'The harbour office is busy on Friday, staff say.',
    'Ferries to the island leave on Saturday from the north quay.',
  ])('is left undated in "%s", whatever the publication day', (sentence) => {
    for (const published of ['2021-03-14', '2021-03-16', '2021-03-18', '2021-03-20']) {
      expect(datesOf(published, sentence)).toEqual([]);
    }
  });
});

describe('variants 2: a date an event was moved to', () => {
  it.each([
    ['The harbour vote was postponed until Friday by the council.', []],
    ['The court adjourned the harbour fraud case to Monday.', []],
    ['The harbour vote will be postponed until Friday, the council said.', [['2021-03-19', true]]],
    ['The harbour vote was postponed until March 22, the council said.', [['2021-03-22', true]]],
  ])('"%s" → %j (published Monday 2021-03-15)', (sentence, expected) => {
    expect(withFuture(MONDAY, sentence)).toEqual(expected);
  });
});

describe('variants 2: years stated in asides or counted back', () => {
  it.each([
    [
      'The harbour board, formed last year, voted on March 3 to close the pier.',
      ['2020', '2021-03-03'],
    ],
    // "Last year" sets March 3's year; restated by it in apposition, it adds no entry of its own.
    ['Last year, on March 3, the harbour board voted to close the pier.', ['2020-03-03']],
    ['Two years ago, on March 3, the harbour board voted to close the pier.', ['--03-03']],
    // "A year ago" gives the month a year back; "this week" a year back is no week of its own.
    ['A year ago this week, the harbour board voted to close the pier.', ['2020-03']],
    ['Two years ago today the harbour board voted to close the pier.', []],
    ['This week the harbour board voted to close the pier.', ['2021-03']],
    ['In 2019, the harbour board voted on March 3 to close the pier.', ['2019', '2019-03-03']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants 2: ranges and months that come back every year', () => {
  it.each([
    'The harbour levy applies from 1 April to 30 September each year.',
    'The quay closes between 1 and 3 June every year for the regatta.',
    'The harbour festival is held in July annually.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf(MONDAY, sentence)).toEqual([]);
  });
});

describe('variants 2: a plan told in the past tense', () => {
  it.each([
    ['The chair, April Dunmore, said the vote was set for August.', [['2021-08', true]]],
    ['Officials said the ferry was expected to return on Friday.', [['2021-03-19', true]]],
    ['The harbour treaty was expected on Friday but never came.', [['2021-03-12', false]]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(withFuture(MONDAY, sentence)).toEqual(expected);
  });
});

describe('variants 2: short sentences', () => {
  it.each([
    ['2021-11-26', 'We lost last December to the flood.', ['2020-12']],
    ['2021-11-26', 'Harbour protesters, March 3.', []],
    ['2021-11-26', 'SALTBY, March 3, 2021 —', []],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });
});
