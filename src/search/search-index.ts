/**
 * The search layer: lunr's index (its BM25 weights, scored straight from its postings) finds
 * candidate blocks, then sentences are reranked, widened and selected. This class is the seam
 * where an existing search engine could replace lunr: the engine above only calls
 * {@link SearchIndex.search}.
 */
import lunr from 'lunr';
import type { Corpus, Sentence } from '../corpus/types.js';
import { answerTypeScore, type AnswerType } from './answer-type.js';
import { buildAliasTable, type AliasTable } from './aliases.js';
import { buildBlocks, type Block } from './blocks.js';
import { selectQueryTerms } from './query-terms.js';
import {
  FIELD,
  REF,
  createTermBuilder,
  packLunr,
  unpackLunr,
  type PackedLunr,
  type PostingScorer,
} from './lunr-layout.js';
import { IntLists, packLists, type PackedLists } from './packed.js';
import { planQuery, type Vocabulary } from './query-plan.js';
import {
  QuestionMatcher,
  TermMarks,
  prepareConcepts,
  scoreSentence,
  type ScoredConcept,
} from './rank.js';
import { overlapCoefficient, overlaps, widen, type Window } from './select.js';
import { buildSynonymTable, commonWordStems, type SynonymTable } from './synonyms.js';
import { isStopWord, stem, termsOf, tokenize } from '../text/terms.js';

/** The search index as saved to disk (inside the engine's index file). */
export interface SerializedSearchIndex {
  vocabulary: string[];
  /** Per sentence, its terms in order, as indexes into `vocabulary`. */
  sentenceTerms: PackedLists;
  aliases: string[][];
  /** Question-side stem → corpus terms with the same meaning (from WordNet). */
  synonyms: SynonymTable;
  /** Stems of everyday English words (from WordNet's SemCor counts). */
  commonWords: string[];
  lunr: PackedLunr;
}

/** A passage found for a question. */
export interface SearchHit {
  window: Window;
  score: number;
  coverage: number;
  /** Term ids that matched the question, for highlighting. */
  matchedIds: ReadonlySet<number>;
  /** The same fact in other articles. */
  also: Window[];
}

/** The result of {@link SearchIndex.search}. */
export interface SearchResult {
  answered: boolean;
  hits: SearchHit[];
  /** When not answered: the nearest passages. */
  closest: SearchHit[];
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  limit: number;
  /** Only this article (index into the corpus's articles). */
  article?: number;
}

/** Below this coverage of the question, the coverage does not answer it. Calibrated on test/eval. */
export const ANSWER_THRESHOLD = 0.42;
/** A passage without the kind of answer the question asks for (no date for "when") answers it less. */
const TYPE_MISS_FACTOR = 0.85;
/** A passage after the first is shown when it covers at least this share of what the first covers. */
const SECONDARY_COVERAGE_SHARE = 0.3;
/** Candidate blocks taken for reranking. */
const CANDIDATE_BLOCKS = 40;
/** Passages from other articles whose words overlap this much report the same fact. */
const SAME_FACT_OVERLAP = 0.5;
const SAME_FACT_MIN_TERMS = 5;
const MAX_ALSO = 3;
const CLOSEST_SHOWN = 2;
/** A neighbour's match counts this much toward the window's coverage. */
const NEIGHBOUR_FACTOR = 0.8;

/** The parts of lunr that its type definitions get wrong or leave out. */
interface FuzzyTokenSet {
  fromFuzzyString(term: string, distance: number): lunr.TokenSet;
  fromString(term: string): lunr.TokenSet;
}
interface IndexWithTokenSet {
  tokenSet: lunr.TokenSet;
}

/** Search over a corpus's sentences. */
export class SearchIndex {
  private readonly termIds: Map<string, number>;
  private readonly documentFrequency: Int32Array;
  private readonly blocks: Block[];
  private readonly aliasTable: AliasTable;
  private readonly vocabularyView: Vocabulary;
  /** A Map, not the saved object: a question word like "constructor" must not reach Object's prototype. */
  private readonly synonyms: Map<string, string[]>;
  private readonly commonWords: Set<string>;

