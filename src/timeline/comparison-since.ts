/**
 * A comparison bounded by "since": "Saturday's crowd was the largest since 2011", "jumped 12 per
 * cent on Monday, the sharpest rise since 2017", "for the first time since March", "higher than
 * at any time since 2008". After a superlative, "first", or "than … any", the "since" phrase
 * limits the set the event is compared with (the crowds of the years since 2011, as "of all
 * time" or "in a decade" would): it names no occasion, and nothing is said to have happened on
 * the date. The event is of its own day ("on Monday"), or undated.
 *
 * Unlike a state since a date ("has lived there since 2011", "has been closed since March"),
 * whose onset is the date's event: a state since a date takes the perfect, whose auxiliary then
 * stands between a superlative in the subject and "since" ("The largest employer has run the
 * mill since 2011"), so a comparison is read only when no auxiliary does. A year naming an
 * occasion after "since the" bounds it alike ("the biggest since the 2011 fair": the quote tells
 * nothing of the fair but that it came before); with no comparison, "halted since the 2011
 * explosion" places the act after an occasion, whose date is shown as its own (anchor.ts). A
 * clause after "since" bounds it as a date does ("the wettest June since records began in 1910":
 * no wettest June in 1910), though it tells an act of its own on that date, so the date is shown
 * as the clause's ({@link comparedSinceClause}); a fronted "Not since 2011 has …" compares with
 * every time since and tells nothing of 2011, as a negated degree does ("has not flooded so
 * badly since 1994", "has not been as high since 1994").
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { isAdjective } from './adjectives.js';
import { AUXILIARIES, CONTRACTED_AUXILIARIES } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';
import { clauseBounds } from './clause.js';
import { SINCE_BEFORE, sinceClause } from './since-clause.js';

/**
 * "Not" fronted before "since" ("Not since 2011 has the river flooded the square"): negative
 * inversion (Quirk et al. 1985, 18.24) says nothing of the kind has happened after the date, a
 * comparison with every time since, as "for the first time since" says; no act is told of it.
 */
