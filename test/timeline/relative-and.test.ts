/**
 * "last week", "next month" followed by "and"/"or": a vaguer span only when the words after go
 * on with a time ("this week and next", "next month or so"); when they go on with the clause
 * ("raised it last week and has written …") the date stands. Invented harbour articles,
 * published Saturday 5 April 2025 (last week: 24–30 or 23–29 March, wholly in March).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dates = (sentence: string) =>
  buildTimeline(articleOf('2025-04-05', sentence)).map((e) => `${e.date} ${e.precision}`);

describe('a relative date before "and" or "or"', () => {
  it('is dated when the clause goes on', () => {
    expect(
      dates(
        'The harbour master raised the silting in the council last week and has written to the minister.',
      ),
    ).toEqual(['2025-03 month']);
    expect(
      dates('The ferry company cut two sailings last month or the harbour would have closed.'),
    ).toEqual(['2025-03 month']);
  });

  it('is not dated when a vaguer time goes on', () => {
    expect(dates('The harbour master met the dredging crews this week and next.')).toEqual([]);
    expect(dates('The harbour master said the dredging would end next month or so.')).toEqual([]);
    expect(
      dates('The harbour master met the dredging crews last week and the week before.'),
    ).toEqual([]);
  });
});
