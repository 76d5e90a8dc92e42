/**
 * A "how many X" question's "sources differ" must be about a count of X. Two articles that give
 * different counts of something else ("9,340 vehicles were charged" / "some 9,430 vehicles paid
 * the charge") may rank among the passages shown for "how many entry points does the zone
 * have?", but a note about them says nothing of the answer (Grice 1975, "Logic and
 * conversation": the maxim of relation). One side counting the asked noun is enough: the fact
 * relation (fact-relation.ts) then decides whether the other counts the same thing, told
 * another way ("14,200 signatures" / "signed by 12,600 people").
 */
import { countedNounWritten, holdsCountOf, singularForms } from '../abstain-counted-thing.js';
import type { AnswerType } from '../plan/answer-type.js';
import { passageWordsOf, type PassageWords } from '../plan/asked-words.js';

/** Reads whether a sentence (`text`, with its words when the index keeps them) counts the asked noun. */
export type CountsAskedNoun = (text: string, words?: PassageWords) => boolean;

/**
 * The test that a sentence counts what `question` counts (abstain-counted-thing.ts
 * `countedNounWritten`: the noun after "how many", not persons, not a past-tense verb), or null when
 * the question counts no such noun and any count may be its answer. `synonymsOf` gives a
 * stem's WordNet synonyms as the corpus's terms ("vessels" for "ships"), counted as the noun.
 */
export function askedNounCountTest(
  question: string | undefined,
  type: AnswerType | null,
  synonymsOf?: (stem: string) => readonly string[],
): CountsAskedNoun | null {
  if (question === undefined) return null;
  const counted = countedNounWritten(question, type);
  if (counted === null) return null;
  const heads = new Set([counted.unit, ...(synonymsOf?.(counted.unit) ?? [])]);
  const modifiers = new Set(singularForms(counted.word));
  return (text, words) => holdsCountOf(text, heads, words ?? passageWordsOf(text), modifiers);
}
