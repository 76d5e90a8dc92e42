/**
 * Verbs of the causative/inchoative alternation used intransitively: "The hotel closed" /
 * "The council closed the hotel" (Levin 1993, English Verb Classes and Alternations, §1.1.2.1).
 * The intransitive's subject is the one the change happens to, its patient, as a passive's is
 * ("the hotel was closed"): an unaccusative verb (Perlmutter 1978, "Impersonal passives and the
 * unaccusative hypothesis"). Read from WordNet 3.1's sentence frames (wninput(5WN)): among a
 * verb's most frequent senses, one takes the intransitive frame of a thing ("Something ----s", 1:
 * close v.2 "become closed", as the inchoative's patient is a thing) and no transitive one, and another the transitive ones
 * ("Somebody ----s something", 8; "Something ----s something", 11: close v.1). A verb with no
 * such pair ("sail", "join": a sense of motion or of membership whose subject acts) is not one.
 */
import { keptIn } from '../text/bounded-memo.js';
import { lemmasOf } from '../timeline/synonymous-acts.js';
import { lemmaSynsets, SENSES_PER_WORD } from './wordnet-relations.js';

/** The wninput(5WN) frame of a thing's intransitive: "Something ----s". */
const THING_INTRANSITIVE = 1;
/** The frames of a transitive: "Somebody ----s something", "Something ----s something". */
const TRANSITIVE_FRAMES: ReadonlySet<number> = new Set([8, 11]);

/** Readings kept: a question holds a verb or two, and the same ones come back. */
const KEPT_READINGS = 512;
const readings = new Map<string, boolean>();

/**
 * True when the verb form `form` (folded: "closed") is of a verb that alternates between a
 * causative and an inchoative (see the top of this file), by the frames of its lemma's first
 * {@link SENSES_PER_WORD} senses.
 *
 * @example isInchoative('closed') // true
 * @example isInchoative('sailed') // false
 */
export function isInchoative(form: string): boolean {
  return keptIn(readings, form, KEPT_READINGS, () => {
    const verbs = lemmaSynsets('verb');
    return lemmasOf(form).some((lemma) => {
      const senses = verbs(lemma).slice(0, SENSES_PER_WORD);
      const intransitive = senses.some(
        (sense) =>
          sense.frames.includes(THING_INTRANSITIVE) &&
          !sense.frames.some((f) => TRANSITIVE_FRAMES.has(f)),
      );
      return (
        intransitive && senses.some((sense) => sense.frames.some((f) => TRANSITIVE_FRAMES.has(f)))
      );
    });
  });
}
