/**
 * A hard gate of abstention (abstain.ts): a question for what someone said, claimed or decided
 * about a topic ("what did the mayor say about the library", "what did Harding say regarding
 * the Tulsa race massacre") asks for words on that topic. A passage of the speaker's words on
 * another topic (the mayor on the budget) shares the speaker with the question, and often its
 * topic's commonest words ("race"), but does not answer it. The topic is the noun phrase after
 * "about", "regarding" or "concerning" following the question's verb of saying
 * (plan/speaker.ts); its rarest word is the one that picks it out (the rarer a word, the more
 * it tells what a text is about: Spärck Jones, "A statistical interpretation of term
 * specificity", 1972).
 *
 * When no sentence the candidates are read in (each candidate with its neighbours and the
 * sentence it leans on: abstain-features.ts `candidateContext`), nor their articles' metadata,
 * holds that word (any form the engine links to it: an inflection, a synonym, a derived form,
 * a spelling correction), nothing the reply could show speaks of the topic, and the reply is a
 * refusal, whatever the classifier's probability.
 *
 * Left alone: questions with no topic phrase ("what did the mayor say"), and topics named only
 * by the source the question names ("what did the 1913 message say about it").
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { speakerVerbEnd } from './plan/speaker.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/** The prepositions that open the topic of what is said (a closed class). */
const TOPIC_PREPOSITIONS = /\b(?:about|regarding|concerning)\b/iu;

/**
 * The stems of the topic a question asks someone's words on: the content words after the first
 * "about", "regarding" or "concerning" that follows its verb of saying ("what did Putin tell
 * Lukashenko about Russia's obligations" → russia, oblig). Empty when there is none.
 */
export function saidTopicStems(question: string): Set<string> {
  const end = speakerVerbEnd(question);
  const topic = new Set<string>();
  if (end === null) return topic;
  const rest = question.slice(end);
  const preposition = TOPIC_PREPOSITIONS.exec(rest);
  if (preposition === null) return topic;
  for (const token of tokenize(rest.slice(preposition.index + preposition[0].length)))
    if (!isStopWord(token) && !QUESTION_WORDS.has(token.word)) topic.add(stem(token.word));
  return topic;
}

/**
 * Whether the candidates speak of the topic a question asks someone's words on: undefined when
 * it asks none ({@link saidTopicStems}), or every concept of the topic is one of the source
 * words the question names (plan/source-match.ts); else whether a sentence the candidates are
 * read in, or its article's metadata, holds the topic's rarest concept (the heaviest by the
 * ranking's rarity weight) in any form the plan gives it. A word the coverage never uses (a
 * concept with no form) is held nowhere. Costs one pass over the candidates' context.
 */
export function saidTopicHeld(input: AbstentionInput): boolean | undefined {
  const rarest = rarestConceptOf(input, saidTopicStems(input.plan.question));
  if (rarest === null) return undefined;
  if ((input.plan.concepts[rarest]!.alternatives[0]?.terms ?? []).length === 0) return false;
  for (const s of candidateContext(input)) if (holdsConceptAt(input, s, rarest)) return true;
  return false;
}

/**
 * The index (plan order) of the rarest of the question's concepts whose own words are all among
 * `stems` (the heaviest by the ranking's rarity weight), leaving out those whose words are all
 * source words the question names (plan/source-match.ts): null when there is none. A word the
 * coverage never uses (a concept with no form) has its own stems read off its label.
 */
export function rarestConceptOf(input: AbstentionInput, stems: ReadonlySet<string>): number | null {
  const { plan, concepts } = input;
  if (stems.size === 0) return null;
  let rarest = -1;
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? tokenize(concept.label).map((t) => stem(t.word));
    if (own.length === 0 || !own.every((term) => stems.has(term))) return;
    if (own.every((term) => plan.sources.terms.has(term))) return;
    if (rarest < 0 || (concepts[c]?.weight ?? 0) > (concepts[rarest]?.weight ?? 0)) rarest = c;
  });
  return rarest < 0 ? null : rarest;
}

/**
 * True when sentence `s` holds the question's concept `c` in any form the plan gives it, or its
 * article's metadata (title, outlet, author, date) holds all the concept's own words.
 */
export function holdsConceptAt(input: AbstentionInput, s: number, c: number): boolean {
  if ((input.matcher.sentence(s).matched[c] ?? 0) > 0) return true;
  const own = input.plan.concepts[c]?.alternatives[0]?.terms ?? [];
  if (own.length === 0) return false;
  const metadata = input.metadataTermsOf(input.sentences[s]!.article);
  return own.every((term) => metadata.has(term));
}
