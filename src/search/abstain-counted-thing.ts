/**
 * A hard gate of abstention (abstain.ts): "how many NOUN" asks for a count of that noun, and a
 * passage answers it only if it counts that noun. "How many signatures did the petition get" is
 * not answered by "The association is also collecting signatures" (no count), nor "how many
 * bases are there" by "the Union State for the years 2021-2023" (numbers of other things),
 * however much of the question's topic they share. When none of the ranking's candidates,
 * read with their neighbours, holds a number counting the noun (the word, or a form the engine
 * links to it: a synonym, an inflection, a compound ending in it), the reply is a refusal,
 * whatever the classifier's probability.
 *
 * The count must be told of the thing the question restricts the noun to by the nouns before
 * it (abstain-count-modifiers.ts): "600 spaces" of a park-and-ride does not count "wheelchair
 * spaces" of a stand.
 *
 * Left alone: counts of people ("how many people work there"), which texts write with the
 * group's own noun ("310 staff", "tens of thousands of Belarusians"), and "how many" with no
 * noun ("how many died"), where nothing names what is counted.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { kindNamedBefore } from './abstain-counted-class.js';
import { conceptAlternatives, oneWordForms } from './abstain-asked-thing.js';
import { askedPeriod, mayCountPeriod } from './abstain-counted-period.js';
import { countRestrictions, restrictionsTold } from './abstain-count-modifiers.js';
import { countedInPredicate } from './predicated-count.js';
import { personsCountedByAct } from './abstain-counted-persons.js';
import { isNumberToken, type AnswerType } from './plan/answer-type.js';
import type { PassageWords } from './plan/asked-words.js';
import { NUMBER_WORD_LIST, ORDINAL_WORD_LIST } from './select/fact-values.js';
import { ownSenseAlternatives } from './written-noun-synonyms.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { stem, termsOf, tokenize } from '../text/terms.js';
import { toldAsAhead } from './told-as-ahead.js';
import { toldAsOpposed } from './told-as-opposed.js';
import { NOUN_GROUP, NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';

/**
 * Stems of the nouns that count people in general ("people", "persons", "ppl", "men"): a
 * text counts them by who they are instead, so no word of the question must stand after the
 * number.
 */
export const PEOPLE: ReadonlySet<string> = new Set([
  'peopl',
  'person',
  'ppl',
  'individu',
  'men',
  'women',
  'human',
  'folk',
]);

/**
 * How many words after a number the counted noun may stand, none of them a function word but
 * "of": "830 additional domestic money-order offices", "tens of thousands of Belarusians". On
 * the development questions a reach of 6 refused one answerable question fewer than 3 and no
 * unanswerable one fewer.
 */
const COUNT_REACH = 6;

/**
 * The determiner a partitive's "of" may take before the counted noun: "about 1,900 of the
 * union's members", "three of the ferries" count members and ferries, a part of a definite whole
 * told by its count (the partitive construction: Quirk et al. 1985, §5.8, "some of the people").
 * Only "the": with the possessive determiners too ("of our sailors"), one more unanswerable
 * State of the Union development question passed ("how many sailors died": "Thirty-six of our
 * sailors were arrested", a count of the noun for another act), and no answerable one.
 */
const PARTITIVE_DETERMINER = 'the';

/**
 * Shortest counted stem a compound may end in: "powerplant" counts "plant" (an English compound
 * is headed by its last part), but "membership" does not count "ship".
 */
const MIN_COMPOUND_HEAD = 5;

/**
 * True when a word (`term` its stem, `word` as folded) is one of `heads` or a compound ending in
 * one: "powerplants" (stem "powerpl") ends in "plants", whose stem is "plant".
 */
function countsHead(term: string, word: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(term)) return true;
  // A stem is the start of its word ("plant" of "plants"), so the part to try starts with it.
  for (const head of heads) {
    if (head.length < MIN_COMPOUND_HEAD) continue;
    const at = word.indexOf(head, 1);
    if (at > 0 && stem(word.slice(at)) === head) return true;
  }
  return false;
}

const FIELDS = 3;

/**
 * Number words fact-values.ts reads as exact counts ("sixty", "seventeen") and ordinals ("sixth"):
 * "a sixth term" says how many terms there have been.
 */
const MORE_NUMBER_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORD_LIST, ...ORDINAL_WORD_LIST]);
/** An ordinal in digits: "6th", "21st". */
const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/;

/**
 * True when `word` (folded) is a number as answer-type.ts or fact-values.ts reads one: digits,
 * a number word, a round or vague count ("hundred", "dozens"), an ordinal.
 */
export function isCount(word: string): boolean {
  return isNumberToken(word) || MORE_NUMBER_WORDS.has(word) || ORDINAL_DIGITS.test(word);
}

/** The count that takes a singular noun: after it a bare noun is the counted one ("one car burned"). */
const SINGULAR_COUNTS = new Set(['one', '1']);

/**
 * The singular forms of `word` (folded) when it is a regular plural ("cars" → car; "buses" →
 * bus, buse), else none: what the word is written as when it modifies another noun.
 */
