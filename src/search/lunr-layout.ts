/**
 * lunr's index in a leaner layout. lunr serialises every posting as an object
 * (`{"_index": 7, "t": {"5111": {}, …}}`) and every document vector as a JSON array; loading
 * a corpus of 60,000 sentences then allocates a million small objects and takes most of a
 * second. Here postings and vectors are packed arrays, and the `lunr.Index` built on them
 * materialises a term's posting or a document's vector only when a query touches it, so
 * lunr's own query code runs unchanged on it.
 *
 * Retrieval itself uses {@link PostingScorer}: the same score as lunr's `Index.query` (the sum
 * over query terms of boost × lunr's BM25 weight of the term in the document; lunr then divides
 * by the query vector's length, which changes no order), computed straight from the packed
 * postings. `Index.query` allocates a match object per posting and scores every matching
 * document; at 60,000 sentences that was half the time of a question.
 */
import lunr from 'lunr';
import {
  IntLists,
  packFloats,
  packInts,
  packLists,
  unpackFloats,
  unpackInts,
  type PackedArray,
  type PackedLists,
} from './packed.js';

/** The one field every document has, and the name of its reference. */
export const FIELD = 't';
export const REF = 'b';

/**
 * A lunr builder for documents whose field is a list of terms already analysed (the search
 * layer's own analysis). Its tokenizer hands the terms over as they are: lunr's default makes
 * a `lunr.Token` per term and then turns it back into a string at every lookup, a third of the
 * time of building a large index. The pipelines stay empty, so nothing else reads tokens.
 */
export function createTermBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.ref(REF);
  builder.field(FIELD);
  (builder as unknown as { tokenizer: (terms: string[]) => string[] }).tokenizer = (terms) => terms;
  return builder;
}

/** lunr's index, packed. Documents are numbered 0…n-1 (their refs are those numbers). */
export interface PackedLunr {
  /** Terms in lunr's (sorted) order. */
  terms: string[];
  /** Per term, lunr's `_index` (its position in the vector space). */
  termIndex: PackedArray;
  /** Per term, the documents holding it, ascending… */
  postings: PackedLists;
  /** …and lunr's BM25 weight of the term in each of them, parallel to the postings. */
  postingWeights: PackedArray;
  /** Per document, its vector's term positions… */
  vectorTerms: PackedLists;
  /** …and their weights, in the same order. */
  vectorWeights: PackedArray;
}

/** The parts of a `lunr.Builder` this layout reads (lunr's type definitions leave them out). */
interface BuiltLunr {
  invertedIndex: Record<string, { _index: number } & Record<string, Record<string, unknown>>>;
  fieldVectors: Record<string, { elements: number[] }>;
  calculateAverageFieldLengths(): void;
  createFieldVectors(): void;
}

/**
 * Finishes a lunr builder whose documents' refs are 0…n-1 and whose only field is
 * {@link FIELD}, and packs its index. This is `Builder.build()` less its token set, which the
 * packed layout rebuilds from the terms when it loads.
 */
export function packLunr(builder: lunr.Builder, documents: number): PackedLunr {
  const built = builder as unknown as BuiltLunr;
  built.calculateAverageFieldLengths();
  built.createFieldVectors();
  // lunr's own order for terms: sorted, as its token set and serialisation use.
  const terms = Object.keys(built.invertedIndex).sort();
  const termIndex = terms.map((term) => (built.invertedIndex[term] as { _index: number })._index);
  const termOfIndex = new Map(termIndex.map((index, id) => [index, id]));
  const postings: number[][] = terms.map(() => []);
  const postingWeights: number[][] = terms.map(() => []);
  const vectorTerms: number[][] = Array.from({ length: documents }, () => []);
  const weights: number[][] = Array.from({ length: documents }, () => []);
  for (let doc = 0; doc < documents; doc++) {
    const elements = built.fieldVectors[`${FIELD}/${doc}`]?.elements ?? [];
    for (let i = 0; i < elements.length; i += 2) {
      // lunr keeps three decimals when it serialises; do the same.
      const weight = Math.round((elements[i + 1] as number) * 1000) / 1000;
      vectorTerms[doc]?.push(elements[i] as number);
      weights[doc]?.push(weight);
      const term = termOfIndex.get(elements[i] as number);
      if (term === undefined) continue;
      postings[term]?.push(doc);
      postingWeights[term]?.push(weight);
    }
  }
  return {
    terms,
    termIndex: packInts(termIndex),
    postings: packLists(postings),
    postingWeights: packFloats(postingWeights.flat()),
    vectorTerms: packLists(vectorTerms),
    vectorWeights: packFloats(weights.flat()),
  };
}