const NOT_FRONTED = /(?:^|[^\p{L}'’-])not\s+$/iu;

/** Superlatives not formed with "-est" from an adjective's base, and the quantifiers' ("most"). */
const IRREGULAR_SUPERLATIVES: ReadonlySet<string> = new Set([
  'best',
  'worst',
  'most',
  'least',
  'furthest',
  'farthest',
]);

/** Determiners before an ordinal that ranks: "the first", "its first", "for a first". */
const DETERMINER = wordIn([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/**
 * Verbs that carry tense or aspect (the auxiliaries, a closed class: text/auxiliaries.ts): an
 * auxiliary or copula between a superlative and "since" ("The largest employer has run the mill
 * since 2011") makes "since" the verb's, a state's start.
 */
const AUXILIARY = wordIn([...AUXILIARIES, ...CONTRACTED_AUXILIARIES]);

/** The most words between a superlative and "since": "the highest for a final since 2008". */
const MAX_BETWEEN = 8;

/** "than at any time", "than in any year", "than any other": a comparison with all since. */
const THAN_ANY = /\bthan\s+(?:(?:at|in|during|on|for)\s+)?any\b/iu;

/**
 * True when `word` (lower case) is an adjective's superlative in "-est": the base is an
 * adjective ({@link isAdjective}) once "-est" comes off, with a doubled consonant undone
 * ("biggest"), "i" back to "y" ("busiest") or an "e" put back ("largest"). Not "honest",
 * "interest", "protest", whose bases are no adjectives.
 */
function isEstSuperlative(word: string): boolean {
  return isGraded(word, 'est');
}

/** A word of two letters or more before each suffix {@link isGraded} reads: made once, not per word. */
const GRADED = { est: /^(\p{Ll}{2,})est$/u, er: /^(\p{Ll}{2,})er$/u } as const;

/**
 * True when `word` (lower case) is an adjective's form in `suffix`, the superlative's "-est" or
 * the comparative's "-er", its base found as {@link isEstSuperlative} says.
 */
function isGraded(word: string, suffix: 'est' | 'er'): boolean {
  const match = GRADED[suffix].exec(word);
  if (match === null) return false;
  const stem = match[1] as string;
  const bases = [stem, `${stem}e`];
  if (/(\p{Ll})\1$/u.test(stem)) bases.push(stem.slice(0, -1));
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  return bases.some((base) => isAdjective(base));
}

/** Negation of a clause: "not", "never", a contracted "n't" ("hasn't"). */
const NEGATION = /^(?:not|never|\p{L}+n['’]t)$/iu;

/**
 * Degree words that grade what follows against a standard (a closed class: Quirk et al. 1985,
 * 7.88, on degree adverbs and comparison): "such heavy rain", "more often", "less", and the
 * irregular comparatives; "so" and "as" only before what they grade ({@link GRADED_BY_SO_AS}).
 */
const DEGREE = /^(?:such|more|less|worse|better|further|farther)$/iu;

/** "so" and "as", which grade only an adjective or adverb after them ("so badly", "as high"). */
const SO_AS = /^(?:so|as)$/iu;

/**
 * What "so" and "as" grade, besides an adjective ({@link isAdjective}): an adverb in "-ly" and
 * the quantifiers and adverbs of degree and frequency (closed classes): "so often", "as many".
 * Not a noun phrase: "used as a venue", "held as part of the fair" tell a role, no degree.
 */
const GRADED_BY_SO_AS = /^(?:\p{Ll}+ly|much|many|few|little|often|far|long)$/iu;

/**
 * True when `words` (a clause up to "since") hold a negation and, after it, a degree word
 * ({@link DEGREE}, {@link SO_AS}) or an adjective's comparative in "-er" (a noun spelt as one,
 * "number" from "numb", would be read so too): "has not flooded so badly since 1994", "has
 * not been higher since 2008". The negated degree says no time since matched it, a comparison
 * with every time since, as the fronted "Not since 1994 has …" does; nothing is told of 1994.
 * Without a degree ("has not flooded since 1994") the date ends a state.
 */
function negatedDegree(words: readonly string[]): boolean {
  const negation = words.findIndex((w) => NEGATION.test(w));
  if (negation < 0) return false;
  return words.slice(negation + 1).some((w, i, rest) => {
    const word = w.toLowerCase();
    if (SO_AS.test(word)) {
      const next = (rest[i + 1] ?? '').toLowerCase();
      return isAdjective(next) || GRADED_BY_SO_AS.test(next);
    }
    return DEGREE.test(word) || isGraded(word, 'er');
  });
}

/**
 * True when the word at `index` of `words` ranks: a superlative ({@link isEstSuperlative},
 * "best", "most"; the first part of "best-attended") or "first" after a determiner ("the first
 * time", "its first win").
 */
function ranks(words: readonly string[], index: number): boolean {
  const word = (words[index] as string).toLowerCase().split('-')[0] as string;
  if (IRREGULAR_SUPERLATIVES.has(word) || isEstSuperlative(word)) return true;
  return word === 'first' && index > 0 && DETERMINER.test(words[index - 1] as string);
}

/**
 * True when the date at `start`–`end` of `sentence` follows "since" (or ends a short clause it
 * opens: {@link SINCE_BEFORE}) and bounds a comparison (see the module note): a superlative or a
 * ranking "first" up to {@link MAX_BETWEEN} words before "since" in its clause, with no auxiliary
 * between, "than … any" before it, "not" fronted right before it ({@link NOT_FRONTED}), or a
 * negation and a degree word in those words ({@link negatedDegree}).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function isComparisonSince(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const since = SINCE_BEFORE.exec(before);
  if (since === null) return false;
  const { from } = clauseBounds(sentence, start, end);
  const lead = sentence.slice(from, since.index);
  if (THAN_ANY.test(lead) || NOT_FRONTED.test(lead)) return true;
  const words = lead.match(/[\p{L}'’-]+/gu) ?? [];
  if (negatedDegree(words.slice(-MAX_BETWEEN))) return true;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 1 - MAX_BETWEEN); i--) {
    if (ranks(words, i)) return true;
    if (AUXILIARY.test((words[i] as string).replace('’', "'"))) return false;
  }
  return false;
}

/**
 * The clause "since" opens before the date at `start`–`end` of `sentence`, up to the date's end,
 * when that date bounds a comparison ({@link isComparisonSince}) by a clause: "records began in
 * 1910" in "the wettest June since records began in 1910", "it was founded in 1998" in "the best
 * season since it was founded in 1998". The comparison tells no act of the date, but the clause
 * tells its own: the date is the clause's (the timeline says so, as it does for "last month's
 * pay deal"), never the compared event's. Null when "since" has the date alone.
 */
export function comparedSinceClause(sentence: string, start: number, end: number): string | null {
  return isComparisonSince(sentence, start, end) ? sinceClause(sentence, start, end) : null;
}
