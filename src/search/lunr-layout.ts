/**
 * lunr's index in a lean layout. lunr serialises every posting as an object
 * (`{"_index": 7, "t": {"5111": {}, …}}`); loading a corpus of 60,000 sentences then allocates a
 * million small objects and takes most of a second. Here the postings and their BM25 weights
 * are packed arrays, and nothing else of lunr's index is kept: retrieval needs only the
 * postings, and fuzzy and prefix expansion need only lunr's token set of the terms.
 *
 * Retrieval uses {@link PostingScorer}: the same score as lunr's `Index.query` (the sum over
 * query terms of boost × lunr's BM25 weight of the term in the document; lunr then divides by
 * the query vector's length, which changes no order), computed straight from the packed
 * postings. A test checks it against a real `builder.build()`.
 */
import lunr from 'lunr';
import { keptIn } from '../text/bounded-memo.js';
import {
  IntLists,
  packFloats,
  packInts,
  unpackFloats,
  type PackedArray,
  type PackedLists,
} from './packed.js';

/**
 * lunr's BM25 parameters, as `lunr.Builder` sets them by default (lunr 2.3.9, builder.js):
 * k1, how fast a term's weight saturates with its frequency, and b, how much a document's
 * length normalises it.
 */
export const LUNR_K1 = 1.2;
export const LUNR_B = 0.75;

/** lunr's postings, packed. Documents are numbered 0…n-1 (their refs are those numbers). */
export interface PackedLunr {
  /** Terms in lunr's (sorted) order. */
  terms: string[];
  /** Per term, the documents holding it, ascending… */
  postings: PackedLists;
  /** …and lunr's BM25 weight of the term in each of them, parallel to the postings. */
  postingWeights: PackedArray;
  /** How many documents were indexed. */
  documents: number;
}

/**
 * Indexes documents given as lists of term ids (into `vocabulary`; a term may repeat) the way
 * a `lunr.Builder` with one field and default parameters indexes them as lists of terms, and
 * packs the postings with their weights. The weights are lunr's to the bit: for term t in
 * document d, with tf its count in d, |d| the document's length in terms, avgdl the mean
 * length, N the documents and df those holding t,
 *
 *   idf = ln(1 + |(N − df + 0.5) / (df + 0.5)|)                          (lunr.idf)
 *   w   = idf · (k1 + 1) · tf / (k1 · (1 − b + b · |d| / avgdl) + tf)    (Builder#createFieldVectors)
 *
 * rounded to three decimals, evaluated in lunr's order of operations. A test checks them
 * against a real `builder.build()`. Computed here rather than by lunr's builder, which
 * allocates objects per posting and took most of a rebuild's time at scale.
 */
export function packDocuments(
  documents: ReadonlyArray<ArrayLike<number>>,
  vocabulary: readonly string[],
): PackedLunr {
  const count = documents.length;
  const documentFrequency = new Int32Array(vocabulary.length);
  const lastSeen = new Int32Array(vocabulary.length).fill(-1);
  let totalLength = 0;
  documents.forEach((terms, doc) => {
    totalLength += terms.length;
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i] as number;
      if (lastSeen[id] === doc) continue;
      lastSeen[id] = doc;
      documentFrequency[id]! += 1;
    }
  });
  const averageLength = totalLength / count;
  // lunr's own order for terms: sorted, as its token set and serialisation use.
  const present: number[] = [];
  for (let id = 0; id < vocabulary.length; id++) if (documentFrequency[id]! > 0) present.push(id);
  const terms = present.map((id) => vocabulary[id] as string).sort();
  const rank = new Int32Array(vocabulary.length).fill(-1);
  const rankOf = new Map(terms.map((term, r) => [term, r]));
  for (const id of present) rank[id] = rankOf.get(vocabulary[id] as string) as number;
  const lengths = new Int32Array(terms.length);
  for (const id of present) lengths[rank[id]!] = documentFrequency[id] as number;
  const offsets = new Int32Array(terms.length + 1);
  for (let r = 0; r < terms.length; r++) offsets[r + 1] = offsets[r]! + lengths[r]!;
  const next = offsets.slice(0, terms.length);
  const postings = new Int32Array(offsets[terms.length] as number);
  const weights = new Float32Array(postings.length);
  const idf = new Float64Array(vocabulary.length);
  for (const id of present) {
    const df = documentFrequency[id] as number;
    idf[id] = Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5)));
  }
  const frequency = new Int32Array(vocabulary.length);
  const distinct: number[] = [];
  documents.forEach((terms, doc) => {
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i] as number;
      if (frequency[id] === 0) distinct.push(id);
      frequency[id]! += 1;
    }
    const norm = LUNR_K1 * (1 - LUNR_B + LUNR_B * (terms.length / averageLength));
    for (const id of distinct) {
      const tf = frequency[id] as number;
      const score = (idf[id]! * ((LUNR_K1 + 1) * tf)) / (norm + tf);
      const at = next[rank[id] as number]!++;
      postings[at] = doc;
      weights[at] = Math.round(score * 1000) / 1000;
      frequency[id] = 0;
    }
    distinct.length = 0;
  });
  return {
    terms,
    postings: { lengths: packInts(lengths), values: packInts(postings) },
    postingWeights: packFloats(weights),
    documents: count,
  };
}

