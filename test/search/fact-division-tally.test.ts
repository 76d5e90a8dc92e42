/**
 * A division's result told by its two sides ("backed by 31 councillors, with 17 voting against")
 * is the tally "by 31 votes to 17" (src/search/select/fact-values.ts `TALLY_PATTERN`), and two
 * equal tallies of one named thing's vote, one on a day and one in a month holding that day, are
 * that vote's result told twice (fact-tallies.ts `dayInSpan`). Near misses stay apart: another
 * count against, another month, another day, the motion lost, no word of voting. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factValues } from '../../src/search/select/fact-values.js';

const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });
/** 4 March 2026 is a Wednesday: "on Tuesday" is 3 March. */
const WEDNESDAY = '2026-03-04';

const tallies = (text: string) =>
  factValues(text).positioned.flatMap((v) =>
    'number' in v && v.kind === 'tally' ? [v.number] : [],
  );

const BY_VOTES = 'Kerrow councillors approved the Marsh Lane scheme by 31 votes to 17 on Tuesday.';

describe('a tally told by its two sides', () => {
  it('is read as the tally, in words or in figures', () => {
    expect(
      tallies(
        'The Marsh Lane scheme was backed by thirty-one councillors, with seventeen voting against.',
      ),
    ).toEqual(['31-17']);
    expect(tallies('The plan was approved with 31 in favour and 17 against.')).toEqual(['31-17']);
    expect(tallies('Members voted 31 for, with 17 votes against.')).toEqual(['31-17']);
  });

  it('is no tally without a word of voting', () => {
    expect(tallies('The charity gave 40 laptops to the school, with 12 against the wall.')).toEqual(
      [],
    );
  });

  it('joins the tally "by 31 votes to 17" of that vote', () => {
    const sides =
      'The Marsh Lane scheme was backed by 31 councillors on Tuesday, with 17 voting against.';
    expect(classifyFacts(BY_VOTES, sides, on(WEDNESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(sides, BY_VOTES, on(WEDNESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(
        BY_VOTES,
        'The Marsh Lane scheme was approved with 31 in favour and 17 against on Tuesday.',
        on(WEDNESDAY, WEDNESDAY),
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('differs from it on the number with another count against, and is apart on another day', () => {
    expect(
      classifyFacts(
        BY_VOTES,
        'The Marsh Lane scheme was backed by 31 councillors on Tuesday, with 15 voting against.',
        on(WEDNESDAY, WEDNESDAY),
      ).kind,
    ).toBe('disagree');
    expect(
      classifyFacts(
        BY_VOTES,
        'The Marsh Lane scheme was backed by 31 councillors on Monday, with 17 voting against.',
        on(WEDNESDAY, WEDNESDAY),
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        BY_VOTES,
        'The Marsh Lane scheme was rejected by 31 councillors on Tuesday, with 17 voting in favour.',
        on(WEDNESDAY, WEDNESDAY),
      ).kind,
    ).toBe('different-fact');
  });
});

describe('one vote dated by its day and by its month', () => {
  const DAY = 'Full council approved the Marsh Lane scheme by 31 votes to 17 on 11 December.';
  const MONTH =
    'The Marsh Lane scheme was backed by thirty-one councillors, with seventeen voting against, in December 2024.';

  it('is one fact when the tallies are equal, read from articles two years apart', () => {
    expect(classifyFacts(DAY, MONTH, on('2024-12-12', '2026-10-15'))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(MONTH, DAY, on('2026-10-15', '2024-12-12'))).toEqual({
      kind: 'same-fact',
    });
  });

  it('is not one fact in another month, for another thing, or with another tally', () => {
    expect(
      classifyFacts(DAY, MONTH.replace('December', 'November'), on('2024-12-12', '2026-10-15'))
        .kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(DAY, MONTH.replace('Marsh Lane', 'Dock Road'), on('2024-12-12', '2026-10-15'))
        .kind,
    ).toBe('different-fact');
    // A different count in that month may be another vote: no dispute is read from a month.
    expect(
      classifyFacts(DAY, MONTH.replace('seventeen', 'fifteen'), on('2024-12-12', '2026-10-15'))
        .kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        DAY,
        'The cabinet approved the Marsh Lane scheme’s continuation by 7 votes to 2 on 13 October.',
        on('2024-12-12', '2026-10-15'),
      ).kind,
    ).toBe('different-fact');
  });
});
