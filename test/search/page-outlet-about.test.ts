/**
 * "When was the Bay Courier piece about the ballot published?": a page question naming an
 * outlet and what its article is about. When no page line or title says so, the articles of
 * that outlet whose text is about it are the ones asked about: their dateline (or byline)
 * answers, one article's when one matches, each matching article's (each under its own title,
 * so the reply lists them) when several do; never a passage of the story instead, never
 * another outlet's page (src/search/page-passages.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Answer, Engine } from '../../src/engine/types.js';
import { plainCorpusEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const article = (title: string, byline: string, ...paragraphs: string[]) =>
  [title, byline, ...paragraphs].join('\n\n');

let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ engine, cleanup } = await plainCorpusEngine({
    ...UNRELATED_ARTICLES,
    'courier-fares.txt': article(
      'Ferry fares to rise in spring',
      'Bay Courier · Ana Ruiz · March 3, 2024',
      'Ferry fares will rise by ten per cent in spring, the operator said.',
      'The crew union said its members had rejected the pay offer in a ballot last month.',
    ),
    'courier-pier.txt': article(
      'Pier repairs finished early',
      'Bay Courier · Ana Ruiz · April 9, 2024',
      'Repairs to the old pier were finished two weeks early.',
      'The council thanked the builders.',
    ),
    'courier-toll.txt': article(
      'Bridge toll frozen for a year',
      'Bay Courier · Tom Reed · May 2, 2024',
      'The bridge toll will stay at two pounds for another year.',
      'The council said drivers had asked for the freeze.',
    ),
    'wire-crews.txt': article(
      'Crews walk out at the ferry port',
      'Coast Wire · Lee Marr · March 20, 2024',
      'Ferry crews walked out after a strike ballot backed action by a wide margin.',
    ),
  }));
}, 60_000);
afterAll(() => cleanup());

const pageLines = (answer: Answer) =>
  answer.passages.filter((p) => p.page).map((p) => [p.source.title, p.quote]);

it('answers with the dateline of the one article of the outlet about it', () => {
  const answer = engine.ask('when was the Bay Courier piece about the ballot published?');
  expect(answer.answered).toBe(true);
  expect(answer.passages[0]?.page).toBeDefined();
  expect(pageLines(answer)).toEqual([
    ['Ferry fares to rise in spring', 'Bay Courier · Ana Ruiz · March 3, 2024'],
  ]);
});

it('lists each matching article of the outlet, each with its own line, when several match', () => {
  const answer = engine.ask('when was the Bay Courier article about the council published?');
  expect(pageLines(answer).sort()).toEqual([
    ['Bridge toll frozen for a year', 'Bay Courier · Tom Reed · May 2, 2024'],
    ['Pier repairs finished early', 'Bay Courier · Ana Ruiz · April 9, 2024'],
  ]);
});

it('asks who wrote it the same way', () => {
  const answer = engine.ask('who wrote the Bay Courier story about the ballot?');
  expect(pageLines(answer)).toEqual([
    ['Ferry fares to rise in spring', 'Bay Courier · Ana Ruiz · March 3, 2024'],
  ]);
});

it('keeps the title first: an article titled with the words is the one asked about', () => {
  const answer = engine.ask('when was the Bay Courier piece about the pier published?');
  expect(pageLines(answer)).toEqual([
    ['Pier repairs finished early', 'Bay Courier · Ana Ruiz · April 9, 2024'],
  ]);
});

it('answers nothing from the page when no article of the outlet holds the words', () => {
  const answer = engine.ask('when was the Bay Courier piece about the lighthouse published?');
  expect(pageLines(answer)).toEqual([]);
});

it('leaves a question about the story alone when it refers to no article as such', () => {
  // "run" may ask when an article ran, and "Bay Courier" names a source: but no "piece" or
  // "story" is referred to, so this asks about the ballot's timing, not a page.
  const answer = engine.ask('when did the Bay Courier say the pay offer ballot would run?');
  expect(pageLines(answer)).toEqual([]);
  expect(answer.notStated).toBeUndefined();
});