/** Document vectors kept materialised, at most. */
const VECTOR_CACHE_LIMIT = 20_000;

/** lunr's metadata for a posting: none is kept, and lunr only ever reads it, so one object serves all. */
const NO_METADATA = Object.freeze(Object.create(null) as object);

/** A packed index, unpacked: lunr's index (for its token set and its own queries) and the scorer. */
export interface UnpackedLunr {
  index: lunr.Index;
  scorer: PostingScorer;
}

/** Builds a working `lunr.Index` over a packed index, and the scorer that retrieval uses. */
export function unpackLunr(packed: PackedLunr): UnpackedLunr {
  const termIndex = unpackInts(packed.termIndex);
  const postings = IntLists.unpack(packed.postings);
  const vectorTerms = IntLists.unpack(packed.vectorTerms);
  const vectorWeights = unpackFloats(packed.vectorWeights);
  if (postings.length !== packed.terms.length || termIndex.length !== packed.terms.length) {
    throw new Error('index: the packed lunr index is inconsistent');
  }
  const termIds = new Map(packed.terms.map((term, id) => [term, id]));

  const invertedIndex = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(cache, term) {
      if (typeof term !== 'string') return undefined;
      if (term in cache) return cache[term];
      const id = termIds.get(term);
      if (id === undefined) return undefined;
      const docs: Record<string, object> = Object.create(null);
      for (const doc of postings.get(id)) docs[doc] = NO_METADATA;
      return (cache[term] = { _index: termIndex[id], [FIELD]: docs });
    },
    has: (_cache, term) => typeof term === 'string' && termIds.has(term),
  });

  const vectorStart = new Int32Array(vectorTerms.length + 1);
  for (let doc = 0; doc < vectorTerms.length; doc++)
    vectorStart[doc + 1] = (vectorStart[doc] ?? 0) + vectorTerms.get(doc).length;
  const vectors = new Map<number, lunr.Vector>();
  const fieldVectors = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(_target, fieldRef) {
      if (typeof fieldRef !== 'string' || !fieldRef.startsWith(`${FIELD}/`)) return undefined;
      const doc = Number(fieldRef.slice(FIELD.length + 1));
      if (!Number.isInteger(doc) || doc < 0 || doc >= vectorTerms.length) return undefined;
      const cached = vectors.get(doc);
      if (cached) return cached;
      const positions = vectorTerms.get(doc);
      const start = vectorStart[doc] ?? 0;
      const elements: number[] = new Array(positions.length * 2);
      for (let i = 0; i < positions.length; i++) {
        elements[2 * i] = positions[i] as number;
        elements[2 * i + 1] = vectorWeights[start + i] as number;
      }
      const vector = new lunr.Vector(elements);
      // Bounded: the vectors of the documents queries touch most stay materialised.
      if (vectors.size >= VECTOR_CACHE_LIMIT) vectors.clear();
      vectors.set(doc, vector);
      return vector;
    },
  });

  const IndexConstructor = lunr.Index as unknown as new (attrs: object) => lunr.Index;
  const index = new IndexConstructor({
    invertedIndex,
    fieldVectors,
    tokenSet: null,
    fields: [FIELD],
    pipeline: new lunr.Pipeline(),
  });
  // The token set (for fuzzy and wildcard expansion) is built on first use: most questions
  // need none, and building it is a good part of a large index's load time.
  let tokenSet: lunr.TokenSet | undefined;
  Object.defineProperty(index, 'tokenSet', {
    get: () => (tokenSet ??= tokenSetOf(packed.terms)),
  });
  const scorer = new PostingScorer(
    termIds,
    postings,
    unpackFloats(packed.postingWeights),
    vectorTerms.length,
  );
  return { index, scorer };
}

/** lunr's token set of sorted terms, as `lunr.Index.load` builds it. */
function tokenSetOf(sortedTerms: readonly string[]): lunr.TokenSet {
  const TokenSetBuilder = (
    lunr.TokenSet as unknown as {
      Builder: new () => { insert(term: string): void; finish(): void; root: lunr.TokenSet };
    }
  ).Builder;
  const builder = new TokenSetBuilder();
  for (const term of sortedTerms) builder.insert(term);
  builder.finish();
  return builder.root;
}

/** A document and its retrieval score. */
export interface ScoredDocument {
  doc: number;
  score: number;
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
    const found: ScoredDocument[] = [];
    for (let i = 0; i < count; i++) {
      const doc = this.touched[i] as number;
      const score = this.scores[doc] as number;
      this.scores[doc] = 0;
      if (score > 0 && accept(doc)) found.push({ doc, score });
    }
    found.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return found.slice(0, limit);
  }
}