/** A packed index, unpacked: the scorer that retrieval uses, and the terms for expansion. */
export interface UnpackedLunr {
  scorer: PostingScorer;
  termSet: TermSet;
}

/** Unpacks a packed index. Throws when its parts do not fit together. */
export function unpackLunr(packed: PackedLunr): UnpackedLunr {
  if (!Array.isArray(packed?.terms) || !Number.isInteger(packed.documents))
    throw new Error('index: the packed lunr index is malformed');
  const postings = IntLists.unpack(packed.postings);
  if (postings.length !== packed.terms.length)
    throw new Error('index: the packed lunr index is inconsistent');
  const termIds = new Map(packed.terms.map((term, id) => [term, id]));
  return {
    scorer: new PostingScorer(
      termIds,
      postings,
      unpackFloats(packed.postingWeights),
      packed.documents,
    ),
    termSet: new TermSet(packed.terms),
  };
}

/** Words whose near terms {@link TermSet.fuzzy} keeps at most. */
const MAX_KEPT_FUZZY_WORDS = 10_000;

/** The parts of lunr's TokenSet that its type definitions leave out. */
interface TokenSetStatics {
  fromFuzzyString(term: string, distance: number): lunr.TokenSet;
  fromString(term: string): lunr.TokenSet;
  Builder: new () => { insert(term: string): void; finish(): void; root: lunr.TokenSet };
}
const TokenSet = lunr.TokenSet as unknown as TokenSetStatics;

/**
 * The index's terms as lunr's token set (a minimal automaton), for typo tolerance and prefix
 * expansion. Built on first use: most questions need neither, and building it is a good part
 * of a large index's load time.
 *
 * lunr's fuzzy automaton grows with the word's length and the edit distance (four 40-letter
 * words took 1–2 s; lunr issue #512 and this project's NOTES.md), so {@link TermSet.fuzzy}
 * refuses words longer than `maxLength`: no real word that long needs typo tolerance.
 */
export class TermSet {
  private tokenSet: lunr.TokenSet | undefined;
  /** Terms near a word, by distance and word (see {@link TermSet.fuzzy}). */
  private readonly nearCache = new Map<string, string[]>();

  constructor(private readonly sortedTerms: readonly string[]) {}

  private get root(): lunr.TokenSet {
    if (!this.tokenSet) {
      const builder = new TokenSet.Builder();
      for (const term of this.sortedTerms) builder.insert(term);
      builder.finish();
      this.tokenSet = builder.root;
    }
    return this.tokenSet;
  }

  /**
   * Builds the automaton of the terms now, if not yet built: what the first question with a word
   * the index lacks would otherwise build ({@link TermSet.fuzzy}). True the time it builds it.
   */
  warm(): boolean {
    if (this.tokenSet) return false;
    void this.root;
    return true;
  }

