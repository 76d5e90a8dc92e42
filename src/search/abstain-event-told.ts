/**
 * A hard gate of abstention (abstain.ts): "did the minister call in the decision", "has the
 * council sold the depot" ask whether an event happened. A sentence that tells the event only as
 * wanted, asked for or still ahead ("members would write to the minister asking for the decision
 * to be called in", "the council will sell the depot") shares every word of the question and
 * looks like its answer, but it reports a plan or a request, not the event: its clause is
 * irrealis, which asserts nothing of what happened (Palmer, "Mood and Modality", 2nd ed. 2001,
 * ch. 1, realis and irrealis; Karttunen, "Implicative verbs", 1971: a verb of asking or wanting
 * does not entail its complement). When some sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds every word of the question (each concept of
 * its plan in its own words or a form derived from them), and every such sentence tells each of
 * those words as still ahead (told-as-ahead.ts `toldAsAhead`: a future marker, a modal of
 * possibility, a verb of asking for the act, "yet to"), the reply is a refusal, whatever the
 * classifier's probability. The pending-outcome gate (abstain-pending-outcome.ts) reads the same
 * for a question for the outcome of a process.
 *
 * Left alone: questions of the present or the future ("is", "will": a plan answers them), of a
 * plan or a request itself ("did the inspector plan to visit …"), "did any …" (the asked-thing
 * gate reads its noun), and those no sentence holds all the words of (the classifier weighs a
 * missing word).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptForms, phraseAt } from './abstain-asked-thing.js';
import { SEARCH_OPTIONS } from './options.js';
import { wordSpan } from './plan/asked-words.js';
import { askingAt, toldAsAhead } from './told-as-ahead.js';
import { COMMITTING_PASTS } from '../timeline/committed-act.js';
import { stem } from '../text/terms.js';

/** A polar question for a past event ("did X …", "has X …"), not one of "did any". */
const PAST_POLAR = /^\s*(?:did|has|have|had)\s+(?!any\b)/iu;

/** The stems of the verbs of commitment and intention ("plan", "agree", "decide", …). */
const COMMITTING_STEMS: ReadonlySet<string> = new Set(COMMITTING_PASTS.map(stem));

/**
 * True when the question's own verb is one of intending, committing or asking ("did the
 * inspector plan to visit the dunes", "has the club asked for a review"): what it asks is
 * whether the plan or the request was made, which a clause telling the act as ahead or asked
 * for reports. The verbs are those timeline/committed-act.ts reads before "to" and
 * told-as-ahead.ts `askingAt`'s, in any form.
 */
function asksIntention(question: string): boolean {
  const words = question.match(/[\p{L}'’]+/gu) ?? [];
  return words.some(
    (word, i) =>
      askingAt(words, i) ||
      (/^to$/iu.test(words[i + 1] ?? '') && COMMITTING_STEMS.has(stem(word.toLowerCase()))),
  );
}

/**
 * Whether the candidates tell the event a past polar question asks of as having happened:
 * undefined when the question is no such question ({@link PAST_POLAR}), asks of a plan or a
 * request itself (`asksIntention`), has fewer than two
 * concepts, or no sentence the candidates are read in holds every one of them; false when every
 * sentence that does tells each of their words (the first place each is written) as still ahead;
 * else true. Costs a look at each of those sentences' match factors, and a reading of the clause
 * of the few that hold every concept.
 */
export function eventToldHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  if (!PAST_POLAR.test(plan.question) || asksIntention(plan.question)) return undefined;
  if (plan.concepts.length < 2) return undefined;
  const { derived } = SEARCH_OPTIONS.plan.matchFactor;
  const forms = plan.concepts.map((concept) =>
    conceptForms(plan, concept.alternatives[0]?.terms[0] ?? ''),
  );
  let ahead = false;
  for (const s of candidateContext(input)) {
    const { matched } = input.matcher.sentence(s);
    if (!plan.concepts.every((_, c) => (matched[c] ?? 0) >= derived)) continue;
    const words = input.wordsOf(s);
    const text = input.textOf(s);
    for (const phrases of forms) {
      const found = phrases.map((phrase) => phraseAt(words.stems, phrase)).filter((i) => i >= 0);
      if (found.length === 0) continue;
      const { start, end } = wordSpan(words, Math.min(...found));
      if (!toldAsAhead(text, start, end)) return true;
    }
    ahead = true;
  }
  return ahead ? false : undefined;
}
