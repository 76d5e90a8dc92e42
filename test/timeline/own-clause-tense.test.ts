/**
 * A month or day without a year takes its year from the tense of its own verb, not the main
 * verb's: what lies ahead is the next occurrence after publication, what is past the last one
 * before it. Invented ferry and library sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf, corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('the tense of a date is that of its own clause', () => {
  it.each([
    // A commitment in the present perfect holds now; what it commits to is ahead.
    ['2025-10-07', 'The trust has agreed to run the ferry from November 1.', '2025-11-01', true],
    ['2025-10-07', 'Both councils have voted to close the library in March.', '2026-03', true],
    // A passive infinitive after a noun is an arrangement ("is to be held").
    [
      '2026-01-19',
      'The board has called a review of the ferry, to be held in July.',
      '2026-07',
      true,
    ],
    ['2026-01-19', 'The review of the ferry is to be held in July.', '2026-07', true],
    ['2026-01-19', 'The ferry fee has to be paid in May.', '2026-05', true],
    // An adverb between the auxiliary and the participle.
    ['2026-08-21', 'The ferry company will be formally wound up in November.', '2026-11', true],
    // A cue that qualifies a noun names a plan; the sentence tells its outcome (past).
    ['2025-05-12', 'Crews said wages due in April had been paid late.', '2025-04', false],
    [
      '2025-11-03',
      'The operator said its scheduled sailings on Saturday did not run.',
      '2025-11-01',
      false,
    ],
    // An irregular past ("slid") governs as "fell" does.
    ['2026-03-04', 'Mud slid onto the ferry ramp late on Tuesday.', '2026-03-03', false],
  ])('published %s: "%s" is %s', (published, sentence, date, future) => {
    expect(eventsOf(published, sentence)).toEqual([[date, future]]);
  });

  it('"was to be held" is a plan seen from the past, not a plan still ahead', () => {
    expect(eventsOf('2026-01-19', 'The review was to be held in July.')).not.toEqual([
      ['2026-07', true],
    ]);
  });

  it('a planned event with no outcome told stays ahead', () => {
    expect(
      eventsOf('2025-11-03', 'The operator said its scheduled sailings on Saturday would be full.'),
    ).toEqual([['2025-11-08', true]]);
  });
});

describe('a clause after "and" with its own present verb', () => {
  // The time allowed ("have until 25 November to respond") is held now and lies ahead; the past
  // verb of the first clause is not its verb (allowed-time.ts).
  it.each([
    'The ferry survey opened on Monday and residents have until 25 November to respond.',
    'The ferry survey closed last week, and the trust has until 25 November to publish it.',
    'The ferry survey opened in June and owners have only until 25 November to reply.',
  ])('"%s" dates the deadline in the coming November', (sentence) => {
    expect(eventsOf('2024-09-03', sentence)).toContainEqual(['2024-11-25', true]);
  });

  it('"had until" is the past\'s time allowed, before publication', () => {
    expect(
      eventsOf(
        '2024-09-03',
        'The ferry survey opened in May and owners had until 25 June to reply.',
      ),
    ).toContainEqual(['2024-06-25', false]);
  });
});

describe('a year that modifies a noun is not the time of the verb', () => {
  it('"should publish the 2019 survey" is not a plan dated 2019', () => {
    expect(
      buildTimeline(articleOf(null, 'The library should publish the 2019 survey in full.')).map(
        (e) => [e.date, e.future],
      ),
    ).toEqual([['2019', false]]);
  });

  it("a season inside a phrase of time still takes the verb's tense", () => {
    expect(eventsOf('2025-07-01', 'The ferry will pause during the summer festival.')).toEqual([
      ['2025-06', true],
    ]);
  });
});

describe('a day of the month alone', () => {
  it('"on the 24th and include" is dated: "and" links a second verb phrase', () => {
    expect(
      eventsOf('2025-03-05', 'The cuts take effect on the 24th and include the harbour route.'),
    ).toEqual([['2025-03-24', true]]);
  });

  it('"on the 12th and final day" stays a rank', () => {
    expect(eventsOf('2025-03-05', 'The strike ended on the 12th and final day.')).toEqual([]);
  });
});

describe("a date ahead of the time of writing does not take a past clause's year", () => {
  // Published Monday 19 January 2026: "last year" and "in 2025" are 2025.
  it.each([
    ['The ferry terminal was approved last year, to be opened in July.'],
    ['The ferry terminal was approved in 2025 and will open in July.'],
    ['The ferry terminal was approved last year and is to be opened in July.'],
  ])('"%s": July is 2026, expected', (sentence) => {
    expect(eventsOf('2026-01-19', sentence)).toEqual([
      ['2025', false],
      ['2026-07', true],
    ]);
  });

  it('nor the year of the sentence before', () => {
    const events = buildTimeline(
      corpusOf({
        published: '2025-10-01',
        paragraphs: [
          [
            'The ferry bridge was approved in March 2025.',
            'The new bridge will open to traffic in July.',
          ],
        ],
      }),
    ).map(shown);
    expect(events).toEqual([
      ['2025-03', false],
      ['2026-07', true],
    ]);
  });

  it('a future seen from the past keeps the narrative year', () => {
    expect(
      eventsOf('2026-01-19', 'The council said in 2019 that the bridge would open in July.'),
    ).toEqual([
      ['2019', false],
      ['2019-07', false],
    ]);
    expect(
      eventsOf('2026-01-19', 'In 2019 the council expected the ferry bridge to open in July.'),
    ).toEqual([
      ['2019', false],
      ['2019-07', false],
    ]);
  });
});

/**
 * The act of an infinitive after a commitment in the simple past follows the commitment, which,
 * told as news with no date, lies at or shortly before publication (committed-act.ts).
 */
