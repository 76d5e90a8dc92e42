/**
 * A plan told in the simple past ("was expected on Thursday", "were due to headline on
 * Saturday", "was scheduled for Saturday") is a future seen from the past: the past sets its
 * reference time before the time of writing, the planned event lies after that, and so on
 * either side of the time of writing (Reichenbach 1947; Quirk et al. 1985, 4.48, 4.58). A
 * weekday, which only a side places, is left undated; a full date is that date; a yearless month
 * the nearer one. Told in reported speech, the plan is the speaker's present, ahead; a sentence
 * telling the outcome puts it behind. The past perfect, active or passive ("had planned", "had
 * been expected"), is read as the simple past. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2025-09-12. */
const FRIDAY = '2025-09-12';
/** Published Sunday 2025-09-14. */
const SUNDAY = '2025-09-14';
const dates = (sentence: string, published = FRIDAY) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);
const undatedOf = (sentence: string, published = FRIDAY) =>
  buildTimelineDetailed(articleOf(published, sentence)).undated.map((u) => u.text);

describe('a plan in the simple past with no outcome', () => {
  it.each([
    ['The Saltby Fiddlers were due to headline on Saturday.', SUNDAY, 'Saturday'],
    ['The Saltby Fiddlers were due to headline on Saturday.', FRIDAY, 'Saturday'],
    ['The harbour inspection report was expected on Thursday.', FRIDAY, 'Thursday'],
    ['The pier was not expected to reopen until Tuesday.', FRIDAY, 'Tuesday'],
    ['The harbour ballot was set for Wednesday.', FRIDAY, 'Wednesday'],
    // The past perfect of planning, active: the planning before a past time, the day either side.
    ['The council had planned a second recount of the ballots on Thursday.', FRIDAY, 'Thursday'],
    ['The club had scheduled the regatta for Saturday.', FRIDAY, 'Saturday'],
    // Its passive: "had been" is then the plan's own auxiliary, no word of its fate.
    ['The harbour inspection report had been expected on Thursday.', FRIDAY, 'Thursday'],
    ['The regatta had been scheduled for Saturday.', SUNDAY, 'Saturday'],
  ])(
    'leaves a weekday in doubt, on neither side: "%s" (published %s)',
    (sentence, published, day) => {
      expect(dates(sentence, published)).toEqual([]);
      expect(undatedOf(sentence, published)).toEqual([day]);
    },
  );

  it('dates a full date at that date, either side of publication', () => {
    expect(dates('The quay ballot was due to take place on 10 September 2025.')).toEqual([
      '2025-09-10',
    ]);
    expect(dates('The quay ballot was due to take place on 16 September 2025.')).toEqual([
      '2025-09-16 future',
    ]);
  });

  it('puts a yearless month in the nearer year, as for a plan seen from further back', () => {
    // Published September 2025: July 2025 is two months back, July 2026 ten ahead.
    expect(dates('The quay ballot was expected in July.')).toEqual(['2025-07']);
    expect(dates('The quay ballot was expected in November.')).toEqual(['2025-11 future']);
  });
});

describe("a plan in the simple past in reported speech: the speaker's present, ahead", () => {
  it.each([
    ['Repairs to the slipway were due on Monday, the port said.', '2025-09-15 future'],
    ['The ferry ballot was scheduled for Wednesday, union officials said.', '2025-09-17 future'],
    ['Organisers said the Saltby Fiddlers were due to headline on Saturday.', '2025-09-13 future'],
  ])('"%s" lies ahead', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('puts a yearless month ahead too', () => {
    expect(dates('The quay ballot was expected in March, the union said.')).toEqual([
      '2026-03 future',
    ]);
  });
});

describe('a plan whose sentence tells the outcome, or one seen from further back', () => {
  it.each([
    ['The harbour inspection report was expected on Thursday but never arrived.', '2025-09-11'],
    ['Although the ferry ballot was scheduled for Wednesday, it did not take place.', '2025-09-10'],
    ['The slipway report, which was expected on Tuesday, has been delayed.', '2025-09-09'],
    ['The harbour inspection report had been expected on Thursday but never came.', '2025-09-11'],
    ['The regatta had been scheduled for Wednesday, but it was cancelled.', '2025-09-10'],
    ['The harbour ballot was originally set for Wednesday.', '2025-09-10'],
  ])('"%s" is past', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });
});
