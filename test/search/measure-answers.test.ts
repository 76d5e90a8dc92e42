/**
 * Two outlets giving different weights of one landslide in other words: the engine shows them
 * as sources differing on the number, and a question about the day never puts one under the
 * other's "also reported by". Invented corpus.
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
    'echo.md': frontMatterArticle(
      'Landslide shuts valley road',
      'Tarn Echo',
      '2026-03-04',
      'About 12,000 tonnes of rock and mud slid onto the Orrel Valley road near Kell Bridge on 3 March, closing the route.\n\nBuses are being diverted.',
    ),
    'radio.md': frontMatterArticle(
      'Valley road closed after rockfall',
      'Gull Radio',
      '2026-03-04',
      'Around 15,000 tonnes of rock came down onto the Orrel Valley road near the old quarry on 3 March, police said.\n\nEngineers will inspect the slope.',
    ),
    ...UNRELATED_ARTICLES,
  }));
}, 60_000);
afterAll(() => cleanup());

describe('two weights of one landslide in other words', () => {
  it('are shown as sources differing on the number, neither under the other', () => {
    const answer = engine.ask('How much rock fell on the Orrel Valley road?');
    expect(answer.passages.flatMap((p) => p.alsoReportedBy)).toEqual([]);
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('number');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'echo',
      'radio',
    ]);
  });

  it('are two passages, not one "also reported by" the other, for the day they happened', () => {
    const answer = engine.ask('What happened on 3 March 2026?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.flatMap((p) => p.alsoReportedBy)).toEqual([]);
    expect(answer.passages.map((p) => p.source.id).sort()).toEqual(['echo', 'radio']);
  });
});
