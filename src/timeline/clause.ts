/**
 * The clause around a date: what a habit, a state or a verb read for the date may range over.
 * Punctuation and conjunctions mark its ends; a relative clause set off by commas is an aside.
 */
import { SENTENCE_BREAK_AT_QUOTATION } from '../corpus/sentence-end.js';
import { PUNCTUATION_COLON } from './clock-colon.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * What separates two clauses: a semicolon, colon (not a clock time's: clock-colon.ts) or dash, a contrasting
 * conjunction ("The council usually meets in March, but this year it met on 3 February"), a
 * comma before "and"/"so"/"yet"/"then", and a sentence's end at a quotation (sentence-end.ts:
 * "On 7 March, she locked the cases at 5pm. “I checked them twice, like I always do,” she
 * said."): the segmenter cuts there (segment.ts), and a text given as one sentence otherwise
 * still ends every clause there (the speaker's "always" is no habit of the locking).
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[;—–()]|${PUNCTUATION_COLON}|,\s*(?:and|so|yet|then)\b|\b(?:but|while|whereas|although|though)\b|${SENTENCE_BREAK_AT_QUOTATION.source}`,
  'giu',
);
/**
 * A relative clause set off by commas, or by a comma and the end of the sentence: ", which
 * usually sails at noon,", "…on the budget, which is late."
 */
const RELATIVE_ASIDE = /,\s*(?:which|who|whom|whose|where)\b[^,;:]*(?:,|$)/giu;

/**
 * The clause of `text` holding `start`–`end`: the relative aside holding it, or else its
 * clause with the asides taken out ("The ferry, which usually sails at noon, left in October").
 *
 * @param text a sentence
 * @param start offset of the span in `text`
 * @param end offset just after it
 * @returns the clause's text (asides replaced by a space)
 */
export function clauseAround(text: string, start: number, end: number): string {
  return clauseHolding(text, start, end).clause;
}

/**
 * The clause of `text` holding `start`–`end` ({@link clauseAround}), with the span's offsets in
 * it, found by position, never by its words (the clause may hold the same words twice: "was
 * held in June, usually held in June"); `at` is null when an aside cuts the span.
 *
 * @param text a sentence
 * @param start offset of the span in `text`
 * @param end offset just after it
 */
export function clauseHolding(
  text: string,
  start: number,
  end: number,
): { clause: string; at: { start: number; end: number } | null } {
  const { from, to } = clauseBounds(text, start, end);
  const clause = text.slice(from, to);
  const asides = [...matchesOf(clause, RELATIVE_ASIDE)];
  for (const m of asides) {
    const at = from + m.index;
    if (at <= start && end <= at + m[0].length)
      return { clause: m[0], at: { start: start - at, end: end - at } };
  }
  // Each aside before the span becomes one space.
  let shift = from;
  for (const m of asides) {
    const at = from + m.index;
    const after = at + m[0].length;
    if (after <= start) shift += m[0].length - 1;
    else if (at < end) return { clause: clause.replace(RELATIVE_ASIDE, ' '), at: null };
  }
  return {
    clause: clause.replace(RELATIVE_ASIDE, ' '),
    at: { start: start - shift, end: end - shift },
  };
}

/**
 * Offsets of the clause of `text` holding `start`–`end`, cut at the breaks alone (relative
 * asides left in): `from` its first character, `to` just after its last.
 */
export function clauseBounds(
  text: string,
  start: number,
  end: number,
): { from: number; to: number } {
  return boundsAmong(matchesOf(text, CLAUSE_BREAK), text.length, start, end);
}

/** A clause break as a match of {@link CLAUSE_BREAK}: its text and offset. */
type ClauseBreak = Pick<RegExpMatchArray, 0 | 'index'>;

/**
 * Every clause break of `text` ({@link CLAUSE_BREAK}), in text order: for a reader of many spans
 * of one text, which gives them to {@link boundsAmong} instead of finding them again for each
 * ({@link clauseBounds}).
 */
export function clauseBreaks(text: string): ClauseBreak[] {
  return [...matchesOf(text, CLAUSE_BREAK)];
}

/**
 * {@link clauseBounds} of `start`–`end` in a text of `length` characters, from its clause breaks
 * (`breaks`, in text order, as {@link clauseBreaks} gives them): read only up to the first break
 * after the span.
 */
export function boundsAmong(
  breaks: Iterable<ClauseBreak>,
  length: number,
  start: number,
  end: number,
): { from: number; to: number } {
  let from = 0;
  let to = length;
  for (const m of breaks) {
    const at = m.index as number;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/**
 * `text` with every character outside the clause holding `start`–`end` ({@link clauseAround})
 * replaced by a space, so that offsets into it stay the sentence's.
 */
export function blankedOutsideClause(text: string, start: number, end: number): string {
  const { from, to } = clauseBounds(text, start, end);
  const kept = Array.from({ length: text.length }, (_, i) => i >= from && i < to);
  const keep = (at: number, length: number, value: boolean) => {
    for (let i = at; i < at + length; i++) kept[i] = value;
  };
  for (const m of matchesOf(text.slice(from, to), RELATIVE_ASIDE)) {
    const at = from + m.index;
    if (at <= start && end <= at + m[0].length) {
      kept.fill(false);
      keep(at, m[0].length, true);
      break;
    }
    keep(at, m[0].length, false);
  }
  // Code unit by code unit (no `u` flag), so the length is the sentence's.
  return text.replace(/[\s\S]/g, (char, i: number) => (kept[i] ? char : ' '));
}
