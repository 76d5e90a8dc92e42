/**
 * A hard gate of abstention (abstain.ts): a passage answers a question only if it holds the
 * thing the question asks for. "How deep is the lido" is not answered by a passage that
 * states the lido's repair bill, however much of the question's topic it shares: it must
 * say something of depth (the word, an inflection, a form WordNet derives from it, a
 * synonym the engine links) or state a value of it (a length). When none of the leading
 * candidates does, the reply is a refusal, whatever the classifier's probability.
 *
 * The asked thing is read from four forms of question, each naming it by one word:
 * - "how ADJ": a measure adjective ({@link measureValues}: "how deep", "how old", "how heavy");
 * - "what/which NOUN": the head of the question's focus (abstain-features.ts
 *   {@link focusHeadWord}) when it names a measured attribute ("what temperature", "what
 *   depth": quantity.ts {@link askedDimension} reads it alone);
 * - "is/are there NOUN": the head of the noun phrase after "there" ("is there parking at…");
 * - "who is the ROLE of X": the role ("who is the leader of the council");
 * - "did any NOUN …": the noun a polar question's "any" quantifies ("did any schools close":
 *   whether there were such things is what it asks, so a passage that names none of them
 *   does not answer it);
 * - "what happened to X": the head of X ("what will happen to the speed limit": limit), what
 *   the question asks the fate of.
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { anyOf } from '../text/word-class.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusHeadWord } from './abstain-features.js';
import { answerTypeScore, quantifiedNoun, type AnswerTypeName } from './plan/answer-type.js';
import { passageWordsOf, withoutAskedWords, type PassageWords } from './plan/asked-words.js';
import {
  askedDimension,
  holdsAttributiveLength,
  holdsDimension,
  type Dimension,
} from './plan/quantity.js';
import type { Alternative, QueryPlan } from './plan/query-plan.js';
import { answerUnit, fixedDimension } from './plan/fixed-dimension.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { isPastForm } from '../timeline/past-forms.js';

/** A kind of value that answers the asked thing without naming it. */
export type AskedValue =
  Dimension | Extract<AnswerTypeName, 'age' | 'date' | 'duration' | 'number'>;

/** How the question asks for the thing. */
export type AskedForm = 'how' | 'what' | 'there' | 'role' | 'any' | 'happen';

/** What a question asks for, by one of its words ({@link askedThingOf}). */
export interface AskedThing {
  form: AskedForm;
  /** The word as the question writes it, folded ("deep"). */
  word: string;
  /** Its index term ({@link stem}). */
  term: string;
  /** Values that answer it without the word ("2.5 metres" for "how deep"); may be empty. */
  values: AskedValue[];
  /**
   * True when a length answers it only with its dimension named or as a noun's modifier
   * ({@link DIMENSION_WORDS}: "how tall is the wall" is not answered by "2.4 kilometres of wall").
   */
  dimensionNamed?: boolean;
}

/**
 * Values that answer a "how ADJ" question besides the dimension quantity.ts reads of it
 * ({@link askedDimension}: "how deep" a length, "how heavy" a weight, "how hot" a temperature),
 * by the adjectives that ask for them. quantity.ts leaves "how long" out (it asks for a span of
 * time at least as often as a length), "how old" is answered by the year something began as
 * well as by an age, "how long" by a span of time or a length, never by a date alone (a date
 * names a point, not a span: "the Sept. 14 meeting" says nothing of how long it lasted; "since
 * 1994" is a span, answer-type.ts `statesDuration`), "how big"/"how large" by a count as much as by a measure, and "how fast"
 * (no dimension of quantity.ts's, which reads only the noun "speed") by a speed, a rate of
 * growth or a span of time.
 */
const MEASURE_EXTRAS: Readonly<Record<string, readonly AskedValue[]>> = {
  long: ['length', 'duration'],
  old: ['age', 'date'],
  big: ['number'],
  large: ['number'],
  // "How fast were the winds" (a speed), "how fast had the budget been growing" (a share a
  // year), "how fast would the reserve be raised" (a span of time).
  fast: ['speed', 'share', 'duration'],
};

/**
 * The values that answer "how `adjective`" in `question`, or null when the adjective asks for no
 * measure. English asks a measure by its unmarked adjective ("how deep", not "how shallow"): one
 * quantity.ts reads as a dimension or one of {@link MEASURE_EXTRAS}. Other adjectives ("how bad",
 * "how safe") are answered by judgements in any words, so no word of the question can be
 * required of them. The question's own dimension comes first ("how high was the prime rate" asks
 * for a share before a length). One the question's words fix (a unit named, a verb of motion:
 * plan/fixed-dimension.ts) is the only one.
 */
