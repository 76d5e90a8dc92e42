/**
 * A note naming the words whose date a quote gives is the bot's own claim about the quote: its
 * words are a verbatim span of the quote shown, read at the date's offsets in the date's own
 * sentence, also when the quote holds the sentence before it (a pronoun subject leans on it).
 * And "this summer last night" is two time expressions (TimeML tags two TIMEX3s): "this"
 * fixes the season as the publication's, and no "last" after it shifts it to the year before.
 * Invented harbour, union and council sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { verbatimNote } from '../../src/timeline/verbatim-note.js';

import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf, corpusOf } from './fixtures.js';

const entries = (events: TimelineEvent[]) =>
  events.flatMap((e) => e.quotes.map((q) => [e.date, e.precision, q.dates ?? null]));

/** Every note of every quote, with whether it is a span of its quote. */
const notes = (events: TimelineEvent[]) =>
  events.flatMap((e) =>
    e.quotes.flatMap((q) => (q.dates === undefined ? [] : [[q.dates, q.quote.includes(q.dates)]])),
  );

describe('a deictic season before a second time expression', () => {
  it.each([
    [
      '2025-08-10',
      'Coastguards were called to a third cliff rescue this summer last night, when a walker fell near Gullrock Point.',
      [
        ['2025-06', 'season', null],
        ['2025-08-09', 'day', null],
      ],
    ],
    [
      '2025-07-02',
      'Engineers reported a second burst main this spring last month, when the harbour road flooded.',
      [
        ['2025-03', 'season', null],
        ['2025-06', 'month', null],
      ],
    ],
  ])('published %s: "%s"', (published, sentence, expected) => {
    expect(entries(buildTimeline(articleOf(published, sentence)))).toEqual(expected);
  });

  it('"October 29 last", postposed, still names the latest past such day', () => {
    expect(
      entries(
        buildTimeline(articleOf('2025-03-11', 'The ferry company was sold on October 29 last.')),
      ),
    ).toEqual([['2024-10-29', 'day', null]]);
  });
});

describe('a note in a quote that holds the sentence before its date', () => {
  it("the leaning sentence's date has no note from the other sentence's words", () => {
    const events = buildTimeline(
      corpusOf({
        published: '2025-08-10',
        paragraphs: [
          [
            'Kettle Quay, which is 90 metres long and was built in 1880, is run by the harbour board.',
            'It reopened to boats this morning, with one berth still closed.',
          ],
        ],
      }),
    );
    expect(entries(events)).toEqual([
      ['1880', 'year', null],
      ['2025-08-10', 'day', null],
    ]);
  });

  it.each([
    [
      'Kettle Quay, which is 90 metres long and was built in 1880, is run by the harbour board.',
      'It reopened to boats this morning, with one berth still closed.',
    ],
    [
      'The union met its members in the town hall.',
      "It rejected last month's pay deal on Tuesday.",
    ],
    ['The council met in the town hall.', "It deferred the 2019 survey's findings to a committee."],
    ['The harbour board met at noon.', 'It discussed the landslide of 9 March and its repairs.'],
    [
      'The lift company has written to its passengers.',
      'It offered refunds to anyone who was on the lift on Saturday.',
    ],
  ])('every note is a span of its quote: "%s %s"', (first, second) => {
    const events = buildTimeline(
      corpusOf({ published: '2025-03-11', paragraphs: [[first, second]] }),
    );
    for (const [, verbatim] of notes(events)) expect(verbatim).toBe(true);
  });

  it("the note names the words of the date's own sentence", () => {
    const events = buildTimeline(
      corpusOf({
        published: '2025-03-11',
        paragraphs: [
          [
            'The union met its members in the town hall.',
            "It rejected last month's pay deal on Tuesday.",
          ],
        ],
      }),
    );
    expect(notes(events)).toEqual([["last month's pay deal", true]]);
  });
});

describe('the check where notes are made', () => {
  it('passes a span of the quote through and refuses any other words', () => {
    expect(verbatimNote('It reopened this morning.', 'this morning')).toBe('this morning');
    expect(() => verbatimNote('It reopened this morning.', 'which is 40 metres w')).toThrow();
    expect(() => verbatimNote('It reopened this morning.', '')).toThrow();
  });
});
