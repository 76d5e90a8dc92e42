/**
 * "from" and a month that is also a given name (April, May, June, August) starts a period a
 * clause ahead plans when "from" follows the end of an adjunct, a noun of time or place or a
 * number ("will be trialled on Quay Street from May"): Quirk et al. 1985, 9.37–9.43 on "from"
 * of time. Right after a verb, a particle, a title or a noun of what is sent, "from" may be of
 * source (9.44), the month a person ("will take over from May", "a parcel from May"), and the
 * sentence stays undated. Invented ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Friday 30 January 2026: May, April, June and August 2026 lie ahead.
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-01-30', sentence)).map((e) => `${e.date} ${e.future}`);

describe('"from" and a name-like month in a clause ahead', () => {
  it.each([
    ['The new timetable will be trialled on Quay Street from May.', '2026-05 true'],
    ['The ferry office will open for 30 hours a week from April, down from 45.', '2026-04 true'],
    ['Harbour parking charges will rise by 10% from June.', '2026-06 true'],
    ['The night crossing will run in every port from August.', '2026-08 true'],
  ])('starts a period ahead: "%s"', (sentence, want) => {
    expect(entriesOf(sentence)).toEqual([want]);
  });

  it.each([
    'The harbour master will take over from May.',
    'The new chair will take over as Chair from May.',
    'The new chair will take over as Harbour Master from May.',
    'The crews will receive a parcel from June.',
    'The crews will hear from April.',
    'The ferry company received criticism from May.',
  ])('may name a person after a verb, a particle, a title or a thing sent: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([]);
  });
});