describe('the act a past commitment commits to', () => {
  it.each([
    // The last October (2025) is half a year back: the agreeing, news, came after it.
    ['2026-04-02', 'The ferry company agreed to call the residents back in October.', '2026-10'],
    ['2025-10-07', 'The council voted to cut the ferry subsidy in March.', '2026-03'],
    ['2026-04-02', 'The ferry company promised to refund the fares on 14 October.', '2026-10-14'],
    ['2026-04-02', 'The trust voted unanimously to close the slipway in October.', '2026-10'],
    // Said by someone: the saying's past is no outcome, the commitment is still news.
    ['2026-04-02', 'The operator said it agreed to cut the fares in October.', '2026-10'],
  ])('published %s: "%s" is %s, ahead', (published, sentence, date) => {
    expect(eventsOf(published, sentence)).toEqual([[date, true]]);
  });

  it.each([
    // March 2026 ended days before: a vote in February may have cut it then, or the cut is March 2027.
    ['2026-04-07', 'The council voted to cut the ferry subsidy in March.', 'March'],
    ['2026-04-20', 'The ferry company promised to refund the fares on 2 April.', '2 April'],
  ])('published %s: "%s" leaves %s undated', (published, sentence, text) => {
    const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
    expect(events).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual([text]);
  });

  it('the month holding publication is that month, the only one either reading gives', () => {
    expect(
      eventsOf('2026-04-02', 'The ferry company agreed to call the residents back in April.'),
    ).toEqual([['2026-04', false]]);
  });

  it.each([
    // A dated commitment places the act on or after its day (arranged-after-act.ts).
    [
      'The council agreed on Monday to cut the ferry subsidy in October.',
      [
        ['2026-03-30', false],
        ['2026-10', true],
      ],
    ],
    [
      'The council agreed in 2019 to cut the ferry subsidy in March.',
      [
        ['2019', false],
        ['2019-03', false],
      ],
    ],
    // A sentence telling the outcome keeps the verb's past.
    ['The council agreed to cut the ferry subsidy in October but never did.', [['2025-10', false]]],
    // Adjuncts between the verb and its infinitive; not an object before a preposition "to".
    ['The council agreed with the union to cut the ferry rota in October.', [['2026-10', true]]],
    // An adjunct of time with a past of its own ("last night", "yesterday") dates the vote.
    [
      'The council voted last night to cut the ferry subsidy in October.',
      [
        ['2026-04-01', false],
        ['2026-10', true],
      ],
    ],
    [
      'The council voted yesterday to cut the ferry subsidy in October.',
      [
        ['2026-04-01', false],
        ['2026-10', true],
      ],
    ],
    ['The trust offered shelter to homeless families in October.', [['2025-10', false]]],
    // "had agreed" is a past seen from the past; "has agreed" holds now.
    ['The council had agreed to cut the ferry subsidy in October.', [['2025-10', false]]],
    ['The council has agreed to cut the ferry subsidy in October.', [['2026-10', true]]],
    // A word of a plan's fate before the commitment is of something else: the act still follows.
    [
      'Buses will return to the routes abandoned when the firm collapsed, after the council agreed to fund them in October.',
      [['2026-10', true]],
    ],
  ])('published 2 April 2026: "%s" is %j', (sentence, expected) => {
    expect(eventsOf('2026-04-02', sentence)).toEqual(expected);
  });

  it.each([
    // A stretch's onset is the infinitive's act's: a weekday either side of publication may be it.
    'Redway Buses agreed to run the routes from Monday.',
    'Buses will return to the routes abandoned when the firm collapsed, after Redway agreed to run them from Monday.',
    'The council voted to open the bridge starting Thursday.',
  ])('published Saturday 4 April 2026: "%s" leaves the weekday undated', (sentence) => {
    const { events, undated } = buildTimelineDetailed(articleOf('2026-04-04', sentence));
    expect(events.filter((event) => !/^\d{4}-\d{2}$/.test(event.date))).toEqual([]);
    expect(undated.map((u) => u.text)).toContainEqual(expect.stringMatching(/Monday|Thursday/));
  });

  it("a weekday not opening a stretch keeps the verb's past", () => {
    expect(eventsOf('2026-04-04', 'The council voted to accept the rota on Thursday.')).toEqual([
      ['2026-04-02', false],
    ]);
  });
});