export function singularForms(word: string): string[] {
  if (!REGULAR_PLURAL.test(word)) return [];
  const forms = [word.slice(0, -1)];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  return forms;
}

/** A word {@link singularForms} reads as a regular plural: an "s" after any other letter. */
const REGULAR_PLURAL = /[^s]s$/;

/**
 * True when `singular` is one of {@link singularForms} of `word`, as
 * `singularForms(word).includes(singular)`, without making the list: a test run on every word of
 * many candidates (abstain-other-qualifier.ts), where the lists made were 5% of what a bundled
 * ask allocated (bench/ask-allocation.ts, session 68).
 */
export function isSingularFormOf(singular: string, word: string): boolean {
  const cut = word.length - singular.length;
  if ((cut !== 1 && (cut !== 2 || !word.endsWith('es'))) || !word.startsWith(singular))
    return false;
  return REGULAR_PLURAL.test(word);
}

/**
 * True when `text` holds a number followed, within {@link COUNT_REACH} words and before any
 * function word but "of" (and a partitive's "the" after it: {@link PARTITIVE_DETERMINER}), by
 * one of `heads` (index terms) or a compound ending in one, or one of them followed by its count in the predicate (predicated-count.ts: "the number of mines
 * placed was 1,535").
 * `words` are `text`'s (plan/asked-words.ts). A word of `modifiers` (the counted noun's
 * singular: {@link singularForms}) right before another content word, after a count above one,
 * modifies it and is not what is counted: English compounds are headed by their last noun, and
 * a count above one takes a plural ("two car parks" counts parks, not cars). Joined to the count
 * by a hyphen it still counts: "a four-page agreement" has four pages. Such a measure before a
 * noun is that noun's attribute (an agreement of four pages), so when `bearers` is given (the
 * index terms of what the question may ask the count of), it counts only before one of them or
 * before no noun: "a four-page agreement" gives no page count of a doctrine. When `realis` is
 * given, a count (its offsets in `text`) it rejects counts nothing.
 *
 * @example holdsCountOf('About 60 fishing boats sailed.', new Set(['boat']), words) // true
 */
export function holdsCountOf(
  text: string,
  heads: ReadonlySet<string>,
  words: PassageWords,
  modifiers: ReadonlySet<string> = new Set(),
  bearers?: ReadonlySet<string>,
  realis?: (start: number, end: number) => boolean,
): boolean {
  const { stems } = words;
  const start = (i: number) => words.words[i * FIELDS] as number;
  const end = (i: number) => words.words[i * FIELDS + 1] as number;
  const wordAt = (i: number) => words.folded[i] as string;
  const modifies = (j: number, word: string) =>
    modifiers.has(word) &&
    j + 1 < stems.length &&
    /^[\s-]+$/u.test(text.slice(end(j), start(j + 1))) &&
    !STOP_WORDS.has(wordAt(j + 1));
  // The noun right after a hyphened measure ("four-page agreement"), when it is none of `bearers`.
  const measuresOther = (j: number, bearers: ReadonlySet<string>) =>
    j + 1 < stems.length &&
    /^\s+$/u.test(text.slice(end(j), start(j + 1))) &&
    !STOP_WORDS.has(wordAt(j + 1)) &&
    !bearers.has(stems[j + 1]!);
  const counts = countsAt(words);
  for (const i of counts) {
    if (realis !== undefined && !realis(start(i), end(i))) continue;
    const count = wordAt(i);
    for (let j = i + 1; j <= i + COUNT_REACH && j < stems.length; j++) {
      const word = wordAt(j);
      const partitive = j > i + 1 && wordAt(j - 1) === 'of' && word === PARTITIVE_DETERMINER;
      if (word !== 'of' && !partitive && STOP_WORDS.has(word)) break;
      // "four-page": a count joined to its noun by a hyphen makes a measure, counting it.
      const joined = j === i + 1 && text.slice(end(i), start(j)) === '-';
      if (!joined && !SINGULAR_COUNTS.has(count) && modifies(j, word)) continue;
      if (!countsHead(stems[j]!, word, heads)) continue;
      if (joined && bearers !== undefined && measuresOther(j, bearers)) break;
      return true;
    }
  }
  if (counts.length === 0) return false;
  // Or the noun first and its count in the predicate ("the number of mines placed was 1,535").
  const isNoun = (j: number) => countsHead(stems[j]!, wordAt(j), heads);
  const isFunctionWord = (word: string) => STOP_WORDS.has(word);
  for (let j = 0; j < counts[counts.length - 1]!; j++)
    if (isNoun(j) && countedInPredicate(text, words, j, isCount, isFunctionWord, isNoun))
      return true;
  return false;
}

/** {@link countsAt} of each passage's words read, kept while the index keeps those words. */
const COUNTS = new WeakMap<PassageWords, Int32Array>();

/**
 * The positions of `words`' counts ({@link isCount}), in order. Kept with the words: the index
 * keeps a sentence's words (plan/asked-words.ts), and the gate reads the same sentences' words
 * question after question, most of which are no number.
 */
