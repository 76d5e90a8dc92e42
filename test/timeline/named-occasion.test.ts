/**
 * A date that names an occasion as the subject of its clause ("Monday's announcement", "the
 * March 3 meeting") takes its side of publication from the clause's own verb, not from a verb
 * in a clause after it. Invented plant and board sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const eventsOf = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [e.date, e.future]);

// Tuesday 11 March 2025: the Monday before is the 10th, the next Monday the 17th.
const TUESDAY = '2025-03-11';

describe('a date naming an occasion as its clause subject', () => {
  it.each([
    // A present verb of a known fact: the occasion has been held.
    ["Monday's announcement means the plant will close.", [['2025-03-10', false]]],
    ["Friday's ruling by the court leaves the plant without a buyer.", [['2025-03-07', false]]],
    // The closing is the later clause's, and ahead; the announcement is not.
    [
      "Monday's announcement means the plant will close in June.",
      [
        ['2025-03-10', false],
        ['2025-06', true],
      ],
    ],
    // The clause's own verb is ahead: so is the occasion.
    ["Monday's vote will decide the future of the plant.", [['2025-03-17', true]]],
    ["Thursday's vote is expected to settle the dispute.", [['2025-03-13', true]]],
    ["Friday's meeting begins at 9am.", [['2025-03-14', true]]],
    // Past verbs, as before.
    ['The March 3 meeting approved the budget.', [['2025-03-03', false]]],
  ])('published Tuesday 11 March 2025: "%s"', (sentence, expected) => {
    expect(eventsOf(TUESDAY, sentence)).toEqual(expected);
  });

  it('a present copula says nothing of its side: the weekday is not dated', () => {
    expect(eventsOf(TUESDAY, "Thursday's vote is the first since the strike.")).toEqual([]);
    // The relative clause's "will close" is not the clause's own verb.
    expect(
      eventsOf(TUESDAY, "Friday's strike, which will close 14 schools, is the first in a decade."),
    ).toEqual([]);
  });

  it('a past verb after a "that" clause the noun takes is the main clause\'s: past', () => {
    expect(
      eventsOf(
        TUESDAY,
        "Reaction in the valley to Monday's announcement that the mine could reopen has ranged from delight to dismay.",
      ),
    ).toEqual([['2025-03-10', false]]);
  });

  it('a modal of possibility says nothing of its side', () => {
    expect(eventsOf(TUESDAY, "Friday's vote could decide the future of the plant.")).toEqual([]);
  });

  it('a clause opened inside the noun phrase leaves the date to the other rules', () => {
    // "that the plant will close" is the announcement's content; where its own clause's verb
    // stands is not read, so the weekday stays undated rather than put ahead.
    expect(
      eventsOf(TUESDAY, "Monday's announcement that the plant will close shocked workers."),
    ).toEqual([]);
  });

  it('an attributive date ahead of publication keeps its own future', () => {
    expect(eventsOf('2025-03-05', 'The March 9 meeting will decide the budget.')).toEqual([
      ['2025-03-09', true],
    ]);
  });

  it('an occasion that is no subject keeps the verb before it', () => {
    expect(eventsOf(TUESDAY, "Workers gathered after Monday's announcement.")).toEqual([
      ['2025-03-10', false],
    ]);
    // The minutes are ahead; the meeting they record is the nearer March 3, already held.
    expect(
      eventsOf('2025-03-10', 'The board will publish the minutes of its March 3 meeting.'),
    ).toEqual([['2025-03-03', false]]);
  });
});

describe('a possessive occasion that is not its clause subject', () => {
  it.each([
    // The verb's "will" is the analysts' and the union's: the occasion named has happened.
    ["Analysts will study Monday's announcement.", [['2025-03-10', false]]],
    ["The union will appeal against Friday's ruling.", [['2025-03-07', false]]],
    ["Analysts will study Monday's surprise announcement.", [['2025-03-10', false]]],
    // An occasion held on an appointed day may be named ahead: the verb says which side.
    ["Campaigners will protest at Friday's vote.", [['2025-03-14', true]]],
    ["Fans will travel to Saturday's final.", [['2025-03-15', true]]],
    // Its own word says which side.
    ["Analysts will study next Monday's announcement closely.", [['2025-03-17', true]]],
  ])('published Tuesday 11 March 2025: "%s"', (sentence, expected) => {
    expect(eventsOf(TUESDAY, sentence)).toEqual(expected);
  });

  it('words looking ahead to it leave it to the verb', () => {
    // "awaiting": ahead of the present, which says neither side of a bare weekday.
    expect(eventsOf(TUESDAY, "Traders are awaiting Monday's announcement.")).toEqual([]);
    expect(eventsOf(TUESDAY, "Ministers will meet ahead of Monday's announcement.")).toEqual([
      ['2025-03-17', true],
    ]);
  });
});
