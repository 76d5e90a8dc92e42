/**
 * A hard gate of abstention (abstain.ts): a question for the outcome of a process ("what did
 * the environmental assessment conclude", "who won the arbitration", "how did the appeal turn
 * out") asks for what the process produced. News reports a process before its end as still
 * ahead: "An arbitration hearing is scheduled for September", "the assessment would be
 * published in full before work starts", "the inquiry has yet to report". When every sentence
 * the ranking's candidates are read in that names the process tells it so, the coverage holds
 * no outcome of it, and the reply is a refusal whatever the classifier's probability: those
 * sentences share the question's rare words and look close.
 *
 * A process is told as ahead when the tense marker that governs its noun (timeline/
 * tense-markers.ts `markerAt`, read as the timeline reads the verb of a date: the nearest
 * marker before it in its clause, else the first after it when it opens the clause; a verb of
 * saying opens the clause it reports, "said the review would be published") is a
 * future one ("will", "would", "is due", "scheduled", "expected"), or its clause says it is not
 * done yet ("yet to", "not yet", "still not"). One sentence naming it otherwise ("The
 * arbitrator ruled that …", "the assessment found …") lets the classifier judge.
 *
 * Left alone: outcome verbs of other shapes ("who did the fishers pick"), and processes no
 * candidate names (the asked-thing gate and the classifier weigh a missing word).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptForms, ownedHead, phraseAt } from './abstain-asked-thing.js';
import { wordSpan } from './plan/asked-words.js';
import { clauseBounds } from '../timeline/clause.js';
import { SPEECH_VERBS } from '../timeline/lexicon.js';
import { markerAt } from '../timeline/tense-markers.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { stem } from '../text/terms.js';

/**
 * Verbs that ask what a process produced, after "did/has/have X": a finding, a decision, a
 * ruling, an end ("turn out", "end up", "come up with").
 */
const OUTCOME_VERB = String.raw`(?:conclude|decide|rule|find|recommend|determine|turn\s+out|end\s+up|come\s+up\s+with)`;
/** "What did the assessment conclude", "how has the appeal turned out": X in group 1. */
const ASKED_OF_PROCESS = new RegExp(
  String.raw`\b(?:did|has|have)\s+(.+?)\s+${OUTCOME_VERB}(?:s|d|ed|ing)?\b`,
  'iu',
);
/** "Who won the arbitration", "which side lost the appeal": X in group 1. */
const WINNER_OF = /\b(?:who|which\s+\p{L}+)\s+(?:won|lost)\s+(.+)$/iu;
/** "What was the outcome of the review", "the verdict in the trial": X in group 1. */
const OUTCOME_OF =
  /\b(?:outcomes?|results?|verdicts?|rulings?|findings?|conclusions?|recommendations?)\s+(?:of|in|from)\s+(.+)$/iu;

/**
 * A clause inside the phrase before the outcome verb ("what did Fennick say about how quickly
 * the council decided"): the verb is that clause's, and the phrase names no process.
 */
const CLAUSE_INSIDE = /\b(?:how|what|who|whom|which|when|where|why|that|whether|if)\b/iu;

/**
 * The noun naming the process whose outcome `question` asks (the head of its noun phrase,
 * abstain-asked-thing.ts `ownedHead`), as written, folded, or null when it asks no outcome in
 * one of the forms above, or the words before the verb are no noun phrase ({@link CLAUSE_INSIDE},
 * a framing word such as "say" for a head).
 *
 * @example processAsked('how did the september arbitration over the penalty turn out') // 'arbitration'
 */
export function processAsked(question: string): string | null {
  const phrase = (ASKED_OF_PROCESS.exec(question) ??
    WINNER_OF.exec(question) ??
    OUTCOME_OF.exec(question))?.[1];
  if (phrase === undefined || CLAUSE_INSIDE.test(phrase)) return null;
  const head = ownedHead(phrase);
  return head === null || QUESTION_WORDS.has(head) ? null : head;
}

/** A clause that says its act is not done yet. */
const NOT_DONE = /\b(?:yet to|not yet|still not|still no)\b/iu;

