/**
 * An index build reads each article's dates for the timeline and again for the fact dates, with
 * the tenses read once (tense.ts `withTensesKept`): what it gives must be what reading afresh
 * gives, and nothing is kept after it.
 */
import { describe, expect, it } from 'vitest';
import { tenseOf, withTensesKept } from '../../src/timeline/tense.js';

const DATES: Array<[string, string]> = [
  ['The committee will meet on Friday to vote on the harbour plan.', 'Friday'],
  ['The committee met on Friday to vote on the harbour plan.', 'Friday'],
  ['The ferry hearing is scheduled for 3 March at the town hall.', '3 March'],
  ['The quay has been closed since 2019, the council said.', '2019'],
];

function read(): Array<ReturnType<typeof tenseOf>> {
  return DATES.map(([sentence, date]) => {
    const start = sentence.indexOf(date);
    return tenseOf(sentence, start, start + date.length);
  });
}

describe('withTensesKept', () => {
  it('gives the tenses read afresh, read once or twice, nested or not', () => {
    const fresh = read();
    expect(fresh).toEqual(['future', 'past', 'future', 'past']);
    expect(withTensesKept(() => [read(), read()])).toEqual([fresh, fresh]);
    expect(withTensesKept(() => withTensesKept(read))).toEqual(fresh);
    expect(read()).toEqual(fresh);
  });

  it('keeps nothing after `read` throws', () => {
    expect(() =>
      withTensesKept(() => {
        read();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(read()).toEqual(['future', 'past', 'future', 'past']);
  });
});
