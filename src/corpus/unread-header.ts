/**
 * A header of "Key: value" fields that no rule read and that stayed in an article's text
 * ("HEADLINE: Pier shut BYLINE: By Ana Ruiz DATE: 3 May 2026", a wire's or a news database's
 * header in a form metadata-block.ts does not take): its lines would be quoted as coverage and
 * its metadata go unread, so `validate` names it with the fix.
 */
import { isHeaderKey } from './front-matter.js';
import type { Paragraph } from './types.js';

/**
 * A key before a colon at the start of the text or after a space: one to three capitalised
 * words ("BYLINE", "Word Count").
 */
const KEY_WORDS = String.raw`\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}`;
const KEY = new RegExp(String.raw`(?:^|\s)(${KEY_WORDS}):\s`, 'gu');
/** Fewest keys that make a paragraph a header: one "Update:" is a label of the text. */
const MIN_KEYS = 2;
/** Characters of the paragraph a warning quotes. */
const QUOTED = 120;

/**
 * True for a key a header gives: one front-matter.ts knows, or a word in capitals ("SERVICE";
 * not a letter alone, as an interview's "Q:" and "A:" are).
 */
const isKey = (key: string) => isHeaderKey(key) || (key.length > 1 && !/\p{Ll}/u.test(key));

/**
 * The start of the first paragraph of `text` up to its first body paragraph (`paragraphs`, as
 * cleaning gives them) that names two header keys or more ({@link isKey}; the first may have
 * been read off as a dateline's place), at most {@link QUOTED} characters; null when none does.
 *
 * @example
 * unreadHeaderOf('HED: Pier shut BYLINE: By Ana Ruiz', [{ start: 0, end: 34, kind: 'body' }])
 * // 'HED: Pier shut BYLINE: By Ana Ruiz'
 */
export function unreadHeaderOf(text: string, paragraphs: readonly Paragraph[]): string | null {
  for (const paragraph of paragraphs) {
    const words = text.slice(paragraph.start, paragraph.end);
    const keys = [...words.matchAll(KEY)].map((match) => match[1] ?? '');
    if (keys.filter(isKey).length >= MIN_KEYS)
      return words.length > QUOTED ? `${words.slice(0, QUOTED)}…` : words;
    if (paragraph.kind === 'body') return null;
  }
  return null;
}
