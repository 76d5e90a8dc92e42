/**
 * "postponed from August to October": a slot given up that states no year lies before the new
 * date the postponement gives it, in the latest year that does so (postponed-slot.ts
 * `slotOfMove`), not in the year nearer publication, which is a coin toss for August in
 * mid-February. Invented pier and regatta sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, one, type FixtureArticle } from './fixtures.js';

/** Each entry as "date future?: sources", with its outcomes as "↳ outcome: source". */
function entries(...articles: FixtureArticle[]): string[] {
  return buildTimeline(corpusOf(...articles)).map(
    (e) =>
      `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}` +
      (e.outcomes ?? []).map((o) => ` ↳ ${o.outcome}: ${o.quote.source.id}`).join(''),
  );
}

describe('a postponed slot that states no year', () => {
  it('lies before the new date, so a report is linked to the plan of that year', () => {
    const plan = one('plan', '2026-01-20', 'The dockers union will strike in August over pay.');
    const report = one(
      'report',
      '2026-02-13',
      'The dockers strike has been postponed from August to October.',
    );
    expect(entries(plan, report)).toEqual([
      '2026-08 future: plan ↳ postponed: report',
      '2026-10 future: report',
    ]);
  });

  it.each([
    // Published mid-February: August 2025 ends nearer publication than August 2026 starts.
    [
      '2026-02-13',
      'The reopening of the pier has been postponed from August to October.',
      ['2026-08 given up: report', '2026-10 future: report'],
    ],
    [
      '2026-02-13',
      'The regatta has been postponed from 16 August to 4 October.',
      ['2026-08-16 given up: report', '2026-10-04 future: report'],
    ],
    // Published in May: last December is nearer, but the new date is next February.
    [
      '2026-05-10',
      'The reopening of the pier has been postponed from December to February.',
      ['2026-12 given up: report', '2027-02 future: report'],
    ],
    [
      '2026-11-20',
      'The regatta has been postponed from 20 October to 3 March.',
      ['2026-10-20 given up: report', '2027-03-03 future: report'],
    ],
  ])('published %s: "%s"', (published, sentence, expected) => {
    expect(entries(one('report', published, sentence))).toEqual(expected);
  });

  it('keeps a year the slot states', () => {
    const report = one(
      'report',
      '2026-02-13',
      'The regatta has been postponed from August 2025 to October 2026.',
    );
    expect(entries(report)).toEqual(['2025-08 given up: report', '2026-10 future: report']);
  });
});
