/**
 * Matching a sentence against a query plan's concepts: how much of the question it covers
 * (each concept weighted by its rarity), how close together the matched words stand, and how
 * many of the question's word pairs stand together in it too. These are the lexical features
 * the ranking model combines (see features.ts).
 */
import { agreesOnMonth, type MonthWords } from './month-words.js';
import { SEARCH_OPTIONS } from './options.js';
import type { QueryPlan } from './plan/query-plan.js';

/** A concept prepared for scoring: alternatives as term ids, and its weight. */
export interface ScoredConcept {
  weight: number;
  /** `ordered`: the ids must stand in this order in the sentence (plan's Alternative.ordered). */
  alternatives: Array<{ ids: number[]; factor: number; ordered?: true }>;
  /** Written as a name in the question. */
  name: boolean;
  /** A month the question names as a date (plan's Concept.month; month-words.ts). */
  month?: boolean;
}

/** The features of one sentence (or window) against a plan. */
export interface SentenceMatch {
  /** Share of the question's weight it covers, 0–1. */
  coverage: number;
  /** Per concept, the factor of its best match here (0 when absent). */
  matched: readonly number[];
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
      // Its ids, and the document frequency of its rarest term (Infinity for no term).
      const ids: number[] = [];
      let rarest = Infinity;
      for (const term of alternative.terms) {
        const id = idOf(term);
        if (id === undefined) break;
        ids.push(id);
        rarest = Math.min(rarest, documentFrequency(id));
      }
      if (ids.length < alternative.terms.length) continue;
      const factor = SEARCH_OPTIONS.plan.matchFactor[alternative.kind];
      alternatives.push(alternative.ordered ? { ids, factor, ordered: true } : { ids, factor });
      df = Math.max(df, rarest);
    }
    // A word the coverage never uses weighs as much as the rarest: the question is about it,
    // and more so a name; a common word of the user's own may just be phrasing.
    // A time counted from now ("tomorrow") tells no topic: it weighs as a word every document
    // holds, so it orders passages already on the question's topic and brings none to it.
    if (concept.fromNow === true) df = documents;
    let weight = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    const unknown = SEARCH_OPTIONS.plan.unknownFactor;
    if (df === 0)
      weight *= concept.name ? unknown.name : concept.common ? unknown.common : unknown.word;
    return { weight, alternatives, name: concept.name, month: concept.month === true };
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

  /** Empties the current set. */
  clear(): void {
    this.epoch += 1;
  }

  /** Adds one term to the current set; true when it was not in it yet. */
  add(id: number): boolean {
    if (this.marks[id] === this.epoch) return false;
    this.marks[id] = this.epoch;
    return true;
  }

  has(id: number): boolean {
    return this.marks[id] === this.epoch;
  }

  /**
   * How many distinct terms lists `a` and `b` share. Leaves the shared terms as the current set.
   */
  sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
    this.set(a);
    const inA = this.epoch;
    this.epoch += 1;
    let shared = 0;
    for (let i = 0; i < b.length; i++) {
      const id = b[i] as number;
      if (this.marks[id] !== inA) continue;
      this.marks[id] = this.epoch;
      shared += 1;
    }
    return shared;
  }
}

/**
 * Scratch space of one question's matching, sized to its concepts, so that matching a
 * sentence allocates only the match it returns (allocation per candidate is what sets how
 * often a question meets a garbage collection: see bench/latency.ts).
 */
class MatchScratch {
  /** Per concept, the term ids of its best alternative in the sentence being matched. */
  readonly bestIds: Array<readonly number[] | null>;
  /** Per concept, the factor of its best alternative in the sentence being matched. */
  readonly factor: Float64Array;
  /** Per concept, the first and last term id of its best alternative (-1: none). */
  readonly firstId: Int32Array;
  readonly lastId: Int32Array;
  /** Per concept, its best factor over the sentences of a window. */
  readonly best: Float64Array;
  /** The match of every sentence that holds none of the concepts (shared, frozen). */
  readonly none: SentenceMatch;

