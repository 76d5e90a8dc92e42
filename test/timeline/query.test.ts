import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatePrecision, TimelineEvent, TimelineFilters } from '../../src/engine/types.js';
import { checkTimelineFilters, queryTimeline } from '../../src/timeline/index.js';

const source = (id: string) => ({
  id,
  title: `Title ${id}`,
  outlet: null,
  published: null,
  url: null,
  author: null,
});
const event = (
  date: string,
  precision: DatePrecision,
  ...quotes: Array<[string, string]>
): TimelineEvent => ({
  date,
  precision,
  yearStated: true,
  future: false,
  quotes: quotes.map(([id, quote]) => ({ quote, source: source(id), start: 0, end: quote.length })),
});

const EVENTS: TimelineEvent[] = [
  event('1994', 'year', ['rfe', 'Lukashenka has run the country since 1994.']),
  event(
    '2020-08-09',
    'day',
    ['mt', 'The Aug. 9 election handed him a sixth term.'],
    ['dw', 'The August 9 vote was rigged.'],
  ),
  event('2020-11', 'month', ['pl', 'In November 2020, the ministries signed an agreement.']),
  event(
    '2020-11-19',
    'day',
    ['mt', 'The agreement was made on Nov. 19, 2020.'],
    ['pl', 'In November 2020 they signed a cooperation agreement.'],
  ),
  event('2021-03', 'season', ['bs', 'He did not rule out a ‘hot war’ in the spring of 2021.']),
  event('2021-11-04', 'day', [
    'pl',
    'The last agreement was signed on 4 November toward integration.',
  ]),
];

const datesOf = (filters: TimelineFilters) =>
  queryTimeline(EVENTS, filters).events.map((e) => e.date);

