/**
 * A question that writes an article's id whole ("the dockers-feature article") or its title
 * whole, without quotation marks ("who wrote The dockers who lost their pier?"), asks about
 * that article, as its title's words with "story" do: its page answers, or says what it does
 * not state. Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'dockers-feature.md': [
      '---',
      'title: "The dockers who lost their pier"',
      'author: "Ana Reyes"',
      '---',
      '',
      'By Ana Reyes',
      '',
      'The dockers of Kelby worked the old pier for forty years.',
      '',
      'The pier closed in March after a storm broke its deck.',
    ].join('\n'),
    'council.md': frontMatterArticle(
      'Council publishes pier report',
      'Harbour Times',
      '2025-04-02',
      'The council published its report on the pier on Tuesday.\n\nEngineers said the deck could not be repaired.',
      'Sam Cole',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('an article named by its id or its title written whole', () => {
  it('answers when the article named by its id was published from its page', () => {
    const answer = engine.ask('When was the dockers-feature article published?');
    expect(answer.passages.map((p) => p.source.id)).not.toContain('council');
    expect(answer.notStated?.map((n) => n.source.id)).toEqual(['dockers-feature']);
  });

  it('answers who wrote the article named by its whole title', () => {
    const answer = engine.ask('who wrote The dockers who lost their pier?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.source.id).toBe('dockers-feature');
    expect(answer.passages[0]?.quote).toBe('By Ana Reyes');
  });
});
