/**
 * A time told as a calendar date ("handed in last November") against one counted from
 * publication ("handed in yesterday"): each is the period the timeline resolves it to from its
 * own article's date, so two reports a season apart can still tell one day's event, and a figure
 * they give differently is then a dispute; a month that does not hold the day keeps them apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { passageTime, sameTime } from '../../src/search/select/fact-resolved-time.js';

const yesterday =
  'The petition, signed by 9,300 people, was delivered to Oxley Town Hall yesterday.';
const lastMarch = "The campaign's petition, delivered last March, was signed by 8,100 people.";
// An article of 14 March 2025 and one of 2 June 2025: "yesterday" is 13 March, "last March" March 2025.
const dates = { published: ['2025-03-14', '2025-06-02'] as const };

describe('a calendar date against a time counted from publication', () => {
  it('meets when the month the timeline gives holds the day', () => {
    const a = passageTime(yesterday);
    const b = passageTime(lastMarch);
    expect(sameTime(a, b, '2025-03-14', '2025-06-02')).toBe(true);
    expect(sameTime(b, a, '2025-06-02', '2025-03-14')).toBe(true);
  });

  it('lets two figures for one petition differ, both ways round', () => {
    expect(classifyFacts(yesterday, lastMarch, dates).kind).toBe('disagree');
    expect(
      classifyFacts(lastMarch, yesterday, { published: ['2025-06-02', '2025-03-14'] }).kind,
    ).toBe('disagree');
  });

  it('joins one figure told alike', () => {
    const same = "The campaign's petition, delivered last March, was signed by 9,300 people.";
    expect(classifyFacts(yesterday, same, dates)).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart a month that does not hold the day, or another year', () => {
    const april = "The campaign's petition, delivered last April, was signed by 8,100 people.";
    expect(classifyFacts(yesterday, april, dates).kind).toBe('different-fact');
    const earlier = "The campaign's petition, delivered in March 2023, was signed by 8,100 people.";
    expect(classifyFacts(yesterday, earlier, dates).kind).toBe('different-fact');
  });
});
