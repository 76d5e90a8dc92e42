/**
 * What a "how many" question's counted noun is restricted to by the nouns before it: "how many
 * wheelchair spaces are in the new stand" counts spaces for wheelchairs, not spaces. A noun
 * premodifier makes a compound naming a subclass of its head (Quirk et al. 1985, §17.2ff on
 * restrictive modification, §17.108 on nouns as premodifiers: "wheelchair spaces" are a kind of
 * spaces), so a count of the head answers the question only when the restriction is told of
 * what is counted: an answer settles the asked variable of the asked thing (Hamblin 1973;
 * Groenendijk & Stokhof 1984). "A park-and-ride service from Dunstan Retail Park, with 600
 * spaces, is planned" counts spaces, and says nothing of wheelchairs.
 *
 * A word joined to the counted noun by a hyphen ("e-books", "co-owners") restricts it whatever
 * its class: the hyphen writes the two as one compound word, a kind of the head (Quirk et al.
 * 1985, App. I on prefixes and on compounds, whose parts a hyphen joins), and "52,000 books"
 * counts no e-books. Otherwise only nouns restrict here (text/nouns.ts, a word's usual class).
 * Adjectives before the noun are often left to the context by the answer ("how many American
 * troops were in Vietnam" is answered in a president's address by "our men in that area"), or
 * only quantify ("how many new teachers", "fewer employees"): requiring them refused 7
 * answerable State of the Union development questions for 2 unanswerable ones.
 *
 * Read by the counted-thing gate (abstain-counted-thing.ts) on each sentence that counts the
 * noun, so it costs no more than that gate's pass over the candidates' sentences.
 */
import type { AbstentionInput } from './abstain-features.js';
import { holdsConceptAt } from './abstain-said-topic.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/** "How many": the words after it in group 1. */
const HOW_MANY = /\bhow\s+many\s+(.*)$/isu;

/**
 * The concepts of `input`'s plan (their indices, plan order) written as noun premodifiers of
 * the counted noun (`head`, as the question writes it, folded): the nouns between "how many"
 * and the head ("wheelchair" of "how many wheelchair spaces"; "finance", "committee" of "how
 * many finance committee members"), those the question names as its source left out (the plan
 * reads them as the source, not as the thing counted). Empty when the head has none, or a
 * function word stands between ("how many of the spaces").
 */
export function countRestrictions(input: AbstentionInput, head: string | undefined): number[] {
  const { plan } = input;
  const rest = HOW_MANY.exec(plan.question)?.[1];
  if (rest === undefined || head === undefined) return [];
  const tokens = tokenize(rest);
  const at = tokens.findIndex((token) => token.word === head);
  if (at <= 0) return [];
  const nouns = new Set<string>();
  for (const [i, token] of tokens.slice(0, at).entries()) {
    // "e-books": joined to the head by a hyphen, the word (a prefix, a letter, whatever its
    // class) is part of the compound the question counts.
    const joined = i === at - 1 && rest[token.end] === '-' && tokens[at]!.start === token.end + 1;
    if (joined) nouns.add(stem(token.word));
    else if (isStopWord(token)) return [];
    else if (!QUESTION_WORDS.has(token.word) && isUsuallyNoun(token.word))
      nouns.add(stem(token.word));
  }
  const restricting: number[] = [];
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.length === 0 || !own.every((term) => nouns.has(term))) return;
    if (!own.every((term) => plan.sources.terms.has(term))) restricting.push(c);
  });
  return restricting;
}

/**
 * True when every concept of `restricting` ({@link countRestrictions}) is held, in any form the
 * plan gives it (abstain-said-topic.ts `holdsConceptAt`), by sentence `s`, the one telling the
 * count, or by the sentence it leans on (its subject's antecedent: "They have 40 wheelchair
 * spaces" after the sentence naming the stand). A neighbour is not read: the sentence after a
 * count often tells of something else ("… with 600 spaces. The stand will be accessible to
 * wheelchair users.").
 */
export function restrictionsTold(
  input: AbstentionInput,
  s: number,
  restricting: readonly number[],
): boolean {
  if (restricting.length === 0) return true;
  const read = [s];
  const leanedOn = input.contextOf(s);
  if (leanedOn !== null) read.push(leanedOn);
  return restricting.every((c) => read.some((n) => holdsConceptAt(input, n, c)));
}