  constructor(concepts: number) {
    this.none = Object.freeze({
      coverage: 0,
      matched: Object.freeze(new Array<number>(concepts).fill(0)),
      proximity: 0,
      phrases: 0,
    });
    this.bestIds = new Array<readonly number[] | null>(concepts).fill(null);
    this.factor = new Float64Array(concepts);
    this.firstId = new Int32Array(concepts);
    this.lastId = new Int32Array(concepts);
    this.best = new Float64Array(concepts);
  }
}

/**
 * Chooses each concept's best alternative among those a sentence holds: the one of highest
 * factor whose terms are all in `marks` (the sentence's terms), and, with `months`, that agrees
 * with how the sentence uses a month the question names as a date (month-words.ts). Writes
 * each concept's factor (0: none) and ids (null: none) to `scratch`; true when any matched.
 */
function chooseAlternatives(
  concepts: readonly ScoredConcept[],
  marks: TermMarks,
  scratch: MatchScratch,
  terms: ArrayLike<number>,
  months?: MonthWords,
): boolean {
  const { bestIds, factor } = scratch;
  let anyMatched = false;
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c] as ScoredConcept;
    let best = 0;
    let ids: readonly number[] | null = null;
    for (const alternative of concept.alternatives) {
      if (
        alternative.factor > best &&
        holdsAll(marks, alternative.ids) &&
        (alternative.ordered !== true || standsInOrder(terms, alternative.ids)) &&
        (months === undefined || agreesOnMonth(concept.month === true, alternative, months))
      ) {
        best = alternative.factor;
        ids = alternative.ids;
      }
    }
    bestIds[c] = ids;
    factor[c] = best;
    if (ids !== null) anyMatched = true;
  }
  return anyMatched;
}

/**
 * Matches a sentence's terms (ids in order) against the concepts. `marks` and `scratch` are
 * scratch space the caller owns. `months`, when given, says how the sentence uses month names
 * (month-words.ts).
 */
function matchSentence(
  concepts: readonly ScoredConcept[],
  marks: TermMarks,
  scratch: MatchScratch,
  terms: ArrayLike<number>,
  months?: MonthWords,
): SentenceMatch {
  marks.set(terms);
  if (!chooseAlternatives(concepts, marks, scratch, terms, months)) return scratch.none;
  const { bestIds, factor, firstId, lastId } = scratch;
  let covered = 0;
  let total = 0;
  for (let c = 0; c < concepts.length; c++) {
    const weight = (concepts[c] as ScoredConcept).weight;
    covered += (factor[c] as number) * weight;
    total += weight;
  }
  // From here on the marks hold the matched terms (a subset of the sentence's). The array
  // returned is made at its final length: grown by pushes it was copied as it grew. The
  // matched terms themselves are listed only for the passages shown (QuestionMatcher.matchedIds).
  marks.clear();
  const matched = new Array<number>(concepts.length);
  let distinct = 0;
  for (let c = 0; c < concepts.length; c++) {
    matched[c] = factor[c] as number;
    const ids = bestIds[c];
    firstId[c] = ids?.[0] ?? -1;
    lastId[c] = ids?.[ids.length - 1] ?? -1;
    if (!ids) continue;
    for (let k = 0; k < ids.length; k++) if (marks.add(ids[k] as number)) distinct += 1;
  }
  return {
    coverage: total > 0 ? covered / total : 0,
    matched,
    proximity: proximityOf(terms, marks, distinct),
    phrases: phrasesOf(terms, concepts.length, firstId, lastId),
  };
}

/**
 * Most index terms between two words of an ordered alternative: one, as a modifier stands in
 * "went into immediate effect" (the function words between are no index terms).
 */
const ORDERED_GAP = 1;

