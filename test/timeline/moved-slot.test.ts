/**
 * Moves other than a postponement: "moved", "rescheduled", "brought forward from X to Y". The
 * slot given up is the day of a plan since changed, as a postponement's is (postponed-slot.ts):
 * a later report so told is linked to the planned entry of that day as `moved`, or the slot is
 * an entry of its own (`givenUp`). A move told in the simple past that names both its slot and
 * its new date lies before both, at or shortly before publication (committed-act.ts
 * `dateAfterRecentMove`). Invented regatta and ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, one } from './fixtures.js';

const PLAN = one('plan', '2026-01-20', 'The rowing club will hold its regatta on 14 August 2026.');

/** Each entry as "date future? given up?: sources", with its outcomes as "↳ outcome: source". */
function entries(...articles: Array<ReturnType<typeof one>>): string[] {
  return buildTimeline(corpusOf(...articles)).map(
    (e) =>
      `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}` +
      (e.outcomes ?? []).map((o) => ` ↳ ${o.outcome}: ${o.quote.source.id}`).join(''),
  );
}

describe('a later report that a plan was moved from its day', () => {
  it.each([
    ['The regatta has been moved from 14 August to 21 August.', '2026-08-21'],
    ['The club rescheduled the regatta from 14 August to 21 August.', '2026-08-21'],
    ['The regatta has been brought forward from 14 August to 7 August.', '2026-08-07'],
    ['The club brought forward the regatta from 14 August to 7 August.', '2026-08-07'],
  ])('is linked to the plan as moved: "%s"', (report, moved) => {
    const found = entries(PLAN, one('report', '2026-02-13', report));
    expect(found).toContain('2026-08-14 future: plan ↳ moved: report');
    expect(found).toContain(`${moved} future: report`);
    expect(found.some((e) => e.includes('given up'))).toBe(false);
  });

  // The goal and the source of a move may come in either order: the slot after the new date is
  // given up as the slot before it is.
  it.each([
    ['The regatta was moved to 21 August from 14 August.', 'moved', '2026-08-21'],
    ['The club moved the regatta to 21 August from 14 August.', 'moved', '2026-08-21'],
    ['The regatta has been postponed to 4 September from 14 August.', 'postponed', '2026-09-04'],
    ['The club brought the regatta forward to 7 August from 14 August.', 'moved', '2026-08-07'],
  ])('is linked with the new date first: "%s"', (report, outcome, moved) => {
    const found = entries(PLAN, one('report', '2026-02-13', report));
    expect(found).toContain(`2026-08-14 future: plan ↳ ${outcome}: report`);
    expect(found).toContain(`${moved} future: report`);
  });

  it('is not linked from a place the event moved to: "moved to a new course from 14 August"', () => {
    const found = entries(
      PLAN,
      one('report', '2026-02-13', 'The regatta moved to a new course from 14 August.'),
    );
    expect(found).toContain('2026-08-14 future: plan');
    expect(found.some((e) => e.includes('↳'))).toBe(false);
  });

  it('keeps "postponed" for a postponement', () => {
    const report = one(
      'report',
      '2026-02-13',
      'The regatta was postponed from 14 August to 4 September.',
    );
    expect(entries(PLAN, report)).toContain('2026-08-14 future: plan ↳ postponed: report');
  });
});

describe('a slot a move gives up, with no planned entry of its day', () => {
  it.each([
    'The ferry trial was moved from 14 August to 2 October.',
    'The council rescheduled the ferry trial from 14 August to 2 October.',
  ])('is the day of a plan since changed, and the new date is ahead: "%s"', (report) => {
    expect(entries(one('report', '2026-02-13', report))).toEqual([
      '2026-08-14 given up: report',
      '2026-10-02 future: report',
    ]);
  });

  it('brought forward: the slot lies after the new date', () => {
    expect(
      entries(
        one(
          'report',
          '2026-10-20',
          'The ferry trial has been brought forward from January to December.',
        ),
      ),
    ).toEqual(['2026-12 future: report', '2027-01 given up: report']);
  });

  it('"brought" without "forward" moves nothing', () => {
    const found = entries(
      one('report', '2026-02-13', 'The crew brought the trophy from Leeds to York on 14 August.'),
    );
    expect(found.some((e) => e.includes('given up'))).toBe(false);
  });
});

describe('the new date of a move in the simple past that names its slot', () => {
  it('lies after the move, told as news: the next one, not the nearer', () => {
    // Published 13 February 2026: 2 October 2025 is nearer, but the move lies at or shortly
    // before publication, and a match is moved to a day still to come.
    expect(
      entries(
        one('report', '2026-02-13', 'The council postponed the match from 14 August to 2 October.'),
      ),
    ).toEqual(['2026-08-14 given up: report', '2026-10-02 future: report']);
  });

  it('takes a day within a month before publication: the move came before it', () => {
    expect(
      entries(
        one('report', '2026-10-15', 'The vote was brought forward to 2 October from 9 October.'),
      ),
    ).toEqual(['2026-10-02: report', '2026-10-09 given up: report']);
  });
});
