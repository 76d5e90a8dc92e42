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
import { toldAsAhead } from './told-as-ahead.js';
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
