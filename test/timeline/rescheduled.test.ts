/**
 * A date an event was moved from is the slot given up: no event happened on it. Only the date it
 * was moved to is dated as an event, and "from Y to X" after a verb of moving is no range; the
 * slot a verb of postponing gives up is the day of a plan since changed, marked "given up". Invented ferry and
 * library sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [
  e.end ? `${e.date}/${e.end}` : e.date,
  e.future,
  ...(e.givenUp ? ['given up'] : []),
];
const eventsOf = (published: string | null, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

/** Published Monday 2025-10-06. */
const MONDAY = '2025-10-06';

describe('a date an event was moved from', () => {
  it.each([
    // The slot a move names, before or after its new date, is the day of a plan since changed
    // (postponed-slot.ts), whichever way the move went.
    [
      'The ferry board vote was moved to October 14 from October 7.',
      [
        ['2025-10-07', false, 'given up'],
        ['2025-10-14', true],
      ],
    ],
    [
      'The ferry board vote was moved from October 7 to October 14.',
      [
        ['2025-10-07', false, 'given up'],
        ['2025-10-14', true],
      ],
    ],
    [
      'The library hearing was postponed from 7 October until 14 October.',
      [
        ['2025-10-07', false, 'given up'],
        ['2025-10-14', true],
      ],
    ],
    [
      'The library hearing was brought forward to 2 October from 9 October.',
      [
        ['2025-10-02', false],
        ['2025-10-09', false, 'given up'],
      ],
    ],
    [
      'The library hearing was brought forward from 9 October to 2 October.',
      [
        ['2025-10-02', false],
        ['2025-10-09', false, 'given up'],
      ],
    ],
    [
      'The trust has pushed back the ferry launch from March to May.',
      [
        ['2026-03', false, 'given up'],
        ['2026-05', true],
      ],
    ],
    // The slot given up, with no new date: only what else the sentence dates.
    [
      'The ferry launch, postponed from October 7, drew crowds on Saturday.',
      [['2025-10-04', false]],
    ],
    // A weekday the event was moved to takes no side of publication from a simple past that
    // moved it; a move in the present perfect holds now, and the new date is ahead.
    ['Organisers rescheduled the ferry regatta from Saturday to Sunday.', []],
    [
      'Organisers have rescheduled the ferry regatta from Saturday to Sunday.',
      [['2025-10-12', true]],
    ],
    ['The library vote has been postponed until Friday.', [['2025-10-10', true]]],
  ])('"%s" → %j (published %s)', (sentence, expected) => {
    expect(eventsOf(MONDAY, sentence)).toEqual(expected);
  });

  it('is moved to by British "put back", to postpone; a thing put back in its place is no move', () => {
    expect(eventsOf('2026-03-10', 'The ferry regatta has been put back to September.')).toEqual([
      ['2026-09', true],
    ]);
    expect(
      eventsOf('2026-03-10', 'The ferry timetables were put back on the rack in May.'),
    ).toEqual([['2025-05', false]]);
  });

  it('is no entry with its year not stated either, when nothing fixes the year', () => {
    expect(eventsOf(null, 'The ferry board vote was moved to October 14 from October 7.')).toEqual([
      ['--10-14', false],
    ]);
  });

  it('is not listed as a date left undated: the text says nothing happened then', () => {
    const { undated } = buildTimelineDetailed(
      articleOf(MONDAY, 'The ferry board vote was moved to October 14 from October 7.'),
    );
    expect(undated.map((u) => u.text)).not.toContain('October 7');
  });
});

describe('"from" dates that are not a slot given up', () => {
  it.each([
    // A range under a verb that moves nothing in time.
    ['The ferry ran from October 7 to October 14, its crew said.', 1],
    // A move in space, then the start of the stay.
    ['Library staff were moved to a temporary site from 1 September.', 1],
    // "Move" and the date in different clauses.
    ['The trust moved its office, and the ferry ran from 1 September.', 1],
    // The start of what lasts.
    ['Deliveries to the ferry were delayed from March onwards, the trust said.', 1],
    ['Ferry sailings have been delayed from Monday, the trust said.', 1],
    // "shift" as a noun.
    ['Crews on the night shift from Monday will be paid more, the ferry trust said.', 1],
  ])('"%s" keeps its date', (sentence, count) => {
    expect(eventsOf(MONDAY, sentence)).toHaveLength(count);
  });
});

describe('a plan its sentence says was moved or dropped', () => {
  // Its day is an entry (the sentence is about that plan), of the nearer year: the past tells
  // when the plan was made or given up, not which side of publication its day lies on; and it
  // is no longer expected, but shown as the plan it was ("given up").
  it.each([
    [
      MONDAY,
      'The vote had originally been scheduled for October 7 but was postponed.',
      '2025-10-07',
    ],
    [
      '2025-10-20',
      'The vote had originally been scheduled for October 7 but was postponed.',
      '2025-10-07',
    ],
    [
      MONDAY,
      'The ferry vote, originally scheduled for October 9, was moved to October 14.',
      '2025-10-09',
    ],
    ['2025-10-20', 'The library vote, initially set for October 9, was postponed.', '2025-10-09'],
    [MONDAY, 'The library ballot was expected in November but was cancelled.', '2025-11'],
  ])('published %s: "%s" dates %s, not expected', (published, sentence, date) => {
    expect(eventsOf(published, sentence)).toContainEqual([date, false, 'given up']);
  });

  it('a plan whose day the sentence says has passed is still behind', () => {
    expect(
      eventsOf(MONDAY, 'The library ballot was expected on October 7 but never took place.'),
    ).toEqual([['2024-10-07', false]]);
  });
});

describe('the new date of a move told in the simple past, with no date of its own', () => {
  // What a move arranges lies after it, and a move told as news lies at or shortly before
  // publication (committed-act.ts): the next such month, unless the last one is recent enough
  // for the move to have come before it. Published Friday 10 October 2025.
  const PUBLISHED = '2025-10-10';
  it.each([
    ['The council postponed the ferry vote to June.', [['2026-06', true]]],
    ['The council postponed the ferry vote until March.', [['2026-03', true]]],
    ['The ferry hearing was adjourned to May, the court said.', [['2026-05', true]]],
    ['The ferry final was moved to 14 June.', [['2026-06-14', true]]],
  ])('is ahead: "%s"', (sentence, want) => {
    expect(eventsOf(PUBLISHED, sentence)).toEqual(want);
  });

  it('is left undated when the last such month ended within a month of publication', () => {
    expect(eventsOf(PUBLISHED, 'The council postponed the ferry vote to September.')).toEqual([]);
  });

  it('keeps the year the narrative states', () => {
    expect(eventsOf(PUBLISHED, 'In 2019 the council postponed the ferry vote to June.')).toEqual([
      ['2019', false],
      ['2019-06', false],
    ]);
  });
});
