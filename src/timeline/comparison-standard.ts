/**
 * The standard of a comparison: a date inside what a clause's event is compared against
 * ("Traffic fell by 11 per cent compared with September last year", "Sales were higher than in
 * 2019", "Ridership was up 8 per cent on last year", "Fares rose to 52, up from 41 a year
 * earlier", "12 per cent higher against the same month last year"). The date is the time of the
 * thing compared against, the comparison's standard, never the compared event's (Quirk et al.
 * 1985, §15.63–15.70 on comparative clauses and their standard; Huddleston & Pullum 2002, ch. 13,
 * on the comparative complement): the fall was not in last year's September. Such a date names no
 * event of its sentence, so it is left undated; the event keeps any date of its own.
 *
 * The standard is read in five forms, each only where its words cannot be another adjunct:
 *
 * - after "compared with/to" or "in comparison with/to", across a short noun phrase of the
 *   standard ("compared with 8 per cent in 2019");
 * - after "than" (and "instead of", its prepositional like: "on 1 May instead of 17 April"), with
 *   at most a preposition of time, "the same month" and the like, or a
 *   pronoun and an auxiliary ("than in 2019", "than it was in 2019"). Not after a comparative of
 *   time ("no later than 31 March", "earlier than May": a bound, deadline.ts, negated-bound.ts),
 *   and not across a numeral ("more than 200 people attended on 3 March": "more than" then
 *   approximates the numeral, Huddleston & Pullum 2002, ch. 5 §11, and the date is the clause's);
 * - after "up/down" or a verb of change and "from" a value ("up from 41 a year earlier", "fell
 *   from 41 in 2019 to 34"): the source of a change states the value at its start (Quirk et al.
 *   1985, §9.17 on source and goal). Not a time of day ("open from 9am on Monday");
 * - after a word of change or degree and "on" before a period longer than a day ("up 8 per cent
 *   on last year", "down on 2019"): "on" locates in time only a day (Quirk et al. 1985, §9.33),
 *   so before a year or month it is the comparative "on" ("in comparison with", OED "on" prep.);
 *   a day or weekday after "on" ("fell 3 per cent on Monday") is the event's day and stays;
 * - after "against" right before the date or "the same month" and the like, after a word of
 *   change or degree ("higher against the same month last year"), never across a noun
 *   ("protested against the plan in March") nor after a verb's own "against" ("will appeal
 *   against Friday's ruling").
 */
import { CLOCK_TIME } from '../text/clock-time.js';
import type { Mention } from './mention.js';

/** The words that open a period the standard repeats: "the same month (of|in)". */
const SAME_PERIOD = String.raw`(?:the\s+same\s+(?:[\p{L}-]+\s+){1,2}?(?:of\s+|in\s+)?)?`;

/** "compared with …", "in comparison to …": the standard, up to six words of its noun phrase. */
const COMPARED = new RegExp(
  String.raw`\b(?:compared|comparing|in\s+comparison)\s+(?:with|to)\s+(?:[^\s,;:.!?()—–"“”]+\s+){0,6}?$`,
  'iu',
);

/** A comparative of time, whose "than" bounds the event ("no later than", "earlier than"). */
const TIME_COMPARATIVE = /\b(?:later|earlier|sooner|before|after)\s+$/iu;

/**
 * "than", with at most a subject pronoun and an auxiliary, a preposition of time and "the same
 * month": "than in 2019", "than it was in 2019", "than the same month last year".
 */
const THAN = new RegExp(
  String.raw`\bthan\s+(?:(?:it|they|there|he|she|we|you|this|that|these|those)\s+(?:was|were|did|had|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:in|on|at|during|over|for|by)\s+)?${SAME_PERIOD}$`,
  'iu',
);

/**
 * "instead of", right before the date or with a preposition of time: the alternative replaced, as
 * after "rather than" ("will reopen on 1 May instead of 17 April"; OED "instead of": in place of,
 * as a substitute for), what the event is set against and not its time.
 */
const INSTEAD_OF = /\binstead\s+of\s+(?:(?:in|on|at|during|over|for|by)\s+)?$/iu;

/** A numeral: digits, or a count in words. */
const NUMERAL = String.raw`(?:[£$€]\s?)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;

/** Words of change or of a degree, which a value's source or a baseline's "on" follows. */
const CHANGE = String.raw`(?:up|down|rose|risen|rise[sn]?|rising|fell|fallen|fall(?:s|ing)?|increased?|increasing|decreased?|decreasing|dropped|drops?|dropping|climbed|jumped|slipped|grew|grown|declined|cut|reduced|lowered|raised|higher|lower|more|less|fewer|per\s+cent|percent|%)`;

/**
 * A change from a value ("up from 41", "fell from 41 micrograms per cubic metre"), then at most a
 * preposition of time before the date.
 */
const FROM_VALUE = new RegExp(
  String.raw`\b${CHANGE}\s+(?:[^\s,;:.!?()—–]+\s+){0,3}?from\s+(${NUMERAL}(?:\s*%|\s+[\p{L}]+){0,4}?)\s+(?:(?:in|on|at|during)\s+)?$`,
  'iu',
);

/** A word of change or degree, at most four words before "on" and a baseline period. */
const ON_BASELINE = new RegExp(
  String.raw`\b${CHANGE}\s+(?:[^\s,;:.!?()—–]+\s+){0,4}?on\s+${SAME_PERIOD}$`,
  'iu',
);

/**
 * "against" right before the date, or before "the same month", after a word of change or degree
 * in its clause ("12 per cent higher against the same month last year"); not "appeal against
 * Friday's ruling", a verb's own "against".
 */
const AGAINST = new RegExp(
  String.raw`\b${CHANGE}(?![\p{L}])[^,;:.!?]*?\s(?:as\s+)?against\s+${SAME_PERIOD}$`,
  'iu',
);

/** True when a mention names a period longer than a day: a year, a season, a month. */
function longerThanDay(m: Mention): boolean {
  if (m.kind === 'calendar') return m.day === undefined;
  if (m.kind === 'relative') return m.unit === 'month' || m.unit === 'year';
  return false;
}

/**
 * True when the date `mention` at `start` of `sentence` lies in the standard of a comparison
 * (see the module note): it dates what the clause's event is compared against, not the event.
 *
 * @param sentence the sentence the date is in
 * @param mention the date, at `start` (an offset in `sentence`)
 */
export function inComparisonStandard(sentence: string, mention: Mention, start: number): boolean {
  // The clause before the date: the standard never reaches across a clause's break.
  const before = sentence.slice(0, start).replace(/^[^]*[;:—–]\s*/u, '');
  if (COMPARED.test(before)) return true;
  const than = THAN.exec(before);
  if (than !== null && !TIME_COMPARATIVE.test(before.slice(0, than.index))) return true;
  if (INSTEAD_OF.test(before)) return true;
  const from = FROM_VALUE.exec(before);
  if (from !== null && !CLOCK_TIME.test(from[1] ?? '')) return true;
  if (longerThanDay(mention) && ON_BASELINE.test(before)) return true;
  return AGAINST.test(before);
}
