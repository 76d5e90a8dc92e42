/**
 * A month or season said to be under way ("the summer season now under way") holds the time of
 * writing: it is the one that holds the publication date, shown as under way (`ongoing`), never
 * as ahead, whatever the tense of the act in it; none holds it, it is left undated. "then under
 * way" is a past's. Invented ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { statedUnderWay } from '../../src/timeline/under-way.js';
import { articleOf } from './fixtures.js';

const eventsOf = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [
    e.date,
    e.future,
    e.ongoing ?? false,
  ]);

describe('statedUnderWay', () => {
  const at = (sentence: string, date: string) =>
    statedUnderWay(sentence, sentence.indexOf(date) + date.length);
  it.each([
    ['Catches fell in the summer season now under way.', 'summer'],
    ['Cuts begin during the winter, which is already under way.', 'winter'],
    ['Cuts begin during the spring, now underway.', 'spring'],
  ])('reads "%s"', (sentence, date) => expect(at(sentence, date)).toBe(true));
  it.each([
    ['Cuts began in the summer, then under way.', 'summer'],
    ['Cuts began in the summer, which was under way at the time.', 'summer'],
    ['Cuts will begin in the summer, when work gets under way.', 'summer'],
  ])('reads no period under way in "%s"', (sentence, date) =>
    expect(at(sentence, date)).toBe(false),
  );
});

describe('a season said to be under way', () => {
  it.each([
    [
      '2025-07-10',
      'The ferry timetable will be cut in the summer season now under way.',
      '2025-06',
    ],
    [
      '2025-07-10',
      'Catches have fallen in the summer season now under way, fishers said.',
      '2025-06',
    ],
    [
      '2026-01-10',
      'The ferry timetable will be cut during the winter, which is already under way.',
      '2025-12',
    ],
  ])('published %s: "%s" is %s, under way, not ahead', (published, sentence, date) => {
    expect(eventsOf(published, sentence)).toEqual([[date, false, true]]);
  });

  it('is left undated when no such season holds the time of writing', () => {
    const { events, undated } = buildTimelineDetailed(
      articleOf('2025-07-10', 'The ferry timetable will be cut during the spring, now under way.'),
    );
    expect(events).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['spring']);
  });

  it('near miss: a season ahead not said to be under way is ahead', () => {
    expect(eventsOf('2025-07-10', 'The ferry timetable will be cut in the summer.')).toEqual([
      ['2025-06', true, false],
    ]);
  });
});
