/**
 * A hard gate of abstention (abstain.ts): a question for what someone said, decided or thought
 * ("what did Lowmere's council say about the barrier", "how did the union react") asks for that
 * speaker's words. A passage that names someone else as the one speaking, however much of the
 * topic it shares, reports another's words: shown as the answer, it would put them in the
 * asked speaker's mouth. The speaker is the noun phrase between the auxiliary and the verb of
 * saying (plan/speaker.ts `speakerStems`); its rarest word is the one that picks it out ("the
 * Lowmere council": Lowmere; Spärck Jones, "A statistical interpretation of term specificity",
 * 1972).
 *
 * The reply shows the leading candidates (the first `SEARCH_OPTIONS.abstain.topPassages`), so
 * one of them must name the speaker: in its sentence, a neighbour ("…, she said" after a
 * sentence naming her), the sentence it leans on, or its article's metadata (an outlet asked
 * what it reported). When none does, the reply is a refusal, whatever the classifier's
 * probability (its `speakerMissing` feature weighs the same lack only for the best passage, and
 * softly). Only names are required ({@link namingStems}): a common noun may be paraphrased.
 *
 * Left alone: questions whose speaker is only a pronoun, a stop word or a common noun ("what
 * did he say", "what did the mayor say"), or only the source the question names ("what did the
 * 1913 message say"); and which topic the named speaker speaks on (abstain-said-topic.ts): a
 * leading passage naming the speaker on another topic, or only naming them, is left to the
 * classifier (requiring the topic beside the speaker refused answerable development questions
 * whose speaker, a treaty, is named a few sentences away).
 */
import type { AbstentionInput } from './abstain-features.js';
import { neighbourhood } from './abstain-features.js';
import { holdsConceptAt, rarestConceptOf } from './abstain-said-topic.js';
import { SEARCH_OPTIONS } from './options.js';
import { speakerStems } from './plan/speaker.js';
import { stem, tokenize } from '../text/terms.js';

/**
 * Whether a leading candidate names the speaker a question asks the words of: undefined when it
 * asks none (no speaker concept: {@link rarestConceptOf} of `speakerStems`); else whether the
 * speaker's rarest naming concept is held, in any form the plan gives it, by a leading
 * candidate's neighbourhood, the sentence it leans on, or its article's metadata. A word the
 * coverage never uses (a concept with no form) is held nowhere.
 */
export function saidSpeakerHeld(input: AbstentionInput): boolean | undefined {
  const speaker = rarestConceptOf(input, namingStems(input, speakerStems(input.plan.question)));
  if (speaker === null) return undefined;
  for (const { sentence } of input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages)) {
    const read = neighbourhood(input.sentences, sentence);
    const leanedOn = input.contextOf(sentence);
    if (leanedOn !== null) read.push(leanedOn);
    if (read.some((s) => holdsConceptAt(input, s, speaker))) return true;
  }
  return false;
}

/**
 * The stems of a speaker that name it: proper words (the coverage writes them, and never in
 * lower case: "KGB", "Lithuania") and words the coverage never uses that the question writes as
 * a name (capitalised, not opening it: "Lavrov"). A common noun ("the deal", "the KGB boss") may
 * be paraphrased by the passage ("the agreement", "the KGB chairman"), a name is not.
 */
function namingStems(input: AbstentionInput, stems: ReadonlySet<string>): Set<string> {
  const writtenAsName = new Set<string>();
  for (const concept of input.plan.concepts)
    if (concept.name) for (const t of tokenize(concept.label)) writtenAsName.add(stem(t.word));
  const naming = new Set<string>();
  for (const term of stems)
    if (input.hasTerm(term) ? !input.writtenInLowerCase(term) : writtenAsName.has(term))
      naming.add(term);
  return naming;
}
