/**
 * "How many X" is answered by a number that counts X: the number opens a noun phrase whose
 * head is X, however many modifiers stand between (plan/answer-type.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';

describe('a count of the asked noun', () => {
  const buses = answerTypeOf('How many buses did the council order?')!;

  it('counts the noun at the end of the number’s noun phrase, past its modifiers', () => {
    expect(answerTypeScore('The council ordered 12 new electric double-decker buses.', buses)).toBe(
      1,
    );
    expect(answerTypeScore('The council ordered 12 buses.', buses)).toBe(1);
    expect(answerTypeScore('Only 3 of the old diesel buses remain.', buses)).toBe(1);
  });

  it('does not count a noun past the end of the number’s noun phrase', () => {
    // "2019" ends its phrase at "the": the buses are not counted by it.
    expect(answerTypeScore('In 2019 the council sold buses.', buses)).toBe(0.5);
    expect(answerTypeScore('It cost 12 million to repair the buses.', buses)).toBe(0.5);
  });
});