/**
 * True when `ids` stand in `terms` (a sentence's term ids) in their order, each within
 * {@link ORDERED_GAP} terms of the one before: an idiom ("came into force") and not its words
 * apart ("the agreement comes as … security forces").
 */
function standsInOrder(terms: ArrayLike<number>, ids: readonly number[]): boolean {
  for (let start = 0; start < terms.length; start++) {
    if (terms[start] !== ids[0]) continue;
    let at = start;
    let k = 1;
    for (; k < ids.length; k++) {
      let next = -1;
      for (let p = at + 1; p <= at + 1 + ORDERED_GAP && p < terms.length; p++)
        if (terms[p] === ids[k]) {
          next = p;
          break;
        }
      if (next < 0) break;
      at = next;
    }
    if (k === ids.length) return true;
  }
  return false;
}

function holdsAll(marks: TermMarks, ids: readonly number[]): boolean {
  for (const id of ids) if (!marks.has(id)) return false;
  return true;
}

/**
 * Share of the question's neighbouring concept pairs ("cooperation agreement") that stand
 * next to each other in the sentence too, in either order. Pair `i` joins concept `i - 1`'s
 * best match (its last term) to concept `i`'s (its first); two pairs of the same two terms
 * count once.
 */
function phrasesOf(
  terms: ArrayLike<number>,
  concepts: number,
  firstId: Int32Array,
  lastId: Int32Array,
): number {
  if (concepts < 2) return 0;
  let found = 0;
  for (let i = 1; i < concepts; i++) {
    const left = lastId[i - 1] as number;
    const right = firstId[i] as number;
    if (left < 0 || right < 0 || repeatedLater(i, left, right, concepts, firstId, lastId)) continue;
    for (let p = 1; p < terms.length; p++) {
      const a = terms[p - 1] as number;
      const b = terms[p] as number;
      if ((a === left && b === right) || (a === right && b === left)) {
        found += 1;
        break;
      }
    }
  }
  return found / (concepts - 1);
}

/** True when a pair after `i` joins the same two terms, in either order. */
function repeatedLater(
  i: number,
  left: number,
  right: number,
  concepts: number,
  firstId: Int32Array,
  lastId: Int32Array,
): boolean {
  for (let j = i + 1; j < concepts; j++) {
    const l = lastId[j - 1] as number;
    const r = firstId[j] as number;
    if ((l === left && r === right) || (l === right && r === left)) return true;
  }
  return false;
}

/** Zeroes concept `c`'s factor in `this` (per-concept factors), when it has one. */
function uncount(this: Float64Array, c: number): void {
  if (c < this.length) this[c] = 0;
}

/**
 * Room for one question's sentence matches, one slot per sentence of the corpus, that the
 * index makes once and every question's {@link QuestionMatcher} reuses: a slot holds the
 * match of the matcher that owns it, and a matcher owns nothing written before it was made.
 * A map per question grew and rehashed as its candidates were matched, a good share of what
 * a question allocated (bench/ask-allocation.ts).
 */
export class MatchSlots {
  readonly matches: Array<SentenceMatch | undefined>;
  /** Per sentence, the number of the matcher whose match its slot holds (0: none). */
  readonly owner: Int32Array;
  private last = 0;

  constructor(sentences: number) {
    this.matches = new Array<SentenceMatch | undefined>(sentences).fill(undefined);
    this.owner = new Int32Array(sentences);
  }

  /** A number no slot's owner holds yet, for a new matcher. */
  nextOwner(): number {
    if (this.last === 0x7fffffff) {
      this.owner.fill(0);
      this.matches.fill(undefined);
      this.last = 0;
    }
    return ++this.last;
  }
}

/**
 * One question's matches against sentences, each sentence matched once per question: a
 * sentence is scored alone, with its neighbours, and again when a quote is widened. The
 * matches are kept in `slots` when given (see {@link MatchSlots}), in a map of its own
 * otherwise.
 */
