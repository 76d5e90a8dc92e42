/**
 * Prepositions that open a phrase of place, time or possession ("at the quay", "on Thursday",
 * "of the council's cabinet"), as the tense rules read them: a phrase chain before a date
 * (phrase-chain.ts) and a noun phrase a participle may modify (premodifier.ts).
 */
export const PREPOSITION =
  /^(?:at|in|on|of|for|with|from|to|near|outside|inside|by|under|over|across|behind|beside|between|among|around|into|onto|through|throughout|within|along|opposite)$/iu;
