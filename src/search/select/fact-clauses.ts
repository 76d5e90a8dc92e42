/**
 * The clauses of a passage, read from its content units (fact-analysis.ts `AnalysedFact.sequence`)
 * and the punctuation between them: what stands in the clause of a value ("9,800 tickets had been
 * sold"), and what opens a clause describing a thing named before it.
 */
import type { UnitOccurrence } from './fact-participants.js';
import { MONTH_ABBREVIATIONS } from '../../text/months.js';
import { isPastForm } from '../../timeline/past-forms.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a passage needs to be read here. */
export interface ClausedSource {
  text: string;
  /** Content units in order (fact-analysis.ts `AnalysedFact.sequence`). */
  sequence: readonly UnitOccurrence[];
}

/** What separates clauses. */
export const CLAUSE_BREAK = /[,;:.!?()—–]/;

/**
 * An infinitive after a clause, with what it opens: a purpose adjunct ("More than 200 people
 * crammed into the hall to demand a new ship", "in order to …"; Quirk et al. 1985, §15.48,
 * clauses of purpose). "To" before a determiner, a pronoun, a name or a number is a preposition
 * ("went to the hall", "to Porthaven", "voted 31 to 9"), and before "be" or "have" it opens a
 * complement more often than a purpose ("were thought to be trapped"): none of these is read so.
 */
export const PURPOSE_INFINITIVE =
  /\b(?:in\s+order\s+)?to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|him|them|us|me|it|be|have)\b)\p{Ll}/u;

/** A comma inside a date or a number ("November 28, 2020", "9,800"), a month's abbreviation dot. */
export const NOT_A_BREAK = new RegExp(
  `(?<=\\d),(?=\\s*\\d)|(?<=\\b(?:${MONTH_ABBREVIATIONS.join('|')}))\\.`,
  'g',
);

/**
 * What opens a clause that describes a thing named before it ("The report, published on 7
 * October, sets out …"): "which", "who", "whose", a participle.
 */
export const DESCRIBING_CLAUSE = /^\s*(?:which|who|whose|[a-z]+ed)\b/;

/**
 * True when the word at offset `at` of `text` stands in a clause that describes a thing named
 * before it ({@link DESCRIBING_CLAUSE}, opened after a clause break): "completed" in "the
 * terminal extension, completed in 2017, …". A passage's first clause describes nothing.
 */
export function inDescribingClause(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] as string)) start -= 1;
  return start > 0 && DESCRIBING_CLAUSE.test(text.slice(start));
}

/**
 * Words that may stand before a past form that is the verb of its clause, not a participle
 * describing the noun before it: auxiliaries ("were arrested"), pronouns and relatives ("they
 * arrested", "who arrested"). Closed classes, so the list is whole.
 */
const NO_HEAD_BEFORE =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|having|get|gets|got|getting|do|does|did|who|which|that|he|she|it|they|we|you|i|not|also|then|just)$/i;

/**
 * What opens a participle's adverbial: a preposition or a time adverb (closed classes); "to" as
 * a preposition of direction before a determiner ("A letter sent to some parents was wrong":
 * Quirk et al. 1985, §9.15ff), not before a verb ("agreed to pay").
 */
const ADVERBIAL_AFTER =
  /^\s+(?:on|in|at|by|over|for|after|during|from|near|outside|inside|across|last|yesterday|earlier|this|to\s+(?:the|a|an|some|all|every|each|its|their|his|her|our|many|most))\b/i;

/** A finite verb the clause may go on to: a form of "be", "have", "remain", or a modal. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|remains?|remained|will|would|can|could|may|might|must|should|shall)\b/i;

/**
 * True when the word of unit `index` is a past participle set after a noun as a reduced relative
 * clause ("The two men arrested on 12 March remain on bail", "A letter sent to some parents was
 * wrong"): a past form, regular or irregular, after a word
 * that may end a noun phrase ({@link NO_HEAD_BEFORE} rules out auxiliaries and pronouns),
 * followed by an adverbial ({@link ADVERBIAL_AFTER}: an object after it would make it the clause's
 * verb, "Police arrested two men"), with the clause going on, before any break, coordinator or
 * subordinate clause, to a finite verb of its own ({@link FINITE_VERB}, or a later unit holding
 * one of `events`, the report's event words, that is neither an infinitive after "to" nor an
 * "-ing" form: "The council voted on Monday to close the pool" is the voting). Such a participle
 * postmodifies its noun (Quirk et al. 1985, ch. 17, non-finite postmodification): it says which
 * men, and what the sentence reports is its main verb's. A past form by timeline/past-forms.ts
 * `isPastForm` (WordNet's irregular forms read as the past by the lexicon's tags).
 */
