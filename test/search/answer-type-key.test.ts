/**
 * The search index keeps each answer type's scores by the type's key (answer-type.ts
 * `answerTypeKey`), so two types whose scores differ on any text must have different keys, or
 * a question's answer would depend on which question was asked before it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  answerTypeKey,
  answerTypeScore,
  type AnswerType,
} from '../../src/search/plan/answer-type.js';

/** Keys equal only where the scores are equal on every text given. */
function expectKeyFollowsScores(a: AnswerType, b: AnswerType, texts: readonly string[]): void {
  const differs = texts.some((text) => answerTypeScore(text, a) !== answerTypeScore(text, b));
  expect(differs).toBe(true);
  expect(answerTypeKey(a)).not.toBe(answerTypeKey(b));
}

describe('an answer type’s key', () => {
  it('tells a "which country" place from a "where" place', () => {
    const where: AnswerType = { name: 'place' };
    const whichCountry: AnswerType = { name: 'place', focus: 'countri' };
    expectKeyFollowsScores(where, whichCountry, ['France will host the summit next spring.']);
  });

  it('tells doers asked with other acts or roles apart', () => {
    const base: AnswerType = { name: 'organisation', verb: 'report' };
    const withActs: AnswerType = { ...base, acts: ['publish'] };
    expectKeyFollowsScores(base, withActs, [
      'The Harbour Authority published the figures on Monday.',
      'The figures were published by the Harbour Authority on Monday.',
    ]);
  });
});
