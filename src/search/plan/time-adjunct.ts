/**
 * The month a question's time adjunct places its event in ("why was the beach closed in
 * November", "what happened during March"): a prepositional phrase of time ("in", "during" and
 * a month) restricts the event the clause tells to that time (Quirk et al. 1985, "A
 * Comprehensive Grammar of the English Language", §8.51 on time-position adjuncts), so a
 * passage whose own dates place its event in another month tells another event.
 */
import { MONTHS } from '../../text/months.js';
import { matchesOf } from '../../text/matches-of.js';

/** The months' full names (the keys of text/months.ts `MONTHS` with no dot form). */
const FULL_NAMES = [...MONTHS.keys()].filter((name) => name.length > 3 || name === 'May');

/**
 * "in" or "during", perhaps a part of the month ("early", "late", "mid-"), then a month's full
 * name, group 1. Any case: chat users type questions in lower case, and after "in" or "during"
 * "may" and "march" are the months, not the verbs ("will they march in may" is left to the
 * month: the adjunct is still "in May").
 */
const MONTH_ADJUNCT = new RegExp(
  String.raw`\b(?:in|during)\s+(?:(?:early|late|mid)[- ]?\s*)?(${FULL_NAMES.join('|')})\b(?!\s*\d{1,2}\b)`,
  'gi',
);

/**
 * The month number (1–12) of the month a question's time adjunct names ({@link MONTH_ADJUNCT}),
 * or null when it names none, or two different ones ("between March and November" asks a span,
 * not one month).
 *
 * @example
 * askedMonth('why was merrow sands closed in november') // 11
 * askedMonth('what happened during early March?') // 3
 * askedMonth('why was the beach closed') // null
 */
export function askedMonth(question: string): number | null {
  const found = new Set<number>();
  for (const match of matchesOf(question, MONTH_ADJUNCT)) {
    const name = match[1]!;
    const month = MONTHS.get(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase());
    if (month !== undefined) found.add(month);
  }
  return found.size === 1 ? [...found][0]! : null;
}