  private readonly sentenceTerms: IntLists;
  private readonly index: lunr.Index;
  private readonly scorer: PostingScorer;
  private readonly marks: TermMarks;
  /** Per answer type, each sentence's score for it, computed on first use (-1: not yet). */
  private readonly answerTypes = new Map<AnswerType, Float32Array>();

  private constructor(
    private readonly corpus: Corpus,
    private readonly data: SerializedSearchIndex,
  ) {
    ({ index: this.index, scorer: this.scorer } = unpackLunr(data.lunr));
    this.sentenceTerms = IntLists.unpack(data.sentenceTerms);
    if (this.sentenceTerms.length !== corpus.sentences.length) {
      throw new Error(
        `index: ${this.sentenceTerms.length} sentences indexed but the corpus has ${corpus.sentences.length}`,
      );
    }
    this.termIds = new Map(data.vocabulary.map((term, id) => [term, id]));
    this.marks = new TermMarks(data.vocabulary.length);
    this.documentFrequency = new Int32Array(data.vocabulary.length);
    const seen = new Int32Array(data.vocabulary.length).fill(-1);
    for (let s = 0; s < this.sentenceTerms.length; s++) {
      for (const id of this.sentenceTerms.get(s)) {
        if (seen[id] === s) continue;
        seen[id] = s;
        this.documentFrequency[id]! += 1;
      }
    }
    this.blocks = buildBlocks(corpus.sentences);
    this.aliasTable = buildAliasTable(data.aliases);
    this.synonyms = new Map(Object.entries(data.synonyms));
    this.commonWords = new Set(data.commonWords);
    this.vocabularyView = {
      has: (term) => this.termIds.has(term),
      fuzzy: (term, distance, limit) => this.fuzzy(term, distance, limit),
      completions: (prefix, limit) => this.completions(prefix, limit),
      synonyms: (word) => this.synonyms.get(stem(word)) ?? [],
      isCommon: (term) => this.commonWords.has(term),
    };
  }

