/**
 * A question naming its source by the whole of the issuer's name ("who did the Kestrel Water
 * Board thank") asks only its verb of it: the passage that ranks first for the naming words
 * ("The Kestrel Water Board supplies water to …") holds none of what is asked and is dropped
 * (src/engine/named-source.ts), and the next passage of that source that holds the verb takes
 * its place, however few passages are asked for. Invented press release and articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'release.md': frontMatterArticle(
      'Reservoir refilled ahead of summer',
      'Kestrel Water Board',
      '2026-05-04',
      [
        'The Tarrant reservoir is full again after the driest spring since 2011.',
        'The board thanks the Fenwick Rangers and the farmers of the Tarrant valley for their patience during the hosepipe ban.',
        'About the Kestrel Water Board: the Kestrel Water Board supplies water to 400,000 homes.',
      ].join('\n\n'),
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a question whose only content beyond the named issuer is a verb', () => {
  it.each([1, 3])('is answered by the passage holding the verb (%i passage asked)', (limit) => {
    const answer = engine.ask('who did the Kestrel Water Board thank', { limit });
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Fenwick Rangers');
    expect(answer.passages.length).toBeLessThanOrEqual(limit);
  });
});