export function inReducedRelative(
  source: ClausedSource,
  index: number,
  events: ReadonlySet<string>,
): boolean {
  const { text, sequence } = source;
  const unit = sequence[index];
  if (unit === undefined || !isPastForm(text.slice(unit.start, unit.end))) return false;
  const before = /([\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(0, unit.start - 40), unit.start));
  if (before === null || NO_HEAD_BEFORE.test(before[1]!)) return false;
  if (!ADVERBIAL_AFTER.test(text.slice(unit.end))) return false;
  for (const next of sequence.slice(index + 1)) {
    const gap = text.slice(unit.end, next.start);
    if (CLAUSE_BREAK.test(gap) || /\b(?:and|or|but)\b/i.test(gap) || opensSubordinate(gap))
      return false;
    const word = text.slice(next.start, next.end);
    if (FINITE_VERB.test(gap) || FINITE_VERB.test(word)) return true;
    if (next.keys.some((key) => events.has(key)))
      return !/\bto\s*$/i.test(gap) && !/ing$/i.test(word);
  }
  return false;
}

/**
 * Words that open a clause of its own inside a sentence, with its own subject or verb: a
 * relative ("which", "who"), a time or a reason ("after a fire spread", "before firefighters
 * arrived", "because …"). What stands after one is not said of what stands before it.
 */
export const SUBORDINATE_OPENER =
  /^(?:that|which|who|whom|whose|where|when|while|whilst|as|because|since|before|after|until|till|although|though|if|unless|once|whether|following)$/i;

/** True when a stretch of text between two words holds a {@link SUBORDINATE_OPENER}. */
export function opensSubordinate(gap: string): boolean {
  return gap.split(/[^\p{L}]+/u).some((word) => SUBORDINATE_OPENER.test(word));
}

/**
 * The relatives among {@link SUBORDINATE_OPENER}: a clause they open describes the noun before
 * it ("200 people who marched"), so its verb may still be what is said of that noun.
 */
const RELATIVE = /^(?:that|which|who|whom|whose|where)$/i;

/**
 * True when a stretch of text between two words holds a word opening a clause of time, reason or
 * condition ("when", "after", "because", "if"): one that says of another subject, not of the noun
 * before it.
 */
export function opensAdverbialClause(gap: string): boolean {
  return gap
    .split(/[^\p{L}]+/u)
    .some((word) => SUBORDINATE_OPENER.test(word) && !RELATIVE.test(word));
}

/**
 * True when the word at offset `at` of `text` stands in a clause of time, reason or condition
 * ({@link opensAdverbialClause}) opened since the last clause break before it: "stopped" in
 * "Residents were allowed back on Sunday, after sensors showed the slope had stopped moving". Such
 * a clause has a subject and predicate of its own (Quirk et al. 1985, §15.1), so what it tells is
 * another event than its sentence's.
 */
export function inAdverbialClause(text: string, at: number): boolean {
  const masked = breaksOnly(text);
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(masked[start - 1] as string)) start -= 1;
  return opensAdverbialClause(masked.slice(start, at));
}

/** The content units after offset `from`, up to the end of its clause. */
export function unitsAfter(source: ClausedSource, from: number): UnitOccurrence[] {
  const found: UnitOccurrence[] = [];
  let edge = from;
  for (const unit of source.sequence) {
    if (unit.start < from) continue;
    // The count's own separators ("9,800", "2.5") break no clause.
    if (CLAUSE_BREAK.test(source.text.slice(edge, unit.start).replace(/\d[\d.,]*\d/g, ''))) break;
    found.push(unit);
    edge = unit.end;
  }
  return found;
}

/** The content units before offset `at` in its clause, nearest first. */
export function unitsBefore(source: ClausedSource, at: number): UnitOccurrence[] {
  const found: UnitOccurrence[] = [];
  let edge = at;
  for (let i = source.sequence.length - 1; i >= 0; i--) {
    const unit = source.sequence[i]!;
    if (unit.end > at) continue;
    if (CLAUSE_BREAK.test(source.text.slice(unit.end, edge).replace(/\d[\d.,]*\d/g, ''))) break;
    found.push(unit);
    edge = unit.start;
  }
  return found;
}

/** The terms of the clause a value at offset `at` stands in. */
export function clauseTerms(source: ClausedSource, at: number): Set<string> {
  return new Set(
    [...unitsBefore(source, at), ...unitsAfter(source, at)].flatMap((unit) => unit.keys),
  );
}

/**
 * Where a second main clause begins: after a semicolon, or after ", and" / ", while" followed by
 * a subject of its own (a determiner, a pronoun or a capitalised name: "…, and the union says
 * …"), not a list's last item ("cars, houses, and banks"); or after "and" / "but" followed by a
 * modal or a perfect auxiliary and a verb, a predicate of its own whose subject, the first
 * clause's, is left out ("has cancelled 46 flights and will move its routes": Quirk et al. 1985,
 * ch. 13 on coordination with ellipsis of the subject).
 */