/**
 * Modals of possibility: "may still ask for her B sample to be tested", "the inquiry could
 * report in May" tell an act as possible, not done. Not before "not" or "have": "could not
 * find", "may have found" tell what was found, or was not.
 */
const POSSIBLE = /^(?:may|might|could|can)$/iu;
/** What after a modal makes it no possibility still ahead ({@link POSSIBLE}). */
const NOT_POSSIBILITY = /^(?:not|n['’]t|have|has)$/iu;
/**
 * Verbs of asking for an act, whatever their tense: "asked for her B sample to be tested",
 * "requested a review", "is seeking an inquiry" tell it as wanted, not done.
 */
const ASKING =
  /^(?:ask|asks|asked|asking|request|requests|requested|requesting|seek|seeks|sought|seeking|demand|demands|demanded|demanding)$/iu;
/** Verbs of asking for an act before "for": "called for an inquiry", "applied for a review". */
const ASKING_FOR =
  /^(?:call|calls|called|calling|apply|applies|applied|applying|appeal|appeals|appealed|appealing)$/iu;

/** True when the word at `i` of `words` is a modal of possibility ({@link POSSIBLE}). */
function possibilityAt(words: readonly string[], i: number): boolean {
  return POSSIBLE.test(words[i]!) && !NOT_POSSIBILITY.test(words[i + 1] ?? '');
}

/** True when the word at `i` of `words` asks for the act after it ({@link ASKING}, {@link ASKING_FOR}). */
function askingAt(words: readonly string[], i: number): boolean {
  return (
    ASKING.test(words[i]!) || (ASKING_FOR.test(words[i]!) && /^for$/iu.test(words[i + 1] ?? ''))
  );
}

/** Words and the punctuation that breaks a clause, with their offsets (as tense.ts reads them). */
const WORD = /[\p{L}'’]+|[;:—()]/gu;

/**
 * True when the word at `start`–`end` of `text` is told as still ahead or not done (see the
 * top of this file).
 */
export function toldAsAhead(text: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(text, start, end);
  const clause = text.slice(from, to);
  if (NOT_DONE.test(clause)) return true;
  const found = [...clause.matchAll(WORD)];
  const words = found.map((m) => m[0]);
  const at = found.findIndex((m) => from + m.index >= start);
  if (at < 0) return false;
  // "her B sample to be tested": an act still to be done to the process's noun.
  if (/^to$/iu.test(words[at + 1] ?? '') && /^be$/iu.test(words[at + 2] ?? '')) return true;
  for (let i = at - 1; i >= 0; i--) {
    if (possibilityAt(words, i) || askingAt(words, i)) return true;
    const marker = markerAt(words, i);
    // "said the review would be published": a verb of saying opens the clause it reports.
    if (marker === 'break' || SPEECH_VERBS.has(words[i]!)) break;
    if (marker !== null) return marker === 'future';
  }
  for (let i = at + 1; i < words.length; i++) {
    if (possibilityAt(words, i)) return true;
    const marker = markerAt(words, i);
    if (marker === 'break') return false;
    if (marker !== null) return marker === 'future';
  }
  return false;
}

/**
 * Whether the candidates tell an outcome of the process a question asks the outcome of:
 * undefined when it asks none ({@link processAsked}) or no sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) names the process (a form the engine links to its
 * noun); false when every one that does tells it as still ahead ({@link toldAsAhead}); else
 * true. Costs one pass over those sentences' words, and a reading of the clause of those that
 * name it.
 */
export function outcomeReported(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const noun = processAsked(plan.question);
  if (noun === null) return undefined;
  const forms = conceptForms(plan, stem(noun));
  let ahead = false;
  for (const s of candidateContext(input)) {
    const words = input.wordsOf(s);
    const found = forms.map((phrase) => phraseAt(words.stems, phrase)).filter((i) => i >= 0);
    if (found.length === 0) continue;
    const at = Math.min(...found);
    const { start, end } = wordSpan(words, at);
    if (!toldAsAhead(input.textOf(s), start, end)) return true;
    ahead = true;
  }
  return ahead ? false : undefined;
}
