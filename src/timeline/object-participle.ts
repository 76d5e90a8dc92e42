/**
 * Participles that news uses mostly as adjectives ("a banned substance", "injured workers",
 * "jailed activist Ann Roe"), so the tense rules do not read them as past on their own
 * (tense-markers.ts `NOT_PAST`), yet are the past of a transitive verb when an object follows
 * them and no word that opens a noun phrase or a passive comes before: "The tribunal on Friday
 * banned Emma Lind", "banned the sprinter on Friday", "The attack wounded two soldiers". A
 * participle modifying a noun has no object of its own (Quirk et al. 1985, 7.15–16, on
 * participial adjectives), and one after "be" is a passive or a state ("were injured", "is
 * banned"), told by the auxiliary. So too the short regular pasts the lexicon also tags as
 * adjectives ("used", "tied": past-forms.ts `adjectivalShortPasts`), with an object or a date
 * after them: "The club used the ground on 4 May", "The teams tied 2–2 on Saturday"; or with
 * "with" and a named or determined object, the complement of a prepositional verb ("tie with",
 * Quirk et al. 1985, 16.5–6): "The team tied 2–2 with Rovers on Saturday" (the score, a number,
 * is no word here). A participle premodifying a noun takes no such complement, and one after "be"
 * ("is tied with Jones") is still told by the auxiliary.
 */
import { adjectivalShortPasts } from './past-forms.js';
import { DETERMINER } from './premodifier.js';
import { PREPOSITION } from './preposition.js';
import { opensObject } from './third-person.js';

/** Participles of transitive verbs read as adjectives unless an object follows (module note). */
export const OBJECT_PARTICIPLES = /^(?:detained|wounded|injured|accused|jailed|exiled|banned)$/u;

/** Words after which such a participle is an adjective or a passive: "the", "30", "to", "were". */
const NOT_BEFORE_VERB =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|be|been|being|is|are|am|was|were|get|got|gets)$/iu;

/**
 * True when a date opens at word `i`: a preposition of a day or a month before a name or a
 * number ("on Saturday", "in March", "on 4 May"), or ending the words (the tense rules read the
 * words before the date: tense.ts), or "yesterday", "last" ("last week").
 */
function dateAfter(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (/^(?:yesterday|last)$/iu.test(word)) return true;
  const next = words[i + 1];
  return /^(?:on|in)$/iu.test(word) && (next === undefined || /^(?:\p{Lu}|\d)/u.test(next));
}

/**
 * True when "with" at `i` opens the complement of a prepositional verb: an object after it (a
 * determiner, an object pronoun, a name: third-person.ts `opensObject`), "tied with Rovers".
 */
function withComplement(words: readonly string[], i: number): boolean {
  return /^with$/iu.test(words[i] ?? '') && opensObject(words, i + 1);
}

/**
 * True when the word at `i` of `words` is one of {@link OBJECT_PARTICIPLES} or a short past
 * the lexicon also tags as an adjective ("used", "tied") with an object after it (a
 * determiner, an object pronoun, a name, a number: third-person.ts `opensObject`; for the
 * latter a date too, {@link dateAfter}, or "with" and an object, {@link withComplement}) and no
 * determiner, number, preposition or form of "be" before it: a past verb.
 */
export function pastWithObject(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const shortPast = adjectivalShortPasts().has(word);
  if (!OBJECT_PARTICIPLES.test(word) && !shortPast) return false;
  const next = words[i + 1] ?? '';
  if (
    !opensObject(words, i + 1) &&
    !/^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(next) &&
    !(shortPast && (dateAfter(words, i + 1) || withComplement(words, i + 1)))
  )
    return false;
  const previous = words[i - 1] ?? '';
  return (
    !DETERMINER.test(previous) && !PREPOSITION.test(previous) && !NOT_BEFORE_VERB.test(previous)
  );
}
