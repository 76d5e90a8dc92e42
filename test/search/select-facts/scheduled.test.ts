/**
 * How a scheduled event is told: "is to close", "will close", "is due to close" are plans
 * (src/search/select/fact-stance.ts, 'future'), and so is "closes on 12 October" before that day
 * (fact-schedule.ts).
 */
import { describe, expect, it } from 'vitest';
import { stancesOf } from '../../../src/search/select/fact-stance.js';
import { analyseFact } from '../../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';
import { scheduledVerbAt } from '../../../src/search/select/fact-schedule.js';

describe('a scheduled event', () => {
  it('is read as a plan whatever the length of the verb after "is to"', () => {
    expect(stancesOf('The Harl Road depot is to close.').has('future')).toBe(true);
    expect(stancesOf('Forty jobs are to go at the depot.').has('future')).toBe(true);
    expect(stancesOf('The depot is to be sold.').has('future')).toBe(true);
    // "is to the north" gives a place, not a plan.
    expect(stancesOf('The depot is to the north of the town.').has('future')).toBe(false);
  });
});

describe('a schedule told in the present', () => {
  const present = 'The strike ballot at the Harl Road depot closes on 12 October.';
  const future = 'The strike ballot at the Harl Road depot will close on 12 October.';

  it('is a plan when its date lies after its publication', () => {
    const fact = analyseFact(present);
    expect(scheduledVerbAt(fact, '2026-09-29')).toBe(present.indexOf('closes'));
    expect(scheduledVerbAt(fact, '2026-10-20')).toBeNull();
    expect(scheduledVerbAt(fact, null)).toBeNull();
    // A past verb, or a plural noun before the date, tells no schedule.
    expect(scheduledVerbAt(analyseFact('The ballot closed on 12 October.'), '2026-09-29')).toBe(
      null,
    );
    expect(
      scheduledVerbAt(analyseFact('Talks resumed after the holidays on 12 October.'), '2026-09-29'),
    ).toBeNull();
  });

  it('is the same fact as the plan told with "will", both ways round', () => {
    expect(classifyFacts(present, future, { published: ['2026-09-29', '2026-09-26'] }).kind).toBe(
      'same-fact',
    );
    expect(classifyFacts(future, present, { published: ['2026-09-26', '2026-09-29'] }).kind).toBe(
      'same-fact',
    );
  });

  it('is not the same fact once its day has passed, nor as a report of the outcome', () => {
    expect(classifyFacts(present, future, { published: ['2026-10-29', '2026-09-26'] }).kind).toBe(
      'different-fact',
    );
    expect(
      classifyFacts('The strike ballot at the Harl Road depot closed on 12 October.', future, {
        published: ['2026-10-29', '2026-09-26'],
      }).kind,
    ).toBe('different-fact');
  });
});

describe('a calendar day after the same event word', () => {
  const published = { published: ['2026-09-29', '2026-09-26'] as const };

  it('is shared, as a word is, so a short report of one schedule is one fact', () => {
    expect(
      classifyFacts(
        'The ballot closes on 12 October.',
        'The ballot will close on 12 October.',
        published,
      ).kind,
    ).toBe('same-fact');
  });

  it('is not shared by another day or another event word', () => {
    expect(
      classifyFacts(
        'The ballot closes on 12 October.',
        'The ballot will close on 13 October.',
        published,
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        'The ballot closes on 12 October.',
        'The ballot will open on 12 October.',
        published,
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        'The ballot closes on 12 October.',
        'The survey closes on 12 October.',
        published,
      ).kind,
    ).toBe('different-fact');
  });
});

describe('a schedule with its weekday, against one told in the present with a second clause', () => {
  const willClose = 'The tenancy review will close on Friday, 17 July.';
  const closes =
    'The tenancy review closes on 17 July, and the board is expected to rule in August.';

  it('is one fact', () => {
    expect(classifyFacts(willClose, closes, { published: ['2026-07-10', '2026-06-20'] })).toEqual({
      kind: 'same-fact',
    });
  });

  it('is not one fact with another day', () => {
    const other =
      'The tenancy review closes on 24 July, and the board is expected to rule in August.';
    expect(
      classifyFacts(willClose, other, { published: ['2026-07-10', '2026-06-20'] }).kind,
    ).not.toBe('same-fact');
  });

  it('a decision moved to a later date is not the plan it replaces', () => {
    const planned = 'The board is expected to rule on the review on 4 August.';
    const moved = 'The board will now rule on the review on 11 August, a week later than planned.';
    expect(classifyFacts(planned, moved, { published: ['2026-06-20', '2026-07-20'] }).kind).toBe(
      'different-fact',
    );
  });
});
