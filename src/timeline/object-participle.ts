/**
 * Participles that news uses mostly as adjectives ("a banned substance", "injured workers",
 * "jailed activist Ann Roe"), so the tense rules do not read them as past on their own
 * (tense-markers.ts `NOT_PAST`), yet are the past of a transitive verb when an object follows
 * them and no word that opens a noun phrase or a passive comes before: "The tribunal on Friday
 * banned Emma Lind", "banned the sprinter on Friday", "The attack wounded two soldiers". A
 * participle modifying a noun has no object of its own (Quirk et al. 1985, 7.15–16, on
 * participial adjectives), and one after "be" is a passive or a state ("were injured", "is
 * banned"), told by the auxiliary.
 */
import { DETERMINER } from './premodifier.js';
import { PREPOSITION } from './preposition.js';
import { opensObject } from './third-person.js';

/** Participles of transitive verbs read as adjectives unless an object follows (module note). */
export const OBJECT_PARTICIPLES = /^(?:detained|wounded|injured|accused|jailed|exiled|banned)$/u;

/** Words after which such a participle is an adjective or a passive: "the", "30", "to", "were". */
const NOT_BEFORE_VERB =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|be|been|being|is|are|am|was|were|get|got|gets)$/iu;

/**
 * True when the word at `i` of `words` is one of {@link OBJECT_PARTICIPLES} with an object
 * after it (a determiner, an object pronoun, a name, a number: third-person.ts `opensObject`)
 * and no determiner, number, preposition or form of "be" before it: a past verb.
 */
export function pastWithObject(words: readonly string[], i: number): boolean {
  if (!OBJECT_PARTICIPLES.test(words[i] ?? '')) return false;
  const next = words[i + 1] ?? '';
  if (
    !opensObject(words, i + 1) &&
    !/^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(next)
  )
    return false;
  const previous = words[i - 1] ?? '';
  return (
    !DETERMINER.test(previous) && !PREPOSITION.test(previous) && !NOT_BEFORE_VERB.test(previous)
  );
}
