/**
 * One measure of a thing written before its noun and after it: "a 3.2-year supply of housing
 * land" / "a supply of housing land of 3.2 years", "a 40-hour week" / "a week of 40 hours". A
 * measure phrase made a premodifier (a numeral and its unit joined by a hyphen) and one in an
 * "of" phrase postmodifying the same noun state the same thing, the extent of what the noun
 * names (Quirk et al. 1985, §17.89 on premodification as the counterpart of postmodification,
 * §7.23 and §17.104 on measure phrases; "a ten-mile walk" / "a walk of ten miles"). So the two
 * counts measure one thing, whatever the first word after each count is (the noun on one side,
 * nothing on the other): fact-measures.ts `differentMeasures` must not read them as two acts. And
 * two counts so written of different nouns ("a 3.2-year supply" / "a plan of 3.2 years") measure
 * two things, whatever else the two passages share.
 *
 * Read only where the noun is plain: a determiner before the premodifying measure, the noun
 * right after it and ending its phrase (a preposition, a comma or the end after it: "a 3.2-year
 * housing land supply" is left alone), and the other count right after "of", after that noun
 * itself or after its own "of" phrase of up to three words ("supply of housing land of").
 */
import { stem } from '../../text/terms.js';

/** A determiner ending a text: what opens the noun phrase the measure premodifies. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|this|that)\s+$/i;

/** A measure joined to its unit by a hyphen, then the noun, then the end of its phrase. */
const PREMODIFIER =
  /^[\p{L}\d.,]+-[\p{L}]+\s+(\p{L}+)(?=\s+(?:of|for|in|at|on|into|to|with)\b|\s*[,.;:]|\s*$)/u;

/** A noun, its own "of" phrase if any, and "of" right before a count: "supply of housing land of". */
const POSTMODIFIER = /\b(\p{L}+)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3})?of\s+$/u;

/** The noun a measure at `at` premodifies ("a 3.2-year supply" → "supply"), as a stem; or null. */
function premodifiedNoun(text: string, at: number): string | null {
  if (!DETERMINER_BEFORE.test(text.slice(0, at))) return null;
  const noun = PREMODIFIER.exec(text.slice(at))?.[1];
  return noun === undefined ? null : stem(noun.toLowerCase());
}

/** The noun whose "of" phrase a count at `at` stands in ("supply of 3.2 years"), as a stem; or null. */
function postmodifiedNoun(text: string, at: number): string | null {
  const noun = POSTMODIFIER.exec(text.slice(0, at))?.[1];
  return noun === undefined ? null : stem(noun.toLowerCase());
}

/**
 * Whether two counts (each a text and the offset of its number) measure one noun's thing or two
 * nouns' things, when each is written as a measure of a noun, before it or in an "of" phrase
 * after it (see the file's comment): "one" for the same noun ("a 3.2-year supply" / "a supply of
 * land of 3.2 years"), "two" for different nouns ("a 3.2-year supply" / "a plan of 3.2 years"),
 * null when either count is not so written. The counts' units are the caller's to compare.
 *
 * @example
 * measureHeads(['The council has a 3.2-year supply of land.', 17],
 *              ['The council has a supply of land of 3.2 years.', 38]) // 'one'
 */
export function measureHeads(
  [a, x]: readonly [string, number],
  [b, y]: readonly [string, number],
): 'one' | 'two' | null {
  const nounOf = (text: string, at: number) =>
    premodifiedNoun(text, at) ?? postmodifiedNoun(text, at);
  const p = nounOf(a, x);
  const q = nounOf(b, y);
  if (p === null || q === null) return null;
  return p === q ? 'one' : 'two';
}
