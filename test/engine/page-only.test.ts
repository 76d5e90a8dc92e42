/**
 * A question asking only who wrote an article or when it was published is answered from the
 * page of the article it names (by its metadata, or an untitled one by a word of its id), and
 * otherwise refused: the story's passages, found by its other words, would answer another
 * question (src/engine/page-answer.ts, src/search/page-passages.ts `asksOnlyOfPage`).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
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
    'explainer.txt':
      'What a flood warning means\n\nA flood warning means flooding is expected. The council published its flood plan on 3 May 2024.',
    'river-post.md': frontMatterArticle(
      'River bursts its banks',
      'Bay Post',
      '2024-05-04',
      'The river burst its banks on 3 May.\n\nThe council published its flood plan in April.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const explainer = () => engine.sources().find((s) => s.file === 'explainer.txt')!.id;

it('names an untitled article by a word of its id, and says what its page does not state', () => {
  const date = engine.ask('When was the explainer published?');
  expect(date.answered).toBe(false);
  expect(date.passages).toEqual([]);
  expect(date.notStated?.map((n) => [n.source.id, n.asks])).toEqual([[explainer(), 'date']]);
  const author = engine.ask('Who wrote the explainer?');
  expect(author.notStated?.map((n) => [n.source.id, n.asks])).toEqual([[explainer(), 'author']]);
});

it('refuses when the question names no article: no passage answers when it was published', () => {
  for (const question of ['When was the editorial published?', 'When was it published?']) {
    const answer = engine.ask(question);
    expect(answer.answered, question).toBe(false);
    expect(answer.passages, question).toEqual([]);
  }
});

it('still answers a question about the story that uses a publishing word', () => {
  const answer = engine.ask('When did the council publish its flood plan?');
  expect(answer.answered).toBe(true);
  expect(answer.passages.map((p) => p.quote).join(' ')).toMatch(/flood plan/);
});
