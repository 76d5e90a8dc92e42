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
 * Read only where the noun phrase is plain: a determiner before the premodifying measure, its
 * unit one word or two ("a twelve-mile zone", "a 12-nautical-mile zone": a unit's words are no
 * words of the comparison by place, fact-slots.ts, so moving them hides no place that differs:
 * fact-measure-units.ts, fact-one-word.ts `slotTermsOf`), then the noun
 * ending its phrase (a preposition, a comma, an auxiliary or the end after it), and the other
 * count right after "of", after that noun itself or after its own "of" phrase of up to three
 * words ("supply of housing land of"). The noun may be a compound of up to three nouns ("a
 * 12-mile exclusion zone"): its head is its last noun, the others modify it (Quirk et al. 1985,
 * §17.108 on noun premodifiers; Huddleston and Pullum 2002, 19.3.2 on compounds, right-headed
 * in English), so the head is what is measured. Two compounds whose nouns before the head are
 * not one within the other's ("a 12-mile exclusion zone" / "a fishing zone of 12 miles") are
 * left alone: the same head may name two things.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { stem } from '../../text/terms.js';

/** A determiner ending a text: what opens the noun phrase the measure premodifies. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|this|that)\s+$/i;

/**
 * A measure joined to its unit by a hyphen ("3.2-year", "twelve-mile", "12-nautical-mile"), then the noun
 * phrase it premodifies, as few words as end it (group 1; a preposition, a punctuation mark, an
 * auxiliary or the end after it), up to three.
 */
const PREMODIFIER =
  /^[\p{L}\d.,]+(?:-\p{L}+){1,2}\s+((?:\p{L}+\s+){0,2}?\p{L}+)(?=\s+(?:of|for|in|at|on|into|to|with|around|across|along|near|off|over|within|from|by|is|was|are|were|has|had|have|will|would)\b|\s*[,.;:]|\s*$)/u;

/**
 * A noun phrase, its noun's own "of" phrase if any, and "of" right before a count: "supply of
 * housing land of" (group 1 the words before "of" or the noun's "of" phrase).
 */
const POSTMODIFIER = /((?:\b\p{L}+\s+){0,2}\b\p{L}+)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3})?of\s+$/u;

/** A noun written with the measure: its head and the nouns before the head, as stems. */
interface MeasuredNoun {
  head: string;
  modifiers: readonly string[];
}

/**
 * The nouns of a phrase read from its end (`words`, in order): its head and the words before it up
 * to the first function word (a determiner, a preposition: "declared an exclusion zone" →
 * "exclusion zone"); null when the head itself is a function word.
 */
function nounOf(words: readonly string[]): MeasuredNoun | null {
  const kept: string[] = [];
  for (const word of [...words].reverse()) {
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) break;
    kept.unshift(stem(lower));
  }
  const head = kept.pop();
  return head === undefined ? null : { head, modifiers: kept };
}

/** The noun a measure at `at` premodifies ("a 3.2-year supply" → "supply"); or null. */
function premodifiedNoun(text: string, at: number): MeasuredNoun | null {
  if (!DETERMINER_BEFORE.test(text.slice(0, at))) return null;
  const phrase = PREMODIFIER.exec(text.slice(at))?.[1];
  if (phrase === undefined) return null;
  const words = phrase.split(/\s+/);
  // Every word of the phrase is a noun of the compound: a function word ends it before its head.
  return words.some((word) => STOP_WORDS.has(word.toLowerCase())) ? null : nounOf(words);
}

/** The noun whose "of" phrase a count at `at` stands in ("supply of 3.2 years"); or null. */
function postmodifiedNoun(text: string, at: number): MeasuredNoun | null {
  const phrase = POSTMODIFIER.exec(text.slice(0, at))?.[1];
  return phrase === undefined ? null : nounOf(phrase.split(/\s+/));
}

/** True when the nouns before one head all stand before the other ("zone" / "exclusion zone"). */
function modifiersWithin(p: MeasuredNoun, q: MeasuredNoun): boolean {
  const within = (x: readonly string[], y: readonly string[]) => x.every((m) => y.includes(m));
  return within(p.modifiers, q.modifiers) || within(q.modifiers, p.modifiers);
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
  const measured = (text: string, at: number) =>
    premodifiedNoun(text, at) ?? postmodifiedNoun(text, at);
  const p = measured(a, x);
  const q = measured(b, y);
  if (p === null || q === null) return null;
  if (p.head !== q.head) return 'two';
  return modifiersWithin(p, q) ? 'one' : null;
}
