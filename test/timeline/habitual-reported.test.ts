/**
 * A habit told in reported speech, with "tend to", or framed by a yearly recurrence ("every
 * year", "each summer") names a month of every year, not one event: a date without a year there
 * gets no entry. After a past verb of saying the past may be the speaker's present shifted back
 * ("said … were usually": backshift), so a habit told so is no event of last year either. What
 * these do not cover stays dated. Invented seaside-town sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
// Friday 27 June 2025: a past August is 2024's.
const datesOf = (sentence: string) => buildTimeline(articleOf('2025-06-27', sentence)).map(shown);

describe('a yearless date in a habit is no event', () => {
  it.each([
    // Backshift: "were usually" is the office's "are usually".
    'The tourist office said mid-August was usually among the busiest weeks of the year.',
    'Hoteliers said early August was typically their busiest time.',
    'The beaches were often full in August, the lifeguards said.',
    'The harbour master noted that crossings were often cancelled in October.',
    'The office said visitors tended to arrive in August.',
    // "tend to": a habit in the present.
    'Visitors tend to arrive in August, the tourist office says.',
    // A yearly recurrence frames the clause, in any tense.
    'The office said visitors arrived every year in August.',
    'The town fills up each summer in August.',
    'Every year, the harbour festival is held in August.',
    'The carnival has been held annually in July since the war.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });
});

describe('what these do not cover stays dated', () => {
  it.each([
    // A past habit with no verb of saying tells last summer's events.
    ['Storm warnings were very often given to the ferry crews in October.', ['2024-10']],
    // A past told in reported speech with no habit is a past event.
    ['Hotels were full in August, the office said.', ['2024-08']],
    // The date is the saying's, not the habit's: after the verb and a preposition, or fronted.
    ['The harbour master noted in October that crossings were often cancelled.', ['2024-10']],
    ['In October, the harbour master noted that crossings were often cancelled.', ['2024-10']],
    // "tended to" told by the writer is a past over a stated time.
    ['Visitors tended to arrive late in August.', ['2024-08']],
    // The recurrence is an aside set off by commas: the event is its clause's own.
    ['The festival, held every year in August, was cancelled in March.', ['2025-03']],
    // "each year" as a unit counted per is no recurrence.
    ['The council paid lifeguards a bonus for each year of service in March.', ['2025-03']],
    // A stated year is one time.
    ['The office said the beaches were usually full in August 2024.', ['2024-08']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
});
