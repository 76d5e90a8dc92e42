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
 * or a participle describing a noun before it: "the deal, signed in 2020, …"). A fronted
 * adverbial set off by a comma ("On Aug. 27, Putin announced …") stays in its clause: it is one
 * of the clause's own elements.
 */
import { SUBORDINATE_OPENER } from './select/fact-clauses.js';

/** Punctuation that always ends a clause. */
const HARD_BREAK = /[;:()—–]/g;
/** A comma, or a coordinator after one, before the word that may open a clause of its own. */
const SOFT_BREAK = /,\s*(?:(?:and|but|or)\s+)?(?=([\p{L}]+))/giu;
/** A participle opening a clause that describes the noun before it ("…, signed in 2020"). */
const PARTICIPLE = /^[a-z]+ed$/;

/**
 * The clauses of `text` as [start, end) offsets, in order, none empty; the whole text when it
 * has one clause.
 *
 * @example
 * clauseSpans('Putin founded it in 2016, and it signed the deal in 2020.').length // 2
 */
export function clauseSpans(text: string): Array<[number, number]> {
  const cuts: number[] = [];
  for (const m of text.matchAll(HARD_BREAK)) cuts.push(m.index);
  for (const m of text.matchAll(SOFT_BREAK)) {
    const word = m[1] ?? '';
    const coordinated = /^,\s*(?:and|but|or)\s/i.test(m[0]);
    if (coordinated || SUBORDINATE_OPENER.test(word) || PARTICIPLE.test(word)) cuts.push(m.index);
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
 * The clause of `text` ({@link clauseSpans}) that holds the character at `offset`, as
 * [start, end) offsets; the last clause when `offset` is past every clause's end (a cut's own
 * character belongs to no clause).
 */
export function clauseAt(text: string, offset: number): [number, number] {
  const spans = clauseSpans(text);
  return spans.find(([, end]) => offset < end) ?? spans[spans.length - 1]!;
}
