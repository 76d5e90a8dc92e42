import { describe, expect, it } from 'vitest';
import type { DatePrecision, TimelineEvent } from '../../src/engine/types.js';
import { evaluateTimeline, formatTimelineEval } from '../eval/timeline-eval.js';

const produced = (date: string, precision: DatePrecision): TimelineEvent => ({
  date,
  precision,
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
