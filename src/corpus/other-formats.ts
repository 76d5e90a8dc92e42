/**
 * Files an administrator's tools save beside articles that are not articles (formats.ts): JSON
 * that is no news API's export (a feed and an export are read item by item: feed-files.ts), a
 * list of links, an older word processor's document. Each is named by what it is, with what to
 * save instead, so `validate` says more than "not an article file". Told by the extension and,
 * for a list of links, by the first bytes of the file; a `.json` file is parsed, to tell JSON
 * that is not valid (a feed or an export saved broken) from valid JSON of another kind.
 */
import { jsonSyntaxProblem } from '../text/json-syntax.js';

/** How many bytes of a file are looked at to tell what it is. */
export const SNIFF_BYTES = 4096;

/** Saving each story's page is what every remedy below comes to. */
export const SAVE_PAGES =
  "save each story's page as a file of its own (.html, .mhtml, .txt or .md), with what the page does not state in articles.json";

const BY_EXTENSION: Record<string, string> = {
  '.csv': `is a table (a read-later app's export lists links, not the articles): ${SAVE_PAGES}`,
  '.tsv': `is a table (a read-later app's export lists links, not the articles): ${SAVE_PAGES}`,
  '.doc': 'is an older Word document (.doc): open it and save it as .docx (Word Document)',
  '.rtf': 'is a Rich Text document: open it and save it as .docx, or export it as PDF',
  '.odt': 'is an OpenDocument text: save it as .docx (Word) or export it as PDF',
  '.pages': 'is a Pages document: export it as .docx (Word) or PDF',
  '.webarchive':
    'is a Safari web archive: save the page as "Page Source" (.html), or from Chrome or Edge as a single file (.mhtml)',
  '.url': `is a link to a page, not the page: ${SAVE_PAGES}`,
  '.webloc': `is a link to a page, not the page: ${SAVE_PAGES}`,
};

/**
 * The problem of a `.json` file that is no feed nor export this reads: JSON that is not valid
 * (RFC 8259) is said to be so, with where the parser stopped (text/json-syntax.ts): it may be a
 * feed or an export saved broken, and calling it JSON would be untrue. Valid JSON of another kind
 * is told where metadata goes.
 */
function jsonProblem(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${jsonSyntaxProblem(text, error)}): it is read neither as a feed nor as an export; if it is one, save it again, else move it out of the articles`;
  }
  return 'is JSON, not an article: metadata for the articles goes in one articles.json at the top of the corpus folder (see docs/corpus-folder.md); move this file out of the articles';
}

/**
 * What a file that is not an article format is, and what to do, for its problem; null when it
 * is none of the kinds above (the caller gives its general message).
 *
 * @param text the file's text, read only for a `.json` file (whose problem depends on whether
 *   it is valid JSON); undefined when it cannot be read, then taken for valid JSON
 * @example
 * otherFormat('old.doc')
 * // 'is an older Word document (.doc): open it and save it as .docx (Word Document)'
 * otherFormat('feed.json', () => '{"items": [ broken')
 * // 'is not valid JSON (Unexpected token \'b\' at line 1, column 13): …'
 */
export function otherFormat(file: string, text?: () => string | undefined): string | null {
  const dot = file.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.slice(dot).toLowerCase();
  if (extension === '.json') return jsonProblem(text?.() ?? '{}');
  return BY_EXTENSION[extension] ?? null;
}

/**
 * A page that lists saved links: the Netscape bookmark file (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`,
 * the format browsers and read-later apps export links in), or links stamped with when they were
 * saved (its `ADD_DATE`, Pocket's `time_added`).
 */
const LINK_LIST = /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>|<a\s[^>]*\b(?:add_date|time_added)\s*=/i;

/**
 * The problem of an HTML file with no body text that is a list of saved links ({@link LINK_LIST}),
 * else null: such an export holds the links, never the articles.
 */
export function linkListProblem(html: string): string | null {
  return LINK_LIST.test(html.slice(0, SNIFF_BYTES * 4))
    ? `is a list of saved links (a browser's or read-later app's export), not an article: ${SAVE_PAGES}`
    : null;
}
