import { describe, expect, it } from 'vitest';
import type { DatePrecision, TimelineEvent } from '../../src/engine/types.js';
import { evaluateTimeline, formatTimelineEval } from '../eval/timeline-eval.js';
import {
  datesAgree,
  evaluateNewsTimeline,
  evaluateQuotedTimeline,
  formatQuotedEval,
  type QuotedGold,
} from '../eval/timeline-quoted-eval.js';

const produced = (date: string, precision: DatePrecision): TimelineEvent => ({
  date,
  precision,
  yearStated: true,
  future: false,
  quotes: [
    {
      quote: `Something on ${date}.`,
      source: { id: 'x', title: 'X', outlet: null, published: null, url: null, author: null },
      start: 0,
      end: 10,
    },
  ],
});
const gold = {
  dates: [
    { date: '2020-08-09', precision: 'day' as const, articles: ['x'], event: 'election' },
    { date: '2020-10', precision: 'month' as const, articles: ['x'], event: 'talks' },
    { date: '2021', precision: 'year' as const, articles: ['x'], event: 'agreements' },
  ],
};

describe('evaluateTimeline', () => {
  it('matches on (date, precision), counting a date once however many events share it', () => {
    const result = evaluateTimeline(
      [
        produced('2020-08-09', 'day'),
        produced('2020-08-09', 'day'),
        produced('2020-10', 'season'),
        produced('2021', 'year'),
      ],
      gold,
    );
    expect(result).toMatchObject({ produced: 3, gold: 3, matched: 2 });
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.f1).toBeCloseTo(2 / 3);
    expect(result.wrong.map((w) => `${w.date} ${w.precision}`)).toEqual(['2020-10 season']);
    expect(result.missed.map((m) => m.event)).toEqual(['talks']);
  });

  it('reports every wrong and missed date in the text summary', () => {
    const text = formatTimelineEval(evaluateTimeline([produced('2019', 'year')], gold));
    expect(text).toContain('precision 0.000, recall 0.000, F1 0.000');
    expect(text).toContain('wrong 2019 (year) from x');
    expect(text).toContain('missed 2020-10 (month): talks');
  });
});

describe('evaluateQuotedTimeline', () => {
  const src = (id: string) => ({
    id,
    title: id,
    outlet: null,
    published: null,
    url: null,
    author: null,
  });
  const entry = (date: string, id: string, quote: string, extra: Partial<TimelineEvent> = {}) =>
    ({
      date,
      precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
      yearStated: true,
      future: false,
      quotes: [{ quote, source: src(id), start: 0, end: quote.length }],
      ...extra,
    }) as TimelineEvent;
  const quotedGold: QuotedGold = {
    articles: { 'a.txt': { published: '2021-03-15' }, 'b.html': { published: null } },
    events: [
      {
        file: 'a.txt',
        quote: 'voted on Tuesday',
        date: '2021-03-09',
        yearStated: false,
        future: false,
      },
      {
        file: 'a.txt',
        quote: 'by the spring of 2022',
        date: '2022',
        yearStated: true,
        future: true,
      },
      { file: 'a.txt', quote: 'in 2019 the quay', date: '2019', yearStated: true, future: false },
      {
        file: 'b.html',
        quote: 'on December 17',
        date: '--12-17',
        yearStated: false,
        future: false,
      },
    ],
    notDates: [],
  };

  it('scores each dated quote against the gold dates of its sentence, a finer date agreeing', () => {
    const result = evaluateQuotedTimeline(
      [
        entry('2021-03-09', 'a', 'The council voted on Tuesday to build it.'),
        entry('2022-03', 'a', 'It is due by the spring of 2022, he said.', {
          precision: 'season',
          future: true,
        }),
        entry('2021-03-12', 'a', 'Shops reported record Black Friday sales.'),
      ],
      quotedGold,
      ['a'],
    );
    expect(result).toMatchObject({
      claims: 3,
      right: 2,
      goldEvents: 3,
      recalled: 2,
      futureAgrees: 2,
    });
    expect(result.files).toEqual(['a.txt']);
    expect(result.wrong).toEqual([
      {
        file: 'a',
        date: '2021-03-12',
        quote: 'Shops reported record Black Friday sales.',
        gold: [],
      },
    ]);
    expect(result.missed.map((m) => m.quote)).toEqual(['in 2019 the quay']);
    expect(formatQuotedEval(result)).toContain('wrong 2021-03-12 in a (gold: no date)');
  });

  it('compares dates without a year as written, and ranges by their span', () => {
    expect(datesAgree({ date: '--12-17' }, { date: '--12-17' })).toBe(true);
    expect(datesAgree({ date: '2020-12-17' }, { date: '--12-17' })).toBe(false);
    expect(datesAgree({ date: '--12-17' }, { date: '2020-12-17' })).toBe(true);
    expect(datesAgree({ date: '--12' }, { date: '2020-12-17' })).toBe(true);
    expect(datesAgree({ date: '--11' }, { date: '2020-12' })).toBe(false);
    expect(datesAgree({ date: '2022', end: '2023' }, { date: '2022', end: '2023' })).toBe(true);
    expect(datesAgree({ date: '2022-05' }, { date: '2022', end: '2023' })).toBe(true);
    expect(datesAgree({ date: '2021-12' }, { date: '2022' })).toBe(false);
  });
});

describe('the blind news corpus', () => {
  it('meets the target on the gold written blind from its texts: recall at least 0.9', async () => {
    const result = (await evaluateNewsTimeline('test/eval/corpora/news')).statedDates;
    expect(result.goldEvents).toBeGreaterThan(50);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });
});
