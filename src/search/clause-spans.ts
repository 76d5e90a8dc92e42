/**
 * A sentence cut into its clauses, as offsets, for the asked-name gate (abstain-asked-name.ts):
 * a person's name counts only in the clause that speaks of the asked noun. A clause holds one
 * predicate with its arguments and adverbials (Quirk et al. 1985, §2.13, §8.1), so a name in the
 * clause of the asked role names its holder, while one in another clause ("…, and Mayor Ellen
 * Shaw thanked the coastguard") names someone else; answer extraction looks for the answer
 * beside the question's words (Light et al. 2001; Tellex et al. 2003).
 *
 * A clause ends at a semicolon, colon, dash or bracket, and at a comma or "and"/"but" before a
 * word opening a clause of its own (select/fact-clauses.ts `SUBORDINATE_OPENER`, a coordinator,
 * or a participle describing a noun before it: "the deal, signed in 2020, …"). Clauses may also be
 * joined by a comma alone (asyndetic coordination, Quirk et al. 1985 §13.1–13.3: "The roads are
 * still closed, the crews have gone"): a comma ends a clause that holds a finite verb when what
 * follows is a subject opened by a determiner and its auxiliary or finite verb. A fronted
 * adverbial set off by a comma ("On Aug. 27, Putin announced …") stays in its clause: it is one
 * of the clause's own elements, and holds no finite verb.
 */
import { SUBORDINATE_OPENER } from './select/fact-clauses.js';
import { matchesOf } from '../text/matches-of.js';

/** Punctuation that always ends a clause. */
const HARD_BREAK = /[;:()—–]/g;
/** A comma, or a coordinator after one, before the word that may open a clause of its own. */
const SOFT_BREAK = /,\s*(?:(?:and|but|or)\s+)?(?=([\p{L}]+))/giu;
/** A participle opening a clause that describes the noun before it ("…, signed in 2020"). */
const PARTICIPLE = /^[a-z]+ed$/;
/** A finite verb: an auxiliary, a form of "be" or "have", or a verb in "-ed". */
const FINITE =
  /\b(?:am|is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|[a-z]+ed)\b/i;
/**
 * After a comma: a subject opened by a determiner, up to four more words, then its auxiliary
 * or form of "be"/"have" ("the fire crews have gone", "its doors were shut").
 */
const CLAUSE_AFTER_COMMA =
  /^,\s*(?:the|a|an|its|their|his|her|our|this|these|those|some|many|most|all|no)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:am|is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should)\b/iu;

/**
 * The clauses of `text` as [start, end) offsets, in order, none empty; the whole text when it
 * has one clause.
 *
 * @example
 * clauseSpans('Putin founded it in 2016, and it signed the deal in 2020.').length // 2
 */
export function clauseSpans(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  for (const m of matchesOf(text, HARD_BREAK)) cuts.push(m.index);
  for (const m of matchesOf(text, SOFT_BREAK)) {
    const word = m[1] ?? '';
    const coordinated = /^,\s*(?:and|but|or)\s/i.test(m[0]);
    if (coordinated || SUBORDINATE_OPENER.test(word) || PARTICIPLE.test(word)) cuts.push(m.index);
    else if (joinedByComma(text, m.index, Math.max(0, ...cuts.filter((cut) => cut < m.index))))
      cuts.push(m.index);
  }
  cuts.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (/\p{L}|\p{N}/u.test(text.slice(start, cut))) spans.push([start, cut]);
    start = Math.max(start, cut + 1);
  }
  return spans.length > 0 ? spans : [[0, text.length]];
}

/**
 * True when the comma at `at` joins two clauses by itself ({@link clauseSpans}): a subject
 * with its verb follows, and the clause before it, read from `from`, holds a finite verb.
 */
function joinedByComma(text: string, at: number, from: number): boolean {
  return CLAUSE_AFTER_COMMA.test(text.slice(at)) && FINITE.test(text.slice(from, at));
}

/**
 * The clause of `text` ({@link clauseSpans}) that holds the character at `offset`, as
 * [start, end) offsets; the last clause when `offset` is past every clause's end (a cut's own
 * character belongs to no clause).
 */
export function clauseAt(text: string, offset: number): [number, number] {
  const spans = clauseSpans(text);
  return spans.find(([, end]) => offset < end) ?? spans[spans.length - 1]!;
}

/**
 * Where the clause holding `offset` ends at the first comma after it that opens a clause joined
 * by a comma alone ({@link clauseSpans}: "still closed, the crews have gone"), or `text.length`
 * when none does. Other cuts are left to the caller's own reading of clauses.
 */
export function asyndeticClauseEnd(text: string, offset: number): number {
  // The clause's verb may stand before `offset` ("The park is still shut"): read from the last
  // break before it.
  const from = Math.max(
    0,
    ...[...matchesOf(text.slice(0, offset), /[,;:()—–]/g)].map((m) => m.index),
  );
  for (const m of matchesOf(text.slice(offset), /,/g)) {
    const at = offset + m.index;
    if (joinedByComma(text, at, from)) return at;
  }
  return text.length;
}
