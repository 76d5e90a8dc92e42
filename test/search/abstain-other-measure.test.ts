/**
 * Abstention's gate on a sum named as another measure of money than the one asked
 * (src/search/abstain-other-measure.ts): "what was Ferncroft's profit" is not answered by
 * "Ferncroft reported revenue of £12m". Tiny invented corpora: the revenue alone, then the
 * profit too, and a sum that names no measure.
 */
import { describe, expect, it } from 'vitest';
import { askedMeasure } from '../../src/search/abstain-other-measure.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Revenue and staff, no profit. */
const REVENUE: SearchFixtureArticle = {
  id: 'revenue',
  title: 'Ferncroft dairy sold',
  outlet: 'Vale Courier',
  published: '2025-06-02',
  paragraphs: [
    ['The Ferncroft dairy has been sold to a farming cooperative.'],
    ['Ferncroft reported revenue of £12m last year and employs 140 staff.'],
  ],
};

/** The profit too. */
const PROFIT: SearchFixtureArticle = {
  id: 'profit',
  title: 'Ferncroft results',
  outlet: 'Vale Post',
  published: '2025-06-03',
  paragraphs: [['Ferncroft made a profit of £1.1m last year, its accounts show.']],
};

describe('the measure a question asks', () => {
  it('is read from its focus, whatever follows the noun', () => {
    expect(askedMeasure("what was Ferncroft's profit last year?")?.term).toBe('profit');
    expect(askedMeasure('what was the turnover of the dairy')?.term).toBe('turnov');
    expect(askedMeasure('what was the price of milk')).toBeNull();
  });
});

describe('the gate', () => {
  it('refuses a profit question the revenue alone meets, and answers it with the profit', () => {
    expect(engineOver(REVENUE).engine.ask("what was Ferncroft's profit last year?").answered).toBe(
      false,
    );
    const answer = engineOver(REVENUE, PROFIT).engine.ask("what was Ferncroft's profit last year?");
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('£1.1m'))).toBe(true);
  }, 60_000);

  it('answers the measure the passage names', () => {
    expect(engineOver(REVENUE).engine.ask("what was Ferncroft's revenue last year?").answered).toBe(
      true,
    );
  }, 60_000);
});
