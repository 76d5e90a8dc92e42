/**
 * Abstention's gate on a question for a sum of money (src/search/abstain-asked-sum.ts) asked by
 * "raise", the verb of collecting funds (money-verbs.ts): "how much did the Marsh Lodge sale
 * raise" is not answered by a sum spent on Marsh Lodge, nor by a sum another appeal raised.
 * Tiny invented corpora: the lodge's repairs and a lido appeal, then the sale's proceeds.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld, asksSum, sumWord } from '../../src/search/abstain-asked-sum.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Sums of the lodge and of an appeal; none that the lodge's sale raised. */
const LODGE: SearchFixtureArticle = {
  id: 'lodge',
  title: 'Council to sell Marsh Lodge',
  outlet: 'Fenley Echo',
  published: '2026-02-03',
  paragraphs: [
    ['The council spent £1.2 million repairing Marsh Lodge in 2019, and will now sell it.'],
    ['A crowdfunding appeal to reopen the lido has raised £18,000.'],
  ],
};

/** The sale's proceeds, stated. */
const SOLD: SearchFixtureArticle = {
  id: 'sold',
  title: 'Marsh Lodge sold',
  outlet: 'Fenley Post',
  published: '2026-06-10',
  paragraphs: [['The sale of Marsh Lodge raised £640,000, the council said.']],
};

const QUESTION = 'how much did the Marsh Lodge sale raise';

describe('a sum asked by "raise"', () => {
  it('is a question for a sum of money, named by the verb', () => {
    expect(asksSum(QUESTION, answerTypeOf(QUESTION))).toBe(true);
    expect(sumWord(QUESTION)).toBe('rais');
  });

  it('is refused when no sum is said to be raised by the thing asked', () => {
    const { engine, index } = engineOver(LODGE);
    expect(askedSumHeld(index.abstentionInput(index.rank(QUESTION)))).toBe(false);
    expect(engine.ask(QUESTION).answered).toBe(false);
  });

  it('is answered by the sum the thing raised', () => {
    const { engine } = engineOver(LODGE, SOLD);
    const reply = engine.ask(QUESTION);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('£640,000');
  });
});
