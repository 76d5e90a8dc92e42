/**
 * One outlet stated under two names: "Radio Northvale News" (its masthead) and "Radio Northvale"
 * (its copyright notice, or `articles.json`). A broadcaster or a paper names its news service and
 * its website after itself, adding only a generic word for what they are ("News", "Online"): "BBC"
 * and "BBC News", "Daily Mail" and "Daily Mail Online". Any other added word names another
 * publication: "The Times of India" is not "The Times", nor "Kellan Evening Post" "Kellan
 * Evening". Each article's outlet stays as stated; commands that take an outlet by name reach
 * the articles of all its names.
 */
import { outletKey } from './copyright.js';

/** Words an outlet adds to its own name for its news service or website, naming no other outlet. */
const SERVICE_WORD = /^(?:news|online)$/;

/** A channel's number, as a broadcaster adds it to its call letters ("KVCT 9", "WSB 2"). */
const CHANNEL = /^\d{1,2}$/;
/** A broadcaster's call letters opening its name, in capitals ("KVCT", "WNYC"). */
const CALL_LETTERS = /^(?:the\s+)?\p{Lu}{3,5}\s/u;

/**
 * The form under which two statements of one outlet agree: {@link outletKey} (lower case, no
 * leading "The" or trailing legal form), without trailing {@link SERVICE_WORD}s while a word is
 * left.
 *
 * @example
 * outletGroupKey('Radio Northvale News') === outletGroupKey('Radio Northvale') // 'radio northvale'
 * outletGroupKey('The Times of India') // 'times of india', not 'times'
 */
export function outletGroupKey(name: string): string {
  const words = outletKey(name).split(' ');
  while (words.length > 1 && SERVICE_WORD.test(words[words.length - 1] ?? '')) words.pop();
  // A broadcaster's news service named by its call letters and channel ("KVCT 9 News" of
  // "Copyright 2026 KVCT."): the channel's number is no other outlet's name.
  if (words.length === 2 && CHANNEL.test(words[1] ?? '') && CALL_LETTERS.test(name)) words.pop();
  return words.join(' ');
}

/** True when two stated outlet names name one outlet ({@link outletGroupKey}). */
export function sameOutlet(a: string, b: string): boolean {
  return outletGroupKey(a) === outletGroupKey(b);
}

/**
 * The name to call a set of one outlet's articles by: the shortest of their stated names ("Radio
 * Northvale" for articles stating it and "Radio Northvale News"), which each of the others extends
 * only by a service word. Null when `names` is empty.
 */
export function outletGroupName(names: readonly string[]): string | null {
  return names.reduce<string | null>(
    (shortest, name) => (shortest === null || name.length < shortest.length ? name : shortest),
    null,
  );
}
