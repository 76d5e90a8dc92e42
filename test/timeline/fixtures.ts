/**
 * Invented articles for the timeline tests: paragraphs of sentences, assembled into a Corpus
 * with exact offsets, so a test states its text and publication date and nothing else.
 */
import type { CleanArticle, Corpus, Sentence } from '../../src/corpus/types.js';

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

/** One-article corpus from sentences, each its own paragraph. */
export function articleOf(published: string | null, ...paragraphs: string[]): Corpus {
  return corpusOf({ published, paragraphs: paragraphs.map((p) => [p]) });
}
