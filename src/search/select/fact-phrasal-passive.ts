/**
 * A verb with no event of its own (fact-predicates.ts `EVENTLESS_VERBS`: "set", "put", "keep")
 * followed by an adverb particle (text/particles.ts `PARTICLES_ONLY`: "up", "off", "back", …) is
 * a phrasal verb, one lexical unit with an act of its own: "set up" is to establish, "put off" to
 * postpone, "kept back" to withhold (Quirk et al. 1985, §16.2–16.4; WordNet 3.1 lists each as a
 * verb lemma: "set_up", "put_off", "keep_back"). Its passive ("A protection zone has been set up
 * around the unit") tells that act, not what its subject is, as "was open" does: a report that
 * tells it states nothing another report's act can be read against, and is one fact with it only
 * when the other tells the same phrasal verb (fact-acts.ts `statesWhatIsDone`).
 */
import { PARTICLES_ONLY } from '../../text/particles.js';
import type { UnitOccurrence } from './fact-participants.js';

/** The particle right after offset `end` of `text` when it is one of {@link PARTICLES_ONLY}; else null. */
export function particleAfter(text: string, end: number): string | null {
  const word = text
    .slice(end)
    .match(/^\s+([\p{L}]+)\b/u)?.[1]
    ?.toLowerCase();
  return word !== undefined && PARTICLES_ONLY.has(word) ? word : null;
}

/**
 * True when a report (its text and content units) tells the phrasal verb of `verb` (a unit's
 * key, as fact terms are compared) and `particle`, in any form: "set up", "has set up", "sets
 * up", "setting up".
 */
export function tellsPhrasalVerb(
  source: { text: string; sequence: readonly UnitOccurrence[] },
  verb: string,
  particle: string,
): boolean {
  return source.sequence.some(
    (unit) => unit.keys.includes(verb) && particleAfter(source.text, unit.end) === particle,
  );
}
