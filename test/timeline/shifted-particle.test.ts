/**
 * A phrasal verb of moving with its particle after a short object: "brought the regatta forward",
 * "pushed the vote back", "put the hearing off" (particle movement: Quirk et al. 1985, §16.4).
 * Its "from X to Y" is an old date and a new one, as with the particle before the object, never a
 * range; and two yearless days of one month whose second comes first are no range either (an end
 * never precedes its start). Invented regatta and festival sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, one } from './fixtures.js';

const PLAN = one('plan', '2026-01-20', 'The rowing club will hold its regatta on 14 August 2026.');

/** Each entry as "date[/end] future? given up?: sources", with "↳ outcome: source" for outcomes. */
function entries(...articles: Array<ReturnType<typeof one>>): string[] {
  return buildTimeline(corpusOf(...articles)).map(
    (e) =>
      `${e.date}${e.end ? `/${e.end}` : ''}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}` +
      (e.outcomes ?? []).map((o) => ` ↳ ${o.outcome}: ${o.quote.source.id}`).join(''),
  );
}

describe('a phrasal verb of moving with its particle after the object', () => {
  it('gives up the old date and keeps the new one, not a range between them', () => {
    expect(
      entries(
        one(
          'report',
          '2026-02-13',
          'The club brought the regatta forward from 14 August to 7 August.',
        ),
      ),
    ).toEqual(['2026-08-07 future: report', '2026-08-14 given up: report']);
  });

  it.each([
    ['The club brought the regatta forward from 14 August to 7 August.', 'moved', '2026-08-07'],
    ['The club pushed the regatta back from 14 August to 4 September.', 'postponed', '2026-09-04'],
    ['The club put the regatta off from 14 August to 4 September.', 'postponed', '2026-09-04'],
  ])('links "%s" to the plan of the old date as %s', (report, outcome, moved) => {
    const found = entries(PLAN, one('report', '2026-02-13', report));
    expect(found).toContain(`2026-08-14 future: plan ↳ ${outcome}: report`);
    expect(found).toContain(`${moved} future: report`);
  });

  it.each([
    // No particle of moving: a thing brought or pushed from a place, on a day.
    'The crew brought the trophy from Leeds to York on 14 August.',
    'Police pushed the crowd back from the gate on 14 August.',
    'The club brought the boats forward from the shed on 14 August.',
  ])('moves nothing without a verb of moving in time: "%s"', (report) => {
    expect(entries(one('report', '2026-09-01', report))).toEqual(['2026-08-14: report']);
  });
});

describe('a range whose end precedes its start', () => {
  it('is no range: two days', () => {
    expect(
      entries(one('report', '2026-02-13', 'The festival runs from 14 August to 7 August.')),
    ).toEqual(['2026-08-07 future: report', '2026-08-14 future: report']);
  });

  it.each([
    ['The festival runs from 7 August to 14 August.', '2026-08-07/2026-08-14 future: report'],
    // The end in a later month of the next year: a range across the turn of the year.
    ['The festival runs from 30 December to 2 January.', '2026-12-30/2027-01-02 future: report'],
  ])('stays a range when its end comes later: "%s"', (sentence, range) => {
    expect(entries(one('report', '2026-02-13', sentence))).toEqual([range]);
  });
});
