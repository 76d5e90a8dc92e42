/**
 * Verbs of change of a quantity, by lemma: the one list of them. A report's change of a measure
 * (select/fact-changes.ts: "climbed 1.8 percent", "fell by £2") reads the rising and falling
 * ones; a question asking how much a quantity changed (plan/quantity.ts `asksDifference`: "how
 * much did fees rise") reads them all. Their forms come from verb-forms.ts `verbFormStems`.
 */

/** Verbs saying a measure rose by the figure after them ("climbed 1.8 percent"). */
export const RISING_VERBS: readonly string[] = [
  'rise',
  'climb',
  'gain',
  'jump',
  'increase',
  'advance',
  'grow',
  'soar',
  'surge',
  'rally',
];

/** Verbs saying a measure fell by the figure after them ("dropped 3 points"). */
export const FALLING_VERBS: readonly string[] = [
  'fall',
  'drop',
  'decline',
  'slip',
  'slide',
  'lose',
  'dip',
  'sink',
  'tumble',
  'plunge',
  'decrease',
  'shed',
];

/**
 * Causative verbs by which a doer makes a quantity higher ("raised fees by £2"): the upward
 * ones of {@link CHANGING_VERBS}.
 */
export const RAISING_VERBS: readonly string[] = ['raise', 'boost'];

/**
 * Causative verbs by which a doer makes a quantity lower ("cut the fare from £12.50 to £9"): the
 * downward ones of {@link CHANGING_VERBS}. "Lower" is one: "to reduce in value, number, or
 * amount" (Merriam-Webster, "lower", transitive verb), WordNet 3.1's lower.v.02 "set lower" and
 * lower.v.04 "cause to drop or sink". A hand list, not WordNet's troponyms of reduce.v.01 or
 * decrease.v.01: those hold verbs of no amount ("quench", "spill", "vanish", even "inflate"), and
 * "lower" is not among them (its senses hang under devalue.v and change.v).
 */
export const LOWERING_VERBS: readonly string[] = ['cut', 'reduce', 'lower'];

/**
 * Verbs by which a doer changes a quantity ("raised fees", "cut the budget") or two quantities
 * differ: a question asks a difference by them too, but a report's figure after them may be
 * the new level ("cut fees to £2"), so a change is not read from a bare figure after them; only
 * where "by", "from" or "to" marks the figure's role (select/fact-change-ends.ts).
 */
export const CHANGING_VERBS: readonly string[] = [
  ...RAISING_VERBS,
  ...LOWERING_VERBS,
  'change',
  'differ',
];
