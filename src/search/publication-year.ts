/**
 * A year the question states, read against the article's publication date: "how many post
 * offices were there in 1838" is answered by the 1838 address's "The number of post-offices …
 * is 12,553" as fully as by its "The revenue for the year ending June 30, 1838, was …". Every
 * sentence of an article is of its date (the present tense of a report or an address speaks
 * of the moment it was written: Reichenbach 1947's speech time), so within the article the
 * year is matched by its date field, not by the one sentence that writes it again (fielded
 * retrieval: a term matched in a document's field is evidence for the document, not for a
 * passage of it; Robertson, Zaragoza & Taylor 2004), and it tells none of its sentences apart
 * (SEARCH_OPTIONS.features.heldByArticle; the article's date match is the `metadataMatch`
 * feature). A question naming its source by a name and a year already drops that year from its
 * content (plan/query-plan.ts); this is the same reading for a year that names no source on
 * its own ("in 1838": a date alone more often says when something happened than where it was
 * written, plan/source-match.ts), which stays content for every article of another year.
 */
import type { QueryPlan } from './plan/query-plan.js';
import { isYear } from '../text/year.js';

/**
 * Per publication year, the indexes of the plan's concepts that are that year written alone
 * (a one-term exact alternative that is a year: text/year.ts). Empty when the question states no year.
 *
 * @example
 * // "how many post offices were there in 1838" → Map { 1838 → [index of the concept "1838"] }
 */
export function yearConcepts(plan: QueryPlan): ReadonlyMap<number, readonly number[]> {
  const byYear = new Map<number, number[]>();
  plan.concepts.forEach((concept, index) => {
    const own = concept.alternatives.find((alternative) => alternative.kind === 'exact');
    const term = own?.terms.length === 1 ? own.terms[0] : undefined;
    // A year in prose (text/year.ts); a two-digit year is read only with a name (source-match.ts).
    if (term === undefined || !isYear(term)) return;
    const year = Number(term);
    byYear.set(year, [...(byYear.get(year) ?? []), index]);
  });
  return byYear;
}

/**
 * A reader of the concepts a sentence's article holds by its publication year: `yearOf`
 * gives a sentence's article's year (undefined when not stated). Undefined when the question
 * states no year, so the matcher reads nothing per sentence.
 */
export function heldByPublicationYear(
  plan: QueryPlan,
  yearOf: (sentence: number) => number | undefined,
): ((sentence: number) => readonly number[] | undefined) | undefined {
  const byYear = yearConcepts(plan);
  if (byYear.size === 0) return undefined;
  return (sentence) => {
    const year = yearOf(sentence);
    return year === undefined ? undefined : byYear.get(year);
  };
}
