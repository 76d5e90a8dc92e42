/**
 * A clause set off by commas between a subject and its verb (", first drawn up in 2024,", ",
 * which was drawn up in 2024,") does not govern a date after it: the verb after the aside does
 * (subject-aside.ts), so a present that says neither side leaves a yearless plan's day to the
 * nearer year, as the aside's year is its own (resolve.ts). Tested either side of the year's end
 * (2 February 2025 and 20 December 2024: 14 March 2025). Invented Denby pool sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { withoutSubjectAside } from '../../src/timeline/subject-aside.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => e.date);

describe('a date after an aside between subject and verb', () => {
  it.each([
    ['2025-02-02', 'The Denby pool plan, first drawn up in 2024, faces a vote on 14 March.'],
    ['2024-12-20', 'The Denby pool plan, first drawn up in 2024, faces a vote on 14 March.'],
    ['2025-02-02', 'The Denby pool plan, which was drawn up in 2024, faces a vote on 14 March.'],
    ['2025-02-02', 'The Denby pool plan, drawn up in 2024, will face a vote on 14 March.'],
  ])('published %s: "%s" is 14 March 2025', (published, sentence) => {
    expect(datesOf(published, sentence)).toEqual(['2024', '2025-03-14']);
  });

  it('is past when the verb after the aside is', () => {
    expect(
      datesOf('2025-02-02', 'The Denby pool plan, drawn up in 2024, faced a vote on 14 March.'),
    ).toEqual(['2024', '2024-03-14']);
  });
});

describe('withoutSubjectAside', () => {
  it('blanks a relative or participle clause set off by commas, keeping the length', () => {
    const before = 'The plan, first drawn up in 2024, faces a vote on ';
    expect(withoutSubjectAside(before)).toBe(`The plan${' '.repeat(25)} faces a vote on `);
  });

  it('keeps "which" whose clause goes on past the date, an aside inside it', () => {
    const before = 'It will amount to $20m, which, with the balance in the Treasury on ';
    expect(withoutSubjectAside(before)).toBe(before);
  });

  it('keeps a parenthetical that is no clause ("however") or no participle', () => {
    expect(withoutSubjectAside('The pool, however, closed on ')).toBe(
      'The pool, however, closed on ',
    );
    expect(withoutSubjectAside('The pool, the oldest in Denby, closed on ')).toBe(
      'The pool, the oldest in Denby, closed on ',
    );
  });
});
