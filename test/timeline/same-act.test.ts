/**
 * Two sentences of one day tell one event only when they tell the same act: the same verb, a
 * WordNet synonym of it or its noun (action.ts `actionAgreement`). One subject on one day is
 * no evidence of one act, read as the doer or not: "Two teenagers were arrested" and "Two
 * teenagers were released" on one day are two events, and showing one as the other's report
 * would be a false claim. A speaker's sayings of one day are one statement, and a verb that only
 * tells its subject happened ("A fire broke out") tells that subject, whatever the other
 * sentence says it did. Invented Kelby sentences, published Wednesday 4 June 2025 (Monday is
 * 2 June).
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one } from './fixtures.js';

const PUBLISHED = '2025-06-04';
const entries = (first: string, second: string): string[] =>
  entrySources([one('a', PUBLISHED, first), one('b', PUBLISHED, second)]);

describe('two acts of one day with one subject', () => {
  it.each([
    [
      'one passive subject, two verbs',
      'Two teenagers were arrested in Kelby on Monday.',
      'Two teenagers were released on June 2.',
    ],
    [
      'one actor, two verbs, one object',
      'Police arrested two teenagers in Kelby on Monday.',
      'Police released two teenagers on Monday.',
    ],
  ])('are two entries: %s', (_, first, second) => {
    expect(entries(first, second)).toEqual(['2025-06-02: a', '2025-06-02: b']);
  });
});

describe('one act of one day', () => {
  it.each([
    [
      'the same verb',
      'Two teenagers were arrested in Kelby on Monday.',
      'Police arrested two teenagers on Monday.',
    ],
    [
      'a WordNet synonym',
      'Two teenagers were arrested in Kelby on Monday.',
      'Two teenagers were apprehended on June 2.',
    ],
    [
      'the verb and its noun',
      'Police arrested two teenagers in Kelby on Monday.',
      'The arrest of two teenagers on Monday shocked Kelby.',
    ],
    [
      'a happening and its subject told acting',
      'A fire broke out at the Kelby mill on Monday.',
      'Two workers were hurt when fire swept through the Kelby mill on Monday night.',
    ],
    [
      "one speaker's two sayings",
      'Kelby police chief Ann Roe announced the arrests on Monday.',
      'Ann Roe said on Monday that two teenagers were held.',
    ],
  ])('is one entry: %s', (_, first, second) => {
    expect(entries(first, second)).toEqual(['2025-06-02: a, b']);
  });
});
