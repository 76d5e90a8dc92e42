/**
 * A hard gate of abstention (abstain.ts): "how long did the meeting last" asks the length of
 * one event, the meeting, and a span of time said of another act ("Lukashenka, who has run the
 * country since 1994") does not answer it, however near it stands. A verb of duration ("last",
 * "take", "go on") relates an eventuality to a period: FrameNet's Duration_relation (core
 * elements Eventuality and Period) and Taking_time (Activity and Time_length; Ruppenhofer et
 * al. 2016). Its subject is the eventuality, so a period answers only where it is said of that
 * eventuality: in a sentence that names it (its head noun, in any form the engine links, or the
 * verb the noun nominalises, in any word of that verb's sense: "would walk out for 72 hours" of
 * "the strike", nominalised-verbs.ts), or that leans on one naming it ("It lasted three hours" after "The hearing opened on Monday": the
 * antecedent of its subject, Halliday & Hasan 1976 on reference). The asked-thing gate
 * (abstain-asked-thing.ts) checks only that some span of time is present, not whose it is.
 *
 * "How long has X been ROLE" asks the length of X's holding of the role, read apart
 * (abstain-role-span.ts).
 *
 * Left alone: a subject with no head noun ("how long did it take to build") or not opening as a
 * noun phrase does (a determiner or a genitive: {@link NOUN_PHRASE_OPENING}), and questions with
 * no verb of duration ("how long has she lived there": the verb is the act, told in other
 * words as often as not).
 */
import { anyOf } from '../text/word-class.js';
import { AUXILIARIES } from '../text/auxiliaries.js';
import { DETERMINERS } from '../text/determiners.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptAlternatives, holdsPhrase, ownedHead } from './abstain-asked-thing.js';
import type { MatchKind } from './plan/query-plan.js';
import { answerTypeScore, verbsOfDuration } from './plan/answer-type.js';
import { TIME_UNITS } from './plan/quantity.js';
import { stem } from '../text/terms.js';
import { nominalisedVerbWords } from './nominalised-verbs.js';
import { passageWordsOf } from './plan/asked-words.js';
import { roleSpanHeld } from './abstain-role-span.js';

/**
 * "How long" or "how many days" and the auxiliary that opens the clause: the subject follows
 * it ("how long did | the Sochi meeting last").
 */
const HOW_LONG = new RegExp(
  String.raw`^\s*how\s+(?:long|many\s+(?:${TIME_UNITS}))\s+(?:${anyOf(AUXILIARIES)})\s+`,
  'iu',
);

/**
 * A catenative verb of expectation or plan between the subject and the verb of duration ("how
 * long was the inquiry supposed to last"): the subject is still the eventuality's
 * (Huddleston & Pullum 2002, ch. 14 §4, raising verbs).
 */
const RAISING_TAIL =
  /\s+(?:(?:is|was|were|are)\s+)?(?:supposed|expected|set|due|scheduled|planned|meant|likely|going)\s+to\s*$/iu;

/**
 * A noun phrase's opening: a determiner ("the", "her") or a genitive ("Lindbergh's flight").
 * Read before the head, so that a clause between the auxiliary and the verb of duration ("how
 * long did Fennick say the council took") is not read as the subject: a bare word opening it
 * may be a name and the verb of a reporting clause after it.
 */
const NOUN_PHRASE_OPENING = new RegExp(
  String.raw`^\s*(?:(?:${anyOf(DETERMINERS)})\s|\p{L}+['’]s\s)`,
  'iu',
);

/**
 * The head noun of the eventuality a "how long … VERB" question asks the length of, as an index
 * term, or null when the question is of no such form or its subject has no head noun.
 *
 * @example durationEventuality('how long did the Sochi meeting last') // 'meet'
 */
export function durationEventuality(question: string): string | null {
  const head = eventualityHead(question);
  return head === null ? null : stem(head);
}

/** The head noun {@link durationEventuality} reads, as written, or null. */
function eventualityHead(question: string): string | null {
  const opening = HOW_LONG.exec(question);
  if (opening === null) return null;
  const from = opening[0].length;
  const verb = verbsOfDuration(question, from)[0];
  if (verb === undefined) return null;
  const subject = question.slice(from, verb).replace(RAISING_TAIL, '');
  if (!NOUN_PHRASE_OPENING.test(subject)) return null;
  return ownedHead(subject);
}

/** The kinds of alternative that name the eventuality ({@link askedDurationHeld}). */
const NAMING_KINDS: ReadonlySet<MatchKind> = new Set(['exact', 'derived', 'fuzzy']);

/**
 * "Until" or "till" before what ends a span ("will remain in place until at least the spring"):
 * the preposition of a span's end point (Quirk et al. 1985, §9.36), whatever names the end (a
 * season, an event), which answer-type.ts reads only as a date.
 */
const SPAN_END = /\b(?:until|till)\s+\p{L}/iu;

/**
 * True when `text` states a span of time (answer-type.ts `answerTypeScore` of a duration) or
 * the end of one ({@link SPAN_END}).
 */
function statesSpan(text: string): boolean {
  return answerTypeScore(text, { name: 'duration' }) === 1 || SPAN_END.test(text);
}

/**
 * Whether the candidates say a span of time of the eventuality a "how long did X last/take"
 * question asks: for "how long has X been ROLE", abstain-role-span.ts `roleSpanHeld`; else
 * undefined when the question is of no such form ({@link durationEventuality});
 * else true when a sentence the candidates are read in (abstain-features.ts `candidateContext`)
 * states a span and names the eventuality ({@link NAMING_KINDS}, or a word of the verb its head
 * nominalises: nominalised-verbs.ts `nominalisedVerbWords`), or leans on a sentence naming it
 * (`contextOf`). Costs one reading of each context sentence for a span, and for such a question a
 * few WordNet synsets read.
 */
export function askedDurationHeld(input: AbstentionInput): boolean | undefined {
  const word = eventualityHead(input.plan.question);
  // "How long has X been chief executive" asks the length of X's holding of a role.
  if (word === null) return roleSpanHeld(input);
  const head = stem(word);
  // The head noun itself (its stem: "meetings"), a form WordNet derives from it ("closed" for
  // "closure") or the word a misspelling means; not WordNet's synonyms, nor an irregular form
  // of the noun's verb (plan aliases): a synonym of "meeting" is "run", which a span of another
  // act holds ("has run the country since 1994"), and "met" is as often another sense ("has been
  // met with weeks of protest"). Synonyms come only from the sense of the noun's own verb, below.
  const forms = conceptAlternatives(input.plan, head)
    .filter((a) => NAMING_KINDS.has(a.kind))
    .map((a) => a.terms);
  // The verb the head noun nominalises and the words of its sense ("walk out" for "strike"),
  // each word as a passage's words are stemmed: a particle verb by its verb and particle both.
  for (const verb of nominalisedVerbWords(word)) forms.push([...passageWordsOf(verb).stems]);
  const names = (s: number) => forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  for (const s of candidateContext(input)) {
    if (!statesSpan(input.textOf(s))) continue;
    if (names(s)) return true;
    const antecedent = input.contextOf(s);
    if (antecedent !== null && names(antecedent)) return true;
  }
  return false;
}