function measureValues(question: string, adjective: string): AskedValue[] | null {
  const own = askedDimension(`how ${adjective}`);
  const extras = MEASURE_EXTRAS[adjective] ?? [];
  if (own === null && extras.length === 0) return null;
  const values = [askedDimension(question), own, ...extras].filter(
    (value): value is AskedValue => value !== null,
  );
  // A unit named or a verb of motion fixes one of them (plan/fixed-dimension.ts).
  const fixed = fixedDimension(question);
  return fixed !== null && values.includes(fixed) ? [fixed] : [...new Set(values)];
}

/** "Is there parking…", "are there any plans…": the words after "there". */
const THERE = /\b(?:is|are|was|were|isn't|aren't|will)\s+there\s+(?:be\s+)?(.*)$/isu;
/** "Who is the leader of…": the role, after at most one modifier ("current", "deputy"). */
const ROLE =
  /\bwho(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will be)\s+(?:the\s+)?(?:[\p{L}-]+\s+)??([\p{L}-]+)\s+of\b/iu;
const HOW = /\bhow\s+([\p{L}]+)/iu;
/** A polar question's "any": "did any schools close", "were any homes lost"; the words after it. */
const ANY =
  /^\s*(?:did|do|does|have|has|had|was|were|is|are|will|would|can|could)\s+any\s+(.*)$/isu;
/** "What (will) happen(ed) to X": the words after "to". */
const HAPPEN = /\bhappen(?:s|ed|ing)?\s+to\s+(.*)$/isu;

function thing(form: AskedForm, word: string, values: AskedValue[]): AskedThing {
  return { form, word, term: stem(word), values };
}

/**
 * The adjectives that ask one dimension of a thing other than its greatest extent, with the
 * other words that name that dimension: its noun, and the adjective's polar antonym, which
 * measures the same scale from its other end ("shallow", "narrow"; not "short" nor "low",
 * which more often name no dimension: "short of", "low-income"). A measure said of a thing
 * with no dimension named gives its greatest extent, the one "long" asks (Bierwisch, "The
 * semantics of gradation", 1989; Lang, "The semantics of dimensional designation of spatial
 * objects", 1989): "2.4 kilometres of flood walls" says how long the walls are, not how tall.
 * So "how tall is X" is answered by a length only where the sentence names the dimension ("4
 * metres high", "a height of 4 metres", "the shallow end is 90cm") or puts the measure before
 * the noun ("a 2,000-foot hole", whose dimension is the noun's own: a hole's is its depth).
 */
const DIMENSION_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['tall', ['height']],
  ['high', ['height']],
  ['deep', ['depth', 'shallow']],
  ['wide', ['width', 'breadth', 'narrow']],
]);

/**
 * A copular "how ADJ is X": the adjective is said of X ("how tall will the walls be"). With
 * another verb the verb gives the dimension ("how high does the railway rise": "rises 52
 * metres"), so a length after it answers.
 */
