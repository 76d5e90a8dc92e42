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