export class QuestionMatcher {
  private matches: Map<number, SentenceMatch> | null;
  private readonly slots: MatchSlots | null;
  private readonly owner: number;
  private readonly totalWeight: number;
  private readonly scratch: MatchScratch;

  constructor(
    private readonly concepts: readonly ScoredConcept[],
    private readonly marks: TermMarks,
    private readonly termsOf: (sentence: number) => ArrayLike<number>,
    /** How a sentence uses month names; not given when the question touches none (month-words.ts). */
    private readonly monthsOf?: (sentence: number) => MonthWords,
    slots?: MatchSlots,
    /**
     * The concepts a sentence's article holds in its metadata (a year its date carries:
     * publication-year.ts), whatever its text writes; not given when none can be.
     */
    private readonly heldOf?: (sentence: number) => readonly number[] | undefined,
    /**
     * The concepts a sentence writes only as another word of the same stem (the counted noun
     * used as a verb: counted-noun-verb-use.ts); they count as unmatched there. Not given when
     * none can be.
     */
    private readonly otherWordOf?: (sentence: number) => readonly number[] | undefined,
  ) {
    this.totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    this.scratch = new MatchScratch(concepts.length);
    this.slots = slots ?? null;
    this.owner = slots ? slots.nextOwner() : 0;
    this.matches = slots ? null : new Map();
  }

  /** The match of one sentence. */
  sentence(sentence: number): SentenceMatch {
    const { slots } = this;
    if (slots !== null && slots.owner[sentence] === this.owner)
      return slots.matches[sentence] as SentenceMatch;
    let match = this.matches?.get(sentence);
    if (match === undefined) {
      match = matchSentence(
        this.concepts,
        this.marks,
        this.scratch,
        this.termsOf(sentence),
        this.monthsOf?.(sentence),
      );
      const held = this.heldOf?.(sentence);
      if (held !== undefined && held.length > 0)
        match = this.withFactor(match, held, SEARCH_OPTIONS.features.heldByArticle);
      const other = match === this.scratch.none ? undefined : this.otherWordOf?.(sentence);
      if (other !== undefined && other.length > 0) match = this.withFactor(match, other, 0);
      if (slots !== null && sentence >= 0 && sentence < slots.owner.length) {
        slots.owner[sentence] = this.owner;
        slots.matches[sentence] = match;
      } else {
        (this.matches ??= new Map()).set(sentence, match);
      }
    }
    return match;
  }

  /** Share of the question's weight (0–1) that some other text's terms (ids in order) match: a title, say. */
  coverageOfTerms(terms: ArrayLike<number>): number {
    return matchSentence(this.concepts, this.marks, this.scratch, terms).coverage;
  }

  /** Raises each concept's entry of `best` to its match in sentence `s` where that is better. */
  private keepBest(best: Float64Array, s: number): void {
    const matched = this.sentence(s).matched;
    for (let c = 0; c < matched.length; c++)
      if ((matched[c] as number) > (best[c] as number)) best[c] = matched[c] as number;
  }

  /** Coverage of several sentences together: each concept counts its best match among them. */
  coverage(sentences: readonly number[]): number {
    if (this.totalWeight === 0 || sentences.length === 0) return 0;
    const best = this.scratch.best;
    best.fill(0);
    for (const s of sentences) {
      const matched = this.sentence(s).matched;
      for (let c = 0; c < matched.length; c++)
        if ((matched[c] as number) > (best[c] as number)) best[c] = matched[c] as number;
    }
    return this.coveredShare(best);
  }

