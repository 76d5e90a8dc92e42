/**
 * "Who posted the … piece?", "who filed the … story?": a newsroom files and posts a piece as it
 * writes one, so of a piece named as such these ask who wrote it, answered from its page's
 * byline (src/search/plan/page-question.ts); of a thing in a story ("who filed the complaint")
 * they stay questions about the story. Invented articles.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { pageQuestionOf } from '../../src/search/plan/page-question.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'lido.txt':
      'Lido reopens after repairs\n\nBy Carys Webb\n\nThe Millbeck lido reopened on Saturday after a £40,000 repair to its filter.\n\nA swimmer filed a complaint about the water temperature, the manager said.',
  }));
}, 60_000);
afterAll(() => cleanup());

it.each([
  'Who posted the lido piece?',
  'Who filed the lido story?',
  'who posted the lido articles',
])('"%s" is answered by the piece’s byline', (question) => {
  const answer = engine.ask(question);
  expect(answer.answered, question).toBe(true);
  expect(answer.passages[0]?.quote, question).toContain('Carys Webb');
});

it.each([
  'who filed the complaint about the lido',
  'who posted the message about the lido',
  'when was the lido piece posted',
])('"%s" asks no author of the page', (question) => {
  expect(pageQuestionOf(question)?.asks ?? null).not.toBe('author');
});
