/**
 * Relative spans counted from the publication day ("this week", "last weekend", "this
 * morning", "next month", "the first Saturday of the new year"), across every publication
 * weekday and month and year boundaries. Each is dated exactly at its own precision or not at
 * all. Expected values come from Date arithmetic written here, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const weekday = (t: number) => new Date(t).getUTCDay();
const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string | null, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

/** Every day from `first` to `last`, inclusive. */
function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = ms(first); t <= ms(last); t += DAY_MS) out.push(iso(t));
  return out;
}
/** Publication days around month and year ends, two full weeks each: every weekday twice. */
const PUBLICATION_DAYS = [
  ...days('2020-12-20', '2021-01-10'),
  ...days('2021-02-20', '2021-03-08'),
  ...days('2021-05-24', '2021-06-06'),
];

/**
 * The month of the week `shift` weeks from the one holding `published`, when that week lies in
 * one month whether it starts on Monday or on Sunday; null otherwise.
 */
function weekMonth(published: string, shift: number): string | null {
  const t = ms(published);
  const monday = t - ((weekday(t) + 6) % 7) * DAY_MS + shift * 7 * DAY_MS;
  const sunday = t - weekday(t) * DAY_MS + shift * 7 * DAY_MS;
  const first = iso(Math.min(monday, sunday)).slice(0, 7);
  const last = iso(Math.max(monday, sunday) + 6 * DAY_MS).slice(0, 7);
  return first === last ? first : null;
}

describe('weeks: their month when every reading of the week lies in it, otherwise undated', () => {
  it.each([
    ['The harbour board approved the ferry plan this week.', 0],
    ['The harbour board approved the ferry plan last week.', -1],
    ['The harbour board will vote on the ferry plan next week.', 1],
  ])('"%s"', (sentence, shift) => {
    const wrong = PUBLICATION_DAYS.flatMap((published) => {
      const month = weekMonth(published, shift);
      const got = datesOf(published, sentence);
      return JSON.stringify(got) === JSON.stringify(month ? [month] : [])
        ? []
        : [`${published}: ${JSON.stringify(got)} (expected ${month})`];
    });
    expect(wrong).toEqual([]);
  });
});

type Which = 'this-future' | 'the-past' | 'last' | 'next' | 'this-unsaid';
/** The Saturday a weekend wording means, published on `published`; null when in doubt. */
function weekendSaturday(published: string, which: Which): number | null {
  const t = ms(published);
  const w = weekday(t);
  const comingSaturday = t + ((6 - w + 7) % 7) * DAY_MS - (w === 0 ? 7 * DAY_MS : 0);
  if (w === 6 || w === 0) {
    if (which === 'last') return comingSaturday - 7 * DAY_MS;
    return which === 'next' ? null : comingSaturday;
  }
  if (which === 'last') return comingSaturday - 7 * DAY_MS;
  if (which === 'next') return w === 5 ? null : comingSaturday;
  if (which === 'this-future') return comingSaturday;
  if (which === 'the-past') return comingSaturday - 7 * DAY_MS;
  return null;
}

describe('weekends: Saturday to Sunday, or undated when which one is in doubt', () => {
  it.each([
    ['Crews will resurface the quay road this weekend.', 'this-future'],
    ['Protesters gathered at the ferry terminal over the weekend.', 'the-past'],
    ['Divers searched the wreck last weekend, the coastguard said.', 'last'],
    ['The lifeboat crew will train again next weekend.', 'next'],
    ['The harbour museum is open this weekend.', 'this-unsaid'],
  ] as Array<[string, Which]>)('"%s"', (sentence, which) => {
    const wrong = PUBLICATION_DAYS.flatMap((published) => {
      const saturday = weekendSaturday(published, which);
      const expected = saturday === null ? [] : [`${iso(saturday)}/${iso(saturday + DAY_MS)}`];
      const got = datesOf(published, sentence);
      return JSON.stringify(got) === JSON.stringify(expected)
        ? []
        : [`${published}: ${JSON.stringify(got)} (expected ${JSON.stringify(expected)})`];
    });
    expect(wrong).toEqual([]);
  });

  it('a weekend of the story, not of publication, is not dated', () => {
    expect(datesOf('2021-03-15', 'Ferries ran late on the weekend of the regatta.')).toEqual([]);
  });
});

describe('parts of the publication day', () => {
  it.each([
    ['2021-03-01', 'The harbour master resigned this morning, the port said.', ['2021-03-01']],
    ['2021-01-01', 'The ferry ran aground last night off the north quay.', ['2020-12-31']],
    ['2021-03-15', 'The council will debate the ferry cuts tonight.', ['2021-03-15']],
    ['2021-03-15', '"We found the anchor this morning," the diver said.', []],
    [null, 'The harbour master resigned this morning, the port said.', []],
    ['2021-03', 'The harbour master resigned this morning, the port said.', []],
    ['2021-03-15', 'Crews worked through the last night of the festival.', []],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });
});

describe('months counted from publication, across year ends', () => {
  it.each([
    ['2021-12-20', 'The ferry terminal will reopen next month.', ['2022-01']],
    ['2021-01-05', 'The ferry terminal closed last month after the storm.', ['2020-12']],
    ['2021-12-31', 'Dredging began this month in the outer harbour.', ['2021-12']],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });
});

describe('the nth weekday of a month', () => {
  it.each([
    [
      '2021-12-20',
      'The fishers will elect a chair on the first Saturday of the new year.',
      ['2022-01-01'],
    ],
    ['2021-03-15', 'The fishers will elect a chair on the first Saturday of the new year.', []],
    ['2021-03-15', 'The harbour regatta will be held on the last Friday of April.', ['2021-04-30']],
    ['2021-03-15', 'The harbour board meets on the second Tuesday of next month.', ['2021-04-13']],
    ['2021-12-20', 'The harbour board meets on the second Tuesday of next month.', ['2022-01-11']],
    [
      '2021-03-15',
      'The old pier was closed to anglers on the third Sunday in May 2019.',
      ['2019-05-19'],
    ],
    ['2021-03-15', 'The fair is held on the fifth Monday of February 2021.', []],
    [null, 'The harbour regatta will be held on the last Friday of April.', []],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });
});

describe('lookalikes of spans', () => {
  it.each([
    ['2021-03-15', 'The weekend ferry service was cut by the harbour board.'],
    ['2021-03-15', 'The host of The Tonight Show visited the harbour museum.'],
  ])('published %s: no entry for "%s"', (published, sentence) => {
    expect(datesOf(published, sentence)).toEqual([]);
  });
});
