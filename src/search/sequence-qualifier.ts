/**
 * A noun's place in a series, as a question restricts it: "the trust's first pay offer", "the
 * earlier barrier plan", "the new health plans". An ordinal or a word of sequence before a noun
 * is a restrictive premodifier (Quirk et al., A Comprehensive Grammar of the English Language,
 * 1985, §17.3–17.5 on restrictive modification; §5.22 on ordinals and the general ordinals
 * "next", "last"): of the offers the coverage tells of, the question asks about one, and a
 * passage telling of another ("a revised pay offer of 4.5%") answers another question, however
 * many of its words it shares. The coverage names the same member by a word of the same place:
 * WordNet makes "initial" and "original" similar to "first" (its satellites of first#a#1),
 * "previous", "prior" and "former" one another's synonyms, "final" a sense of "last", and
 * "revised", "updated", "new" and "latest" the version replacing an earlier one.
 *
 * {@link askedSequence} reads a question's qualified nouns; {@link holdsAskedSequence} whether a
 * passage holds one of them after a word of the same place, which the ranking model weighs
 * (features.ts `qualifierMatch`).
 */
import { premodifierRank } from './noun-phrase-words.js';
import { isOrdinalTerm } from './plan/ordinal-modifier.js';
import { DETERMINERS, WH_DETERMINERS } from '../text/determiners.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isPossessive } from '../text/possessive.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/**
 * The places in a series a premodifier names, each by the words the coverage writes for it.
 * The first and the one before another are told apart from the last and the one replacing
 * another; "first" and "earlier" may name one member ("its first version" / "an earlier
 * version"), so {@link samePlace} joins them.
 */
const PLACES: ReadonlyArray<readonly [place: string, words: readonly string[]]> = [
  ['first', ['first', '1st', 'initial', 'original', 'earliest']],
  ['before', ['earlier', 'previous', 'prior', 'former']],
  ['replacing', ['new', 'revised', 'updated', 'amended', 'latest', 'current']],
  ['last', ['last', 'final']],
];

/** The place each word of {@link PLACES} names. */
const PLACE_OF = new Map(PLACES.flatMap(([place, words]) => words.map((w) => [w, place])));

/** An ordinal written in digits: "2nd", "23rd". */
const DIGIT_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** The most words read between a premodifier of place and the noun it restricts ("first pay offer"). */
const MAX_BETWEEN = 2;

/**
 * The place in a series `word` (folded, as written) names before a noun, or null: one of
 * {@link PLACES}, or an ordinal beyond the first, which names only itself ("second", "3rd").
 */
export function placeOf(word: string): string | null {
  const place = PLACE_OF.get(word);
  if (place !== undefined) return place;
  return isOrdinalTerm(word) || DIGIT_ORDINAL.test(word) ? `ordinal:${word}` : null;
}

/** True when two places may name one member of a series: the same, or the first and an earlier one. */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const early = new Set(['first', 'before']);
  return early.has(a) && early.has(b);
}

/** A noun a question restricts by its place in a series. */
export interface AskedSequence {
  /** The place (see {@link placeOf}). */
  place: string;
  /** Index terms of the nouns of the phrase it premodifies ("pay", "offer" of "first pay offer"). */
  nouns: string[];
}

/** True when only blanks or a hyphen part two tokens of `text`: one phrase. */
function adjacent(text: string, before: Token, after: Token): boolean {
  return /^[\s-]+$/u.test(text.slice(before.end, after.start));
}

/** Determiners after which a word of place premodifies the noun phrase: "the first", "that first". */
const OPENING = new Set([...DETERMINERS, ...WH_DETERMINERS]);

/**
 * True when `word` (folded) may be a noun: one of its tags in the lexicon is a noun's ("pay" of
 * "pay offer", most often a verb), or, lacking from it, WordNet lists it as one.
 */
function mayBeNoun(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags === undefined) return premodifierRank(word) === 2;
  return tags.some((tag) => tag.startsWith('NN'));
}

/** True when a token may stand inside a noun phrase: no function word; an adjective or a noun. */
function inPhrase(token: Token): boolean {
  return !isStopWord(token) && (premodifierRank(token.word) > 0 || mayBeNoun(token.word));
}

/**
 * The nouns `question` restricts by a premodifier of place: each word of place followed, with
 * nothing between, by a run of at most {@link MAX_BETWEEN} + 1 premodifiers and nouns, whose
 * nouns (a word that may be one) it restricts, when a determiner or a possessive stands before
 * it: "when did they first meet" restricts nothing. Empty when there is none (most questions).
 *
 * @example askedSequence("what was the trust's first pay offer") // [{ place: 'first', nouns: ['pai', 'offer'] }]
 */
export function askedSequence(question: string): AskedSequence[] {
  const tokens = tokenize(question);
  const asked: AskedSequence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const place = placeOf(tokens[i]!.word);
    if (place === null) continue;
    // After a determiner or a possessive it is the phrase's modifier, not an adverb ("when did
    // they first meet").
    const before = tokens[i - 1];
    if (before === undefined || !(OPENING.has(before.word) || isPossessive(question, before)))
      continue;
    const nouns: string[] = [];
    for (let j = i + 1; j <= i + 1 + MAX_BETWEEN && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (!adjacent(question, tokens[j - 1]!, token) || !inPhrase(token)) break;
      if (placeOf(token.word) !== null) break;
      if (mayBeNoun(token.word)) nouns.push(stem(token.word));
    }
    if (nouns.length > 0) asked.push({ place, nouns });
  }
  return asked;
}

/**
 * True when `text` (a passage) holds one of the nouns `asked` restricts after a word of the same
 * place ({@link samePlace}), at most {@link MAX_BETWEEN} premodifiers between: "Thornwick's
 * initial offer" for "the trust's first pay offer". A noun after a word of another place ("a
 * revised pay offer") or of none holds nothing of it.
 */
export function holdsAskedSequence(text: string, asked: readonly AskedSequence[]): boolean {
  if (asked.length === 0) return false;
  const tokens = tokenize(text);
  for (let j = 1; j < tokens.length; j++) {
    const term = stem(tokens[j]!.word);
    const wanted = asked.filter((a) => a.nouns.includes(term));
    if (wanted.length === 0) continue;
    for (let k = j - 1; k >= Math.max(0, j - 1 - MAX_BETWEEN); k--) {
      if (!adjacent(text, tokens[k]!, tokens[k + 1]!)) break;
      const place = placeOf(tokens[k]!.word);
      if (place !== null) {
        if (wanted.some((a) => samePlace(a.place, place))) return true;
        break;
      }
      if (!inPhrase(tokens[k]!)) break;
    }
  }
  return false;
}
