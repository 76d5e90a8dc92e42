/**
 * Invented articles for the timeline tests: paragraphs of sentences, assembled into a Corpus
 * with exact offsets, so a test states its text and publication date and nothing else.
 */
import type { CleanArticle, Corpus, Sentence } from '../../src/corpus/types.js';
import { buildTimeline } from '../../src/timeline/index.js';

/** An invented article: its publication date (or null) and its paragraphs, as sentences. */
export interface FixtureArticle {
  id?: string;
  published: string | null;
  paragraphs: string[][];
}

/** Builds a corpus whose sentences are exactly the given ones. */
export function corpusOf(...articles: FixtureArticle[]): Corpus {
  const cleaned: CleanArticle[] = [];
  const sentences: Sentence[] = [];
  articles.forEach((fixture, articleIndex) => {
    let text = '';
    const paragraphs: CleanArticle['paragraphs'] = [];
    fixture.paragraphs.forEach((paragraph, paragraphIndex) => {
      if (paragraphIndex > 0) text += '\n\n';
      const paragraphStart = text.length;
      paragraph.forEach((sentence, i) => {
        if (i > 0) text += ' ';
        sentences.push({
          article: articleIndex,
          paragraph: paragraphIndex,
          start: text.length,
          end: text.length + sentence.length,
          kind: 'body',
        });
        text += sentence;
      });
      paragraphs.push({ start: paragraphStart, end: text.length, kind: 'body' });
    });
    const id = fixture.id ?? `article-${articleIndex}`;
    cleaned.push({
      meta: {
        id,
        file: `${id}.txt`,
        title: `Title of ${id}`,
        outlet: null,
        published: fixture.published,
        url: null,
        author: null,
      },
      text,
      paragraphs,
    });
  });
  return { articles: cleaned, sentences };
}

/**
 * A cleaned article of one body paragraph, `text`, from "The Gazette", titled "Title of ID": for
 * tests that build timeline quotes and their sources by hand.
 */
export function gazetteArticle(id: string, published: string, text: string): CleanArticle {
  return {
    meta: {
      id,
      file: `${id}.txt`,
      title: `Title of ${id}`,
      outlet: 'The Gazette',
      published,
      url: null,
      author: null,
    },
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
    page: [],
  };
}

/** One-article corpus from sentences, each its own paragraph. */
export function articleOf(published: string | null, ...paragraphs: string[]): Corpus {
  return corpusOf({ published, paragraphs: paragraphs.map((p) => [p]) });
}

/** An invented article of one sentence, named `id` (the source id its quotes carry). */
export function one(id: string, published: string, sentence: string): FixtureArticle {
  return { id, published, paragraphs: [[sentence]] };
}

/**
 * Each timeline entry of the articles as "date: id, id" (its quotes' sources, in order); with
 * `side`, an entry ahead of its writing is marked "date future: …".
 */
export function entrySources(articles: FixtureArticle[], side = false): string[] {
  return buildTimeline(corpusOf(...articles)).map(
    (e) =>
      `${e.date}${side && e.future ? ' future' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}`,
  );
}
