/**
 * Relative dates in whole invented articles of different outlets and formats
 * (relative-news-articles.ts): each sentence's dates as an honest reader gives them, loaded
 * through the corpus layer as an administrator's folder is, so mastheads, bylines, datelines
 * and publication lines are read as they are in use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleFolders } from '../support/corpus-fixture.js';
import { RELATIVE_NEWS } from './relative-news-articles.js';

const folders = articleFolders();
let events: TimelineEvent[] = [];
let ids = new Map<string, string>();

beforeAll(async () => {
  const dir = await folders.corpusOf(Object.fromEntries(RELATIVE_NEWS.map((a) => [a.file, a.raw])));
  const corpus = await loadCorpus(dir);
  ids = new Map(corpus.articles.map((a) => [a.meta.file, a.meta.id]));
  events = buildTimeline(corpus);
}, 60_000);
afterAll(() => folders.removeAll());

/** The dates the timeline gives the sentence of `file` that opens with `opening`. */
function datesOf(file: string, opening: string): string[] {
  const id = ids.get(file);
  return events
    .filter((e) => e.quotes.some((q) => q.source.id === id && q.quote.startsWith(opening)))
    .map((e) => (e.end ? `${e.date}..${e.end}` : e.date));
}

describe('relative dates in invented news articles', () => {
  for (const article of RELATIVE_NEWS) {
    it.each(Object.entries(article.gold))(`${article.file}: "%s" is dated %j`, (opening, dates) => {
      expect(datesOf(article.file, opening).sort()).toEqual([...dates].sort());
    });
  }
});
