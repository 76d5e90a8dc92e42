/**
 * The adverb particles of English multi-word verbs ("give up", "hand in", "set out"): a closed
 * class (Quirk et al. 1985, §16.2–16.4). A verb and its particle are one lexical unit whose
 * meaning is not the bare verb's ("give up" is no giving), so a rule that reads a verb's sense
 * reads the two together.
 */

/**
 * Particles that are no prepositions of place or time: after a verb they always make a phrasal
 * verb ("died in the fire" is none, "died out" is).
 */
export const PARTICLES_ONLY: ReadonlySet<string> = new Set([
  'up',
  'out',
  'off',
  'down',
  'away',
  'back',
]);

/**
 * Particles that are also prepositions ("hand in the forms" / "lived in Orlby"): after a verb
 * they may make a multi-word verb, which the words alone do not tell apart from a verb and a
 * prepositional phrase (Quirk et al. 1985, §16.4, on the tests of movement that do).
 */
export const PARTICLES_OR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'over',
  'through',
  'about',
  'around',
  'round',
  'along',
  'across',
]);
