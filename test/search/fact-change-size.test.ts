/**
 * One change told by its two ends and by its size and end (src/search/select/fact-change-size.ts):
 * "rose from £310 to £365" and "rose by £55 to £365" state one rise of one price, since a
 * change's size is the difference of its ends. A size the ends do not bear out, another end,
 * another subject, a denial, an approximate size, another currency or a later change stay
 * apart. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factKindsBothWays } from '../support/fact-kinds.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { sameChangeBySize } from '../../src/search/select/fact-change-size.js';

const CLOSE: RelationContext = { published: ['2026-04-02', '2026-04-03'] };
const bothWays = (a: string, b: string) => factKindsBothWays(a, b, CLOSE);

const ENDS = 'Weekly allotment rents at Pellow Fields will rise from £310 to £365 next year.';
const SIZE = 'Weekly allotment rents at Pellow Fields will rise by £55, to £365 next year.';

describe('one change told by its ends and by its size', () => {
  it('is one fact, either way round', () => {
    expect(bothWays(ENDS, SIZE)).toEqual(['same-fact', 'same-fact']);
    expect(sameChangeBySize(analyseFact(ENDS), analyseFact(SIZE))).toBe(true);
  });

  it('is one fact told as a fall, with decimals and no comma', () => {
    expect(
      bothWays(
        'The Kelby ferry fare for cyclists fell from £12.50 to £9 in March.',
        'The Kelby ferry fare for cyclists fell by £3.50 to £9 in March.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is not one fact when the size is not the difference of the ends', () => {
    const other = 'Weekly allotment rents at Pellow Fields will rise by £45, to £365 next year.';
    expect(bothWays(ENDS, other)).not.toContain('same-fact');
    expect(sameChangeBySize(analyseFact(ENDS), analyseFact(other))).toBe(false);
  });

  it('is not one fact with another end', () => {
    expect(
      bothWays(
        ENDS,
        'Weekly allotment rents at Pellow Fields will rise by £55, to £375 next year.',
      ),
    ).not.toContain('same-fact');
  });

  it('is not one fact with another subject', () => {
    expect(
      bothWays(ENDS, 'Weekly garage rents at Pellow Fields will rise by £55, to £365 next year.'),
    ).not.toContain('same-fact');
  });

  it('is not one fact against a denial', () => {
    expect(
      bothWays(
        ENDS,
        'Weekly allotment rents at Pellow Fields will not rise by £55, to £365 next year.',
      ),
    ).not.toContain('same-fact');
  });

  it('is not one fact with an approximate size, or another currency', () => {
    expect(
      bothWays(
        ENDS,
        'Weekly allotment rents at Pellow Fields will rise by about £55, to £365 next year.',
      ),
    ).not.toContain('same-fact');
    expect(
      bothWays(
        ENDS,
        'Weekly allotment rents at Pellow Fields will rise by $55, to $365 next year.',
      ),
    ).not.toContain('same-fact');
  });

  it('is not one fact against a later change', () => {
    expect(
      bothWays(
        'Weekly allotment rents at Pellow Fields rose from £310 to £365 last year.',
        'Weekly allotment rents at Pellow Fields will rise by £55, to £420 next year.',
      ),
    ).not.toContain('same-fact');
  });

  it('is not one fact the other way: a fall by the size against a rise to the end', () => {
    expect(
      bothWays(
        ENDS,
        'Weekly allotment rents at Pellow Fields will fall by £55, to £365 next year.',
      ),
    ).not.toContain('same-fact');
  });
});

describe('one change by a causative verb, its roles marked by "from", "to" and "by"', () => {
  const CUT = 'The daily charge for vans at Ossel Quay was cut from £12.50 to £9.';

  it('is one fact told by its ends and by its size', () => {
    expect(
      bothWays(CUT, 'The daily charge for vans at Ossel Quay was cut by £3.50, to £9.'),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      bothWays(
        'The daily charge for vans at Ossel Quay was raised from £12.50 to £15.',
        'The daily charge for vans at Ossel Quay was raised by £2.50 to £15.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is not one fact with a size the ends do not bear out, the other way, or a denial', () => {
    for (const other of [
      'The daily charge for vans at Ossel Quay was cut by £2.50, to £9.',
      'The daily charge for vans at Ossel Quay was raised by £3.50, to £9.',
      'The daily charge for vans at Ossel Quay was not cut by £3.50, to £9.',
    ])
      expect(bothWays(CUT, other)).not.toContain('same-fact');
  });
});
