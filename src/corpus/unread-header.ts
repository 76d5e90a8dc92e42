/**
 * A header of "Key: value" fields that no rule read and that stayed in an article's text
 * ("HEADLINE: Pier shut BYLINE: By Ana Ruiz DATE: 3 May 2026", a wire's or a news database's
 * header in a form metadata-block.ts does not take): its lines would be quoted as coverage and
 * its metadata go unread, so `validate` names it with the fix.
 */
import { isHeaderKey } from './front-matter.js';
import type { Paragraph } from './types.js';
import { matchesOf } from '../text/matches-of.js';

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
 * True when the words before a colon end in a key a header gives: "Press Agency HEADLINE" of a
 * name's line run into the field's, as well as "HEADLINE".
 */
function endsInHeaderKey(words: string): boolean {
  const parts = words.split(' ');
  return parts.some((_, from) => isHeaderKey(parts.slice(from).join(' ')));
}

/**
 * The start of the text up to its first body paragraph (`paragraphs`, as cleaning gives them)
 * when it holds a header's fields no rule read, at most {@link QUOTED} characters; null when it
 * holds none. A header was not read whole when those paragraphs name two header keys or more
 * ({@link isKey}; the first may have been read off as a dateline's place), or when one above the
 * first body paragraph names a key a header gives (front-matter.ts isHeaderKey): a heading
 * "HEADLINE: …" ("BPA1120 AGRI Brightwater Press Agency HEADLINE: …", lines run together) is a
 * field left in the text, never a headline.
 *
 * @example
 * unreadHeaderOf('HED: Pier shut BYLINE: By Ana Ruiz', [{ start: 0, end: 34, kind: 'body' }])
 * // 'HED: Pier shut BYLINE: By Ana Ruiz'
 * unreadHeaderOf('HEADLINE: Pier shut\n\nThe pier shut.', [
 *   { start: 0, end: 19, kind: 'heading' },
 *   { start: 21, end: 35, kind: 'body' },
 * ]) // 'HEADLINE: Pier shut'
 */
export function unreadHeaderOf(text: string, paragraphs: readonly Paragraph[]): string | null {
  const start = paragraphs[0]?.start ?? 0;
  let keys = 0;
  for (const paragraph of paragraphs) {
    const words = text.slice(paragraph.start, paragraph.end);
    const named = [...matchesOf(words, KEY)].map((match) => match[1] ?? '');
    keys += named.filter(isKey).length;
    const keyed = paragraph.kind !== 'body' && named.some(endsInHeaderKey);
    if (keys >= MIN_KEYS || keyed) {
      const header = text.slice(start, paragraph.end).replace(/\s*\n\s*/g, ' ');
      return header.length > QUOTED ? `${header.slice(0, QUOTED)}…` : header;
    }
    if (paragraph.kind === 'body') return null;
  }
  return null;
}
