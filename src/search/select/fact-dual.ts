/**
 * "Both" as a count: before a plural noun phrase it is the predeterminer of dual reference
 * ("both men", "both of the trapped miners" are two: Quirk et al. 1985, on predeterminers), so a
 * report saying "both" counts as many as one saying "two" or "the two". As a correlative
 * conjunction ("both the council and the union", "both men and women") it counts nothing, nor as
 * a pronoun ("Both were released"), whose noun the sentence does not name.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { isPluralWithoutS, PLURAL_S } from '../../timeline/irregular-plurals.js';
import { matchesOf } from '../../text/matches-of.js';

/** "both", an optional "of" and determiner, then at most two words of the noun phrase. */
const BOTH =
  /\bboth\s+(?:of\s+)?(?:(?:the|these|those|their|its|his|her|our|my|your)\s+)?(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/dgiu;

/** A conjunction after the plural: "both" opened a coordination, not a count. */
const COORDINATED_AFTER = /^\s*,?\s*(?:and|as\s+well\s+as)\b/iu;

/** A plural noun as written: "-s" (not "-ss", "-us", "-is") or a plural without it ("men"). */
function isPlural(word: string): boolean {
  return !STOP_WORDS.has(word.toLowerCase()) && (PLURAL_S.test(word) || isPluralWithoutS(word));
}

/**
 * The offset of each "both" of `text` that counts two, in order: one followed, within two
 * words, by a plural that no conjunction follows ("both trapped miners were"), none of the words
 * before it a stop word ("both the council and" holds none).
 */
export function dualCounts(text: string): number[] {
  const found: number[] = [];
  for (const m of matchesOf(text, BOTH)) {
    const words = [m[1] as string, ...(m[2] === undefined ? [] : [m[2]])];
    const plural = words.findIndex(isPlural);
    if (plural < 0 || words.slice(0, plural).some((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    // "both men and women", "both miners, and": two things coordinated.
    const end = m.indices?.[plural + 1]?.[1] ?? m.index + m[0].length;
    if (COORDINATED_AFTER.test(text.slice(end))) continue;
    found.push(m.index);
  }
  return found;
}
