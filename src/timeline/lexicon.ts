/**
 * Word lists the date rules read: verbs of saying and of thinking (month, weekday and season
 * names are in src/text/months.ts).
 */

/** Verbs of saying that shift a reported "is" back to "was". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said told announced added stated confirmed reported explained insisted warned wrote noted'.split(
    ' ',
  ),
);

/**
 * Verbs of thinking (and of saying beyond {@link SPEECH_VERBS}) in the past tense, that take a
 * reported clause as their object ("believed the wall had collapsed"): with {@link SPEECH_VERBS},
 * the past verbs after which a reported clause is backshifted (Quirk et al. 1985, 14.31).
 */
export const THOUGHT_PAST_VERBS: ReadonlySet<string> = new Set(
  (
    'believed thought expected feared suspected knew hoped suggested claimed felt reckoned ' +
    'understood assumed estimated argued'
  ).split(' '),
);

/**
 * Verbs of saying and of thinking, in their base, present and past forms: those that take a
 * clause as their object with "that" left out ("Officials believe the wall collapsed on 4
 * June", "said the operator reached a deal"; Quirk et al. 1985, 16.31 and 15.3–4, on the zero
 * "that"-clause after such verbs). The noun after one may be that clause's subject, not its
 * object.
 */
export const CLAUSE_OBJECT_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...(
    'say says tell tells announce announces state states confirm confirms report reports ' +
    'explain explains insist insists warn warns write writes note notes add adds ' +
    'believe believes think thinks expect expects fear fears ' +
    'suspect suspects know knows hope hopes suggest suggests ' +
    'claim claims feel feels reckon reckons understand understands ' +
    'assume assumes estimate estimates argue argues'
  ).split(' '),
  ...THOUGHT_PAST_VERBS,
]);
