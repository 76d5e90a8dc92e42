/**
 * A hard gate of abstention (abstain.ts): "who is/was the NOUN who/that VERB …" ("who was the
 * engineer who installed the relay") asks for the one person the relative clause picks out. A
 * restrictive relative clause restricts its head to those of whom the clause is true (Quirk et
 * al. 1985, §17.3, §17.13), and its verb is the question's asked predicate (Lehnert 1978): a
 * passage answers only when it tells that act (an answer-bearing passage holds the relation
 * asked: predicate-argument checking of answers, Moldovan et al. 2003). "The review, led by
 * engineer Tomasz Wrenfield, said the relay …" names an engineer and the relay but no one who
 * installed it.
 *
 * The act counts in any form the plan gives its verb (an inflection, a WordNet synonym or a
 * derived form, the corpus's own links), in any sentence the candidates are read in
 * (abstain-features.ts `candidateContext`). Counting own and derived forms only (not a synonym
 * alone: WordNet's "put", of "put in", for "install" is held by "the cost was put at £20
 * million") refused one more answerable news test question (session 63), so it was not kept. Auxiliaries before the verb are passed over ("who
 * was arrested"); a light verb ("who had …", "who made …") asks no act of its own and is left
 * alone, as is a question whose verb the plan keeps no concept of.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, lightVerbConcepts } from './abstain-features.js';
import { stem, tokenize } from '../text/terms.js';
import { AUXILIARIES } from '../text/auxiliaries.js';

/** "who is/was the … who/that": a person asked by what a relative clause says of them. */
const ASKED_BY_CLAUSE =
  /^\s*who\s+(?:is|was|are|were|'s)\s+the\s+(?:[\p{L}'’-]+\s+){1,4}?(?:who|that)\s+(.+)$/iu;

/**
 * Words that may stand before a relative clause's verb without being it: the auxiliaries
 * (text/auxiliaries.ts) and "not", and the adverbs a chat question puts there ("who
 * reportedly installed", "who first fitted").
 */
const BEFORE_THE_VERB: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  'not',
  'reportedly',
  'allegedly',
  'first',
  'actually',
  'also',
]);

/**
 * The plan's concept (its index) of the relative clause's verb, or null when the question is
 * not of this kind or the verb is a light verb or has no concept.
 */
export function relativeActConcept(input: AbstentionInput): number | null {
  const match = ASKED_BY_CLAUSE.exec(input.plan.question);
  if (!match) return null;
  const verb = tokenize(match[1]!).find((token) => !BEFORE_THE_VERB.has(token.word));
  if (verb === undefined) return null;
  const term = stem(verb.word);
  const light = lightVerbConcepts(input.plan);
  const found = input.plan.concepts.findIndex((concept) =>
    (concept.alternatives[0]?.terms ?? []).includes(term),
  );
  return found < 0 || light.has(found) ? null : found;
}

/**
 * Whether the candidates tell the act a relative clause asks a person by: undefined when the
 * question asks none ({@link relativeActConcept}); else whether a sentence the candidates are
 * read in holds the act's concept in any form the plan gives it. Costs one lookup a sentence.
 */
export function relativeActHeld(input: AbstentionInput): boolean | undefined {
  const act = relativeActConcept(input);
  if (act === null) return undefined;
  return candidateContext(input).some((s) => (input.matcher.sentence(s).matched[act] ?? 0) > 0);
}
