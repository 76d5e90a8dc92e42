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
 * one of them must name the speaker, and when the question names a topic ("about the ferry":
 * abstain-said-topic.ts `saidTopicStems`) tell of it too, by one of its words (which of them
 * is specific enough is abstain-said-topic.ts's to judge; "maybe" in "about Russia maybe
 * intervening" is a hedge, no topic the passage must repeat): in its sentence,
 * a neighbour ("…, she said" after a sentence naming her), the sentence it leans on, or its
 * article's metadata (an outlet asked what it reported). The speaker's words on another topic
 * are not the asked words, nor another's words on the topic. When no leading candidate holds
 * both, the reply is a refusal, whatever the classifier's probability (its `speakerMissing`
 * feature weighs the speaker's lack only for the best passage, and softly).
 *
 * Left alone: questions whose speaker is only a pronoun or a stop word ("what did he say"), or
 * only the source the question names ("what did the 1913 message say").
 */
import type { AbstentionInput } from './abstain-features.js';
import { neighbourhood } from './abstain-features.js';
import { holdsConceptAt, rarestConceptOf, saidTopicStems } from './abstain-said-topic.js';
import { SEARCH_OPTIONS } from './options.js';
import { speakerStems } from './plan/speaker.js';
import { stem, tokenize } from '../text/terms.js';

/**
 * Whether a leading candidate names the speaker a question asks the words of: undefined when it
 * asks none (no speaker concept: {@link rarestConceptOf} of `speakerStems`); else whether the
 * speaker's rarest concept, and one of the topic's when it names one, are held, in any form the
 * plan gives them, by one leading candidate's neighbourhood, the sentence it leans on, or its
 * article's metadata. A word the coverage never uses (a concept with no form) is held nowhere.
 */
export function saidSpeakerHeld(input: AbstentionInput): boolean | undefined {
  const speaker = rarestConceptOf(input, namingStems(input, speakerStems(input.plan.question)));
  if (speaker === null) return undefined;
  const topic = conceptsOf(input, saidTopicStems(input.plan.question));
  for (const { sentence } of input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages)) {
    const read = neighbourhood(input.sentences, sentence);
    const leanedOn = input.contextOf(sentence);
    if (leanedOn !== null) read.push(leanedOn);
    const holds = (c: number) => read.some((s) => holdsConceptAt(input, s, c));
    if (holds(speaker) && (topic.length === 0 || topic.some(holds))) return true;
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

/** The indices (plan order) of the question's concepts whose own words are all among `stems`. */
function conceptsOf(input: AbstentionInput, stems: ReadonlySet<string>): number[] {
  const found: number[] = [];
  input.plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length > 0 && own.every((term) => stems.has(term))) found.push(c);
  });
  return found;
}
