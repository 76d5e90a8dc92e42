/**
 * A second copy of an article: a file whose text, after extraction and cleaning, is that of an
 * article read before it, with the same metadata read (a .docx saved again under another name,
 * the same page downloaded twice). What counts is what a reader is shown, not the file's bytes:
 * two formats of one article differ in every byte and are still one article. The same text
 * stated with another title, outlet, author, date or address is no copy but another
 * publication (a wire story printed by two papers, a release re-dated), whose sources differ:
 * both are kept.
 *
 * Files are read in path order (files.ts), so the copy named first is the one whose path sorts
 * first, whatever order the folder lists them in. `validate` warns, naming both files, and
 * `index` (loadCorpus) warns with the same line; both copies are still indexed (a folder may
 * hold one story in several formats on purpose), so each passage is quoted from both.
 */
import { createHash } from 'node:crypto';
import type { ArticleMeta } from './types.js';

/**
 * The SHA-256 of each analysed article's text with white space runs as one space, by its
 * analysis. A builder process keeps an unchanged article's analysis between rebuilds
 * (engine/analysis-cache.ts), so a rebuild after one article is added reads no other text again
 * here (at State of the Union scale, 62,915 sentences, the white-space pass over every text was
 * about a quarter of a second of each rebuild). Held weakly: an analysis let go takes its entry.
 */
const textDigests = new WeakMap<object, string>();

/**
 * What two copies share: the text, white space runs as one space (compared by its SHA-256, as
 * the analysis cache tells articles apart by their text's), and every metadata field a reader
 * is shown (all but the file name and the id made from it). `article`: the analysis the text
 * was read into, whose text never changes.
 */
export function copyKey(article: { readonly text: string }, meta: ArticleMeta): string {
  let digest = textDigests.get(article);
  if (digest === undefined) {
    digest = createHash('sha256').update(article.text.replace(/\s+/gu, ' ').trim()).digest('hex');
    textDigests.set(article, digest);
  }
  const shown = { ...meta, id: undefined, file: undefined };
  return `${JSON.stringify(shown)}\u0000${digest}`;
}

/**
 * The warning said of a file that is a copy of `first`: both files named, and what to do.
 */
export function copyProblem(first: string): string {
  return `has the same text and metadata as "${first}" (after extraction): a second copy of one article, indexed twice, so its passages are quoted from both (remove one of the two files)`;
}