function countsAt(words: PassageWords): Int32Array {
  let known = COUNTS.get(words);
  if (known === undefined) {
    const at: number[] = [];
    words.folded.forEach((word, i) => {
      if (isCount(word)) at.push(i);
    });
    COUNTS.set(words, (known = Int32Array.from(at)));
  }
  return known;
}

/**
 * The stem of the noun `question` counts ("how many signatures" → "signatur"), given its answer
 * type (plan/answer-type.ts `answerTypeOf`, whose `unit` it is), or null when there is none to
 * require: it asks no count of a thing, counts people ({@link PEOPLE}), or names no noun (the
 * counted word is a past-tense verb: "how many died").
 */
export function countedNoun(question: string, type: AnswerType | null): string | null {
  return countedNounWritten(question, type)?.unit ?? null;
}

/**
 * The noun `question` counts ({@link countedNoun}) as its stem, `unit`, and as the question
 * writes it, `word` ("signatures"), or null when there is none to require.
 */
export function countedNounWritten(
  question: string,
  type: AnswerType | null,
): { unit: string; word: string } | null {
  const unit = type?.name === 'number' ? type.unit : undefined;
  if (unit === undefined || PEOPLE.has(unit)) return null;
  const written = tokenize(question).find((token) => stem(token.word) === unit);
  if (written === undefined || /ed$/.test(written.word)) return null;
  return { unit, word: written.word };
}

/**
 * Whether the candidates hold a count of what a "how many" question counts: undefined when it
 * counts nothing to require ({@link countedNoun}), else true when a sentence the ranking's
 * candidates are read in (abstain-features.ts `candidateContext`) holds one
 * ({@link holdsCountOf}; by a class of the noun only in an article that has named the noun:
 * abstain-counted-class.ts), tells it of what the question's noun premodifiers restrict it to
 * (abstain-count-modifiers.ts `restrictionsTold`) and, when the question asks the count of a
 * period ("in the first quarter"), names no other period instead (abstain-counted-period.ts
 * `mayCountPeriod`). For a question of realised acts (QueryPlan.realised: "how many trees were
 * felled") the count must be told as done: not still ahead or asked for (told-as-ahead.ts), nor
 * opposed (told-as-opposed.ts), unless its noun usually names persons or a group of them
 * (WordNet noun.person, noun.group: counted under other descriptions). Costs one pass over
 * those sentences' words, stopping at the first that holds one.
 */
export function countedThingHeld(input: AbstentionInput): boolean | undefined {
  const { question } = input.plan;
  const counted = countedNounWritten(question, input.plan.answerType);
  if (counted === null) return undefined;
  const { unit, word } = counted;
  // Synonyms of the noun as written: "officers" is counted by "police officers", not by
  // "agencies", a synonym of "office", which shares its stem.
  const forms = ownSenseAlternatives(conceptAlternatives(input.plan, unit), word);
  const heads = new Set([unit, ...forms.map((alternative) => alternative.terms.at(-1)!)]);
  // A class's count ("vehicles" for "motorcycles") counts the kind only after it is named.
  const kindForms = forms.filter((alternative) => alternative.kind !== 'superordinate');
  const kindHeads = new Set([unit, ...kindForms.map((alternative) => alternative.terms.at(-1)!)]);
  const kindPhrases = [[unit], ...kindForms.map((alternative) => alternative.terms)];
  const modifiers = new Set(singularForms(word));
  // What the count may be of: the question's words and the one-word forms the engine links.
  const bearers = new Set(termsOf(question).flatMap((term) => [...oneWordForms(input.plan, term)]));
  const period = askedPeriod(question);
  const restricting = countRestrictions(input, word);
  // A past "how many trees were felled" asks the size of a set of realised acts (QueryPlan.realised):
  // a count told as planned, asked for or opposed states none (Palmer 2001; Karttunen 1971).
  // Not for persons or groups of them, which texts count under other descriptions (see the top
  // of this file): "34,000 troops will come home" is no realised count, but the realised one may
  // be "33,000 of our service men and women", which this gate does not read as troops.
  const realisedOnly =
    input.plan.realised === true &&
    !usualNounFiles(word).some((file) => file === NOUN_PERSON || file === NOUN_GROUP);
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    const words = input.wordsOf(s);
    const realis = realisedOnly
      ? (start: number, end: number) =>
          !toldAsAhead(text, start, end) && !toldAsOpposed(text, start, end)
      : undefined;
    if (!holdsCountOf(text, heads, words, modifiers, bearers, realis)) continue;
    if (
      kindHeads.size < heads.size &&
      !holdsCountOf(text, kindHeads, words, modifiers, bearers, realis) &&
      !kindNamedBefore(input, s, kindPhrases)
    )
      continue;
    if (period !== null && !mayCountPeriod(text, words, period)) continue;
    if (restrictionsTold(input, s, restricting)) return true;
  }
  // People are counted under other descriptions than the question's ("season ticket holders"
  // for "fans"): then the act told of them picks them out (abstain-counted-persons.ts).
  return personsCountedByAct(input);
}
