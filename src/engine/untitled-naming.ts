/**
 * An untitled article has no name but its id ("misc/letter"): a question whose every searched
 * word is a word of that id ("what did the letter say?", "the letters?") asks what that
 * article says, as "What did Gull Radio report?" asks of an outlet (about-fallback.ts
 * `asksOnlyOfSource`). It is about that article, not about the word: another article's
 * passage holding it ("expect letters from the school") would answer another question.
 *
 * A titled article's id words are its title's as a rule ("budget" in `news/budget`, titled
 * "Council budget passed"): what it is about, not its only name, so they stay content.
 */
import type { QueryPlan } from '../search/plan/query-plan.js';
import type { SourceRef } from './types.js';

/**
 * True when `naming` (the articles whose id the question's words name, and those words as
 * index terms: about-fallback.ts `idNaming`) are all untitled and every word the question
 * searches for (`plan.concepts`, each as written) is one of those words.
 *
 * @param sources the articles in corpus order
 * @example
 * // an untitled misc/letter: "what did the letter say?" → true; "…say about the closure?" → false
 */
export function asksOnlyOfUntitled(
  plan: QueryPlan,
  naming: { articles: readonly number[]; terms: ReadonlySet<string> },
  sources: readonly SourceRef[],
): boolean {
  if (naming.articles.length === 0 || plan.concepts.length === 0) return false;
  if (naming.articles.some((article) => (sources[article]?.title.trim() ?? 'x') !== ''))
    return false;
  return plan.concepts.every((concept) =>
    (concept.alternatives[0]?.terms ?? []).every((term) => naming.terms.has(term)),
  );
}
