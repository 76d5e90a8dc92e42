/**
 * A dated plan called off, named by a deverbal noun with the plan's date in its own noun phrase
 * ("The 2027 extension to Northgate has been scrapped", "scrapped the 2027 extension", "Next
 * year's extension of the line has been cancelled"): the date premodifies the noun, so it is the
 * plan's day, on which no event falls (called-off.ts), and the noun names the act of its verb
 * (Quirk et al. 1985, §17.51–17.54), so the report is an outcome of a plan told by that verb ("The
 * tram line will be extended to Northgate in 2027"). Invented tram sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { isCalledOffPlanDay } from '../../src/timeline/called-off.js';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { corpusOf, one, type FixtureArticle } from './fixtures.js';

/** Each entry as "date future: source ids ← outcome". */
function entries(...articles: FixtureArticle[]): string[] {
  return buildTimeline(corpusOf(...articles)).map(
    (e: TimelineEvent) =>
      `${e.date} ${e.future}: ${e.quotes.map((q) => q.source.id).join(',')}` +
      (e.outcomes ?? []).map((o) => ` ← ${o.outcome} ${o.quote.source.id}`).join(''),
  );
}

const PLAN = one('plan', '2026-01-20', 'The tram line will be extended to Northgate in 2027.');

describe('a dated plan named by a noun of its act, called off', () => {
  it.each([
    'The 2027 extension to Northgate has been scrapped.',
    'The council scrapped the 2027 extension to Northgate.',
  ])('"%s" is an outcome of the plan told by the verb, and no expected event', (report) => {
    expect(entries(PLAN, one('report', '2026-03-13', report))).toEqual([
      '2027 true: plan ← called off report',
    ]);
  });

  it('reads a possessive date of next year', () => {
    const plan = one('plan', '2026-01-20', 'The Mill Street line will be extended next year.');
    const report = one(
      'report',
      '2026-03-13',
      "Next year's extension of the Mill Street line has been cancelled.",
    );
    expect(entries(plan, report)).toEqual(['2027 true: plan ← called off report']);
  });

  it('the premodifying date of the object is the plan day, not the calling off', () => {
    const sentence = 'The council scrapped the 2027 extension to Northgate.';
    const start = sentence.indexOf('2027');
    expect(isCalledOffPlanDay(sentence, start, start + 4)).toBe(true);
  });

  it('is not linked to another year, nor to a plan of another act', () => {
    expect(
      entries(
        PLAN,
        one('report', '2026-03-13', 'The 2028 extension to Northgate has been scrapped.'),
      ),
    ).toEqual(['2027 true: plan']);
    const closing = one('plan', '2026-01-20', 'The tram depot will be closed in 2027.');
    expect(
      entries(
        closing,
        one('report', '2026-03-13', 'The 2027 extension to Northgate has been scrapped.'),
      ),
    ).toEqual(['2027 true: plan']);
  });
});
