/**
 * A second copy of an article: a file whose text, after extraction and cleaning, is that of an
 * article read before it (a .docx saved again as .txt, the same page downloaded twice under two
 * names). What counts is the text a reader is quoted, not the file's bytes: two formats of one
 * article differ in every byte and are still one article. The same text stated as another
 * outlet's is no copy but a second publication (a wire story printed by two papers), whose
 * sources differ: both are kept.
 *
 * Files are read in path order (files.ts), so the copy kept is the one whose path sorts first,
 * whatever order the folder lists them in; `validate` names both files as a problem, and
 * `index` (loadCorpus) warns with the same line and builds without the later copy.
 */

/** The text two copies share: white space runs as one space, ends trimmed. */
export function copyKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The first article read with the same text, by {@link copyKey}, and its outlet. */
export interface FirstCopy {
  file: string;
  outlet: string | null;
}

/**
 * The problem said of `file`, a copy of `first`: both files named, which one the index keeps and
 * how to keep the other.
 */
export function copyProblem(first: string): string {
  return `has the same text as "${first}" (after extraction): a second copy of one article, left out; the index keeps "${first}", the path that sorts first (remove one of the two files)`;
}

/**
 * True when an article whose text matched `first`'s is a copy of it: no other outlet is stated
 * for it. An outlet that neither states is no difference.
 */
export function isCopyOf(first: FirstCopy, outlet: string | null): boolean {
  return first.outlet === null || outlet === null || first.outlet === outlet;
}