  /**
   * {@link coverage} of the sentences `first` to `last` inclusive, without listing them. The
   * concepts in `uncounted` (indices of the plan's concepts) count as unmatched: their weight
   * stays in the question's, their matches add nothing. `also`: one more sentence counted with
   * the span, outside it (features.ts: a description's first mention).
   */
  spanCoverage(
    first: number,
    last: number,
    uncounted?: ReadonlySet<number>,
    also?: number,
  ): number {
    if (this.totalWeight === 0 || last < first) return 0;
    // One sentence's share is its match's own, summed in the same order (matchSentence).
    if (first === last && uncounted === undefined && also === undefined)
      return this.sentence(first).coverage;
    const best = this.scratch.best;
    best.fill(0);
    for (let s = first; s <= last; s++) this.keepBest(best, s);
    if (also !== undefined) this.keepBest(best, also);
    // forEach, not for…of: a Set's iterator and its results were 6% of what a bundled ask
    // allocated, spanCoverage running several times per candidate (features.ts).
    uncounted?.forEach(uncount, best);
    return this.coveredShare(best);
  }

  /**
   * `match` with the concepts `concepts` (indexes) counted at `factor`, whatever the sentence's
   * text holds of them: SEARCH_OPTIONS.features.heldByArticle for those its article holds, 0
   * for those it writes only as another word. A sentence matching nothing of the question
   * stays unmatched: what its article holds says when or where, not what about.
   */
  private withFactor(
    match: SentenceMatch,
    concepts: readonly number[],
    factor: number,
  ): SentenceMatch {
    if (match === this.scratch.none) return match;
    const matched = [...match.matched];
    for (const c of concepts) if (c < matched.length) matched[c] = factor;
    if (matched.every((factor) => factor === 0)) return this.scratch.none;
    // Not through scratch.best: coverage() and spanCoverage() fill it while matching sentences.
    let covered = 0;
    for (let c = 0; c < matched.length; c++)
      covered += (this.concepts[c] as ScoredConcept).weight * (matched[c] as number);
    return { ...match, matched, coverage: this.totalWeight > 0 ? covered / this.totalWeight : 0 };
  }

  /** Share of the question's weight covered by per-concept factors `best`. */
  private coveredShare(best: Float64Array): number {
    let covered = 0;
    for (let c = 0; c < this.concepts.length; c++)
      covered += (this.concepts[c] as ScoredConcept).weight * (best[c] as number);
    return covered / this.totalWeight;
  }

  /**
   * The matched term ids of several sentences, for highlighting: in each, the terms of each
   * concept's best alternative (as {@link sentence} chooses them).
   */
  matchedIds(sentences: readonly number[]): Set<number> {
    const ids = new Set<number>();
    for (const s of sentences) this.addMatchedIds(s, ids);
    return ids;
  }

  /**
   * {@link matchedIds} of the sentences `first` to `last` inclusive (a quote window), without
   * listing them: a list made with `Array.from({ length })` for each passage shown was about
   * 4% of a bundled ask's CPU profile (session 19).
   */
  spanMatchedIds(first: number, last: number): Set<number> {
    const ids = new Set<number>();
    for (let s = first; s <= last; s++) this.addMatchedIds(s, ids);
    return ids;
  }

  /** Adds sentence `s`'s matched term ids ({@link matchedIds}) to `ids`. */
  private addMatchedIds(s: number, ids: Set<number>): void {
    const terms = this.termsOf(s);
    this.marks.set(terms);
    if (!chooseAlternatives(this.concepts, this.marks, this.scratch, terms, this.monthsOf?.(s)))
      return;
    for (const best of this.scratch.bestIds) if (best !== null) for (const id of best) ids.add(id);
  }
}

/**
 * 1 when the matched terms (those `matched` holds, `distinct` of them) stand together, falling
 * as they spread over the sentence.
 */
function proximityOf(terms: ArrayLike<number>, matched: TermMarks, distinct: number): number {
  if (distinct < 2) return distinct === 1 ? 0.5 : 0;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let position = 0; position < terms.length; position++) {
    if (!matched.has(terms[position] as number)) continue;
    if (first < 0) first = position;
    last = position;
    count += 1;
  }
  return Math.min(1, count / (last - first + 1));
}
