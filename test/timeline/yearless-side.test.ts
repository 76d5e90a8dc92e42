/**
 * Which year a date without one takes when its verb is no past tense of its clause: the
 * participle of a causative "have" (causative.ts) and a past copula with "not until"
 * (not-until.ts) say no side of publication, so the nearer year decides; a past verb, a cleft
 * and "did not … until" still put the date behind. Invented parking-permit articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dates = (published: string, ...sentences: string[]) =>
  buildTimeline(articleOf(published, ...sentences)).map((e) => e.date);

describe('the participle of a causative "have" carries no tense', () => {
  it('puts a date "can have … swapped from" in the nearer year, ahead', () => {
    expect(
      dates(
        '2026-06-10',
        'Residents can have their paper permits swapped for digital ones at the town hall from 22 June.',
      ),
    ).toEqual(['2026-06-22']);
  });

  it('keeps the past of "had … repainted", even where the other year is nearer', () => {
    expect(dates('2026-03-10', 'The council had the bay markings repainted in May.')).toEqual([
      '2025-05',
    ]);
  });

  it('keeps the past of a simple past verb', () => {
    expect(
      dates('2026-03-10', 'Residents in the outer zones swapped their permits on 22 May.'),
    ).toEqual(['2025-05-22']);
  });
});

describe('a past copula with "not until" says no side of publication', () => {
  it('puts "were not until August" in the nearer year, ahead', () => {
    expect(
      dates(
        '2026-06-10',
        'Some residents were told the first appointments at the help desk were not until August.',
      ),
    ).toEqual(['2026-08']);
  });

  it('puts it in the nearer year behind too', () => {
    expect(
      dates(
        '2026-10-20',
        'Some residents were told the first appointments at the help desk were not until August.',
      ),
    ).toEqual(['2026-08']);
  });

  it('keeps the past of a cleft and of "did not … until"', () => {
    expect(
      dates(
        '2026-06-10',
        'It was not until August that the help desk opened.',
        'The help desk did not open until September.',
      ),
    ).toEqual(['2025-08', '2025-09']);
  });
});
