/**
 * Matching a sentence against a query plan's concepts: how much of the question it covers
 * (each concept weighted by its rarity), how close together the matched words stand, and how
 * many of the question's word pairs stand together in it too. These are the lexical features
 * the ranking model combines (see features.ts).
 */
import { SEARCH_OPTIONS } from './options.js';
import type { QueryPlan } from './plan/query-plan.js';

/** A concept prepared for scoring: alternatives as term ids, and its weight. */
export interface ScoredConcept {
  weight: number;
  alternatives: Array<{ ids: number[]; factor: number }>;
  /** Written as a name in the question. */
  name: boolean;
}

/** The features of one sentence (or window) against a plan. */
export interface SentenceMatch {
  /** Share of the question's weight it covers, 0–1. */
  coverage: number;
  /** Per concept, the factor of its best match here (0 when absent). */
  matched: number[];
  /** Term ids that matched, for highlighting. */
  matchedIds: Set<number>;
  /** 0–1: 1 when the matched words stand next to each other. */
  proximity: number;
  /** 0–1: share of the question's word pairs that stand together here too. */
  phrases: number;
}

/** Share of the question's weight (0–1) carried by concepts the coverage never uses. */
export function unknownShare(concepts: readonly ScoredConcept[]): number {
  let unknown = 0;
  let total = 0;
  for (const concept of concepts) {
    total += concept.weight;
    if (concept.alternatives.length === 0) unknown += concept.weight;
  }
  return total > 0 ? unknown / total : 1;
}

/** 1 when the question names something (a capitalised name) the coverage never mentions. */
export function unknownName(concepts: readonly ScoredConcept[]): number {
  return concepts.some((concept) => concept.name && concept.alternatives.length === 0) ? 1 : 0;
}

/** The index of the heaviest concept (the rarest word of the question), or -1. */
export function heaviestConcept(concepts: readonly ScoredConcept[]): number {
  let best = -1;
  concepts.forEach((concept, i) => {
    if (
      concept.alternatives.length > 0 &&
      (best < 0 || concept.weight > (concepts[best]?.weight ?? 0))
    )
      best = i;
  });
  return best;
}

/** Prepares concepts: term ids per alternative (unknown terms drop out) and rarity weights. */
export function prepareConcepts(
  plan: QueryPlan,
  idOf: (term: string) => number | undefined,
  documentFrequency: (id: number) => number,
  documents: number,
): ScoredConcept[] {
  return plan.concepts.map((concept) => {
    const alternatives: ScoredConcept['alternatives'] = [];
    let df = 0;
    for (const alternative of concept.alternatives) {
      const ids = alternative.terms.map(idOf);
      if (ids.some((id) => id === undefined)) continue;
      const known = ids as number[];
      alternatives.push({ ids: known, factor: SEARCH_OPTIONS.plan.matchFactor[alternative.kind] });
      df = Math.max(df, Math.min(...known.map(documentFrequency)));
    }
    // A word the coverage never uses weighs as much as the rarest: the question is about it,
    // and more so a name; a common word of the user's own may just be phrasing.
    let weight = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    const unknown = SEARCH_OPTIONS.plan.unknownFactor;
    if (df === 0)
      weight *= concept.name ? unknown.name : concept.common ? unknown.common : unknown.word;
    return { weight, alternatives, name: concept.name };
  });
}

/**
 * Scratch marks over the vocabulary: which terms the text being matched holds. Reused from
 * one sentence to the next (a new epoch clears it), so matching allocates nothing per term.
 */
export class TermMarks {
  private readonly marks: Int32Array;
  private epoch = 0;

  constructor(vocabularySize: number) {
    this.marks = new Int32Array(vocabularySize);
  }

  /** Marks the terms of some texts (term-id lists) as the current set. */
  set(...lists: ReadonlyArray<ArrayLike<number>>): void {
    this.epoch += 1;
    for (const list of lists)
      for (let i = 0; i < list.length; i++) this.marks[list[i] as number] = this.epoch;
  }

  has(id: number): boolean {
    return this.marks[id] === this.epoch;
  }
}

