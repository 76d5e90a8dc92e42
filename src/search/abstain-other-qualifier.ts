/**
 * A hard gate of abstention (abstain.ts): a question that qualifies a noun by a proper word (a
 * nationality or a place, "the Spanish culture minister"; a name, "Lithuania's government")
 * asks about the one thing that word picks out. A passage that gives the same noun another
 * proper qualifier ("the Portuguese culture minister") tells of another entity, however many
 * of the question's words it holds ("near the Spanish border" qualifies the border, not the
 * minister). English puts an attributive qualifier right before its noun and the noun's other
 * modifiers ("the Portuguese culture minister"), or names the owner after "of" or before a
 * possessive ("the minister of Spain", "Spain's minister").
 *
 * When a leading candidate holds the question's qualified noun phrase only after other proper
 * qualifiers, and no sentence the candidates are read in holds it after the asked qualifier
 * (any form the engine links to it: "Spain's" for "Spanish"), or with no qualifier of its own
 * while naming the asked one in it, its neighbours, the sentence it leans on or its article's
 * metadata ("the minister of Spain"), the reply is a refusal, whatever the classifier's
 * probability.
 *
 * Proper words are told by casing: capitalised in the question (not as its first word), or
 * never written in lower case by the coverage ("spanish" typed in lower case); a passage's
 * qualifier likewise, so a title word the coverage also writes in lower case ("Prime" beside
 * "prime") is no other entity's. The qualified phrase is read up to its first word that is not
 * usually a noun or an adjective (wink-lexicon's first tags, saved with the index: text/nouns.ts,
 * timeline/adjectives.ts), so the question's verb ("say", "signed") is no part of it.
 *
 * Left alone: questions with no proper qualifier before a common noun ("what did the minister
 * say"), and qualifiers the passage gives elsewhere than right before the phrase.
 */
import { isPossessive } from '../text/possessive.js';
import { ARTICLES, DEMONSTRATIVES, WH_DETERMINERS } from '../text/determiners.js';
import type { AbstentionInput } from './abstain-features.js';
import { neighbourhood } from './abstain-features.js';
import { otherOnlyVerdict, type Given } from './abstain-other-only.js';
import { isSingularFormOf } from './abstain-counted-thing.js';
import { oneWordForms } from './abstain-asked-thing.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { isAdjective } from '../timeline/adjectives.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import { tokensOfWords, type PassageWords } from './plan/asked-words.js';

/** A proper qualifier a question puts on a noun phrase, and the phrase. */
export interface AskedQualifier {
  /** The qualifier's stem ("spanish"). */
  qualifier: string;
  /** The words of the noun phrase it qualifies, folded, in question order ("culture", "minister"). */
  phrase: string[];
  /** The phrase's head: its last word that is usually a noun ("minister"). */
  head: string;
}

/** How a passage qualifies one occurrence of the asked phrase. */
export type Qualified = Given;

/** True when an index term is written by the coverage in lower case somewhere. */
type WrittenInLowerCase = (term: string) => boolean;

/** The most words of a qualified phrase read after the qualifier ("culture minister"). */
const MAX_PHRASE_WORDS = 3;

/** True when the text between two tokens is blank: no comma or other mark parts them. */
function adjacent(text: string, before: Token, after: Token): boolean {
  return /^\s+$/u.test(text.slice(before.end, after.start));
}

/** True when `token` is written with a capital in `text`. */
export function capitalised(text: string, token: Token): boolean {
  return /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/**
 * True when `token` of a passage is a proper word: no function word, capitalised, and never
 * written in lower case by the coverage ("Portuguese"; not "Prime", which the coverage also
 * writes as "prime").
 */
export function proper(text: string, token: Token, inLowerCase: WrittenInLowerCase): boolean {
  if (isStopWord(token) || QUESTION_WORDS.has(token.word)) return false;
  return capitalised(text, token) && !inLowerCase(stem(token.word));
}

/** Words that open a noun phrase: articles, demonstratives, quantifiers, wh-determiners. */
const DETERMINERS = new Set([
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...['any', 'each', 'every'],
  ...WH_DETERMINERS,
]);
/** The most everyday modifiers between a determiner and a proper qualifier ("the original Union"). */
const MAX_LEADING_MODIFIERS = 2;

/**
 * True when token `at` of `question` stands inside a noun phrase a determiner opens, at most
 * {@link MAX_LEADING_MODIFIERS} everyday words after it ("which Belarusian interior minister",
 * "the original Union State treaty"): an attributive qualifier. A proper word with no
 * determiner before it is a name heading its own phrase ("did Luka claim").
 */
function afterDeterminer(
  question: string,
  tokens: readonly Token[],
  at: number,
  inLowerCase: WrittenInLowerCase,
): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_LEADING_MODIFIERS; i--) {
    const token = tokens[i]!;
    if (DETERMINERS.has(token.word)) return true;
    if (isStopWord(token) || capitalised(question, token) || !inLowerCase(stem(token.word)))
      return false;
  }
  return false;
}

/**
 * The first proper qualifier `question` puts before a common noun, with the phrase it
 * qualifies (see the top of this file), or null. The question's first word is never one: it
 * is capitalised whatever it is. `known` tells the index terms the coverage holds.
 *
 * @example askedQualifierOf('what did the Spanish culture minister say', () => true, () => true)
 * // { qualifier: 'spanish', phrase: ['culture', 'minister'], head: 'minister' }
 */
