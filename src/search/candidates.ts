/**
 * Stage 2, candidates: BM25 over blocks (lunr's weights, from the packed postings) for the
 * plan's terms. Which terms retrieve candidates matters at scale. Every posting of every query term is scored, so a word
 * found in a large share of the corpus ("president", "government") costs the most and tells
 * the least. Candidate retrieval therefore spends a budget of postings: the user's own words
 * first, rarest first, then aliases, then typo corrections and synonyms. The reranker still
 * counts every concept, common ones included, on the candidates.
 */
import type { Block } from './blocks.js';
import type { PostingScorer } from './lunr-layout.js';
import type { ScoredConcept } from './match.js';
import { SEARCH_OPTIONS } from './options.js';

const MATCH_FACTOR = SEARCH_OPTIONS.plan.matchFactor;

interface Candidate {
  id: number;
  boost: number;
  df: number;
}

/**
 * Chooses the query terms (term id → boost) for candidate retrieval within
 * the posting budget and the term limit of `SEARCH_OPTIONS.candidates`.
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
        if (!known) byId.set(id, { id, boost: alternative.factor, df: documentFrequency(id) });
        else if (known.boost < alternative.factor) known.boost = alternative.factor;
      }
    }
  }
  const o = SEARCH_OPTIONS.candidates;
  if (documents <= o.smallCorpusSentences) {
    const all = new Map<number, number>();
    for (const c of byId.values()) all.set(c.id, c.boost);
    return all;
  }
  const candidates = [...byId.values()];

  // The user's own words before other spellings, those before guesses; rarest first within each.
  const tier = (c: Candidate) =>
    c.boost >= MATCH_FACTOR.exact ? 0 : c.boost >= MATCH_FACTOR.alias ? 1 : 2;
  candidates.sort((a, b) => tier(a) - tier(b) || a.df - b.df);
  const chosen = new Map<number, number>();
  let spent = 0;
  for (const candidate of candidates) {
    if (chosen.size >= o.maxQueryTerms) break;
    const affordable = spent + candidate.df <= o.postingBudget;
    const mustSend = tier(candidate) === 0 && chosen.size < o.alwaysSent;
    if (!affordable && !mustSend) continue;
    chosen.set(candidate.id, candidate.boost);
    spent += candidate.df;
  }
  return chosen;
}

/** A candidate block and its BM25 score. */
export interface CandidateBlock {
  block: Block;
  score: number;
}

/** What retrieval reads of the index. */
export interface CandidateSource {
  scorer: PostingScorer;
  blocks: readonly Block[];
  vocabulary: readonly string[];
  documentFrequency: (id: number) => number;
  sentences: number;
}

/**
 * The best blocks for the concepts (at most `SEARCH_OPTIONS.candidates.blocks`), best first,
 * among those `accept` lets through.
 */
export function candidateBlocks(
  concepts: readonly ScoredConcept[],
  index: CandidateSource,
  accept?: (block: number) => boolean,
): CandidateBlock[] {
  const terms = selectQueryTerms(concepts, index.documentFrequency, index.sentences);
  if (terms.size === 0) return [];
  const boosts = new Map<string, number>();
  for (const [id, boost] of terms) boosts.set(index.vocabulary[id] as string, boost);
  const found: CandidateBlock[] = [];
  for (const { doc, score } of index.scorer.top(boosts, SEARCH_OPTIONS.candidates.blocks, accept)) {
    const block = index.blocks[doc];
    if (block !== undefined) found.push({ block, score });
  }
  return found;
}
