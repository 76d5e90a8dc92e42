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
    'believe believes believed think thinks thought expect expects expected fear fears feared ' +
    'suspect suspects suspected know knows knew hope hopes hoped suggest suggests suggested ' +
    'claim claims claimed feel feels felt reckon reckons reckoned understand understands ' +
    'understood assume assumes assumed estimate estimates estimated argue argues argued'
  ).split(' '),
]);