const COPULAR_HOW =
  /\bhow\s+\p{L}+\s+(?:is|are|was|were|will|would|could|should|might|must|'s|’s)\b/iu;

/**
 * True when a "how ADJ was X …" question ends in a past participle ("how deep was it buried"):
 * the "was" is then the passive's auxiliary, not a copula (Quirk et al. 1985, §3.63), and the
 * verb gives the dimension, as "rises" does ("buried about three metres down").
 */
function endsPassive(question: string): boolean {
  const last = question.match(/\p{L}+/gu)?.at(-1);
  return last !== undefined && isPastForm(last);
}

/**
 * Determiners and quantifiers a noun phrase after "is there" may open with ("a", "any",
 * "enough"). Any other function word ("anything", "anyone", "in") means no noun names what
 * is asked: "is there anything in the deal about weapons" asks about weapons in any words.
 */
const DETERMINERS = new Set([...ARTICLES, 'any', 'some', 'no', 'enough', 'much', 'more']);
/** English's indefinite pronouns ("anything", "someone", "nowhere"): they name no thing. */
const INDEFINITE_PRONOUN = /^(?:any|some|no|every)(?:thing|one|body|where)$/;

/**
 * The head of the noun phrase opening `text`: its last word before the first function word,
 * after its determiners ({@link DETERMINERS}); null when a function word comes first.
 */
export function leadingHead(text: string): string | null {
  let head: string | null = null;
  for (const token of tokenize(text)) {
    if (head === null && DETERMINERS.has(token.word)) continue;
    if (isStopWord(token) || INDEFINITE_PRONOUN.test(token.word)) break;
    head = token.word;
  }
  return head;
}

/** A possessive determiner opening a noun phrase ("her B sample"): the phrase goes on after it. */
const POSSESSIVE_DETERMINER = new RegExp(
  String.raw`^\s*(?:${anyOf(POSSESSIVE_DETERMINERS)})\s+`,
  'iu',
);

/**
 * {@link leadingHead} of `text` read past a possessive determiner opening it: "her B sample" →
 * sample, "the ship" → ship.
 */
export function ownedHead(text: string): string | null {
  return leadingHead(text.replace(POSSESSIVE_DETERMINER, ''));
}

/**
 * The thing `question` asks for (see the top of this file), or null when it asks in none of
 * the forms. The first form found in this order counts: "how", "who is the ROLE of",
 * "what/which NOUN", "is there", "did any", "happen to".
 *
 * @example askedThingOf('how deep is the lido') // { form: 'how', word: 'deep', values: ['length'] }
 */
export function askedThingOf(question: string): AskedThing | null {
  const how = HOW.exec(question)?.[1]?.toLowerCase();
  const values = how === undefined ? null : measureValues(question, how);
  if (how !== undefined && values !== null) {
    const asked = thing('how', how, values);
    if (DIMENSION_WORDS.has(how) && COPULAR_HOW.test(question) && !endsPassive(question))
      asked.dimensionNamed = true;
    return asked;
  }
  const role = ROLE.exec(question)?.[1];
  if (role !== undefined && !isStopWord(tokenize(role)[0]!))
    return thing('role', role.toLowerCase(), []);
  const head = focusHeadWord(question);
  if (head !== null) {
    const dimension = askedDimension(head);
    if (dimension !== null) return thing('what', head, [dimension]);
  }
  const there = THERE.exec(question)?.[1];
  const noun = there === undefined ? null : leadingHead(there);
  if (noun !== null) {
    const dimension = askedDimension(noun);
    return thing('there', noun, dimension ? [dimension] : []);
  }
  const any = ANY.exec(question)?.[1];
  const quantified = any === undefined ? undefined : quantifiedNoun(any);
  if (quantified !== undefined) return thing('any', quantified, []);
  const fate = HAPPEN.exec(question)?.[1];
  const fated = fate === undefined ? null : leadingHead(fate);
  if (fated !== null) return thing('happen', fated, []);
  return null;
}

/**
 * The ways the engine expresses a word of the question (`term`, its index term): its concept's
 * alternatives (the word, an alias, an irregular inflection, a WordNet synonym or derived form,
 * the word meant by a misspelling: plan/query-plan.ts), less a shorter word the asked one
 * extends ("lead" for "leader", which the plan tries when the coverage lacks the word: another
 * word, not a form of this one) unless it corrects a misspelling (`typoCorrection`); the word alone when it is no concept of the plan. Each is a
 * phrase of index terms.
 */
export function conceptForms(plan: QueryPlan, term: string): string[][] {
  return conceptAlternatives(plan, term).map((a) => a.terms);
}

/** The alternatives behind {@link conceptForms}, with how each matches (their `kind`). */
export function conceptAlternatives(plan: QueryPlan, term: string): Alternative[] {
  const concept = plan.concepts.find((c) => c.alternatives[0]?.terms.includes(term));
  // A misspelling's correction is the word meant, whatever it shares with the typed stem:
  // "objectons" (stem "objecton") means "objections" (stem "object").
  const kept = (alternative: Alternative) => {
    const first = alternative.terms[0] ?? '';
    return (
      alternative.kind !== 'fuzzy' ||
      alternative.typoCorrection === true ||
      first === term ||
      !term.startsWith(first)
    );
  };
  return concept ? concept.alternatives.filter(kept) : [{ terms: [term], kind: 'exact' }];
}

/**
 * The index terms that write `term` (a word of the question, as its index term) in one word: the
 * term itself and every one-word form of {@link conceptForms} (a WordNet derived form or
 * pertainym, "spain" for "spanish"; an alias of one word).
 */
export function oneWordForms(plan: QueryPlan, term: string): Set<string> {
  const forms = new Set([term]);
  for (const phrase of conceptForms(plan, term)) if (phrase.length === 1) forms.add(phrase[0]!);
  return forms;
}

/** Longest ending the stemmer leaves on a form of a word ("deep" → "deepest", "deepen"). */
const MAX_ENDING = 3;

/** True when `term` is `asked` with an ending the stemmer left ("deepest" for "deep"). */
function extends_(term: string, asked: string): boolean {
  return term.startsWith(asked) && term.length - asked.length <= MAX_ENDING;
}

/** Where `terms` first holds `phrase` as consecutive terms: the index of its first term, or -1. */
export function phraseAt(terms: readonly string[], phrase: readonly string[]): number {
  // Plain loops: a callback here made a closure per position of every candidate's words.
  starts: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue starts;
    return i;
  }
  return -1;
}

