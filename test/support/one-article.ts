/** One invented article file read in memory as a corpus of its own, with no folder written. */
import { articleFormat } from '../../src/corpus/formats.js';
import { inspectCorpus } from '../../src/corpus/load.js';
import type { DroppedLine } from '../../src/corpus/extraction.js';
import type { ArticleMeta } from '../../src/corpus/types.js';

/**
 * The metadata, text and dropped lines of the article file `file` (its format by its
 * extension) holding `raw`. Throws when the file gives no article.
 */
export function readOneArticle(
  file: string,
  raw: string,
): { meta: ArticleMeta; text: string; dropped: DroppedLine[] } {
  const format = articleFormat(file);
  if (format === null) throw new Error(`${file}: not an article format`);
  const inspection = inspectCorpus({
    dir: 'memory',
    articles: [{ file, format, raw, encoding: 'utf-8' }],
    metadata: null,
    aliases: null,
    unread: [],
  });
  const article = inspection.corpus.articles[0];
  if (!article) throw new Error(`${file}: no article (${JSON.stringify(inspection.problems)})`);
  return { meta: article.meta, text: article.text, dropped: inspection.reports[0]?.dropped ?? [] };
}