/** Matches a sentence's terms (ids in order) against the concepts. `marks` is scratch space the caller owns. */
export function matchSentence(
  concepts: readonly ScoredConcept[],
  marks: TermMarks,
  terms: ArrayLike<number>,
): SentenceMatch {
  marks.set(terms);
  const matched: number[] = [];
  const matchedIds = new Set<number>();
  const matchedBy: Array<readonly number[]> = [];
  let covered = 0;
  let total = 0;
  for (const concept of concepts) {
    let best = 0;
    let bestIds: readonly number[] = [];
    for (const alternative of concept.alternatives) {
      if (alternative.factor > best && alternative.ids.every((id) => marks.has(id))) {
        best = alternative.factor;
        bestIds = alternative.ids;
      }
    }
    for (const id of bestIds) matchedIds.add(id);
    matchedBy.push(bestIds);
    matched.push(best);
    covered += best * concept.weight;
    total += concept.weight;
  }
  return {
    coverage: total > 0 ? covered / total : 0,
    matched,
    matchedIds,
    proximity: proximityOf(terms, matchedIds),
    phrases: phrasesOf(terms, matchedBy),
  };
}

/**
 * Share of the question's neighbouring concept pairs ("cooperation agreement") that stand
 * next to each other in the sentence too, in either order.
 */
function phrasesOf(terms: ArrayLike<number>, matchedBy: ReadonlyArray<readonly number[]>): number {
  if (matchedBy.length < 2) return 0;
  // Pairs wanted, as numbers (term ids are far below 2^26), found by one pass over the sentence.
  const wanted = new Map<number, number>();
  for (let i = 1; i < matchedBy.length; i++) {
    const left = matchedBy[i - 1] ?? [];
    const last = left[left.length - 1];
    const first = (matchedBy[i] ?? [])[0];
    if (last === undefined || first === undefined) continue;
    wanted.set(last * PAIR_BASE + first, i);
    wanted.set(first * PAIR_BASE + last, i);
  }
  if (wanted.size === 0) return 0;
  const found = new Set<number>();
  for (let i = 1; i < terms.length; i++) {
    const pair = wanted.get((terms[i - 1] as number) * PAIR_BASE + (terms[i] as number));
    if (pair !== undefined) found.add(pair);
  }
  return found.size / (matchedBy.length - 1);
}

const PAIR_BASE = 2 ** 26;

/**
 * One question's matches against sentences, each sentence matched once per question: a
 * sentence is scored alone, with its neighbours, and again when a quote is widened.
 */
export class QuestionMatcher {
  private readonly matches = new Map<number, SentenceMatch>();
  private readonly totalWeight: number;

  constructor(
    private readonly concepts: readonly ScoredConcept[],
    private readonly marks: TermMarks,
    private readonly termsOf: (sentence: number) => ArrayLike<number>,
  ) {
    this.totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  }

  /** The match of one sentence. */
  sentence(sentence: number): SentenceMatch {
    let match = this.matches.get(sentence);
    if (!match) {
      match = matchSentence(this.concepts, this.marks, this.termsOf(sentence));
      this.matches.set(sentence, match);
    }
    return match;
  }

  /** Coverage of several sentences together: each concept counts its best match among them. */
  coverage(sentences: readonly number[]): number {
    if (this.totalWeight === 0 || sentences.length === 0) return 0;
    const matches = sentences.map((s) => this.sentence(s).matched);
    let covered = 0;
    this.concepts.forEach((concept, c) => {
      covered += concept.weight * Math.max(...matches.map((matched) => matched[c] ?? 0));
    });
    return covered / this.totalWeight;
  }

  /** The matched term ids of several sentences. */
  matchedIds(sentences: readonly number[]): Set<number> {
    const ids = new Set<number>();
    for (const s of sentences) for (const id of this.sentence(s).matchedIds) ids.add(id);
    return ids;
  }
}

/** 1 when the matched terms stand together, falling as they spread over the sentence. */
function proximityOf(terms: ArrayLike<number>, matchedIds: ReadonlySet<number>): number {
  if (matchedIds.size < 2) return matchedIds.size === 1 ? 0.5 : 0;
  let first = -1;
  let last = -1;
  let hits = 0;
  for (let position = 0; position < terms.length; position++) {
    if (!matchedIds.has(terms[position] as number)) continue;
    if (first < 0) first = position;
    last = position;
    hits += 1;
  }
  return Math.min(1, hits / (last - first + 1));
}
