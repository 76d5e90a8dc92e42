/**
 * "%" is "percent" typed as a sign: "what % did Lind get" asks for a share, as "what percentage
 * did Lind get" does (plan/answer-type.ts, plan/quantity.ts).
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { askedDimension } from '../../src/search/plan/quantity.js';

describe('the percent sign in a question', () => {
  it('asks for a share after "what" or "which"', () => {
    for (const question of ['what % did lind get', 'What % of the vote did Lind win?']) {
      const type = answerTypeOf(question);
      expect(type?.name).toBe('number');
      expect(type?.dimension).toBe('share');
      expect(answerTypeScore('Ada Lind received 3,204 votes (56.12 per cent).', type!)).toBe(1);
      expect(answerTypeScore('Lind received 3,204 votes.', type!)).toBe(0.5);
    }
    expect(askedDimension('what % of members voted')).toBe('share');
  });

  it('asks for no answer type where it states a figure', () => {
    expect(answerTypeOf('did turnout pass 50%?')).toBeNull();
  });
});
