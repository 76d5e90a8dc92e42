/**
 * Abstention's gate on a "which NOUN" question met only by a count of the noun
 * (src/search/abstain-counted-kind.ts): "which banks are lending the buyers money" is not
 * answered by "from two banks". Tiny invented corpora: the loan from two unnamed banks, then the
 * banks named.
 */
import { describe, expect, it } from 'vitest';
import { countsOnly, identifiedKind } from '../../src/search/abstain-counted-kind.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The lenders counted, never named. */
const COUNTED: SearchFixtureArticle = {
  id: 'counted',
  title: 'Pellow mill sold',
  outlet: 'Tamar Courier',
  published: '2025-06-02',
  paragraphs: [
    ['The Pellow paper mill has been sold to a group of local investors.'],
    ['The buyers will borrow £9m from two banks to pay for the deal.'],
  ],
};

/** The lenders named. */
const NAMED: SearchFixtureArticle = {
  id: 'named',
  title: 'Pellow mill lenders',
  outlet: 'Tamar Post',
  published: '2025-06-04',
  paragraphs: [['The banks lending the buyers money are Harlow Bank and Fenner Trust.']],
};

describe('a count of the asked kind', () => {
  it('is a cardinal right before the noun, with no list after it', () => {
    expect(identifiedKind('which banks are lending the buyers money?')).toBe('banks');
    expect(countsOnly('from two banks to pay for the deal', 'bank')).toBe(true);
    expect(countsOnly('from two banks: Harlow Bank and Fenner Trust', 'bank')).toBe(false);
    expect(countsOnly('the election that handed him a sixth term', 'term')).toBe(false);
    expect(countsOnly('gave her only a 10% share of the votes', 'share')).toBe(false);
  });
});

describe('the gate', () => {
  it('refuses when the passages only count the banks, and answers when one names them', () => {
    const question = 'which banks are lending the buyers money?';
    expect(engineOver(COUNTED).engine.ask(question).answered).toBe(false);
    const answer = engineOver(COUNTED, NAMED).engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Harlow Bank'))).toBe(true);
  }, 120_000);
});
