/**
 * One contract's worth told two ways by one holder, each with its term: "The contract is worth
 * £3.1 million over six years, the county said." / "The county said the contract with Orrin
 * Transit was worth £3.7 million over six years." The term ("six years") agrees and is another
 * measure than the sum: it says nothing of the sum (fact-value-conflicts.ts `sumsConflict`,
 * fact-value-slots.ts `slotConflicts`). Where the attribution stands does not change the claim,
 * and a name of several words in the wording between is one word of it (fact-value-slots.ts
 * `slotOf`).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const PUBLISHED = { published: ['2026-04-02', '2026-04-03'] as const };

const FIRST = 'The contract is worth £3.1 million over six years, the county said.';
const SECOND =
  'The county said the contract with Orrin Transit was worth £3.7 million over six years.';

describe('two sums of one thing, each with the same term', () => {
  it('differ on the number wherever the attribution stands', () => {
    for (const [a, b] of <[string, string][]>[
      [FIRST, SECOND],
      [FIRST, 'The county said the contract was worth £3.7 million over six years.'],
      [
        'The county said the contract is worth £3.1 million over six years.',
        'The contract was worth £3.7 million over six years, the county said.',
      ],
      [
        'The contract is worth £3.1 million over six years.',
        'The contract is worth £3.7 million over six years.',
      ],
    ]) {
      expect(classifyFacts(a, b, PUBLISHED), `${a} / ${b}`).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
      expect(classifyFacts(b, a, PUBLISHED), `${b} / ${a}`).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
    }
  });

  it('claim nothing for different terms, different contracts or different currencies', () => {
    for (const [a, b] of <[string, string][]>[
      // Two terms: two deals, or a sum counted over another span.
      [FIRST, 'The county said the contract was worth £3.7 million over nine years.'],
      // Two parties named in the same place: two contracts.
      [
        'The county said the contract with Orrin Transit was worth £3.1 million over six years.',
        'The county said the contract with Pellow Buses was worth £3.7 million over six years.',
      ],
      // What is worth the sum differs.
      [
        'The bus contract is worth £3.1 million over six years.',
        'The ferry contract is worth £3.7 million over six years.',
      ],
      // Another currency: no rate is stated.
      [
        'The contract is worth £3.1 million over six years.',
        'The contract is worth €3.7 million over six years.',
      ],
      // A sum and the cost of another thing.
      [
        'The contract is worth £3.1 million over six years.',
        'The depot cost £3.7 million over six years.',
      ],
    ])
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        expect(classifyFacts(x, y, PUBLISHED).kind, `${x} / ${y}`).not.toBe('disagree');
  });

  it('agree when the sums are one', () => {
    expect(
      classifyFacts(
        FIRST,
        'The county said the contract was worth £3.1 million over six years.',
        PUBLISHED,
      ).kind,
    ).not.toBe('disagree');
  });
});

const FILES: Record<string, string> = {
  'gazette.txt': `Hire scheme starts.\n\nThe Pellby bike hire scheme opened on Monday with 800 bikes.\n\n${FIRST}`,
  'herald.txt': `Bikes arrive in Pellby.\n\nHundreds of hire bikes went into service in Pellby on Monday.\n\n${SECOND}`,
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [datedArticle('gazette.txt', '2026-04-02'), datedArticle('herald.txt', '2026-04-03')],
  }),
};

const engine = suiteEngine(FILES);

describe('a reply on the contract', () => {
  it('shows "sources differ" between the two outlets', () => {
    const differ = engine.ask('how much is the contract worth').sourcesDiffer;
    expect(differ.map((d) => d.aspect)).toEqual(['number']);
    expect(differ[0]?.quotes.map((q) => q.source.id).sort()).toEqual(['gazette', 'herald']);
  });
});
