/**
 * A cumulative total that a later article gives smaller: "The clinic has treated 28 patients
 * for food poisoning since Friday" on 2 March / "19 patients had been treated for food
 * poisoning" on 3 March. A count of acts done up to the time of writing (the perfect: what has
 * happened up to the time of speaking, Quirk et al. 1985, A Comprehensive Grammar of the English
 * Language, 4.22; the past perfect as its backshift in reported speech, 14.31) can only grow with
 * time: the acts done by one day are among those done by a later one. So a later article's total
 * below an earlier one's, of one thing, contradicts it, while a later larger total may be a later
 * moment (fact-measures.ts `runningCountsApart` keeps those apart). A level said of a state ("now
 * stands at", "has fallen to", "has employed") is no such total: it may fall.
 */

import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';

/** The perfect, present or past, of a verb of an act ("has treated", "had been rescued"). */
const PERFECT =
  /\b(?:has|have|had)\s+(?:now\s+|also\s+|so\s+far\s+)?(?:been\s+)?([\p{L}]+(?:ed|en))\b/iu;

/**
 * Verbs whose perfect tells a level or a state that lasts, not acts that add up: changes of a
 * level ("has fallen to 19", "has risen", "reached") and stative verbs (Quirk et al. 1985, 4.28:
 * "has employed 300 staff", "has housed", "has held") may give a smaller figure later.
 */
const LEVEL_OR_STATE =
  /^(?:ris|rose|climb|grow|grew|increas|decreas|fall|fell|drop|declin|reduc|cut|halv|doubl|reach|stand|stood|remain|stay|hover|settl|fluctuat|shr[iu]nk|slid|plung|soar|jump|employ|hous|held|hold|kept|keep|own|contain|accommodat|host|seat|serv|support|number|total|compris|includ|cost|shown|show)/i;

/** The words that give the start a total counts from ("since Friday", "since the weekend"). */
const SINCE = /\bsince\s+([^,;:.!?()—–]+)/i;

/**
 * Words that set a total at a time before the writing ("by Friday", "until then", "at the
 * time", "initially") or a day named: the total is then of that time, which may be before the
 * other article's.
 */
const AT_ANOTHER_TIME = new RegExp(
  `\\b(?:by|before|until|till|then|as of|at the time|at first|initially|earlier|yesterday|last|previously|originally|${MONTH_RE}|${WEEKDAY_RE})\\b`,
);

/** True when a clause states a count of acts done up to the time of writing (see the file's docs). */
export function cumulativeClause(clause: string): boolean {
  const perfect = PERFECT.exec(clause);
  return perfect !== null && !LEVEL_OR_STATE.test(perfect[1] as string);
}

/** The start a clause's total counts from, lower case and spaced as one ("the weekend"), or null. */
function startOf(clause: string): string | null {
  const since = SINCE.exec(clause);
  return since === null ? null : (since[1] as string).trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * True when two clauses, each of a count, give one cumulative total ({@link cumulativeClause})
 * and the later one's is smaller than the earlier one's can be: the later range's top below the
 * earlier range's bottom (ranges as fact-qualifiers.ts `statedRange` reads them). The later
 * total must state no time but the time of writing ({@link AT_ANOTHER_TIME}, a start aside), and
 * count from the same start as the earlier or from none (a total with no start counts every act,
 * so it holds one "since Friday" counts; a later "since Monday" may count fewer).
 */
export function cumulativeTotalFalls(
  earlier: { clause: string; range: readonly [number, number] },
  later: { clause: string; range: readonly [number, number] },
): boolean {
  if (!cumulativeClause(earlier.clause) || !cumulativeClause(later.clause)) return false;
  const start = startOf(later.clause);
  if (start !== null && start !== startOf(earlier.clause)) return false;
  if (AT_ANOTHER_TIME.test(later.clause.replace(SINCE, ''))) return false;
  return later.range[1] < earlier.range[0];
}
