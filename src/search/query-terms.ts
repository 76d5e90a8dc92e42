/**
 * Which terms retrieve candidates. Every posting of every query term is scored, so a word
 * found in a large share of the corpus ("president", "government") costs the most and tells
 * the least. Candidate retrieval therefore spends a budget of postings: the user's own words
 * first, rarest first, then aliases, then typo corrections and synonyms. The reranker still
 * counts every concept, common ones included, on the candidates.
 */
import { MATCH_FACTOR } from './query-plan.js';
import type { ScoredConcept } from './rank.js';

/** Sentences whose postings may be scored for one question (the sum of the chosen terms' frequencies)… */
export const POSTING_BUDGET = 3_000;
/** …except in a corpus this small, where every term is cheap and all are used. */
export const SMALL_CORPUS_SENTENCES = 2_000;
/** The most terms used for one question. */
export const MAX_QUERY_TERMS = 16;
/** However common, the rarest this many of the user's own words are always used. */
const ALWAYS_SENT = 1;

interface Candidate {
  id: number;
  boost: number;
  df: number;
}

/**
 * Chooses the query terms (term id → boost) for candidate retrieval within
 * {@link POSTING_BUDGET} and {@link MAX_QUERY_TERMS}.
 */
export function selectQueryTerms(
  concepts: readonly ScoredConcept[],
  documentFrequency: (id: number) => number,
  documents: number,
): Map<number, number> {
  const byId = new Map<number, Candidate>();
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      for (const id of alternative.ids) {
        const known = byId.get(id);
        if (!known || known.boost < alternative.factor)
          byId.set(id, { id, boost: alternative.factor, df: documentFrequency(id) });
      }
    }
  }
  const candidates = [...byId.values()];
  if (documents <= SMALL_CORPUS_SENTENCES) return new Map(candidates.map((c) => [c.id, c.boost]));

  // The user's own words before other spellings, those before guesses; rarest first within each.
  const tier = (c: Candidate) =>
    c.boost >= MATCH_FACTOR.exact ? 0 : c.boost >= MATCH_FACTOR.alias ? 1 : 2;
  candidates.sort((a, b) => tier(a) - tier(b) || a.df - b.df);
  const chosen = new Map<number, number>();
  let spent = 0;
  for (const candidate of candidates) {
    if (chosen.size >= MAX_QUERY_TERMS) break;
    const affordable = spent + candidate.df <= POSTING_BUDGET;
    const mustSend = tier(candidate) === 0 && chosen.size < ALWAYS_SENT;
    if (!affordable && !mustSend) continue;
    chosen.set(candidate.id, candidate.boost);
    spent += candidate.df;
  }
  return chosen;
}