const SECOND_MAIN_CLAUSE =
  /;\s+|,\s+(?:and|while)\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z][\p{L}'’-]*)\s+\p{L})|,?\s+(?:and|but)\s+(?=(?:will|would|shall|should|can|could|may|might|must|has|have|had)\s+(?:not\s+)?\p{Ll})/u;

/**
 * The two main clauses of a sentence that joins them ("The ballot closes on 12 October, and the
 * union says any strike could begin in early November." → "The ballot closes on 12 October" and
 * "the union says …"), each of three words at least; null when it joins none.
 */
export function mainClauses(text: string): { first: string; later: string } | null {
  const m = SECOND_MAIN_CLAUSE.exec(text);
  if (m === null) return null;
  const first = text.slice(0, m.index);
  const later = text.slice(m.index + m[0].length);
  const words = (part: string) => part.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words(first) >= 3 && words(later) >= 3 ? { first, later } : null;
}

/**
 * The text with what looks like a clause break but is none blanked, offsets kept: a comma or a
 * stop inside a number ("9,800", "2.5") or a date ("November 28, 2020"), an abbreviation's dot.
 */
function breaksOnly(text: string): string {
  return text
    .replace(NOT_A_BREAK, ' ')
    .replace(/\d[\d.,]*\d/g, (digits) => '0'.repeat(digits.length));
}

/**
 * The span of the figure's own clause around offset `at`: from the last clause break or word
 * opening a clause of its own ({@link SUBORDINATE_OPENER}) before it to the first after it. "The
 * duty engineer had been at work for 17 hours when the plant failed" → "The duty engineer had
 * been at work for 17 hours": the clause after "when" says at what moment the figure held, not
 * what it measures.
 */
export function ownClauseSpan(text: string, at: number): { start: number; end: number } {
  const masked = breaksOnly(text);
  const breaks = (from: number, to: number) =>
    [...matchesOf(masked.slice(from, to), /[,;:.!?()—–]|\p{L}+/gu)].filter((m) =>
      CLAUSE_BREAK.test(m[0]) ? m[0].length === 1 : SUBORDINATE_OPENER.test(m[0]),
    );
  const before = breaks(0, at).at(-1);
  const after = breaks(at, text.length)[0];
  return {
    start: before === undefined ? 0 : before.index + before[0].length,
    end: after === undefined ? text.length : at + after.index,
  };
}

/**
 * True when `segment` (what follows a comma, up to the next clause break or the end) is the
 * rest of a series: it closes with "and" or "or" before its last member and does not open with
 * a conjunction of its own (", and crews were called" joins a clause, `mainClauses`).
 */
function isSeriesTail(segment: string): boolean {
  return (
    !/^\s*(?:and|or|but|nor|yet|so)\b/i.test(segment) && /\s(?:and|or)\s+\p{L}/iu.test(segment)
  );
}

/**
 * The sentence's own clause: its first clause with a phrase set off by commas right after the
 * subject set aside ("The station, run by Marl Water, failed at about 2am on Monday in a heavy
 * storm." → "The station failed at about 2am on Monday in a heavy storm"; "The Tarnbury pump
 * station failed at 2am on Monday, two days after a service." → "The Tarnbury pump station
 * failed at 2am on Monday"). What stands after a clause break adds a detail, a time or a
 * circumstance of the fact, which another report may leave out. The text itself when it holds
 * no clause break before its closing stop.
 */
export function ownClause(text: string): string {
  // The sentence's closing stop ends it, not a clause.
  const masked = breaksOnly(text).replace(/[.!?]["”’']*\s*$/, (end) => ' '.repeat(end.length));
  const first = masked.search(CLAUSE_BREAK);
  if (first < 0) return text;
  // "The station, run by Marl Water, failed …": an apposition closed by a second comma, after
  // a subject of two words at least ("The station").
  const words = text.slice(0, first).trim().split(/\s+/).length;
  const next = masked.slice(first + 1).search(CLAUSE_BREAK);
  const second = next < 0 ? -1 : next + first + 1;
  const set = words >= 2 && masked[first] === ',' && masked[second] === ',';
  // "… to water a garden, clean a car or fill a swimming pool": a comma before the later items
  // of a series closed by "and" or "or" parts coordinated members of one phrase, not clauses
  // (Quirk et al. 1985, §13.19 on asyndetic and syndetic coordination of several members).
  if (
    !set &&
    masked[first] === ',' &&
    isSeriesTail(masked.slice(first + 1, second < 0 ? undefined : second))
  )
    return text;
  const rest = set ? masked.slice(second + 1) : '';
  const restEnd = set
    ? second + 1 + (rest.search(CLAUSE_BREAK) < 0 ? rest.length : rest.search(CLAUSE_BREAK))
    : first;
  const own = set
    ? `${text.slice(0, first)}${text.slice(second + 1, restEnd)}`
    : text.slice(0, first);
  return own.trim();
}
