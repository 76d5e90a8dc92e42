/**
 * Clippings: a word cut short and used for the whole in informal English ("uni" for
 * "university", "stats" for "statistics"). A clipping names what its full word names (Marchand
 * 1969, "The Categories and Types of Present-Day English Word-Formation", on clipping; Bauer
 * 1983, "English Word-Formation"), so a question's "uni" is read as the coverage's "university".
 * Read as typed, it is a word no article uses and weighs as the question's rarest, and a prefix
 * alone cannot tell which word it clips ("uni": "university", "union", "unit").
 *
 * WordNet links most clippings to their words already ("exam", "info", "lab", "prof", "demo",
 * "rep", "biz" share a synset with theirs), and the plan reads those as synonyms. This table
 * holds only clippings WordNet 3.0 lacks (each checked absent from its index), each marked as a
 * clipping or "informal" short form of that one word in the Oxford Dictionary of English (3rd
 * ed., 2010) — written from its entries as recalled, not copied from a file — leaving out those
 * it gives two meanings ("gov": government or governor; "vax": vaccine or vaccination; "poly":
 * polytechnic or polythene). General English, never a per-corpus or per-question list.
 */
import { stem } from '../../text/terms.js';

/** Clipping (lower case) → the word or phrase it clips. */
const CLIPPINGS: ReadonlyMap<string, string> = new Map([
  ['uni', 'university'],
  ['unis', 'universities'],
  ['admin', 'administration'],
  ['comms', 'communications'],
  ['stats', 'statistics'],
  ['rehab', 'rehabilitation'],
  ['prez', 'president'],
  ['veep', 'vice president'],
  ['convo', 'conversation'],
  ['convos', 'conversations'],
]);

/** A word typed in letters only, standing alone (not part of a compound or an abbreviation). */
const WORD = /(?<![\p{L}\p{N}'’.-])\p{L}+(?![\p{L}\p{N}'’-]|\.\p{L})/gu;

/**
 * `text` with each clipping ({@link CLIPPINGS}, in any case) the coverage never uses written as
 * the word it clips; a clipping the coverage uses itself is left as typed, as it matches. One
 * pass over the text.
 *
 * @param has true when the coverage holds an index term
 * @example withClippingsRead('how long was the uni shut', () => false) // 'how long was the university shut'
 */
export function withClippingsRead(text: string, has: (term: string) => boolean): string {
  return text.replace(WORD, (word) => {
    const full = CLIPPINGS.get(word.toLowerCase());
    return full === undefined || has(stem(word.toLowerCase())) ? word : full;
  });
}
