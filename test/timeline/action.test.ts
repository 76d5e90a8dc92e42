/** The action a date is said of: the verb governing it in its clause, with verbs chained by "to". */
import { describe, expect, it } from 'vitest';
import { actionOf } from '../../src/timeline/action.js';

const action = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return [...actionOf(sentence, at, at + date.length)].sort();
};

describe('actionOf', () => {
  it('takes the nearest verb before the date', () => {
    expect(action('The harbour board issued the notice yesterday afternoon.', 'yesterday')).toEqual(
      ['issu'],
    );
  });

  it('takes the first verb after a date that opens its clause', () => {
    expect(action('In March, the harbour board agreed to close the pier.', 'March')).toEqual([
      'agre',
      'close',
    ]);
  });

  it('stays in the date’s clause', () => {
    expect(action('The ferry sailed; in March the pier closed.', 'March')).toEqual(['close']);
  });

  it('is empty when the clause holds no verb', () => {
    expect(action('The deadline was in March.', 'March')).toEqual([]);
  });
});
