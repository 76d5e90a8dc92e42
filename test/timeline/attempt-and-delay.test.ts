/**
 * An attempt's infinitive tells an act not done (Quirk et al. 1985 §16.38; Karttunen 1971: "try"
 * is non-implicative), so its yearless date dates no event; the new time of a move told in the
 * simple past ("delayed the vote until the autumn") lies after the move, a season as well as a
 * month, and so does a part of it ("until the end of the summer"; postponed-until.ts); a time after
 * a month or season ("until after the summer") is no time in it, so it dates nothing (offset.ts).
 * Invented Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entries = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => ({
    date: e.date,
    future: e.future,
  }));

describe('an attempted act', () => {
  it.each([
    'Kestrow opposition councillors tried to delay the ferry vote until after the summer.',
    'Kestrow councillors sought to hold the ferry vote in September.',
    'The Kestrow trust attempted to move the regatta to the autumn.',
    'Kestrow residents wanted to close the road in the summer.',
    'Kestrow opposition councillors tried hard to delay the ferry vote until September.',
    'Kestrow opposition councillors tried in vain to delay the ferry vote until September.',
    'Kestrow opposition councillors made an attempt to delay the ferry vote until September.',
    'The Kestrow trust made a last-ditch bid to hold the regatta in September.',
    'Kestrow residents made every effort to close the road in the summer.',
    'Kestrow councillors were trying hard to hold the ferry vote in September.',
  ])('dates no event: "%s"', (sentence) => {
    expect(entries('2025-02-14', sentence)).toEqual([]);
  });

  it('leaves an act done dated', () => {
    expect(entries('2025-02-14', 'Kestrow councillors held the ferry vote in September.')).toEqual([
      { date: '2024-09', future: false },
    ]);
  });
});

describe('a season a move told in the past puts an event off until', () => {
  it.each([
    ['Kestrow councillors delayed the ferry vote until the autumn.', '2025-09'],
    ['Kestrow councillors postponed the ferry vote until the autumn.', '2025-09'],
    ['Kestrow councillors delayed the ferry vote until the end of the summer.', '2025-06'],
  ])('is the next one, ahead: "%s"', (sentence, date) => {
    expect(entries('2025-02-14', sentence)).toEqual([{ date, future: true }]);
  });

  it("leaves an act done as the attempt's outcome dated", () => {
    expect(
      entries('2025-02-14', 'Kestrow councillors managed to delay the ferry vote until September.'),
    ).toEqual([{ date: '2025-09', future: true }]);
  });
});

describe('a time after a month or a season ("until after the summer")', () => {
  // "after" of time is "later than" (Quirk et al. 1985, §9.39): the event lies at some time
  // after the month or season, never in it, and a timeline entry cannot say "after", so it is
  // left undated (docs/timeline.md).
  it.each([
    'Kestrow councillors delayed the ferry vote until after September.',
    'Kestrow councillors delayed the ferry vote until after the summer.',
    'The Kestrow ferry vote was put off until after the autumn.',
    'The Kestrow library reopened after the summer.',
    'The Kestrow library will reopen after this summer.',
  ])('dates no event: "%s"', (sentence) => {
    expect(entries('2025-02-14', sentence)).toEqual([]);
  });
});
