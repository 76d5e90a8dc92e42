/**
 * Two month-level entries of different articles are one event only when the parts of the month
 * they state share a day: a week shown as its month keeps its days ("early next week", the
 * 17th to the 20th: week-days.ts), a part of the month its third ("at the end of the month":
 * month-part.ts). Invented ferry articles of March 2026.
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one } from './fixtures.js';

const EARLY_NEXT_WEEK = one(
  'release',
  '2026-03-13',
  'The ferry company expects to restore sailings to the island early next week.',
);

describe('month-level entries of different parts of one month', () => {
  it.each([
    'The ferry company said it would restore sailings to the island at the end of the month.',
    'The ferry company does not expect to restore sailings to the island until the end of the month.',
  ])('stay apart: "%s"', (sentence) => {
    expect(entrySources([EARLY_NEXT_WEEK, one('paper', '2026-03-11', sentence)], true)).toEqual([
      '2026-03 future: release',
      '2026-03 future: paper',
    ]);
  });

  it('join when the parts share days', () => {
    // Published Thursday 12 March: next week is the 15th to the 22nd.
    const paper = one(
      'paper',
      '2026-03-12',
      'The ferry company said it would restore sailings to the island next week.',
    );
    const sources = entrySources([EARLY_NEXT_WEEK, paper], true);
    expect(sources).toContain('2026-03 future: release, paper');
  });

  it('read "early" of a week as its first days, not the month’s', () => {
    // Published Friday 6 March: next week is the 8th to the 15th, its early days the 8th to the
    // 11th, so "early March" (the 1st to the 10th) shares days with it.
    const release = one(
      'release',
      '2026-03-06',
      'The ferry company expects to restore sailings to the island early next week.',
    );
    const paper = one(
      'paper',
      '2026-03-04',
      'The ferry company expects to restore sailings to the island in early March.',
    );
    expect(entrySources([release, paper], true)).toEqual(['2026-03 future: release, paper']);
  });
});
