/**
 * Answers from the page: for a question about a photo, an author or a publication date
 * (plan/page-question.ts), the page lines that match the rest of the question (any article's,
 * or the one `source:` picks); when it asks nothing beyond the page ("who wrote the Courier
 * piece"), those of the articles it names. Each is shown verbatim, labelled as what it is.
 * For "who wrote X" / "when was X published" about articles that state no byline or
 * dateline, it says so instead of guessing.
 *
 * Matching is the body's: the plan's concepts with their rarity weights and match factors
 * (match.ts, options.ts), the coverage being the share of the question's weight a line
 * matches. The words that ask about the page are set aside (a caption need not say "photo"),
 * and a line is read with its article's metadata (title, outlet, author, date: the terms
 * source-match.ts names sources by), which is what "the photo at the top of the X story" or
 * "DW's piece about Y" describes.
 */
import type { PageLine } from '../corpus/page-lines.js';
import type { ArticleMeta, CleanArticle } from '../corpus/types.js';
import { termsOf } from '../text/terms.js';
import { SEARCH_OPTIONS } from './options.js';
import type { PageQuestion } from './plan/page-question.js';
import { metadataTerms } from './plan/source-match.js';
import type { QueryPlan } from './plan/query-plan.js';

/** A page line chosen as an answer. */
export interface PageHit {
  /** Index of the article in the corpus. */
  article: number;
  line: PageLine;
  /** Its position among the article's page lines. */
  index: number;
  /** Coverage of the question (0–1), with the small own-words tie-break added. */
  score: number;
}

/** A named article that states no line of the kind asked for. */
export interface PageNotStated {
  article: number;
  asks: 'author' | 'date';
}

/** What the page gives for a question: lines that answer it, and named articles that state none. */
export interface PageAnswer {
  question: PageQuestion | null;
  hits: PageHit[];
  notStated: PageNotStated[];
}

export const NO_PAGE_ANSWER: PageAnswer = { question: null, hits: [], notStated: [] };

/** What {@link pagePassages} reads. */
export interface PageInput {
  question: PageQuestion;
  plan: QueryPlan;
  /** Per concept of `plan`, its rarity weight (match.ts `prepareConcepts`). */
  weights: readonly number[];
  articles: readonly CleanArticle[];
  /** Only this article (the `/ask source:` option). */
  article?: number;
  limit: number;
}

/** Terms of each article's metadata and page lines, computed on first use and kept. */
export class PageTerms {
  readonly #metas = new Map<number, ReadonlySet<string>>();
  readonly #lines = new Map<string, Set<string>>();

  /** The terms of an article's metadata: title, outlet, author and date words (source-match.ts). */
  meta(article: number, meta: ArticleMeta): ReadonlySet<string> {
    let terms = this.#metas.get(article);
    if (!terms) this.#metas.set(article, (terms = metadataTerms(meta).terms));
    return terms;
  }

  line(text: string): Set<string> {
    let terms = this.#lines.get(text);
    if (!terms) {
      // Page lines are few per article; the bound only guards against a hostile corpus.
      if (this.#lines.size > 100_000) this.#lines.clear();
      this.#lines.set(text, (terms = new Set(termsOf(text))));
    }
    return terms;
  }
}

/** The best match factor of a concept among terms (0 when none of its alternatives is there). */
function matchFactor(
  concept: QueryPlan['concepts'][number],
  holds: (term: string) => boolean,
): number {
  let best = 0;
  for (const alternative of concept.alternatives) {
    if (alternative.terms.every(holds))
      best = Math.max(best, SEARCH_OPTIONS.plan.matchFactor[alternative.kind]);
  }
  return best;
}

/**
 * True when a line can answer what is asked: "when" only a line with a number in it (a date,
 * perhaps without its year: "MARROWICK, Jan 15 (Coastline Wire)"), not a place-only dateline
 * ("RIVERTON") or an undated byline.
 */
function fits(line: PageLine, question: PageQuestion): boolean {
  if (!question.kinds.includes(line.kind)) return false;
  return question.asks !== 'date' || /\d/.test(line.text);
}

/**
 * The page lines that answer a page question, best first (at most `limit`), and the articles
 * referred to that state no line of the kind asked for. A byline or dateline answers only a
 * question that refers to an article as such (by an article noun, a quoted headline or its
 * metadata): "who wrote the letter" asks about the story. A question that asks nothing beyond
 * the page ("who wrote the piece?") gets lines only when it names its article (or the corpus
 * has one): any article's byline would do.
 */
export function pagePassages(input: PageInput, terms: PageTerms): PageAnswer {
  const { question, plan, weights, articles } = input;
  const o = SEARCH_OPTIONS.page;
  const none: PageAnswer = { question, hits: [], notStated: [] };
  const named = plan.sources.articles.size > 0;
  if (question.asks !== 'photo' && !question.refersToArticle && !named) return none;
  // The rest of the question: the concepts that are not the page cue.
  const content = plan.concepts.flatMap((concept, i) => {
    const own = concept.alternatives[0]?.terms ?? [];
    return own.every((t) => question.cueTerms.has(t)) ? [] : [{ concept, weight: weights[i] ?? 0 }];
  });
  const total = content.reduce((sum, c) => sum + c.weight, 0);
  let pool: number[];
  if (input.article !== undefined) pool = [input.article];
  else if (total > 0) pool = articles.map((_, i) => i);
  else if (named) pool = [...plan.sources.articles];
  else pool = articles.length === 1 ? [0] : [];

  const hits: PageHit[] = [];
  const missing: Array<PageNotStated & { coverage: number }> = [];
  for (const a of pool) {
    const article = articles[a];
    if (!article) continue;
    const meta = terms.meta(a, article.meta);
    const lines = (article.page ?? [])
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => fits(line, question));
    if (lines.length === 0) {
      const coverage = coverageOf(content, total, (t) => meta.has(t));
      if (question.asks !== 'photo' && coverage >= o.minCoverage)
        missing.push({ article: a, asks: question.asks, coverage });
      continue;
    }
    for (const { line, index } of lines) {
      const own = terms.line(line.text);
      const both = coverageOf(content, total, (t) => own.has(t) || meta.has(t));
      if (both < o.minCoverage) continue;
      const ownCoverage = coverageOf(content, total, (t) => own.has(t));
      hits.push({ article: a, line, index, score: both + o.ownWordsTieBreak * ownCoverage });
    }
  }
  const rank = (hit: PageHit) => question.kinds.indexOf(hit.line.kind);
  hits.sort((x, y) => y.score - x.score || rank(x) - rank(y) || x.article - y.article);
  if (hits.length > 0) return { question, hits: hits.slice(0, input.limit), notStated: [] };
  // Only the articles the question describes best are said to state nothing.
  const best = Math.max(0, ...missing.map((m) => m.coverage));
  const notStated = missing
    .filter((m) => m.coverage === best)
    .slice(0, o.maxNotStated)
    .map(({ article, asks }) => ({ article, asks }));
  return { question, hits: [], notStated };
}

/** Share of the content's weight whose concepts `holds` matches (1 when there is no content). */
function coverageOf(
  content: ReadonlyArray<{ concept: QueryPlan['concepts'][number]; weight: number }>,
  total: number,
  holds: (term: string) => boolean,
): number {
  if (total === 0) return 1;
  let covered = 0;
  for (const { concept, weight } of content) covered += weight * matchFactor(concept, holds);
  return covered / total;
}
