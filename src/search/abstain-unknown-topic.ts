/**
 * A hard gate of abstention (abstain.ts): a question most of whose topic nouns the coverage
 * never uses in their own words is about something else, and is never answered: "what's the
 * weather forecast for the weekend" of a coverage that never says "weather" or "forecast", only
 * "by the weekend". The nouns the coverage lacks drop out of what the ranking weighs, so the
 * word left, however everyday, becomes the heaviest match, and the classifier reads the passage
 * holding it as covering the question. What a question asks is named by its nouns
 * (abstain-topic-nouns.ts); when they outnumber the words the coverage shares with it, the
 * shared words are the minority of its topic, and a passage holding them tells of something else.
 *
 * A noun counts as held when the coverage has it in its own words or a derived form (a match
 * factor of at least a derived form's, as abstain-own-words.ts reads it: the word as written,
 * inflected, a name's other form, a correction, an initialism), not when only a WordNet synonym
 * reaches it ("count" for "forecast": an everyday word's synonym stands for it in one sense of
 * many), nor when only a guess that a real word was mistyped does ("rest" for "reset" in "how do
 * I reset my router password": a real word typed is most likely the word meant, the prior of the
 * noisy channel plan/query-plan.ts `realWordCorrections` follows), nor when only a compound
 * that extends the word by a word of its own does ("weatherproof" for "weather": its head is
 * "proof", text/compound-head.ts), which the plan takes as another form of it. A question with one unknown noun and another word held (a typo, a paraphrase: "what
 * was the vote margin") is left alone.
 *
 * An adverb in "-ly" the coverage holds ("simply", "clearly") is not counted held: an adjunct
 * of manner, time or degree says how or when, never what the question is about
 * (abstain-topic-nouns.ts `isAdjunctAdverb`), so "explain quantum entanglement simply" holds
 * nothing of its topic in a coverage whose only shared word is a speaker's "simply".
 *
 * The cut-off, the lacked nouns strictly more than the content concepts held, is fitted on the
 * development questions (test/fit/dev-questions.ts): lowered to "as many", it refused nine
 * answerable development questions the engine answers; at "more" it refuses none.
 */
import type { AbstentionInput } from './abstain-features.js';
import { contentConcepts, isAdjunctAdverb, isTopicNoun } from './abstain-topic-nouns.js';
import { SEARCH_OPTIONS } from './options.js';
import { compoundOf } from '../text/compound-head.js';

/**
 * Whether the coverage holds enough of the question's topic: undefined when it lacks none of
 * its topic nouns (abstain-topic-nouns.ts `isTopicNoun`) in their own words; else false when
 * the topic nouns it lacks outnumber the content concepts it holds in their own words (index
 * terms of an alternative whose match factor is at least a derived form's, not a compound of
 * the word: text/compound-head.ts `compoundOf`), an adverb in "-ly" not counted
 * (`isAdjunctAdverb`); true otherwise.
 */
export function knownTopicHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const { matchFactor } = SEARCH_OPTIONS.plan;
  // A compound of the word ("weatherproof" of "weather") names its head's thing, not the word's.
  const compoundOfOwn = (own: readonly string[], terms: readonly string[]) =>
    own.length === 1 &&
    terms.length === 1 &&
    compoundOf(own[0]!, terms[0]!, (word) => input.isDictionaryWord(word));
  const ownHeld = (c: number) =>
    (plan.concepts[c]?.alternatives ?? []).some(
      (a) =>
        matchFactor[a.kind] >= matchFactor.derived &&
        a.realWordCorrection !== true &&
        a.terms.every((t) => input.hasTerm(t)) &&
        !compoundOfOwn(plan.concepts[c]?.alternatives[0]?.terms ?? [], a.terms),
    );
  const content = contentConcepts(plan);
  const lacked = content.filter((c) => !ownHeld(c) && isTopicNoun(input, c)).length;
  if (lacked === 0) return undefined;
  // Only now: an adverb's class is the lexicon's, loaded for no question that lacks nothing.
  const held = content.filter((c) => ownHeld(c) && !isAdjunctAdverb(input, c)).length;
  return lacked <= held;
}