/** True when `terms` holds `phrase` as consecutive terms. */
export function holdsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  return phraseAt(terms, phrase) >= 0;
}

/** True when `text` states a value of `value` ({@link AskedValue}). */
function holdsValue(text: string, value: AskedValue): boolean {
  switch (value) {
    case 'age':
    case 'date':
    case 'duration':
      return answerTypeScore(text, { name: value }) === 1;
    case 'number':
      return answerTypeScore(text, { name: 'number' }) > 0;
    default:
      return holdsDimension(text, value);
  }
}

/**
 * Measure adjectives whose own word says nothing of the measure: "long" is far more often in
 * fixed phrases of time than a statement of one ("as long as", "no longer", "before long",
 * "longtime ruler", "long-awaited"), so "how long" is answered only by a value (a span, a
 * length), not by the word.
 */
const VALUE_ONLY: ReadonlySet<string> = new Set([stem('long')]);

/**
 * True when `text` holds the asked thing: one of `forms` (index-term phrases), a form of the
 * word the stemmer left apart ("deepest"; neither for a word of {@link VALUE_ONLY}), or, beyond the question's own words (`askedTerms`),
 * a value of it. `words` are `text`'s (plan/asked-words.ts), read here when not given.
 */
export function holdsAskedThing(
  text: string,
  asked: AskedThing,
  forms: readonly string[][],
  askedTerms: ReadonlySet<string>,
  words: PassageWords = passageWordsOf(text),
): boolean {
  const { stems } = words;
  if (!VALUE_ONLY.has(asked.term)) {
    if (forms.some((phrase) => holdsPhrase(stems, phrase))) return true;
    if (stems.some((term) => extends_(term, asked.term))) return true;
  }
  const named = asked.dimensionNamed ? (DIMENSION_WORDS.get(asked.word) ?? []) : [];
  const namesDimension = named.some((word) => stems.some((term) => extends_(term, stem(word))));
  // A length said with no dimension is the thing's greatest extent ({@link DIMENSION_WORDS}).
  const holds = (t: string, value: AskedValue) =>
    value === 'length' && asked.dimensionNamed && !namesDimension
      ? holdsAttributiveLength(t)
      : holdsValue(t, value);
  // A value in the text at all before one beyond the question's words: most texts hold none.
  const values = asked.values.filter((value) => holds(text, value));
  if (values.length === 0) return false;
  const besides = withoutAskedWords(text, askedTerms, words);
  return values.some((value) => holds(besides, value));
}

/**
 * Whether the candidates hold what the question asks for: undefined when it asks for no such
 * thing ({@link askedThingOf}), else true when one of the ranking's candidates, read with its
 * neighbours and the sentence it leans on, or its article's metadata, holds it
 * ({@link holdsAskedThing}). Every candidate is read, not only those shown: the one that holds
 * an age for "how old is Lukashenko" ("The 65-year-old has led Belarus…") names no one, so it
 * ranks below passages that name him.
 */
export function askedThingHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const asked = askedThingOf(plan.question);
  if (asked === null) return undefined;
  const forms = conceptForms(plan, asked.term);
  const articles = new Set(input.ranked.map((c) => input.sentences[c.sentence]?.article ?? -1));
  for (const article of articles) {
    const metadata = input.metadataTermsOf(article);
    if (forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!))) return true;
  }
  // The unit the answer is asked in ("in metres") is the answer's, not the topic's: a passage
  // stating the answer holds it ("92 metres long").
  const unit = asked.form === 'how' ? answerUnit(plan.question) : null;
  const beyond =
    unit === null
      ? plan.askedTerms
      : new Set([...plan.askedTerms].filter((term) => term !== stem(unit)));
  for (const s of candidateContext(input))
    if (holdsAskedThing(input.textOf(s), asked, forms, beyond, input.wordsOf(s))) return true;
  return false;
}
