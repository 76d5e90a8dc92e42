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
 *   "foundation"). Which act of the sentence its date is said of is not read here (that takes
 *   a parse the question path does not load): a date beside the act's word is taken as its.
 *
 * Left alone: a participle that only frames a plan ("when was the seat of government supposed
 * to move": the date asked is of the act after "to"), and "when" questions asking of no act by
 * a participle ("when was the election", "when did the strike end").
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, conceptsBesides } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { answerTypeScore, type AnswerType } from './plan/answer-type.js';
import { CLOCK_TIME } from '../text/clock-time.js';
import { stem, tokenize } from '../text/terms.js';
import { irregularPastForms, REGULAR_PAST } from '../timeline/past-forms.js';

/** "When was/were/is/are/has been/had been/will be …": a passive question of when, words after it in group 1. */
const WHEN_PASSIVE =
  /^\s*when\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)\s+(.+?)[\s?.!]*$/isu;

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
  const match = WHEN_PASSIVE.exec(question);
  if (match === null) return null;
  const tokens = tokenize(match[1]!);
  // The subject comes first: a participle opening the words after the verb is its modifier.
  for (let i = tokens.length - 1; i > 0; i--) {
    const word = tokens[i]!.word;
    if (!isParticiple(word)) continue;
    return tokens[i + 1]?.word === 'to' ? null : word;
  }
  return null;
}

/**
 * Whether the candidates give the time a question asks: undefined when it asks none of the two
 * kinds above; else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds, for "what time", a clock time and a form of another of the
 * question's concepts; for "when was X VERBed", a date (plan/answer-type.ts `answerTypeScore`
 * above 0) and a form of the act. Costs one pass over those sentences, stopping at the first
 * that holds both.
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
  const act = askedAct(plan.question);
  if (act === null) return undefined;
  const forms = conceptForms(plan, stem(act));
  for (const s of candidateContext(input))
    if (holds(s, forms) && answerTypeScore(input.textOf(s), type) > 0) return true;
  return false;
}
