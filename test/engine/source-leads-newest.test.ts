/**
 * "What did Gull Radio report?" asks what the source reports now: its articles' leads answer it,
 * newest first, unless the question names a date (src/engine/about-fallback.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/engine/about-fallback.js';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

describe('newestFirst', () => {
  it('orders by the date stated, undated last, ties as given', () => {
    const dates = ['2024-06-10', null, '2024-06-12', '2024-06', '2024-06-12'];
    expect(newestFirst([0, 1, 2, 3, 4], (a) => dates[a] ?? null)).toEqual([2, 4, 0, 3, 1]);
  });
});

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    // Written in corpus order oldest first.
    'a-ferries.md': frontMatterArticle(
      'Ferries resume',
      'Gull Radio',
      '2024-06-10',
      'Ferry sailings resumed after a week of storms.',
    ),
    'b-toll.md': frontMatterArticle(
      'Harbour toll frozen',
      'Gull Radio',
      '2024-06-12',
      'The harbour toll will stay at two pounds until next year, the council said.',
    ),
    ...UNRELATED_ARTICLES,
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a question naming only a source', () => {
  it('is answered by its leads, newest first', () => {
    const answer = engine.ask('What did Gull Radio report?');
    expect(answer.passages.map((p) => p.source.published)).toEqual(['2024-06-12', '2024-06-10']);
  });
});
