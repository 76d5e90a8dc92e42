/**
 * A hard gate of abstention (abstain.ts): a question for a time is answered only by a passage
 * that gives the time it asks.
 *
 * - "What time did the press conference start" asks for a time of day (plan/answer-type.ts,
 *   focus "time"): a day is no answer to it ("… said at a press conference in Fenwick on
 *   Tuesday" says when within a week, not at what hour). A sentence the candidates are read in
 *   must hold a clock time (text/clock-time.ts `CLOCK_TIME`) and one of the question's other
 *   words.
 * - "When was the Fenwick Field Club founded" asks the date of one act, the one its passive
 *   participle names ("founded", "built", "born"): a date of another act in the passage ("…
 *   said at a press conference on Tuesday") is not it. A sentence the candidates are read in
 *   must hold a date and a form of the act (the forms the engine links to it: an inflection, a
 *   WordNet synonym or derived form, abstain-asked-thing.ts `conceptForms`: "established",
 *   "foundation"; for a founding, any verb of coming into being: text/coming-into-being.ts)
 *   and name the subject X by the head of its noun phrase, or lean on a sentence that does
 *   (abstain-bound-value.ts: "The Quarnby Lift Company was founded in 1888" does not date the
 *   Friends' founding); not for a light verb ("made public": text/light-verbs.ts), whose act is
 *   in its complement. Which act of the sentence its date is said of is not read here (that
 *   takes a parse the question path does not load): a date beside the act's word is taken as
 *   its.
 *
 * - "When will the statue move to the cathedral", "when does the ferry sail", "when is the bridge
 *   due to open" ask the date of the act their verb names, done by their subject: a date of
 *   another act in the passage ("the talk will go ahead on Thursday 16 April") is not it, even
 *   when it shares the verb's word. Refused when every dated sentence the candidates are read in
 *   tells of the act's word with another doer as its subject ({@link otherDoerBefore}); a
 *   dated sentence without the act's word may tell of it in other words ("will reopen" for
 *   "resume service"), so it is not taken as another act's. "When will the move happen" asks
 *   of no act by its verb ("happen" frames the question: stop-words.ts QUESTION_WORDS): the
 *   act is the subject's noun, "move".
 *
 * Left alone: a participle that only frames a plan ("when was the seat of government supposed
 * to move": the date asked is of the act after "to"), and "when" questions asking of no act by
 * a participle ("when was the election", "when did the strike end").
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, conceptsBesides } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { namesSubject, subjectHead } from './abstain-bound-value.js';
import { answerTypeScore, type AnswerType } from './plan/answer-type.js';
import { CLOCK_TIME } from '../text/clock-time.js';
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { FOUNDING_TERMS, tellsFounding } from '../text/coming-into-being.js';
import { AUXILIARIES } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import { QUESTION_WORDS, STOP_WORDS } from '../text/stop-words.js';
import { MID_ADVERB } from '../timeline/base-form.js';
import { irregularPastForms, REGULAR_PAST } from '../timeline/past-forms.js';

/** "When was/were/is/are/has been/had been/will be …": a passive question of when, words after it in group 1. */
const WHEN_PASSIVE =
  /^\s*when\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)\s+(.+?)[\s?.!]*$/isu;

/**
 * "When will/would/shall/does/do X VERB": a future or present active question of when, the
 * words after the auxiliary in group 1. Auxiliaries are a closed class.
 */
const WHEN_ACTIVE = /^\s*when\s+(?:will|would|shall|does|do)\s+(.+?)[\s?.!]*$/isu;

