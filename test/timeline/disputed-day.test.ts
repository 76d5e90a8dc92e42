/**
 * A mention that states only the month joins the entry of a day of it only when every article
 * that gives a day for that event gives the same one: with two days given, filing it under
 * either would make it a source of a day it does not state (src/timeline/merge.ts,
 * `disputedMonths`). Invented articles about a ferry company's members' vote.
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one, type FixtureArticle } from './fixtures.js';

const entries = (...articles: FixtureArticle[]) => entrySources(articles);

const MONTH = one(
  'month',
  '2025-02-10',
  'The takeover of the ferry company needs a majority of the votes cast at the members meeting in May.',
);
const NINTH = one(
  'ninth',
  '2025-02-11',
  'Members of the ferry company will vote on the takeover at a meeting on 9 May.',
);
const SIXTEENTH = one(
  'sixteenth',
  '2025-02-12',
  'Members of the ferry company will vote on the takeover at a meeting on May 16.',
);

describe('a month-only mention and a day the articles dispute', () => {
  it('stays at its month when two articles give two days for the event', () => {
    expect(entries(MONTH, NINTH, SIXTEENTH)).toEqual([
      '2025-05: month',
      '2025-05-09: ninth',
      '2025-05-16: sixteenth',
    ]);
  });

  it('joins the day when the articles that give one agree', () => {
    const again = one(
      'again',
      '2025-02-13',
      'The ferry company members will vote on the takeover at their meeting on 9 May.',
    );
    expect(entries(MONTH, NINTH)).toEqual(['2025-05-09: month, ninth']);
    expect(entries(MONTH, NINTH, again)).toEqual(['2025-05-09: month, ninth, again']);
  });
});
