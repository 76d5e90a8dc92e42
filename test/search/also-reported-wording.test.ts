/**
 * Whether two sentences report one fact is a property of the two, not of the question: an
 * invented corpus where two outlets give one break fee in other words ("a break fee of £21m" /
 * "a termination fee of £21 million"), linked however the question asks about it; and near
 * misses sharing the figure that stay apart (a denial, a further fee, another sum).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'bid.txt':
    'Drayne bids for Pellow.\n\nDrayne has agreed to pay Pellow a break fee of £21m if it walks away from the deal.',
  'offer.txt':
    'Pellow gets offer.\n\nDrayne has agreed to pay a termination fee of £21 million should the agreement be terminated.',
  'marl-bid.txt':
    'Marl bids for Selby.\n\nMarl has agreed to pay Selby a break fee of £30m if it walks away from the deal.',
  'marl-denial.txt':
    'Marl disputes report.\n\nMarl denied that it had agreed to pay a termination fee of £30 million should the agreement be terminated.',
  'ostby-bid.txt':
    'Ostby bids for Kelby.\n\nOstby has agreed to pay Kelby a break fee of £40m if it walks away from the deal.',
  'ostby-further.txt':
    'Kelby gets more.\n\nOstby has agreed to pay a further termination fee of £40 million should the agreement be terminated.',
  'harl-bid.txt':
    'Harl bids for Wenn.\n\nHarl has agreed to pay Wenn a break fee of £50m if it walks away from the deal.',
  'harl-other.txt':
    'Wenn gets offer.\n\nHarl has agreed to pay a termination fee of £55 million should the agreement be terminated.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      ['bid.txt', '2025-11-03'],
      ['offer.txt', '2025-11-04'],
      ['marl-bid.txt', '2025-11-03'],
      ['marl-denial.txt', '2025-11-04'],
      ['ostby-bid.txt', '2025-11-03'],
      ['ostby-further.txt', '2025-11-04'],
      ['harl-bid.txt', '2025-11-03'],
      ['harl-other.txt', '2025-11-04'],
    ].map(([file, published]) => datedArticle(file as string, published as string)),
  }),
};

const engine = suiteEngine(FILES);

/** Each passage's source with the sources listed under it as "also reported by". */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" whatever the question asks', () => {
  it('links one fee given in other words, asked how much or whether there is one', () => {
    for (const question of [
      'How much is Drayne’s break fee?',
      'Is there a Drayne break fee?',
      'Has Drayne agreed to pay a fee?',
    ]) {
      const shown = links(engine.ask(question));
      const pair = shown.find(([id]) => id === 'bid' || id === 'offer');
      expect(pair?.[1], question).toEqual([pair?.[0] === 'bid' ? 'offer' : 'bid']);
    }
  });

  it('links no denial, no further fee and no other sum sharing the words', () => {
    for (const [question, ids] of [
      ['Has Marl agreed to pay a fee?', ['marl-bid', 'marl-denial']],
      ['Has Ostby agreed to pay a fee?', ['ostby-bid', 'ostby-further']],
      ['Has Harl agreed to pay a fee?', ['harl-bid', 'harl-other']],
      ['What fee has Harl agreed to pay?', ['harl-bid', 'harl-other']],
    ] as const) {
      const shown = links(engine.ask(question));
      // Both are quoted, each as a passage of its own.
      expect(
        shown.map(([id]) => id),
        question,
      ).toEqual(expect.arrayContaining([...ids]));
      for (const [id, also] of shown)
        if ((ids as readonly string[]).includes(id))
          expect(
            also.filter((other) => (ids as readonly string[]).includes(other)),
            question,
          ).toEqual([]);
    }
  });
});
