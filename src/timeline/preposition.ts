/**
 * Prepositions as the tense rules read them (a closed class: Quirk et al. 1985, 9.7–9.10).
 */

/**
 * Prepositions that open a phrase of place, time or possession ("at the quay", "on Thursday",
 * "of the council's cabinet"), as the tense rules read them: a phrase chain before a date
 * (phrase-chain.ts) and a noun phrase a participle may modify (premodifier.ts).
 */
export const PREPOSITION =
  /^(?:at|in|on|of|for|with|from|to|near|outside|inside|by|under|over|across|behind|beside|between|among|around|into|onto|through|throughout|within|along|opposite)$/iu;

/**
 * Prepositions of motion that are also the adverb particles of phrasal verbs ("came up the lane"
 * and "set up a fund", "walked past the gate" and "the storm has passed": Quirk et al. 1985,
 * 9.15–9.18 and 16.2–16.4), so {@link PREPOSITION}'s phrase readers leave them out: a particle
 * may end a verb, not open a phrase.
 */
export const MOTION_PREPOSITION = /^(?:up|down|past|towards?|round)$/iu;

/**
 * True when `word` is a preposition of either list: {@link PREPOSITION} or
 * {@link MOTION_PREPOSITION}.
 */
export function isPreposition(word: string): boolean {
  return PREPOSITION.test(word) || MOTION_PREPOSITION.test(word);
}
