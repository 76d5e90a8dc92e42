/**
 * Text analysis shared by indexing and querying, so a word in a question and the same word
 * in an article always become the same term: tokenise, fold case and accents, drop
 * possessives, drop stop words, stem (lunr's Porter stemmer).
 */
import lunr from 'lunr';
import { keptIn } from './bounded-memo.js';
import { STOP_WORDS } from './stop-words.js';

/** A word of a text with its offsets. */
export interface Token {
  /** The word folded to lower case without accents or possessive, before stemming. */
  word: string;
  start: number;
  end: number;
  /** True for a dotted abbreviation ("U.S."): never a stop word, although "us" is. */
  abbreviation: boolean;
}

/** A word: letters and digits, with inner apostrophes or dots ("don't", "U.S."). */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const COMBINING_MARKS = /\p{M}+/gu;
/** Words are cut at this length: longer "words" are noise and cost time. */
const MAX_WORD_LENGTH = 40;

/** British spellings folded to American ones, so "recognised" finds "recognized". */
export const BRITISH_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/(\w{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2'],
  [/(\w{3,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/(\w{2,}[^aeiou])tre(s)?$/, '$1ter$2'],
];

/**
 * What one of {@link BRITISH_SPELLINGS} matches, exactly: each ending with the shortest stem
 * its pattern needs before it (a pattern's `\w{3,}` holds only if the three characters right
 * before the ending are word characters). A word it fails is left as it is by all three, so
 * they need not be tried on it. The stem lengths matter: "our", "your", "four" and "hour" end
 * in "our" with a stem too short to be rewritten, and they are among English's most frequent
 * words (tried on every candidate passage cut into words: 3% of a warm State of the Union ask
 * before, session 59). Filtering by what a pattern requires before running it: Cox 2012,
 * "Regular Expression Matching with a Trigram Index".
 */
export const BRITISH_ENDING =
  /\w{3}(?:is(?:e|ed|es|ing|ations?)|our(?:s|ed|ing|ites?|able)?)$|\w{2}[^aeiou]tres?$/;

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/** Lower-cases, strips accents, apostrophes' possessive "'s" and inner dots, folds British spelling. */
export function foldWord(word: string): string {
  return foldedAscii(word) ?? keptIn(foldCache, word, FOLD_CACHE_LIMIT, foldUncached);
}

/**
 * {@link foldUncached} of a word of ASCII letters and digits alone, the great majority of an
 * English text's words; null for any other word. Such a word has no accent, apostrophe or dot to
 * strip (its NFKD form is itself), so folding it is lower-casing, the length cut and British
 * spelling: cheaper than a look-up in the memo, whose strings are hashed afresh each time a
 * text is cut into words (session 32: a quarter of the time of tokenising).
 */
function foldedAscii(word: string): string | null {
  let lower = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (code >= 0x41 && code <= 0x5a) lower = false;
    else return null;
  }
  let folded = lower ? word : word.toLowerCase();
  if (folded.length > MAX_WORD_LENGTH) folded = folded.slice(0, MAX_WORD_LENGTH);
  return BRITISH_ENDING.test(folded) ? britishFolded(folded) : folded;
}

/** A folded word with {@link BRITISH_SPELLINGS} applied. */
export function britishFolded(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of BRITISH_SPELLINGS)
    folded = folded.replace(pattern, replacement);
  return folded;
}

function foldUncached(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/[.']/g, '')
    .slice(0, MAX_WORD_LENGTH);
  return britishFolded(folded);
}

/** The first letter or digit at or after `lastIndex`. */
const WORD_START = /[\p{L}\p{N}]/gu;

/** A letter or digit of any script (Unicode categories L and N): what every word is made of. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when `text` holds a letter or digit of any script, so a word a search can look for:
 * emoji, punctuation and symbols alone ("🎉🔥", "?!", "**~~**") hold none.
 */
export function holdsWordCharacter(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
/** {@link WORD} where it starts ({@link WORD_START}): its end is the `lastIndex` it leaves. */
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * Splits text into folded words ({@link WORD}, each {@link foldWord}ed) with their offsets in
 * `text`. The words are found with `RegExp.test`, which makes no match object: on the way to an
 * answer every candidate passage is tokenised, and `matchAll`'s match arrays and iterator
 * results were the largest share of what a question allocated (bench/ask-allocation.ts).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (;;) {
    WORD_START.lastIndex = from;
    if (!WORD_START.test(text)) break;
    // The letter found is one code unit, or two for a surrogate pair.
    let start = WORD_START.lastIndex - 1;
    if (start > from && isLowSurrogate(text.charCodeAt(start))) start -= 1;
    WORD_AT.lastIndex = start;
    // WORD matches wherever a letter or digit stands; the fallback only bounds the loop.
    const end = WORD_AT.test(text) ? WORD_AT.lastIndex : WORD_START.lastIndex;
    from = end;
    const written = text.slice(start, end);
    const word = foldWord(written);
    if (word.length === 0) continue;
    tokens.push({ word, start, end, abbreviation: written.includes('.') });
  }
  return tokens;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** The Porter stem of a folded word (memoised: the vocabulary is finite, questions repeat). */
export function stem(word: string): string {
  return keptIn(stemCache, word, STEM_CACHE_LIMIT, stemUncached);
}

/**
 * True when {@link stem} of `word` (a folded word) is `term`, as `stem(word) === term`, with a
 * cheap test first: Porter's rules rewrite only a word's ending, each leaving a stem of at least
 * one letter, and none makes a word longer (Porter 1980, "An algorithm for suffix stripping";
 * lunr leaves a word under three letters as it is), so the stem of a word starts with the word's
 * first letter and is no longer than the word. Checked on the 72,703 folded words of the State
 * of the Union corpus and WordNet's nouns (session 40). A scan for the written forms of one term
 * stems every word of the sentences it reads; most fail the test, and a look-up in the stem memo
 * (up to 200,000 strings, hashed afresh for each word cut from a text) costs more than it.
 */
export function stemsTo(word: string, term: string): boolean {
  return (
    word.length >= term.length && word.charCodeAt(0) === term.charCodeAt(0) && stem(word) === term
  );
}

/** True when the stem of `word` (a folded word) is one of `stems` ({@link stemsTo}). */
export function stemsToAny(word: string, stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k++) if (stemsTo(word, stems[k]!)) return true;
  return false;
}

function stemUncached(word: string): string {
  return /^\d/.test(word) ? word : lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** {@link stem} of each stop word, made on first use. */
let stopWordStems: ReadonlyMap<string, string> | undefined;

/**
 * {@link stem} of a word of {@link STOP_WORDS}, from a table of the stop words alone (152
 * entries) rather than the memo of every word met (up to 200,000): for a reader that has just
 * told its word is a stop word (asked-words.ts `passageWordsOf`, session 36). Any other word is
 * stemmed as {@link stem} does.
 */
export function stemOfStopWord(word: string): string {
  stopWordStems ??= new Map([...STOP_WORDS].map((stop) => [stop, stemUncached(stop)]));
  return stopWordStems.get(word) ?? stem(word);
}

/** True when a token is a stop word. */
export function isStopWord(token: Token): boolean {
  return !token.abbreviation && STOP_WORDS.has(token.word);
}

/** The index terms of a text, in order: stems of its non-stop words. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (!isStopWord(token)) terms.push(stem(token.word));
  }
  return terms;
}
