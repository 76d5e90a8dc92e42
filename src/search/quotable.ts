/**
 * Which sentences may be quoted as passages. An article's title (its headline, set as a heading
 * in a .txt or .md file) and its outlet's name (a masthead) are metadata: the reply already
 * shows them with every source, and they are a label of the article, not a statement of it.
 * Quoting "Belarus, Russia sign agreement on security forces’ cooperation" as the answer to
 * "when was the agreement signed" shows a title as if the article said it. Such headings stay
 * in the index (their words still tell which article a question is about) but are never ranked.
 */
import type { ArticleMeta, Sentence } from '../corpus/types.js';

/** Case, runs of whitespace and curly or straight quotes do not make a heading another text. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when a sentence is one of its article's metadata set as a heading: the title or the
 * outlet's name (compared without regard to case, whitespace or the kind of quotation marks).
 */
export function isMetadataHeading(sentence: Sentence, text: string, meta: ArticleMeta): boolean {
  if (sentence.kind !== 'heading') return false;
  const heading = normalise(text);
  if (heading === '') return false;
  return [meta.title, meta.outlet].some((value) => value && normalise(value) === heading);
}