  /** Builds the index of a corpus. `onProgress` is called as blocks are indexed. */
  static build(
    corpus: Corpus,
    aliases: string[][],
    onProgress?: (done: number, total: number) => void,
  ): SearchIndex {
    const termIds = new Map<string, number>();
    const vocabulary: string[] = [];
    const sentenceTerms = corpus.sentences.map((sentence) => {
      const text =
        corpus.articles[sentence.article]?.text.slice(sentence.start, sentence.end) ?? '';
      return termsOf(text).map((term) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          vocabulary.push(term);
          termIds.set(term, id);
        }
        return id;
      });
    });
    const blocks = buildBlocks(corpus.sentences);
    const builder = createTermBuilder();
    blocks.forEach((block, index) => {
      const terms: string[] = [];
      for (let s = block.first; s <= block.last; s++) {
        for (const id of sentenceTerms[s] ?? []) terms.push(vocabulary[id] as string);
      }
      builder.add({ [REF]: String(index), [FIELD]: terms });
      if (onProgress && (index % 500 === 0 || index === blocks.length - 1))
        onProgress(index + 1, blocks.length);
    });
    const lunrIndex = packLunr(builder, blocks.length);
    const synonyms = buildSynonymTable(new Set(vocabulary));
    const commonWords = commonWordStems();
    return new SearchIndex(corpus, {
      vocabulary,
      sentenceTerms: packLists(sentenceTerms),
      aliases,
      synonyms,
      commonWords,
      lunr: lunrIndex,
    });
  }

  /** Loads a saved index over the corpus it was built from. */
  static load(corpus: Corpus, data: SerializedSearchIndex): SearchIndex {
    if (
      !Array.isArray(data.vocabulary) ||
      !Array.isArray(data.commonWords) ||
      typeof data.synonyms !== 'object' ||
      typeof data.lunr !== 'object'
    ) {
      throw new Error('index: the search section is malformed');
    }
    return new SearchIndex(corpus, data);
  }

  /** What to save. */
  toJSON(): SerializedSearchIndex {
    return this.data;
  }

  private fuzzy(term: string, distance: number, limit: number): string[] {
    const fuzzySet = (lunr.TokenSet as unknown as FuzzyTokenSet).fromFuzzyString(term, distance);
    return (this.index as unknown as IndexWithTokenSet).tokenSet
      .intersect(fuzzySet)
      .toArray()
      .slice(0, limit);
  }

  private completions(prefix: string, limit: number): string[] {
    // Terms come from this index's own analysis (letters and digits only), so "*" is ours alone.
    const wildcard = (lunr.TokenSet as unknown as FuzzyTokenSet).fromString(`${prefix}*`);
    return (this.index as unknown as IndexWithTokenSet).tokenSet
      .intersect(wildcard)
      .toArray()
      .slice(0, limit);
  }

  private answerTypeOf(sentence: number, type: AnswerType): number {
    let scores = this.answerTypes.get(type);
    if (!scores)
      this.answerTypes.set(
        type,
        (scores = new Float32Array(this.corpus.sentences.length).fill(-1)),
      );
    if (scores[sentence] === -1) scores[sentence] = answerTypeScore(this.textOf(sentence), type);
    return scores[sentence] as number;
  }

  private textOf(sentence: number): string {
    const s = this.corpus.sentences[sentence] as Sentence;
    return (this.corpus.articles[s.article]?.text ?? '').slice(s.start, s.end);
  }

  /** The sentence numbers from `first` to `last`. */
  private static range(first: number, last: number): number[] {
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  private candidateBlocks(
    concepts: readonly ScoredConcept[],
    article: number | undefined,
  ): Array<{ block: Block; score: number }> {
    const terms = selectQueryTerms(
      concepts,
      (id) => this.documentFrequency[id] ?? 0,
      this.corpus.sentences.length,
    );
    if (terms.size === 0) return [];
    const boosts = new Map<string, number>();
    for (const [id, boost] of terms) boosts.set(this.data.vocabulary[id] as string, boost);
    const accept =
      article === undefined
        ? undefined
        : (doc: number) =>
            this.corpus.sentences[this.blocks[doc]?.first ?? -1]?.article === article;
    return this.scorer.top(boosts, CANDIDATE_BLOCKS, accept).flatMap(({ doc, score }) => {
      const block = this.blocks[doc];
      return block === undefined ? [] : [{ block, score }];
    });
  }

  /**
   * Answers a question with the best passages, or abstains. Never throws on user text: the
   * question is tokenised by this index's own analysis, never parsed as lunr query syntax.
   */
  search(question: string, options: SearchOptions): SearchResult {
    const plan = planQuery(question, this.vocabularyView, this.aliasTable);
    const concepts = prepareConcepts(
      plan,
      (term) => this.termIds.get(term),
      (id) => this.documentFrequency[id] ?? 0,
      this.corpus.sentences.length,
    );
    const empty: SearchResult = { answered: false, hits: [], closest: [] };
    if (concepts.length === 0) return empty;
    const blocks = this.candidateBlocks(concepts, options.article);
    if (blocks.length === 0) return empty;
    const bestBlock = blocks[0]?.score || 1;
    const matcher = new QuestionMatcher(concepts, this.marks, (s) => this.sentenceTerms.get(s));

    const ranked: Array<{ sentence: number; score: number; coverage: number }> = [];
    for (const { block, score: blockScore } of blocks) {
      for (let s = block.first; s <= block.last; s++) {
        const match = matcher.sentence(s);
        if (match.coverage === 0) continue;
        const windowCoverage = this.windowCoverage(matcher, s);
        const heading = this.corpus.sentences[s]?.kind === 'heading';
        const answerType = plan.answerType === null ? null : this.answerTypeOf(s, plan.answerType);
        const score = scoreSentence({
          match,
          windowCoverage,
          bm25: blockScore / bestBlock,
          answerType,
          heading,
        });
        const typeMiss = answerType === 0;
        const coverage =
          Math.max(match.coverage, windowCoverage * NEIGHBOUR_FACTOR) *
          (typeMiss ? TYPE_MISS_FACTOR : 1);
        ranked.push({ sentence: s, score, coverage });
      }
    }
    ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);

    const hits: SearchHit[] = [];
    const used = new Set<number>();
    for (const candidate of ranked) {
      if (hits.length >= options.limit) break;
      if (used.has(candidate.sentence)) continue;
      const window = widen(candidate.sentence, {
        sentences: this.corpus.sentences,
        textOf: (s) => this.textOf(s),
        addsCoverage: (current, next) =>
          matcher.coverage(SearchIndex.range(current.first, next)) >
          matcher.coverage(SearchIndex.range(current.first, current.last)) + 0.05,
      });
      const article = this.corpus.sentences[candidate.sentence]?.article;
      const clash = hits.some(
        (hit) =>
          this.corpus.sentences[hit.window.sentence]?.article === article &&
          overlaps(hit.window, window),
      );
      if (clash) continue;
      const matchedIds = matcher.matchedIds(SearchIndex.range(window.first, window.last));
      const hit: SearchHit = {
        window,
        score: candidate.score,
        coverage: candidate.coverage,
        matchedIds,
        also: [],
      };
      for (let s = window.first; s <= window.last; s++) used.add(s);
      this.collectSameFact(hit, ranked, used);
      hits.push(hit);
    }
    const answered = hits.length > 0 && (hits[0]?.coverage ?? 0) >= ANSWER_THRESHOLD;
    if (answered) {
      // Passages after the first need not answer alone, but must still be about the question.
      const floor = (hits[0]?.coverage ?? 0) * SECONDARY_COVERAGE_SHARE;
      return { answered, hits: hits.filter((hit) => hit.coverage >= floor), closest: [] };
    }
    return { answered, hits: [], closest: hits.slice(0, CLOSEST_SHOWN) };
  }

  private windowCoverage(matcher: QuestionMatcher, sentence: number): number {
    const s = this.corpus.sentences[sentence] as Sentence;
    const neighbours = [sentence - 1, sentence + 1].filter((n) => {
      const other = this.corpus.sentences[n];
      return other !== undefined && other.article === s.article && other.kind === 'body';
    });
    return matcher.coverage([sentence, ...neighbours]);
  }

  /** Moves passages of other articles that state the same fact as `hit` into `hit.also`. */
  private collectSameFact(
    hit: SearchHit,
    ranked: ReadonlyArray<{ sentence: number; coverage: number }>,
    used: Set<number>,
  ): void {
    const article = this.corpus.sentences[hit.window.sentence]?.article;
    const own = new Set(this.sentenceTerms.get(hit.window.sentence));
    const seenArticles = new Set([article]);
    for (const candidate of ranked) {
      if (hit.also.length >= MAX_ALSO) break;
      const other = this.corpus.sentences[candidate.sentence];
      if (other === undefined || seenArticles.has(other.article) || used.has(candidate.sentence))
        continue;
      if (candidate.coverage < hit.coverage * 0.8) continue;
      const terms = new Set(this.sentenceTerms.get(candidate.sentence));
      if (Math.min(terms.size, own.size) < SAME_FACT_MIN_TERMS) continue;
      if (overlapCoefficient(own, terms) < SAME_FACT_OVERLAP) continue;
      seenArticles.add(other.article);
      used.add(candidate.sentence);
      hit.also.push({
        sentence: candidate.sentence,
        first: candidate.sentence,
        last: candidate.sentence,
      });
    }
  }

  /** Spans (offsets into `text`) of the words whose terms are in `matchedIds`. */
  highlights(text: string, matchedIds: ReadonlySet<number>): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const token of tokenize(text)) {
      if (isStopWord(token)) continue;
      const id = this.termIds.get(stem(token.word));
      if (id !== undefined && matchedIds.has(id)) spans.push([token.start, token.end]);
    }
    return spans;
  }
}
