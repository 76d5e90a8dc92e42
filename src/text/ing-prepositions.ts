/**
 * The marginal prepositions spelt with -ing, lower-case (Quirk et al., "A Comprehensive Grammar of
 * the English Language", 1985, §9.7): "During the works …" or "Including the bridge …" opens an
 * adverbial or a list, so an -ing word here is never read as a verb heading a clause.
 */
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'barring',
  'concerning',
  'considering',
  'during',
  'excepting',
  'excluding',
  'following',
  'including',
  'notwithstanding',
  'pending',
  'regarding',
  'respecting',
  'touching',
]);
