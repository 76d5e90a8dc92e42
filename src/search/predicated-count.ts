/**
 * A count stated of a noun in the predicate rather than before it. English states how many
 * things there are attributively, the number before the noun ("1,535 mines"), or
 * predicatively, the noun in the subject and the number after a verb of being or of change:
 * "the aggregate number of mines placed was 1,535", "safety councils have been increased from
 * 14 to over 100", "the crews numbered forty" (Huddleston & Pullum 2002, _The Cambridge
 * Grammar of the English Language_, ch. 5 on quantifying nouns and ch. 4 on predicative
 * complements). Abstention's counted-thing gate (abstain-counted-thing.ts) reads both.
 */
import { RISING_VERBS, FALLING_VERBS, CHANGING_VERBS } from './change-verbs.js';
import { BE_FORMS } from '../text/auxiliaries.js';
import { wordSpan, type PassageWords } from './plan/asked-words.js';
import { verbFormStems } from './verb-forms.js';
import { CURRENCY_SIGN } from '../text/notation-words.js';

/**
 * Verbs whose complement is the count of their subject: the forms of "be" and the verbs of
 * change ("rose to", "increased from 14 to 100"), with those that state a total ("numbered",
 * "totalled", "reached", "stood at").
 */
const COUNT_VERB_STEMS = verbFormStems([
  ...RISING_VERBS,
  ...FALLING_VERBS,
  ...CHANGING_VERBS,
  'number',
  'total',
  'reach',
  'stand',
]);
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/**
 * Words that may stand between the verb and its count: the prepositions of a change's ends
 * ("from 14 to 100"), of a level ("stood at 40") and approximators ("over", "about", "nearly",
 * "more than"). A preposition of time ("in", "since", "by") does not: "were placed in 1898"
 * dates the act.
 */
const BEFORE_COUNT: ReadonlySet<string> = new Set([
  'from',
  'to',
  'at',
  'over',
  'under',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'just',
  'more',
  'fewer',
  'less',
  'than',
  'up',
  'roughly',
  'approximately',
]);

/**
 * Words a predicative count may lie from its noun: the noun's postmodifier ("placed"), the
 * auxiliaries and the verb ("have been increased"), then the words before the count ("from").
 */
const PREDICATE_REACH = 8;

/** Marks between two words that close the clause the noun is the subject of. */
const CLAUSE_BREAK = /[,;:.!?()"“”]/u;

/** A sign joined to a figure that makes it a sum or a share, not a count ("$40", "12%"). */
const NOT_A_COUNT_BEFORE = new RegExp(`${CURRENCY_SIGN}\\s*$`, 'u');
const NOT_A_COUNT_AFTER = /^[%\p{L}]/u;

/**
 * True when `words` (a text's, plan/asked-words.ts) state a count of the noun at word `at`
 * predicatively: within {@link PREDICATE_REACH} words after it and in its clause, a verb of
 * {@link COUNT_VERB_STEMS} or a form of "be", then a count (`isCount`) with only
 * {@link BEFORE_COUNT} words between them, standing alone: at its clause's end or before a
 * function word (`isFunctionWord`) or the noun again (`isNoun`, by word index). A figure
 * followed by another noun counts that noun ("were 40 years old"), and one with a currency
 * sign or a percent sign is a sum or a share. `text` is the text the words are of.
 *
 * @example
 * // "The number of mines placed was 1,535.": "mines" is word 3.
 * countedInPredicate(text, words, 3, isCount, isFunctionWord, isNoun) // true
 */
export function countedInPredicate(
  text: string,
  words: PassageWords,
  at: number,
  isCount: (word: string) => boolean,
  isFunctionWord: (word: string) => boolean,
  isNoun: (index: number) => boolean,
): boolean {
  const verbs = COUNT_VERB_STEMS();
  const count = words.stems.length;
  const start = (i: number) => wordSpan(words, i).start;
  const end = (i: number) => wordSpan(words, i).end;
  const alone = (k: number) => {
    if (NOT_A_COUNT_BEFORE.test(text.slice(end(k - 1), start(k)))) return false;
    const after = text.slice(end(k), k + 1 < count ? start(k + 1) : undefined);
    if (NOT_A_COUNT_AFTER.test(after)) return false;
    if (k + 1 >= count || CLAUSE_BREAK.test(after)) return true;
    return isFunctionWord(words.folded[k + 1]!) || isNoun(k + 1);
  };
  let verb = false;
  for (let k = at + 1; k <= at + PREDICATE_REACH && k < count; k++) {
    if (CLAUSE_BREAK.test(text.slice(end(k - 1), start(k)))) return false;
    const word = words.folded[k]!;
    if (verb && isCount(word)) return alone(k);
    if (BE.has(word) || verbs.has(words.stems[k]!)) verb = true;
    else if (verb && !BEFORE_COUNT.has(word)) verb = false;
  }
  return false;
}
