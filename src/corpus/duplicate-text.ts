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
import type { ArticleMeta } from './types.js';

/**
 * What two copies share: the text, white space runs as one space, and every metadata field a
 * reader is shown (all but the file name and the id made from it).
 */
export function copyKey(text: string, meta: ArticleMeta): string {
  const shown = { ...meta, id: undefined, file: undefined };
  return `${JSON.stringify(shown)}\u0000${text.replace(/\s+/gu, ' ').trim()}`;
}

/**
 * The warning said of a file that is a copy of `first`: both files named, and what to do.
 */
export function copyProblem(first: string): string {
  return `has the same text and metadata as "${first}" (after extraction): a second copy of one article, indexed twice, so its passages are quoted from both (remove one of the two files)`;
}
