/**
 * A sentence's clauses (clause-spans.ts) and the ranking's `typeInClause`: the asked value
 * counts with the question's words of its own clause. Invented sentences and articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseSpans } from '../../src/search/clause-spans.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const clauses = (text: string) => clauseSpans(text).map(([a, b]) => text.slice(a, b).trim());

describe('clauseSpans', () => {
  it('keeps a fronted adverbial in its clause', () => {
    expect(clauses('On March 14, the trust signed the lease.')).toEqual([
      'On March 14, the trust signed the lease.',
    ]);
  });

  it('cuts at a relative, a participle and a coordinated clause', () => {
    expect(clauses('The trust, which was founded in 1998, signed a lease.')).toEqual([
      'The trust',
      'which was founded in 1998',
      'signed a lease.',
    ]);
    expect(clauses('The pier opened in 1901, and the trust bought it in 2019.')).toEqual([
      'The pier opened in 1901',
      'and the trust bought it in 2019.',
    ]);
  });

  it('cuts at semicolons, dashes and brackets, never inside a number or a date', () => {
    expect(clauses('Fares rose to £2,400; the ferry ran (twice) on 9 May, 2025.')).toEqual([
      'Fares rose to £2,400',
      'the ferry ran',
      'twice',
      'on 9 May, 2025.',
    ]);
  });
});

const LEASE: SearchFixtureArticle = {
  id: 'lease',
  title: 'Ferry returns to Kelby',
  outlet: 'Kelby Courier',
  published: '2026-04-02',
  paragraphs: [
    ['The Kelby harbour trust, which was founded in 1998, signed a ferry lease with Arden Boats.'],
    ['Crews will start sailings next month.'],
    ['The harbour trust signed the Kelby ferry lease at the town hall on 14 March.'],
  ],
};

describe('the asked value in the clause of the question’s words', () => {
  // Built in a hook: the first index of a worker reads WordNet.
  let opened: ReturnType<typeof engineOver>;
  beforeAll(() => {
    opened = engineOver(LEASE);
  });

  it('ranks the sentence dating the asked act above one dating something else', () => {
    const { engine, index } = opened;
    const question = 'when did the kelby harbour trust sign the ferry lease?';
    const [act, founding] = [2, 0].map(
      (s) => index.rank(question).ranked.find((r) => r.sentence === s)!.features,
    );
    // Both hold a date and every word of the question; only one dates the signing.
    expect(founding!.typeNew).toBe(1);
    expect(founding!.typeInClause).toBe(0);
    expect(act!.typeInClause).toBe(1);
    expect(engine.ask(question).passages[0]?.quote).toContain('14 March');
  });
});
