/**
 * A person's mailbox: an address whose local part (RFC 5322 §3.4.1, before the "@") spells the
 * display name's words as a person's mailbox is named, "emily.post", "emily_post", "e.post",
 * "epost", "emily" for "Emily Post". The display name is then a person's ("Emily Post
 * <emily.post@…>"), whatever its last word, and names no outlet, though "Post" is an outlet's
 * noun: a publication sends from a mailbox named for what it does ("news@", "briefing@") or for
 * itself whole ("kestrelpost@"), which is read as no person's. Mail programs and hosts name
 * mailboxes by these conventions (given name, initial, surname, with a dot, underscore or
 * hyphen between); a name spelled otherwise is not read as a person's, and is left to the other
 * rules.
 */

import { escapeRegExp } from '../text/escape.js';

/** Separators a mailbox's local part may set between a person's names. */
const SEP = '[._-]';

/** The letters of a word, lower-cased, for comparing with a mailbox's local part. */
const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/**
 * True when `address`'s local part spells `name` (two or more words) as a person's mailbox does:
 * given name and surname with a separator ("emily.post"), the initial then the surname
 * ("epost", "e.post"), or the given name alone ("emily").
 *
 * @example
 * isPersonalMailbox('Emily Post', 'emily.post@example.org') // true
 * isPersonalMailbox('Emily Post', 'epost@example.org') // true
 * isPersonalMailbox('Kestrel Post', 'news@kestrelpost.example') // false
 * isPersonalMailbox('Kestrel Post', 'kestrelpost@example.org') // false
 */
export function isPersonalMailbox(name: string, address: string): boolean {
  const words = name.trim().split(/\s+/).map(letters).filter(Boolean);
  const local = address.trim().toLowerCase().split('@')[0] ?? '';
  const first = words[0];
  const last = words.at(-1);
  if (words.length < 2 || first === undefined || last === undefined || local.length === 0)
    return false;
  const [given, surname] = [escapeRegExp(first), escapeRegExp(last)];
  const initial = escapeRegExp(first[0] ?? '');
  const shapes = [
    `${given}${SEP}(?:\\p{L}+${SEP})?${surname}`,
    `${initial}${SEP}?${surname}`,
    given,
  ];
  return new RegExp(`^(?:${shapes.join('|')})\\d*$`, 'u').test(local);
}
