/**
 * The year of a yearless date that names an occasion the sentence's act is placed after, since
 * or before ("following the landslide of 9 March", "after the 9 March vote"), or a thing after
 * "of" ("will assess the landslide of 9 March"): the nearest occurrence to the time of writing,
 * unless the preposition and the act's tense put it on one side (occasion-side.ts). The act's
 * own date keeps its tense's side. Invented road-repair sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Each entry as "date[ future][ (the date of “…”)]". */
const entries = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(
    (e) =>
      `${e.date}${e.future ? ' future' : ''}${e.quotes[0]?.dates ? ` (${e.quotes[0].dates})` : ''}`,
  );

describe('a yearless occasion after a preposition of time relationship', () => {
  it.each([
    'Crews have worked around the clock following the landslide of 9 March.',
    'Crews will work around the clock following the landslide of 9 March.',
    'Crews are expected to stay on site in the weeks following the landslide of 9 March.',
    'The road should reopen following the landslide of 9 March.',
  ])('is the nearest 9 March, two days before publication: "%s"', (sentence) => {
    expect(entries('2025-03-11', sentence)).toEqual(['2025-03-09 (landslide of 9 March)']);
  });

  it('is the nearest one after "after" and "since" with an act ahead', () => {
    expect(entries('2025-03-11', 'The council will meet again after the 9 March vote.')).toEqual([
      '2025-03-09 (9 March vote)',
    ]);
    expect(entries('2025-02-20', 'The council will meet again after the 9 March vote.')).toEqual([
      '2025-03-09 future (9 March vote)',
    ]);
  });

  it('lies ahead when an act ahead comes before it', () => {
    expect(entries('2025-03-11', 'Crews will clear the road ahead of the 9 March vote.')).toEqual([
      '2026-03-09 future (9 March vote)',
    ]);
  });

  it('is not pushed back a year by a past act before it', () => {
    // "cleared … ahead of the vote": the vote follows the clearing, so it may be still to come.
    expect(entries('2025-03-05', 'Crews cleared the road ahead of the 9 March vote.')).toEqual([
      '2025-03-09 future (9 March vote)',
    ]);
  });

  it('is no deadline after "before": the date is the occasion\'s', () => {
    const [event] = buildTimeline(
      articleOf('2025-03-11', 'Crews cleared the road before the 9 March vote.'),
    );
    expect(event?.date).toBe('2025-03-09');
    expect(event?.deadline).toBeUndefined();
  });

  it("keeps the verb's tense when an offset dates the act itself", () => {
    expect(entries('2025-02-20', 'The council will meet two days after the 9 March vote.')).toEqual(
      ['2025-03-11 future'],
    );
  });
});

describe('a yearless date after "of" and a noun not of time, under a verb ahead', () => {
  it.each([
    ['Engineers will assess the landslide of 9 March.', '2025-03-09 (landslide of 9 March)'],
    ['The landslide of 9 March will be investigated.', '2025-03-09 (landslide of 9 March)'],
  ])('is the nearest occurrence: "%s"', (sentence, entry) => {
    expect(entries('2025-03-11', sentence)).toEqual([entry]);
  });

  it('stays ahead when it is nearer ahead', () => {
    expect(entries('2025-02-20', 'Engineers will assess the landslide of 9 March.')).toEqual([
      '2025-03-09 future',
    ]);
  });

  it('is the time of the act after "of" and a noun of time', () => {
    // "the morning of 9 March" is the meeting's own time: ahead, so next year's 9 March.
    expect(entries('2025-03-11', 'The council will meet on the morning of 9 March.')).toEqual([
      '2026-03-09 future',
    ]);
  });
});

describe("a date that is the act's own, under a verb ahead", () => {
  it('lies ahead of publication, though the nearer 9 March has just passed', () => {
    // year-rules.ts publicationYear: told as ahead, on or after the publication day.
    expect(entries('2025-03-11', 'The council will hold the vote on 9 March.')).toEqual([
      '2026-03-09 future',
    ]);
    expect(entries('2025-02-20', 'The council will hold the vote on 9 March.')).toEqual([
      '2025-03-09 future',
    ]);
  });
});

describe("a yearless date before the noun of its clause's subject, under a verb ahead", () => {
  it('is the nearest occurrence', () => {
    expect(entries('2025-03-11', 'The 9 March landslide will be investigated.')).toEqual([
      '2025-03-09',
    ]);
    expect(entries('2025-02-20', 'The 9 March vote will decide the budget.')).toEqual([
      '2025-03-09 future',
    ]);
  });
});
