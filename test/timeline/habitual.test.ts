/**
 * A date without a year in a clause that states a present habit ("September is usually our best
 * month after August") recurs every year and is no event; a past habit over a stated time, a
 * habit in an aside or another clause, and a stated year are left as they were. Invented
 * harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { inHabitualClause, inPastHabitClause } from '../../src/timeline/habitual.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a yearless date in a generic statement is not an event', () => {
  it.each([
    'September is usually our best month after August, the harbour master said.',
    'The island ferry typically stops sailing in October, the operator says.',
    'Harbour fees are always raised in April by the port trust.',
    'The harbour has always closed its north quay in August for dredging.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf('2021-06-15', sentence)).toEqual([]);
  });
});

describe('a habit in a participle clause set off by commas', () => {
  it.each([
    ['The harbour fair, usually held in June, will move to the new quay.', []],
    ['The regatta, very often delayed in August, was cancelled on 3 March.', ['2021-03-03']],
    // The date after the clause belongs to the main verb.
    ['The harbour fair, usually held in June, has been postponed to October.', ['2021-10']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf('2021-03-15', sentence)).toEqual(dates);
  });
});

describe('what a habit does not cover stays dated', () => {
  it.each([
    // Another clause: the habit is contrasted with this year's event.
    ['The council usually meets in March, but it met on 3 February instead.', ['2021-02-03']],
    // The habit is an aside about the ferry; the event is its own clause's.
    ['The ferry, which usually sails at noon, left the quay in October.', ['2020-10']],
    // A past auxiliary up to two words before the adverb: "were very often given" is past.
    ['Storm warnings were very often given to the ferry crews in October.', ['2020-10']],
    // The habit is a relative clause closing the sentence, about the month, not the event.
    ['The ferry left the quay in October, which is usually the quietest month.', ['2020-10']],
    // A stated year is a point in time whatever the clause says.
    ['The harbour fair is always held in August, as it was in 2019.', ['2019']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf('2021-03-15', sentence)).toEqual(dates);
  });

  it('a past habit over a stated span stays dated: "routinely broke … from June to September"', () => {
    expect(
      datesOf(
        '2021-11-20',
        "Tidewell Ferries' rosters routinely broke the company's own rest rules during the summer season, from June to September.",
      ),
    ).toEqual(['2021-06/2021-09']);
  });
});

describe('a past habit over uncounted years is not an event', () => {
  it.each([
    // "used to": a habit since given up.
    'The island ferry used to run to the harbour in August, islanders said.',
    'Fishermen used to land their catch at the north quay in October.',
    'The island ferry used to call at the harbour on Sunday, islanders said.',
    // "would" of habit, told by the remembered past or a habitual adverb.
    'In January the council would grit the road to the harbour, residents recalled.',
    'In the summer the ferry would sail twice a day, islanders recalled.',
    'Back then, the island ferry would sail in March when the ice cleared.',
    'The island ferry would usually sail in March from the north quay.',
    // A decade or a span of years frames the clause: the date comes back each year.
    'In the 1990s, the island ferry sailed every Sunday in August.',
    'Between 2015 and 2018 the island ferry stopped running in October.',
  ])('no entry for its date: "%s"', (sentence) => {
    expect(datesOf('2021-03-15', sentence).filter((d) => !/^\d{4}(?:\/\d{4})?$/.test(d))).toEqual(
      [],
    );
  });

  it.each([
    // A passive "was used to": an event.
    ['The harbour grant was used to repair the north quay in August.', ['2020-08']],
    // The habit describes the subject in a relative clause.
    ['The island ferry that used to serve the harbour capsized in August.', ['2020-08']],
    // The decade belongs to an aside set off by commas.
    ['The island ferry, built in the 1990s, sank at the north quay in August.', ['2020-08']],
    // "would" of a plan seen from the past, and a counterfactual.
    ['The council said it would vote in January on the ferry.', ['2022-01']],
    ['The council would have voted in January on the ferry.', ['2021-01']],
    // A stated year, or a date the text places ("last October"), is one time.
    ['The island ferry used to sail in 2015 to the harbour.', ['2015']],
    ['The old island ferry used to sail to the harbour until last October.', ['2020-10']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf('2021-03-15', sentence)).toEqual(dates);
  });

  it('keeps the span of years itself', () => {
    expect(
      datesOf('2021-03-15', 'Between 2015 and 2018 the island ferry stopped running in October.'),
    ).toEqual(['2015/2018']);
  });
});

describe('a habit read after another sentence', () => {
  const dateIn = (sentence: string, date: string) =>
    [sentence, sentence.indexOf(date), sentence.indexOf(date) + date.length] as const;

  it('is found whatever sentence was read before', () => {
    // A past habit whose adverb stands far into its clause, read first.
    const past =
      'In those long and quiet summers the whole of the village would always gather on the green in August.';
    expect(inPastHabitClause(...dateIn(past, 'August'))).toBe(true);
    expect(inHabitualClause(...dateIn('The fair is usually held in August.', 'August'))).toBe(true);
  });
});
