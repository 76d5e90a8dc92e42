/**
 * Price verbs (money-verbs.ts, role "price"): "cost", and the phrasal "come to" and "amount to"
 * with a sum right after the particle, state what the thing before them cost: one act, one
 * measure (fact-measures.ts `priceVerbTerms`).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { priceVerbTerms } from '../../src/search/select/fact-measures.js';
import { moneyVerbsOf, phrasalMoneyVerbsOf } from '../../src/search/money-verbs.js';

const published = ['2026-03-10', '2026-03-10'] as const;
const kind = (a: string, b: string) => classifyFacts(a, b, { published }).kind;
const cost = (sum: string) => `The Wendle sea wall repairs cost ${sum}.`;

describe('price verbs', () => {
  it('are listed once, the phrasal ones with their particle', () => {
    expect(moneyVerbsOf('price')).toEqual(['cost']);
    expect(phrasalMoneyVerbsOf('price')).toEqual([
      ['come', 'to'],
      ['amount', 'to'],
    ]);
  });

  it('are read before a sum only, a phrasal one with its particle', () => {
    expect([...priceVerbTerms(analyseFact('The bill came to $4.2 million.'))]).toEqual(['came']);
    expect([...priceVerbTerms(analyseFact('The cost amounted to about £3m.'))]).toEqual(['amount']);
    expect(priceVerbTerms(analyseFact('The offer came with $4.2 million of funding.')).size).toBe(
      0,
    );
    expect(priceVerbTerms(analyseFact('The repairs came to a halt in May.')).size).toBe(0);
  });

  it('tell one price: the same sum is one fact, another sum differs', () => {
    const bill = 'The bill for the Wendle sea wall repairs came to $4.2 million.';
    expect(kind(bill, cost('$4.2 million'))).toBe('same-fact');
    expect(kind(bill, cost('$3.9 million'))).toBe('disagree');
    expect(
      kind(
        'The cost of the Wendle sea wall repairs amounted to $4.2 million.',
        cost('$3.9 million'),
      ),
    ).toBe('disagree');
  });

  it('of another thing, or not before a sum, tell no price of it', () => {
    expect(
      kind(
        'The bill for the Wendle sea wall repairs came to $4.2 million.',
        'The Wendle harbour dredging cost $3.9 million.',
      ),
    ).toBe('different-fact');
    expect(kind('The Wendle sea wall repairs came to a halt in May.', cost('$3.9 million'))).toBe(
      'different-fact',
    );
    expect(
      kind(
        'Donations to the Wendle flood appeal came to $40,000.',
        'The Wendle flood appeal has paid out $25,000.',
      ),
    ).toBe('different-fact');
  });
});
