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

  it('ends the clause at a complementiser "that": each date takes its own clause’s verb', () => {
    const sentence = 'The council said on Monday that the plant will close in May.';
    expect(action(sentence, 'on Monday')).toEqual(['said']);
    expect(action(sentence, 'in May')).toEqual(['close']);
    expect(action('The council said that on Monday the plant will close.', 'on Monday')).toEqual([
      'close',
    ]);
  });

  it('ends the clause at a relative "that"', () => {
    expect(
      action('The mayor praised the crews that on Sunday cleared the quay.', 'on Sunday'),
    ).toEqual(['clear']);
  });

  it('does not end the clause at a demonstrative "that"', () => {
    expect(action('The board approved that plan on Monday.', 'on Monday')).toEqual(['approv']);
  });

  it('reads a word after a modal as a verb, but not a noun after the preposition "to"', () => {
    expect(action('The plant will close in May.', 'in May')).toEqual(['close']);
    expect(action('The council moved to town on Monday.', 'on Monday')).toEqual(['move']);
  });

  it('reads a word tagged as a verb between an article and a noun as the noun’s modifier', () => {
    expect(action('Crews fought a moor fire near Orlby on Saturday.', 'on Saturday')).toEqual([
      'fought',
    ]);
    expect(action('On Saturday, the Orlby moor fire started.', 'On Saturday')).toEqual(['start']);
  });

  it('is empty when the clause holds no verb', () => {
    expect(action('The deadline was in March.', 'March')).toEqual([]);
  });
});
