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
import {
  IntLists,
  packFloats,
  packLists,
  unpackFloats,
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

/** The parts of a `lunr.Builder` this layout reads (lunr's type definitions leave them out). */
interface BuiltLunr {
  invertedIndex: Record<string, { _index: number } & Record<string, Record<string, unknown>>>;
  fieldVectors: Record<string, { elements: number[] }>;
  calculateAverageFieldLengths(): void;
  createFieldVectors(): void;
}

/**
 * Finishes a lunr builder whose documents' refs are 0…n-1 and whose only field is
 * {@link FIELD}, and packs its postings with their BM25 weights. This is `Builder.build()`
 * less its token set, which {@link TermSet} builds from the terms when first needed.
 */
export function packLunr(builder: lunr.Builder, documents: number): PackedLunr {
  const built = builder as unknown as BuiltLunr;
  built.calculateAverageFieldLengths();
  built.createFieldVectors();
  // lunr's own order for terms: sorted, as its token set and serialisation use.
  const terms = Object.keys(built.invertedIndex).sort();
  const termOfIndex = new Map(
    terms.map((term, id) => [(built.invertedIndex[term] as { _index: number })._index, id]),
  );
  const postings: number[][] = terms.map(() => []);
  const postingWeights: number[][] = terms.map(() => []);
  for (let doc = 0; doc < documents; doc++) {
    const elements = built.fieldVectors[`${FIELD}/${doc}`]?.elements ?? [];
    for (let i = 0; i < elements.length; i += 2) {
      const term = termOfIndex.get(elements[i] as number);
      if (term === undefined) continue;
      // lunr keeps three decimals when it serialises; do the same.
      postings[term]?.push(doc);
      postingWeights[term]?.push(Math.round((elements[i + 1] as number) * 1000) / 1000);
    }
  }
  return {
    terms,
    postings: packLists(postings),
    postingWeights: packFloats(postingWeights.flat()),
    documents,
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

  /** Terms within `distance` edits of `term` (at most `limit`); none for a word over `maxLength` letters. */
  fuzzy(term: string, distance: number, limit: number, maxLength: number): string[] {
    if (term.length > maxLength || distance <= 0) return [];
    return this.root.intersect(TokenSet.fromFuzzyString(term, distance)).toArray().slice(0, limit);
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
