/**
 * "this winter", "this summer": the season of that name holding the time of writing when one
 * does (the northern meteorological seasons: winter is December to February, Met Office, WMO),
 * so "this winter" said in February is the winter begun the December before, under way or past,
 * never a forecast; before the season, the one ahead; a past verb never a season wholly ahead.
 * Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** The dates the timeline gives the sentence `target`, "future" marked. */
function datesOf(published: string, target: string): string[] {
  const { events } = buildTimelineDetailed(articleOf(published, target));
  return events
    .filter((e) => e.quotes.some((q) => q.quote === target))
    .map((e) => `${e.date}${e.future ? ' future' : ''}`);
}

describe('"this <season>" from the time of writing', () => {
  it('reads "this winter" said in February as the winter under way, not a forecast', () => {
    expect(datesOf('2025-02-12', 'Flu cases have risen across the county this winter.')).toEqual([
      '2024-12',
    ]);
  });

  it('reads "this winter" said in January as the winter begun the December before', () => {
    expect(datesOf('2026-01-20', 'The ferry ran fewer sailings this winter.')).toEqual(['2025-12']);
  });

  it('reads "this winter" said in December as the one begun that month', () => {
    expect(datesOf('2025-12-10', 'The ferry ran fewer sailings this winter.')).toEqual(['2025-12']);
  });

  it('keeps "this winter" said in October ahead of writing', () => {
    expect(datesOf('2025-10-02', 'The ferry will run fewer sailings this winter.')).toEqual([
      '2025-12 future',
    ]);
  });

  it('reads a past "this winter" said in April as the winter just ended', () => {
    expect(datesOf('2025-04-02', 'The ferry ran fewer sailings this winter.')).toEqual(['2024-12']);
  });

  it('keeps "this summer" said in February ahead, and said in July the one under way', () => {
    expect(datesOf('2025-02-12', 'The pool will reopen this summer.')).toEqual(['2025-06 future']);
    expect(datesOf('2025-07-12', 'The pool has been busy this summer.')).toEqual(['2025-06']);
  });

  it('reads "this summer" said in October as the summer past', () => {
    expect(datesOf('2025-10-12', 'The pool was busy this summer.')).toEqual(['2025-06']);
  });
});
