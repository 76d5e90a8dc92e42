/**
 * A question asking who wrote a piece it names by its kind ("the press release", "the
 * editorial") is about that piece's page, never the story's passages: the
 * kind is recognised from one list of genres (src/search/plan/piece-kinds.ts), then the page
 * rule holds (src/engine/page-answer.ts). Invented articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { pageQuestionOf } from '../../src/search/plan/page-question.js';
import { piecesNamed } from '../../src/search/plan/piece-kinds.js';
import { frontMatterArticle, plainCorpusEngine } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    'council-notice.txt':
      'Council to review pier funding\n\nPress release. Tarnby Council will review its grant to the pier trust after the storm.\n\nThe council will not comment further.',
    'radio-arrests.md': frontMatterArticle(
      'Two held after pier break-in',
      'Radio Tarnby',
      '2024-03-12',
      'By Ana Brell\n\nPolice told Radio Tarnby the men were released on bail. The trust issued a press statement on Monday.',
    ),
    'radio-storm.md': frontMatterArticle(
      'Storm damages pier',
      'Radio Tarnby',
      '2024-03-09',
      'By Ana Brell\n\nThe storm damaged the pier on Saturday, the trust said.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

describe('a who-wrote question naming a piece by its kind', () => {
  it('is never answered by the story passages or another piece’s byline', () => {
    const answer = engine.ask('Who wrote the press release?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
  });

  it('says the piece it describes names no author', () => {
    const answer = engine.ask('Who wrote the council press release?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.notStated?.map((n) => [n.source.title, n.asks])).toEqual([
      ['Council to review pier funding', 'author'],
    ]);
  });
});

describe('the kinds of piece', () => {
  it('are read as written, plural folded, a name of two words together', () => {
    expect(piecesNamed(['who', 'wrote', 'the', 'press', 'releases']).map((k) => k.words)).toEqual([
      'press release',
    ]);
    expect(piecesNamed(['the', 'obituaries']).map((k) => k.words)).toEqual(['obituary']);
    expect(piecesNamed(['the', 'columnist', 'and', 'the', 'press', 'officer'])).toEqual([]);
    expect(piecesNamed(['a', 'release', 'from', 'the', 'press'])).toEqual([]);
  });

  it('refer to an article; one with a story sense only through its title or id', () => {
    expect(pageQuestionOf('who wrote the press release?')?.refersToArticle).toBe(true);
    expect(pageQuestionOf('when was the press release issued?')?.refersToArticle).toBe(true);
    expect(pageQuestionOf('who wrote the newsletter?')?.refersToArticle).toBe(true);
    expect(pageQuestionOf('who wrote the letter to the mayor?')?.refersToArticle).toBe(false);
  });
});