/** "When is/are X due/set/going/expected to VERB": a plan's act, its verb in group 1. */
const WHEN_PLANNED = /^\s*when\s+(?:is|are)\s+.+?\s+to\s+([\p{L}'’-]+)/iu;

/** "What time of year", "what time of the year": a season asked, not an hour. */
const TIME_OF_YEAR = /\btime\s+of\s+(?:the\s+)?year\b/iu;

/**
 * True when a question asks for a time of day: "what time" (plan/answer-type.ts, focus "time"),
 * not "what time of year".
 */
export function asksClockTime(question: string, type: AnswerType | null): boolean {
  return type?.name === 'date' && type.focus === 'time' && !TIME_OF_YEAR.test(question);
}

/** True when `word` (folded) is a past participle: "founded", "built", "born". */
function isParticiple(word: string): boolean {
  return REGULAR_PAST.test(word) || irregularPastForms().has(word);
}

/**
 * The act whose date a "when was X VERBed" question asks, as the question writes it, folded, or
 * null: the last participle after the subject ("when was the disputed election held": held,
 * not "disputed", which describes the election), unless "to" follows it (a framing of a plan:
 * "supposed to move", "expected to open").
 *
 * @example askedAct('when was the Fenwick Field Club founded') // 'founded'
 */
export function askedAct(question: string): string | null {
  return askedPassive(question)?.act ?? null;
}

/**
 * The act of a "when was X VERBed" question ({@link askedAct}) and the head of its subject X,
 * folded (abstain-bound-value.ts `subjectHead`: "when was the Gull Point lighthouse built" →
 * lighthouse; null when X is a pronoun), or null when it asks no such act.
 *
 * @example askedPassive('when was Tomas Vreeland first elected') // { act: 'elected', subject: 'vreeland' }
 */
export function askedPassive(question: string): { act: string; subject: string | null } | null {
  const match = WHEN_PASSIVE.exec(question);
  if (match === null) return null;
  const words = match[1]!;
  const tokens = tokenize(words);
  // The subject comes first: a participle opening the words after the verb is its modifier.
  for (let i = tokens.length - 1; i > 0; i--) {
    const word = tokens[i]!.word;
    if (!isParticiple(word)) continue;
    if (tokens[i + 1]?.word === 'to') return null;
    return { act: word, subject: subjectHead(words.slice(0, tokens[i]!.start)) };
  }
  return null;
}

/**
 * The act whose date a "when will X VERB" (or "when does X VERB", "when is X due to VERB")
 * question asks, folded, or null: the verb after the subject, read as the last word of the
 * first run of content words after the auxiliary ("the statue go to the cathedral": the run
 * "statue go", its last word "go"; the subject comes first and the verb follows it). When the
 * verb only frames the question ("happen", stop-words.ts QUESTION_WORDS), the act is the
 * subject's last word ("when will the move happen": "move"). Null when the run has one word
 * (no subject and verb told apart).
 *
 * @example askedComingAct('when will the statue go to the cathedral') // 'go'
 */
export function askedComingAct(question: string): string | null {
  const planned = WHEN_PLANNED.exec(question);
  if (planned !== null) {
    const verb = planned[1]!.toLowerCase();
    return STOP_WORDS.has(verb) ? null : verb;
  }
  const match = WHEN_ACTIVE.exec(question);
  if (match === null) return null;
  const run: string[] = [];
  for (const token of tokenize(match[1]!)) {
    if (isStopWord(token)) {
      if (run.length > 0) break;
      continue;
    }
    run.push(token.word);
  }
  if (run.length < 2) return null;
  const verb = run[run.length - 1]!;
  return QUESTION_WORDS.has(verb) ? run[run.length - 2]! : verb;
}

/**
 * Auxiliaries (a closed class: text/auxiliaries.ts), "not" and "to" between a subject and its
 * verb: "will", "is to", "will not".
 */
const AUXILIARY = wordIn([...AUXILIARIES, 'not', 'to']);

/** An aside between commas right before the verb ("Our talk, on the history of the statue, will"). */
const ASIDE_BEFORE = /,[^,]*,\s*$/u;

/**
 * True when the word standing as the subject of the act at `at` (a character offset in `text`)
 * is a content word none of `questionStems` (the question's concepts' stems) holds: the act is
 * another doer's ("Our spring talk, on the history of the statue, will go ahead" for the
 * statue's going). The subject of an English active clause stands before its verb, past its
 * auxiliaries, an adverb among them ("will finally move": timeline/base-form.ts `MID_ADVERB`,
 * taken only right after an auxiliary, so "The family will" keeps "family") and an aside between
 * commas; a pronoun, a determiner or nothing there names no other doer ("It will move", "the
 * move").
 *
 * @example otherDoerBefore('Our talk, on the bell, will move', 28, new Set(['bell'])) // true: "talk"
 */
export function otherDoerBefore(
  text: string,
  at: number,
  questionStems: ReadonlySet<string>,
): boolean {
  const words = text.slice(0, at).split(/\s+/u).filter(Boolean);
  for (;;) {
    const last = words[words.length - 1];
    if (last === undefined) break;
    if (AUXILIARY.test(last)) words.pop();
    else if (MID_ADVERB.test(last) && AUXILIARY.test(words[words.length - 2] ?? '')) words.pop();
    else break;
  }
  const tokens = tokenize(words.join(' ').replace(ASIDE_BEFORE, ''));
  const last = tokens[tokens.length - 1];
  if (last === undefined || isStopWord(last)) return false;
  return !questionStems.has(stem(last.word));
}

/**
 * Whether the candidates give the time a question asks: undefined when it asks none of the
 * kinds above; else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds, for "what time", a clock time and a form of another of the
 * question's concepts; for "when was X VERBed", a date (plan/answer-type.ts `answerTypeScore`
 * above 0) and a form of the act; for "when will X VERB", false only when every dated sentence
 * tells of the act's word with another doer as its subject ({@link otherDoerBefore}), else
 * true, or undefined when none is dated. Costs one pass over those sentences, stopping at the
 * first that settles it.
 */
export function askedTimeHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  if (type?.name !== 'date') return undefined;
  const holds = (s: number, phrases: readonly string[][]) =>
    phrases.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  if (asksClockTime(plan.question, type)) {
    const others = conceptsBesides(plan, 'time').flatMap((c) =>
      plan.concepts[c]!.alternatives.map((alternative) => alternative.terms),
    );
    for (const s of candidateContext(input))
      if (CLOCK_TIME.test(input.textOf(s)) && (others.length === 0 || holds(s, others)))
        return true;
    return false;
  }
  const passive = askedPassive(plan.question);
  if (passive !== null) {
    // A thing comes into being once: its founding is its establishment, creation or building
    // (text/coming-into-being.ts), whichever word a passage dates it with.
    const founding = FOUNDING_TERMS.has(stem(passive.act));
    // A founding is told by a word of coming into being as the lemma reads it, not the stem:
    // "found" is "find"'s past, and no founding (text/coming-into-being.ts `tellsFounding`).
    const forms = conceptForms(plan, stem(passive.act)).filter(
      (phrase) => !founding || phrase.length > 1 || !FOUNDING_TERMS.has(phrase[0]!),
    );
    const actTold = (s: number) => holds(s, forms) || (founding && tellsFounding(input.textOf(s)));
    // The date is the subject's only in a sentence naming it (abstain-bound-value.ts); a light
    // verb ("made public") names no act of its own to date beside it (text/light-verbs.ts).
    const light = LIGHT_VERB_TERMS.has(stem(passive.act));
    const ofSubject =
      (passive.subject === null || light ? null : namesSubject(input, passive.subject)) ??
      (() => true);
    for (const s of candidateContext(input))
      if (actTold(s) && answerTypeScore(input.textOf(s), type) > 0 && ofSubject(s)) return true;
    return false;
  }
  const coming = askedComingAct(plan.question);
  if (coming === null) return undefined;
  const forms = conceptForms(plan, stem(coming));
  const questionStems = new Set(
    plan.concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)),
  );
  // Only a dated sentence telling of the act's word with another doer is evidence against: a
  // date with no form of the act may date it in other words ("will reopen" for "resume
  // service"), and a date the reader does not take ("in June") is no evidence either way.
  let anotherDoers = false;
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    if (answerTypeScore(text, type) <= 0) continue;
    const acts = actsOf(text, forms);
    if (acts.length === 0 || acts.some((at) => !otherDoerBefore(text, at, questionStems)))
      return true;
    anotherDoers = true;
  }
  return anotherDoers ? false : undefined;
}

/**
 * Character offsets in `text` where one of `forms` (stem phrases, as conceptForms gives) starts:
 * every one, not the first (abstain-asked-thing.ts `phraseAt`), as a sentence may tell of
 * another doer's act and the asked one by the same verb.
 */
function actsOf(text: string, forms: readonly string[][]): number[] {
  const tokens = tokenize(text).filter((token) => !isStopWord(token));
  const stems = tokens.map((token) => stem(token.word));
  const offsets: number[] = [];
  for (let i = 0; i < stems.length; i++)
    if (forms.some((form) => form.every((term, k) => stems[i + k] === term)))
      offsets.push(tokens[i]!.start);
  return offsets;
}
