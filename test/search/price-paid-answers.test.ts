/**
 * "How much is X paying for Y" asks the price of a purchase: paying for a thing is buying it, and
 * the passage giving the price writes "buy Y for £90m"; a sum paid to someone ("pay Y a break fee
 * of £2m") is another payment. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { statesPricePaid } from '../../src/search/plan/price-paid.js';
import { engineOver } from './fixtures.js';

describe('the price paid for something', () => {
  it('is asked by "pay … for", and a sum after "for" gives it', () => {
    const type = answerTypeOf('how much is Marlow paying for Tessa Foods?')!;
    expect(type).toMatchObject({ name: 'number', dimension: 'money', pricePaid: true });
    expect(answerTypeOf('how much is Marlow paying in fees?')?.pricePaid).toBeUndefined();
    expect(statesPricePaid('Marlow agreed to buy Tessa Foods for about £40m in cash.')).toBe(true);
    expect(statesPricePaid('Marlow will pay Tessa Foods a break fee of £1m.')).toBe(false);
    expect(answerTypeScore('Marlow will pay Tessa Foods a break fee of £1m.', type)).toBe(0.5);
  });

  const { engine } = engineOver({
    published: '2025-11-03',
    paragraphs: [
      ['Marlow has agreed to buy Tessa Foods, the Bexley-based maker of oat cakes, for £40m.'],
      ['Marlow has agreed to pay Tessa Foods a break fee of £1m if it walks away from the deal.'],
      ['Tessa Foods shares closed at 210p on Friday.'],
    ],
  });

  it('ranks the sale price above a fee paid to the seller', () => {
    expect(engine.ask('how much is marlow paying for tessa foods?').passages[0]?.quote).toContain(
      '£40m',
    );
  });

  it('leaves the fee first when the fee is asked', () => {
    expect(engine.ask('how big a break fee would marlow pay?').passages[0]?.quote).toContain(
      'break fee of £1m',
    );
  });
});
