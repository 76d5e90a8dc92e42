/**
 * One fact told by two outlets in their own words (issue 8): what a reporter adds around the
 * fact is no part of it. A predicate coordinated after the fact's with an auxiliary of its own
 * ("has cancelled 38 services … and will move its routes") is a second clause with its subject
 * left out (Quirk et al. 1985, ch. 13, coordination with ellipsis of the subject): its plan is its
 * own, and the first clause is compared alone. The length of the period a fact holds over
 * ("over the eight weeks of work") is an adjunct of time, no figure of the fact, against a report
 * naming that period in other words ("during the restoration period"). Two equal sums that the
 * words before them show to be amounts of one thing are one fact however much else each report
 * adds, as two unequal ones are one disagreement. A date premodifying a noun only one report
 * names ("a repeat of the March 2019 flood") says which thing that is, not when the shared fact
 * was (Quirk et al. 1985, ch. 17). Invented reports; every rule has its near
 * misses (a plan, a denial, another counted thing, other places, another period, another amount).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const DAYS = ['2026-03-12', '2026-03-13'] as const;
const relation = (a: string, b: string) => classifyFacts(a, b, { published: DAYS });
/** The relation read both ways round: a claim never depends on which passage ranked first. */
const both = (a: string, b: string) => [relation(a, b).kind, relation(b, a).kind];

describe('a plan coordinated after the reported act', () => {
  const CONFIRMED =
    'Thirty-eight Tarnway Buses services have been cancelled because of the roadworks at Kelby, the company confirmed.';

  it('leaves the act told as fact: one fact with another outlet’s words for it', () => {
    expect(
      both(
        'Tarnway Buses has cancelled 38 services from Kelby station and will move its remaining routes to Ashby, 12 miles away.',
        CONFIRMED,
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is no join when the first clause is the plan', () => {
    expect(
      relation(
        'Tarnway Buses will cancel 38 services from Kelby station and has moved its remaining routes to Ashby.',
        CONFIRMED,
      ).kind,
    ).toBe('different-fact');
  });

  it('is no join when the act is denied', () => {
    expect(
      relation(
        'Tarnway Buses has not cancelled 38 services from Kelby station and will keep its routes.',
        CONFIRMED,
      ).kind,
    ).toBe('different-fact');
  });

  it('is no join for another thing counted', () => {
    expect(
      relation(
        'Tarnway Buses has laid off 38 drivers at Kelby station and will move its remaining routes to Ashby.',
        CONFIRMED,
      ).kind,
    ).toBe('different-fact');
  });

  it('is no join for other places', () => {
    expect(
      relation(
        'Tarnway Buses has cancelled 38 services from Ashby station and will move its remaining routes to Kelby.',
        'Thirty-eight Tarnway Buses services have been cancelled because of the roadworks at Marlow, the company confirmed.',
      ).kind,
    ).toBe('different-fact');
  });
});

describe('the length of the period a fact holds over', () => {
  const NAMED =
    'About 9,000 visitors are booked on tours of Kelby Castle during the restoration period.';
  const MEASURED =
    'Around 9,000 visitors had booked tours of the castle over the eight weeks of work, Gull Radio understands.';

  it('is no figure of the fact against the period named in other words', () => {
    expect(both(NAMED, MEASURED)).toEqual(['same-fact', 'same-fact']);
  });

  it('is still a figure unconfirmed when the other report names no period', () => {
    expect(
      relation('About 9,000 visitors are booked on tours of Kelby Castle.', MEASURED).kind,
    ).toBe('different-fact');
  });

  it('is no join for a part of the period ("the first two weeks")', () => {
    expect(
      relation(
        NAMED,
        'Around 9,000 visitors had booked tours of the castle over the first two weeks of work, Gull Radio understands.',
      ).kind,
    ).toBe('different-fact');
  });

  it('is no join for another act, a denial or another count', () => {
    for (const other of [
      'Around 9,000 visitors had cancelled tours of the castle over the eight weeks of work, Gull Radio understands.',
      'Around 9,000 visitors had not booked tours of the castle over the eight weeks of work, Gull Radio understands.',
      'Around 7,000 visitors had booked tours of the castle over the eight weeks of work, Gull Radio understands.',
    ])
      expect(relation(NAMED, other).kind).not.toBe('same-fact');
  });
});

describe('two equal sums of one thing', () => {
  const TOLD =
    'The repairs to the Harl Street library cost £46,500, the finance officer told a meeting of the scrutiny committee.';
  const added = (sum: string, thing = 'The repairs to the Harl Street library cost') =>
    `${thing} ${sum} after months of delays and a row with builders.`;

  it('are one fact however much else each report adds', () => {
    expect(both(TOLD, added('£46,500'))).toEqual(['same-fact', 'same-fact']);
  });

  it('differ on the number when the sums differ, by the same evidence', () => {
    expect(relation(TOLD, added('£48,500'))).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('are never one fact when they are of two things or in another currency', () => {
    for (const other of [
      added('£46,500', 'The repairs to the Kelby Road library cost'),
      added('£46,500', 'The heating of the Harl Street library cost'),
      added('$46,500'),
      added('£46,500', 'The repairs to the Harl Street library will cost'),
    ])
      expect(relation(TOLD, other).kind).toBe('different-fact');
  });

  it('are not identified by a hedged figure or a sum that names no thing', () => {
    expect(
      relation(
        'The repairs to the Harl Street library cost about £46,500, the finance officer told a meeting of the scrutiny committee.',
        added('about £46,500'),
      ).kind,
    ).toBe('different-fact');
    expect(
      relation(
        'The Harl Street house sold for £1,600,000 at auction, the agent told buyers gathered at the hall.',
        'A house sold for £1,600,000 at auction after a bidding war between two developers.',
      ).kind,
    ).toBe('different-fact');
  });
});

describe('a date premodifying a noun only one report names', () => {
  const UNDATED = 'The wall is a line of nine concrete blocks along the Kelby quay.';

  it('says which thing that is, not when the shared fact was', () => {
    expect(
      both(
        'The wall, a line of nine concrete blocks along the Kelby quay, is meant to stop a repeat of the March 2019 flood that reached hundreds of homes.',
        'The wall is a line of nine concrete blocks along the Kelby quay, each weighing about 20 tonnes.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('still dates the fact in an adjunct of time ("built after the March 2019 flood")', () => {
    expect(
      relation(
        'The wall, a line of nine concrete blocks along the Kelby quay, was built after the March 2019 flood.',
        UNDATED,
      ).kind,
    ).toBe('different-fact');
  });

  it('still dates the fact when the noun is shared ("the June 2021 agreement")', () => {
    expect(
      relation(
        'The June 2021 agreement was signed by the two ministries in Kelby.',
        'The agreement was signed by the two ministries in Kelby.',
      ).kind,
    ).toBe('different-fact');
    expect(
      relation(
        'The 2019 flood reached 300 homes in Kelby.',
        'The 2021 flood reached 300 homes in Kelby.',
      ).kind,
    ).not.toBe('same-fact');
  });
});
