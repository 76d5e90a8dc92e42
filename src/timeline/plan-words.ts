/**
 * The words of a plan set for a time, one definition for every timeline rule that reads one:
 * the participles of arranging an event for a time ("scheduled for Friday", "booked for May")
 * and the adjectives of a time foreseen ("due on Monday", "expected in June"). Each rule builds
 * its pattern from these lists (text/word-class.ts `anyOf`), adding only words it gives a
 * reason for.
 */

/**
 * Participles of arranging an event for a time, which put it in a calendar: "scheduled",
 * "slated", "set", "planned", "booked", "timetabled" ("the hearing was scheduled for Friday").
 */
export const ARRANGED_PARTICIPLES: readonly string[] = [
  'scheduled',
  'slated',
  'set',
  'planned',
  'booked',
  'timetabled',
];

/**
 * Words that put an event at a time as planned or foreseen, right before the time's
 * preposition ("set for May", "due on Monday", "expected in June"): the arranged participles,
 * "due" and "expected".
 */
export const PLAN_CUES: readonly string[] = [...ARRANGED_PARTICIPLES, 'due', 'expected'];

/**
 * Nouns of a plan or an aim, whose complement is an act wanted, not done, as their verbs' is
 * (Quirk et al. 1985, 17.26, on the complements of nouns such as "plan", "proposal", "demand"):
 * "approved plans for a new quay by 2030", "adopted a target of net zero by 2030", "set out
 * plans to cut the service".
 */
export const PLAN_NOUN =
  /^(?:plans?|targets?|goals?|pledges?|commitments?|strateg(?:y|ies)|timetables?|ambitions?|aims?|promises?|proposals?|roadmaps?)$/iu;

/**
 * Words that open another clause or an adjunct of the sentence (subordinators, relative words,
 * and prepositions that open an adjunct of the whole sentence), ending a plan's noun phrase
 * (nominal-plan.ts) or its infinitive's arguments (dropped-plan.ts); each reader adds its own
 * ends ("and", "by").
 */
export const CLAUSE_OPENING_WORDS: readonly string[] = [
  'because',
  'after',
  'while',
  'as',
  'but',
  'since',
  'until',
  'when',
  'amid',
  'despite',
  'following',
  'although',
  'though',
  'which',
  'who',
  'that',
];