describe('queryTimeline', () => {
  it('keeps entries whose interval overlaps the filter interval, at any precision', () => {
    expect(datesOf({ from: '2020-11', to: '2020-11' })).toEqual(['2020-11', '2020-11-19']);
    expect(datesOf({ from: '2020-11-19', to: '2020-11-19' })).toEqual(['2020-11', '2020-11-19']);
    expect(datesOf({ from: '2021' })).toEqual(['2021-03', '2021-11-04']);
    expect(datesOf({ to: '2020-08-09' })).toEqual(['1994', '2020-08-09']);
    expect(datesOf({ from: '2021-05-31', to: '2021-06' })).toEqual(['2021-03']);
  });

  it('filters by source, putting its quotes first and keeping the others that date the entry', () => {
    const page = queryTimeline(EVENTS, { source: 'pl' });
    expect(page.events.map((e) => e.date)).toEqual(['2020-11', '2020-11-19', '2021-11-04']);
    expect(page.events.map((e) => e.quotes.map((q) => q.source.id).join('+'))).toEqual([
      'pl',
      'pl+mt',
      'pl',
    ]);
    expect(EVENTS[3]?.quotes.map((q) => q.source.id)).toEqual(['mt', 'pl']);
  });

  it('filters by several sources (an outlet), their quotes first; with source, the articles in both', () => {
    const page = queryTimeline(EVENTS, { sources: ['pl', 'dw'] });
    expect(page.events.map((e) => e.date)).toEqual([
      '2020-08-09',
      '2020-11',
      '2020-11-19',
      '2021-11-04',
    ]);
    expect(page.events.map((e) => e.quotes.map((q) => q.source.id).join('+'))).toEqual([
      'dw+mt',
      'pl',
      'pl+mt',
      'pl',
    ]);
    expect(datesOf({ sources: ['pl', 'dw'], source: 'dw' })).toEqual(['2020-08-09']);
    expect(datesOf({ sources: ['pl'], source: 'dw' })).toEqual([]);
    expect(datesOf({ sources: [] })).toEqual([]);
  });

  it('filters by a keyword at a word start, ignoring case and apostrophe style, keeping all quotes', () => {
    expect(datesOf({ keyword: 'AGREEMENT' })).toEqual(['2020-11', '2020-11-19', '2021-11-04']);
    expect(queryTimeline(EVENTS, { keyword: 'rigged' }).events[0]?.quotes).toHaveLength(2);
    expect(datesOf({ keyword: "'hot war'" })).toEqual(['2021-03']);
    expect(datesOf({ keyword: 'war' })).toEqual(['2021-03']);
  });

  it('pages with a default of 10 and at most 50 a page, reporting the total', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      event(`${1950 + i}`, 'year', ['x', `Event of ${1950 + i}.`]),
    );
    expect(queryTimeline(many, {})).toMatchObject({ total: 60, offset: 0, limit: 10 });
    expect(queryTimeline(many, {}).events).toHaveLength(10);
    expect(queryTimeline(many, { limit: 500 }).events).toHaveLength(50);
    const page = queryTimeline(many, { offset: 55, limit: 10 });
    expect(page.events.map((e) => e.date)).toEqual(['2005', '2006', '2007', '2008', '2009']);
    expect(queryTimeline(many, { offset: 100 }).events).toEqual([]);
  });

  it('answers filters it would reject with an empty page', () => {
    expect(queryTimeline(EVENTS, { from: '2020-13' })).toEqual({
      events: [],
      total: 0,
      offset: 0,
      limit: 10,
    });
  });

  it('never throws, whatever the filters hold', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            from: fc.anything(),
            to: fc.anything(),
            source: fc.anything(),
            keyword: fc.anything(),
            offset: fc.anything(),
            limit: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (filters) => {
          const page = queryTimeline(EVENTS, filters as TimelineFilters);
          expect(page.events.length).toBeLessThanOrEqual(50);
          checkTimelineFilters(filters as TimelineFilters);
        },
      ),
    );
    expect(queryTimeline(EVENTS, null as unknown as TimelineFilters).total).toBe(EVENTS.length);
    expect(checkTimelineFilters({ from: { toString: 0 } } as unknown as TimelineFilters)).toBe(
      'from: \'{"toString":0}\' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});

describe('checkTimelineFilters', () => {
  it.each<[TimelineFilters, string]>([
    [{ from: '2020-13' }, "from: '2020-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"],
    [{ to: '2021-02-30' }, "to: '2021-02-30' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"],
    [{ from: 'last week' }, "from: 'last week' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"],
    [{ from: '2021', to: '2020-12' }, "from: '2021' is after to: '2020-12'"],
    [{ offset: -1 }, "offset: '-1' must be a whole number ≥ 0"],
    [{ offset: 1.5 }, "offset: '1.5' must be a whole number ≥ 0"],
    [{ limit: 0 }, "limit: '0' must be a whole number from 1 to 50"],
    [{ limit: 51 }, "limit: '51' must be a whole number from 1 to 50"],
    [{ keyword: '  ' }, 'keyword: must not be empty'],
  ])('rejects %j', (filters, message) => {
    expect(checkTimelineFilters(filters)).toBe(message);
  });

  it('names an unknown source when it knows the sources', () => {
    expect(checkTimelineFilters({ source: 'nope' }, ['mt', 'dw'])).toBe(
      "source: no article with id 'nope'",
    );
    expect(checkTimelineFilters({ source: 'mt' }, ['mt', 'dw'])).toBeNull();
  });

  it("names each option as the caller's interface writes it: a flag for the command line", () => {
    const flag = (filter: string): string => `--${filter}`;
    expect(checkTimelineFilters({ from: '2021', to: '2020-12' }, undefined, flag)).toBe(
      "--from: '2021' is after --to: '2020-12'",
    );
    expect(checkTimelineFilters({ limit: 0 }, undefined, flag)).toBe(
      "--limit: '0' must be a whole number from 1 to 50",
    );
    expect(checkTimelineFilters({ keyword: '-war' }, undefined, flag)).toMatch(
      /^--keyword: '-war' starts with '-'/,
    );
    expect(checkTimelineFilters({ source: 'nope' }, ['mt'], flag)).toBe(
      "--source: no article with id 'nope'",
    );
  });

  it('accepts every precision and a from equal to or inside to', () => {
    expect(
      checkTimelineFilters({ from: '2020', to: '2020-11-19', offset: 0, limit: 50 }),
    ).toBeNull();
    expect(checkTimelineFilters({ from: '2020-11', to: '2020' })).toBeNull();
    expect(checkTimelineFilters({ from: '2024-02-29' })).toBeNull();
  });
});