export function askedQualifierOf(
  question: string,
  inLowerCase: WrittenInLowerCase,
  known: (term: string) => boolean,
): AskedQualifier | null {
  const tokens = tokenize(question);
  for (let q = 1; q < tokens.length - 1; q++) {
    const token = tokens[q]!;
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) continue;
    // Typed in lower case, a word is proper when the coverage writes it, and only capitalised.
    const term = stem(token.word);
    if (!capitalised(question, token) && (!known(term) || inLowerCase(term))) continue;
    if (!isPossessive(question, token) && !afterDeterminer(question, tokens, q, inLowerCase))
      continue;
    const phrase: string[] = [];
    let head: string | null = null;
    for (let i = q + 1; i < tokens.length && phrase.length < MAX_PHRASE_WORDS; i++) {
      const word = tokens[i]!;
      if (isStopWord(word) || !adjacent(question, tokens[i - 1]!, word)) break;
      const noun = isUsuallyNoun(word.word);
      if (!noun && !isAdjective(word.word)) break;
      phrase.push(word.word);
      // A phrase of names ("Rosa Amaral") is one name, not a qualified noun.
      if (noun && inLowerCase(stem(word.word))) head = word.word;
    }
    if (head !== null) return { qualifier: stem(token.word), phrase, head };
  }
  return null;
}

/**
 * True when `word` (folded) writes the noun `noun` (folded): the same word, or its regular
 * plural or singular ("ministers"). A verb sharing its stem ("ordered" for "order") does not.
 */
function writesNoun(word: string, noun: string): boolean {
  return word === noun || isSingularFormOf(noun, word) || isSingularFormOf(word, noun);
}

/** True when a word of `words` (folded) writes the noun `noun` ({@link writesNoun}). */
function writesNounAmong(words: readonly string[], noun: string): boolean {
  for (const word of words) if (writesNoun(word, noun)) return true;
  return false;
}

/**
 * How `text` qualifies each occurrence of the asked phrase's head: a run of the phrase's words
 * ending in the head ("minister" alone for "culture minister"; a noun or its plural, not a verb
 * of its stem), qualified by the word right before the run when nothing parts them. "same" when
 * that word is a form of the asked qualifier (`forms`, stems); "other" when it is another proper
 * word, none of the question's (`questionTerms`, stems); "none" otherwise. Costs one reading of
 * the text's words. `words`, when given, is the text's words as kept (plan/asked-words.ts
 * `passageWordsOf` of `text`): a text none of whose words writes the head holds no occurrence
 * (most candidates: a CPU profile of the bundled questions, session 54), and one that does is
 * read from them (`tokensOfWords`), not cut into words again (tokenising such candidates was
 * two thirds of this reading in a CPU profile of the slowest bundled questions, session 55).
 */
export function qualifiersIn(
  text: string,
  asked: AskedQualifier,
  forms: ReadonlySet<string>,
  questionTerms: ReadonlySet<string>,
  inLowerCase: WrittenInLowerCase,
  words?: PassageWords,
): Qualified[] {
  if (words !== undefined && !writesNounAmong(words.folded, asked.head)) return [];
  const tokens = words === undefined ? tokenize(text) : tokensOfWords(text, words);
  const inPhrase = (token: Token | undefined) =>
    token !== undefined && asked.phrase.some((word) => writesNoun(token.word, word));
  const found: Qualified[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!writesNoun(tokens[at]!.word, asked.head)) continue;
    let start = at;
    while (
      start > 0 &&
      inPhrase(tokens[start - 1]) &&
      adjacent(text, tokens[start - 1]!, tokens[start]!)
    )
      start--;
    const before = tokens[start - 1];
    if (before === undefined || !adjacent(text, before, tokens[start]!)) found.push('none');
    else if (forms.has(stem(before.word))) found.push('same');
    else if (questionTerms.has(stem(before.word))) found.push('none');
    else found.push(proper(text, before, inLowerCase) ? 'other' : 'none');
  }
  return found;
}

/**
 * Whether the candidates tell of the noun phrase a question qualifies by a proper word as that
 * qualifier's: undefined when the question qualifies none ({@link askedQualifierOf}) or no
 * leading candidate (the first `SEARCH_OPTIONS.abstain.topPassages`) holds the phrase only
 * after other proper qualifiers; else true when a sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds it after a form of the asked qualifier, or
 * with none of its own while it, its neighbours, the sentence it leans on or its article's
 * metadata name the asked qualifier. Costs one reading of the leading candidates' words and
 * one pass over the candidates' context.
 */
export function askedQualifierHeld(input: AbstentionInput): boolean | undefined {
  const { plan, writtenInLowerCase } = input;
  const asked = askedQualifierOf(plan.question, writtenInLowerCase, input.hasTerm);
  if (asked === null) return undefined;
  const forms = oneWordForms(plan, asked.qualifier);
  const questionTerms = new Set(plan.concepts.flatMap((c) => c.alternatives[0]?.terms ?? []));
  const read = (s: number) =>
    qualifiersIn(
      input.textOf(s),
      asked,
      forms,
      questionTerms,
      writtenInLowerCase,
      input.wordsOf(s),
    );
  const names = (s: number | null) =>
    s !== null && input.wordsOf(s).stems.some((term) => forms.has(term));
  return otherOnlyVerdict(input, read, (s) => {
    const article = input.sentences[s]!.article;
    if ([...input.metadataTermsOf(article)].some((term) => forms.has(term))) return true;
    return [...neighbourhood(input.sentences, s), input.contextOf(s)].some(names);
  });
}
