/**
 * A count of units from the story's last date: "two days later", "a week earlier", "a year
 * later", "the following week". A day, a week or a fortnight is an exact count of days; a month
 * or a year keeps its unit's precision; a week named whole is shown as its month when every
 * reading of its bounds lies in one. From a span of days the count may run from its start or its
 * end: only what both readings give is shown. Invented quay articles.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { detectMentions } from '../../src/timeline/detect.js';
import { corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => `${e.date}${e.end ? `..${e.end}` : ''}`;
const datesOf = (published: string, ...sentences: string[]) =>
  buildTimeline(corpusOf({ published, paragraphs: sentences.map((s) => [s]) })).map(shown);

describe('a count of units later or earlier than the story’s last date', () => {
  it.each([
    ['Two days later, engineers confirmed the crack.', ['2025-05-03', '2025-05-05']],
    ['A week later, divers found two cracked piles.', ['2025-05-03', '2025-05-10']],
    ['A fortnight later, the quay reopened.', ['2025-05-03', '2025-05-17']],
    ['A day earlier, crews had cleared the sill.', ['2025-05-02', '2025-05-03']],
    ['Three months later, the harbour board resigned.', ['2025-05-03', '2025-08']],
    ['A year later, a storm flooded the quay.', ['2025-05-03', '2026']],
    ['Ten years earlier, the old quay had burned down.', ['2015', '2025-05-03']],
    ['Engineers confirmed the crack two days later.', ['2025-05-03', '2025-05-05']],
  ])('after "The quay was closed on 3 May 2025.": "%s"', (sentence, dates) => {
    expect(datesOf('2026-09-01', 'The quay was closed on 3 May 2025.', sentence)).toEqual(dates);
  });

  it('reads no date in a comparison or a vague count', () => {
    for (const sentence of [
      'The quay opened two days later than planned.',
      'A few days later, the crane failed.',
      'A decision is due in the next week.',
    ])
      expect(detectMentions(sentence)).toEqual([]);
  });

  // A month sorts before the days in it.
  it('shows "the following week" as its month, or nothing across two months', () => {
    expect(
      datesOf(
        '2025-09-01',
        'The quay was closed on 7 May.',
        'The following week, harbour staff reopened the quay.',
      ),
    ).toEqual(['2025-05', '2025-05-07']);
    expect(
      datesOf(
        '2025-09-01',
        'The quay was closed on 23 June.',
        'The following week, harbour staff reopened the quay.',
      ),
    ).toEqual(['2025-06-23']);
    expect(
      datesOf(
        '2025-09-01',
        'The quay was closed on 20 May.',
        'The previous week, a crane fell onto the quay wall.',
      ),
    ).toEqual(['2025-05', '2025-05-20']);
  });

  it('counts from a span of days only what its start and its end agree on', () => {
    expect(
      datesOf(
        '2025-09-01',
        'The regatta ran from 16 to 18 May.',
        'Two days later, the organisers were fined by the council.',
      ),
    ).toEqual(['2025-05', '2025-05-16..2025-05-18']);
    expect(
      datesOf(
        '2025-09-01',
        'The regatta ran from 28 to 30 May.',
        'Two days later, the organisers were fined by the council.',
      ),
    ).toEqual(['2025-05-28..2025-05-30']);
  });

  it.each([
    ['The day before, the council had warned boat owners to stay ashore.', '2025-06-09'],
    ['The previous evening, the council had warned boat owners to stay ashore.', '2025-06-09'],
    ['The following morning, divers inspected the damaged piles.', '2025-06-11'],
    ['Divers inspected the damaged piles the day after.', '2025-06-11'],
  ])('reads the day next to the story’s last date: "%s"', (sentence, date) => {
    expect(
      datesOf('2025-06-13', 'The pier was closed on Tuesday after a storm damaged it.', sentence),
    ).toEqual([date, '2025-06-10'].sort());
  });

  it('keeps "the day before" with a noun after it an offset from that, not from the story', () => {
    expect(detectMentions('Campaigners had protested the day before the vote.')).toEqual([]);
    expect(detectMentions('Crews had worked over the previous night to clear it.')).toEqual([]);
  });
});

describe('a part of the period the text is in, which wink-nlp calls a duration', () => {
  it.each([
    ['The baths closed earlier in the year after a boiler failed.', '2025'],
    ['The baths will reopen later in the month after repairs to the boiler.', '2025-06'],
  ])('"%s" is %s', (sentence, date) => {
    expect(datesOf('2025-06-13', sentence)).toEqual([date]);
  });
});
