/** A corpus made in memory of one invented article, a paragraph per sentence, for index tests. */
import type { Corpus } from '../../src/corpus/types.js';

/**
 * One article titled `title` (its id and file named from it in lower case) whose body is
 * `texts`, each sentence a paragraph of its own, published on `published` (null: not stated).
 */
export function sentenceCorpus(
  title: string,
  texts: readonly string[],
  published: string | null = null,
): Corpus {
  let text = '';
  const sentences: Corpus['sentences'] = texts.map((sentence, paragraph) => {
    const start = text.length;
    text += `${sentence}\n\n`;
    return { article: 0, paragraph, start, end: start + sentence.length, kind: 'body' };
  });
  const id = title.toLowerCase();
  return {
    articles: [
      {
        meta: { id, file: `${id}.txt`, title, outlet: null, published, url: null, author: null },
        text,
        paragraphs: sentences.map(({ start, end }) => ({ start, end, kind: 'body' })),
        page: [],
      },
    ],
    sentences,
  };
}
