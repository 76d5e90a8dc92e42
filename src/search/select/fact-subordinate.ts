/**
 * A fact a sentence tells in a clause of time or reason rather than as its main news: "The find
 * was announced a week after the cellar was sealed with a steel door on May 6." reports the
 * announcement, and, as something that happened, the sealing on 6 May. A clause opened by
 * "after", "because" or "since" presupposes its event (its truth is taken for granted whatever
 * the main clause says of it: the factive and temporal presupposition triggers of Levinson's
 * "Pragmatics", 1983, ch. 4), so another article's "The mill cellar was sealed on 6 May with a
 * steel door" tells that clause's fact, not the announcement.
 *
 * Only a clause that can be compared as a report of its own is read: one that states its own
 * value (a date or a figure: what a second report must agree on), in a past form ("was sealed",
 * "had counted", "closed"), in a sentence that takes no stance at all (fact-stance.ts): "The
 * find may be announced after the cellar is sealed on May 6", "Police denied the find was
 * announced after …" or "… whether it was announced after …" report no sealing as having
 * happened. "When", "once", "before" and "until" are left out: "before the cellar could be
 * sealed" and "once it is sealed" tell an event that may not have happened. Nor is a clause with
 * a pronoun read: "The barn was demolished after it was sealed …" seals the barn, which the
 * clause alone does not name.
 */
import { stancesOf } from './fact-stance.js';
import { factValues } from './fact-values.js';
import { matchesOf } from '../../text/matches-of.js';

/** Openers of a clause that presupposes its event (see the module note). */
const FACTIVE_OPENER = /\b(?:after|because|since)\s+/gi;

/**
 * A finite past form of the clause's verb: a form of "be" or "have" in the past, or a word in
 * "-ed" after a subject (at least one word before it in the clause).
 */
const PAST_FORM = /\b(?:was|were|had)\b|^\s*\S+(?:\s+\S+)*?\s+\p{L}+ed\b/iu;

/** What ends a clause: a comma, semicolon, colon, dash, bracket or the sentence's end. */
const CLAUSE_END = /[,;:()—–]|[.!?](?:\s|$)/;

/**
 * A third-person pronoun: in a clause it points back to the main clause ("The barn was
 * demolished after it was sealed …"), whose referent the clause read alone does not hold.
 */
const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;

/** The fewest words a clause must hold to be read as a report: a subject, a verb, a value. */
const LEAST_WORDS = 4;

/**
 * The clause of time or reason a sentence states a fact in (see the module note), as its text;
 * null when it has none that can be read as a report of its own. The first such clause only.
 *
 * @example factiveClause('The find was announced a week after the cellar was sealed on May 6.')
 * // 'the cellar was sealed on May 6'
 */
export function factiveClause(text: string): string | null {
  for (const match of matchesOf(text, FACTIVE_OPENER)) {
    const start = (match.index ?? 0) + match[0].length;
    // "Since 2019", "after the vote": a clause has a verb; a phrase is read with the sentence.
    const rest = text.slice(start).replace(/(?<=\d)[,.](?=\d)/g, '0');
    const end = rest.search(CLAUSE_END);
    const clause = text.slice(start, end < 0 ? text.length : start + end).trim();
    if (clause.split(/\s+/).length < LEAST_WORDS || !PAST_FORM.test(clause)) continue;
    if (PRONOUN.test(clause)) continue;
    if (factValues(clause).positioned.length === 0) continue;
    // Read last: most sentences hold no such clause, and reading stances costs more.
    return stancesOf(text).size > 0 ? null : clause;
  }
  return null;
}