  /** Terms within `distance` edits of `term` (at most `limit`); none for a word over `maxLength` letters. */
  fuzzy(term: string, distance: number, limit: number, maxLength: number): string[] {
    if (term.length > maxLength || distance <= 0) return [];
    // Intersecting automata is the costliest step of planning a question, and the words that
    // need it (ones the coverage does not use) come back in question after question.
    const key = `${distance}\0${term}`;
    const near = keptIn(this.nearCache, key, MAX_KEPT_FUZZY_WORDS, () =>
      this.root.intersect(TokenSet.fromFuzzyString(term, distance)).toArray(),
    );
    return near.slice(0, limit);
  }

  /** Terms that start with `prefix` (at most `limit`). */
  completions(prefix: string, limit: number): string[] {
    // Terms come from this index's own analysis (letters and digits only), so "*" is ours alone.
    return this.root
      .intersect(TokenSet.fromString(`${prefix}*`))
      .toArray()
      .slice(0, limit);
  }
}

/** A document and its retrieval score. */
export interface ScoredDocument {
  doc: number;
  score: number;
}

/**
 * The best `limit` of the documents offered, by score and then by lower number: a binary heap
 * whose root is the worst it keeps (Cormen et al., Introduction to Algorithms, ch. 6).
 */
class Heap {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  /** `limit` is at most the number of documents to be offered (no limit is no document). */
  constructor(limit: number) {
    const capacity = limit > 0 ? Math.floor(limit) : 0;
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /** True when entry `a` ranks below entry `b`. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa < sb || (sa === sb && (this.docs[a] as number) > (this.docs[b] as number));
  }

  offer(doc: number, score: number): void {
    const { docs, scores } = this;
    if (this.size < docs.length) {
      let i = this.size++;
      docs[i] = doc;
      scores[i] = score;
      // Sift up: a parent must be worse than its children.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (docs.length === 0) return;
    const rootScore = scores[0] as number;
    if (score < rootScore || (score === rootScore && doc > (docs[0] as number))) return;
    docs[0] = doc;
    scores[0] = score;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const doc = this.docs[a] as number;
    const score = this.scores[a] as number;
    this.docs[a] = this.docs[b] as number;
    this.scores[a] = this.scores[b] as number;
    this.docs[b] = doc;
    this.scores[b] = score;
  }

  /** What it kept, best first (ties: lower number first). */
  best(): ScoredDocument[] {
    const found: ScoredDocument[] = [];
    for (let i = 0; i < this.size; i++)
      found.push({ doc: this.docs[i] as number, score: this.scores[i] as number });
    return found.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/** Scores documents for weighted query terms from the packed postings (see the module's note). */
export class PostingScorer {
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly postings: IntLists,
    private readonly weights: Float32Array,
    documents: number,
  ) {
    if (weights.length !== (postings.length === 0 ? 0 : postings.start(postings.length))) {
      throw new Error('index: posting weights do not match the postings');
    }
    this.scores = new Float64Array(documents);
    this.touched = new Int32Array(documents);
  }

  /** The documents holding a term (ascending), empty when none does. */
  documentsOf(term: string): Int32Array {
    const id = this.termIds.get(term);
    return id === undefined ? new Int32Array(0) : this.postings.get(id);
  }

  /**
   * The best `limit` documents for terms with boosts, best first (ties: lower number first),
   * among those `accept` lets through.
   */
  top(
    terms: ReadonlyMap<string, number>,
    limit: number,
    accept: (doc: number) => boolean = () => true,
  ): ScoredDocument[] {
    let count = 0;
    for (const [term, boost] of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const docs = this.postings.get(id);
      const start = this.postings.start(id);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        if (this.scores[doc] === 0) this.touched[count++] = doc;
        this.scores[doc]! += boost * (this.weights[start + i] as number);
      }
    }
    // The best `limit` are kept in a heap whose root is the worst kept, so a common word that
    // touches thousands of documents costs no object, and no sort, per document.
    const heap = new Heap(Math.min(limit, count));
    for (let i = 0; i < count; i++) {
      const doc = this.touched[i] as number;
      const score = this.scores[doc] as number;
      this.scores[doc] = 0;
      if (score > 0 && accept(doc)) heap.offer(doc, score);
    }
    return heap.best();
  }
}
