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
import { authorNaming } from '../corpus/credit-fields.js';
import { isCaptionLine } from '../corpus/furniture.js';
import { idWords } from '../corpus/ids.js';
import type { PageLine } from '../corpus/page-lines.js';
import type { ArticleMeta, CleanArticle } from '../corpus/types.js';
import { keptIn } from '../text/bounded-memo.js';
import { termsOf } from '../text/terms.js';
import { SEARCH_OPTIONS } from './options.js';
import { quotedHeadlines, type PageQuestion } from './plan/page-question.js';
import { metadataTerms, namedAsWritten } from './plan/source-match.js';
import type { QueryPlan } from './plan/query-plan.js';
import { escapeRegExp } from '../text/escape.js';

/**
 * Added to the strength of an article the question names (plan.sources): smaller than any
 * difference in coverage, so naming only breaks ties.
 */
const NAMED_TIE_BREAK = 1e-6;

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

/**
 * A named article that states no line of the kind asked for; or, asked who took a photo, the
 * photo the question describes (`caption`, its caption line verbatim) with no credit stated.
 */
export interface PageNotStated {
  article: number;
  asks: 'author' | 'date' | 'credit';
  caption?: string;
}

/** What the page gives for a question: lines that answer it, and named articles that state none. */
export interface PageAnswer {
  question: PageQuestion | null;
  hits: PageHit[];
  notStated: PageNotStated[];
  /**
   * True when the question asks who wrote an article or when it was published and nothing
   * beyond that ({@link asksOnlyOfPage}): only the page of the article it names answers it.
   */
  onlyOfPage: boolean;
}

export const NO_PAGE_ANSWER: PageAnswer = {
  question: null,
  hits: [],
  notStated: [],
  onlyOfPage: false,
};

/**
 * The concepts of `plan` that are not the page cue ("who wrote", "published", "the piece"):
 * what the question asks of the article besides its page, each with its index in the plan.
 */
function contentConcepts(
  question: PageQuestion,
  plan: QueryPlan,
  naming: ReadonlySet<string> = new Set(),
): Array<{ concept: QueryPlan['concepts'][number]; index: number }> {
  return plan.concepts.flatMap((concept, index) => {
    const own = concept.alternatives[0]?.terms ?? [];
    return own.every((t) => question.cueTerms.has(t) || naming.has(t)) ? [] : [{ concept, index }];
  });
}

/**
 * True when the question asks who wrote an article or when it was published, and nothing else
 * ("when was the explainer published?"): the story's passages cannot answer it, whatever words
 * they share with it; only the page of an article it names can.
 */
export function asksOnlyOfPage(
  question: PageQuestion,
  plan: QueryPlan,
  naming: ReadonlySet<string> = new Set(),
): boolean {
  return question.asks !== 'photo' && contentConcepts(question, plan, naming).length === 0;
}

/** What {@link pagePassages} reads. */
export interface PageInput {
  question: PageQuestion;
  plan: QueryPlan;
  /** Per concept of `plan`, its rarity weight (match.ts `prepareConcepts`). */
  weights: readonly number[];
  articles: readonly CleanArticle[];
  /** Only these articles (the `/ask source:` option: one article, or an outlet's). */
  only?: ReadonlySet<number>;
  /**
   * Terms of the question that name the `only` articles other than by their metadata (words of
   * an untitled article's id: "the letter" for `misc/letter`): they say which article is asked
   * about, not what about it, like the page cue.
   */
  naming?: ReadonlySet<string>;
  limit: number;
}

/**
 * An article's metadata terms, by how strongly each tells what the article is: `all` (title,
 * outlet, author and date words: source-match.ts), and the outlet's own terms with the outlet
 * name as written, so a line's mention of its outlet ("Photograph: Lee Marr/Harbour Herald")
 * can be told from its words about the story.
 */
export interface PageMeta {
  all: ReadonlySet<string>;
  /** Title, author and date terms: what the article is about and who and when it is by. */
  described: ReadonlySet<string>;
  outlet: ReadonlySet<string>;
  /** Matches the outlet's name in a line (case-insensitive), or null when it has none. */
  outletName: RegExp | null;
  /** The terms of its id's words ({@link idWords}): what its file's name says it is about. */
  id: ReadonlySet<string>;
}

/** Article bodies whose terms {@link PageTerms.body} keeps. */
const MAX_KEPT_BODIES = 2_000;
/** Page lines whose terms {@link PageTerms.line} keeps. */
const MAX_KEPT_LINES = 100_000;

function termSetOf(text: string): Set<string> {
  return new Set(termsOf(text));
}

/** Terms of each article's metadata and page lines, computed on first use and kept. */
export class PageTerms {
  readonly #metas = new Map<number, PageMeta>();
  readonly #lines = new Map<string, Set<string>>();
  readonly #bodies = new Map<number, Set<string>>();

  /** The terms of an article's metadata: title, outlet, author and date words (source-match.ts). */
  meta(article: number, meta: ArticleMeta): PageMeta {
    let terms = this.#metas.get(article);
    if (!terms) {
      const { terms: all, date } = metadataTerms(meta);
      const outlet = meta.outlet?.trim() ?? '';
      // Names as a question writes them, as metadataTerms reads them ("Mc Kinley" → "McKinley").
      const named = namedAsWritten(meta);
      terms = {
        all,
        described: new Set([
          ...termsOf(named.title),
          ...termsOf(authorNaming(named.author)),
          ...date,
        ]),
        outlet: new Set(termsOf(outlet)),
        outletName: outlet.length > 0 ? new RegExp(escapeRegExp(outlet), 'giu') : null,
        id: new Set(termsOf(idWords(meta.id))),
      };
      this.#metas.set(article, terms);
    }
    return terms;
  }

  /** The terms of an article's text, for what it is about (see {@link aboutArticles}). */
  body(article: number, text: string): Set<string> {
    // Read only for the articles a question names; the bound guards memory on a huge corpus.
    return keptIn(this.#bodies, article, MAX_KEPT_BODIES, () => termSetOf(text));
  }

  line(text: string): Set<string> {
    // Page lines are few per article; the bound only guards against a hostile corpus.
    return keptIn(this.#lines, text, MAX_KEPT_LINES, termSetOf);
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
 * question that refers to an article as such (by an article noun, a quoted headline, its
 * metadata, or the `source:` chosen): "who wrote the letter" asks about the story. A question
 * that asks nothing beyond the page ("who wrote the piece?") gets lines only when it names its
 * article (or the corpus has one): any article's byline would do.
 *
 * Evidence has strengths. A question word matched by the article's title, author or date, or
 * by the line's own words, says the line's article is the one described; one matched only
 * through its outlet's name, when the question holds just part of a name of several words
 * ("the harbour story" and the outlet "Harbour Herald"), may be a word of the name by chance.
 * Such weak matches answer only when no line or article is described by strong evidence.
 *
 * For "who took the photo of X", a caption that describes X identifies the photo and the
 * credit line right next to it in the same article names who took it: the credit is given
 * first, with the caption after it.
 */
export function pagePassages(input: PageInput, terms: PageTerms): PageAnswer {
  const { question, plan, weights, articles } = input;
  const o = SEARCH_OPTIONS.page;
  const onlyOfPage = asksOnlyOfPage(question, plan, input.naming);
  const none: PageAnswer = { question, hits: [], notStated: [], onlyOfPage };
  const named = plan.sources.articles.size > 0;
  const chosen = input.only !== undefined;
  if (question.asks !== 'photo' && !question.refersToArticle && !named && !chosen) return none;
  // The rest of the question: the concepts that are not the page cue.
  const content = contentConcepts(question, plan, input.naming).map(({ concept, index }) => ({
    concept,
    weight: weights[index] ?? 0,
  }));
  const total = content.reduce((sum, c) => sum + c.weight, 0);
  const asked = new Set(
    plan.concepts.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)),
  );
  // A quoted headline is the strongest naming there is: only its articles' page can answer.
  const titled = titledArticles(plan.question, articles);
  let pool: number[];
  if (input.only !== undefined) pool = [...input.only];
  else if (titled.length > 0) pool = titled;
  else if (total > 0) pool = articles.map((_, i) => i);
  else if (named) pool = [...plan.sources.articles];
  else pool = articles.length === 1 ? [0] : [];

  const found: Array<{ hit: PageHit; strength: number; ofNamedOutlet: boolean }> = [];
  const missing: Array<PageNotStated & { coverage: number; strength: number }> = [];
  for (const a of pool) {
    const article = articles[a];
    if (!article) continue;
    const meta = terms.meta(a, article.meta);
    const outletNamed = [...meta.outlet].every((t) => asked.has(t));
    const strongMeta = (t: string) => meta.described.has(t) || (outletNamed && meta.outlet.has(t));
    const lines = (article.page ?? [])
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => fits(line, question));
    if (lines.length === 0) {
      const coverage = coverageOf(content, total, (t) => meta.all.has(t));
      if (question.asks !== 'photo' && coverage >= o.minCoverage)
        missing.push({
          article: a,
          asks: question.asks,
          coverage,
          strength: coverageOf(content, total, strongMeta),
        });
      continue;
    }
    for (const { line, index } of lines) {
      const own = terms.line(line.text);
      const both = coverageOf(content, total, (t) => own.has(t) || meta.all.has(t));
      if (both < o.minCoverage) continue;
      // The line's words other than its outlet's name ("Photograph: Lee Marr/Harbour Herald").
      const ownStrong =
        outletNamed || meta.outletName === null
          ? own
          : terms.line(line.text.replace(meta.outletName, ' '));
      const strength = coverageOf(content, total, (t) => ownStrong.has(t) || strongMeta(t));
      const ownCoverage = coverageOf(content, total, (t) => own.has(t));
      found.push({
        hit: { article: a, line, index, score: both + o.ownWordsTieBreak * ownCoverage },
        strength,
        ofNamedOutlet:
          plan.sources.articles.has(a) &&
          meta.outlet.size > 0 &&
          [...meta.outlet].every((t) => plan.sources.terms.has(t)),
      });
    }
  }
  if (question.asks !== 'photo') {
    const picked = pickedByText(input, terms, content, total, found, missing);
    found.splice(0, found.length, ...found.filter((f) => picked.has(f.hit.article)));
    missing.splice(0, missing.length, ...missing.filter((m) => picked.has(m.article)));
  }
  const strong = (m: { strength: number }) => m.strength >= o.minCoverage;
  const anyStrong = found.some(strong) || missing.some(strong);
  // The article the question describes best is the one it asks about: when that one states no
  // line of the kind asked for, another article's line is no answer ("when was the Times story
  // about the repair bill published" is not answered by the Courier's dateline). Evidence is
  // compared by strength, then by whether the plan names the article (source-match.ts): naming
  // words drop out of the content when the named article's text never uses them.
  const evidence = (m: { strength: number }, article: number) =>
    m.strength + (plan.sources.articles.has(article) ? NAMED_TIE_BREAK : 0);
  const bestFound = Math.max(0, ...found.map((f) => evidence(f, f.hit.article)));
  const bestMissing = Math.max(0, ...missing.map((m) => evidence(m, m.article)));
  const describedMissing = strong({ strength: bestMissing }) && bestMissing > bestFound;
  const rank = (hit: PageHit) => question.kinds.indexOf(hit.line.kind);
  // A source named by its outlet's whole name ("the Mill Digest newsletter") is the one asked
  // about: when its page states the line, another source's line answers nothing, even where
  // the outlet's words are the story's too ("mill").
  const ofNamedOutlet = found.some((f) => f.ofNamedOutlet);
  const hits = found
    .filter((f) => !describedMissing && (!anyStrong || strong(f)))
    .filter((f) => !ofNamedOutlet || f.ofNamedOutlet)
    .sort(
      (x, y) =>
        y.strength - x.strength ||
        y.hit.score - x.hit.score ||
        rank(x.hit) - rank(y.hit) ||
        x.hit.article - y.hit.article,
    )
    .map((f) => f.hit);
  if (hits.length > 0) {
    const first = hits[0]!;
    // Asked who took the photo the question describes best: a caption that names no credit,
    // with no credit line next to it, answers nothing about who took it.
    if (question.kinds[0] === 'credit' && uncredited(first, articles))
      return {
        question,
        hits: [],
        notStated: [{ article: first.article, asks: 'credit', caption: first.line.text }],
        onlyOfPage,
      };
    const lines = withCredits(hits, question, articles).filter(
      (hit) => question.kinds[0] !== 'credit' || !uncredited(hit, articles),
    );
    return { question, hits: lines.slice(0, input.limit), notStated: [], onlyOfPage };
  }
  // Only the articles the question describes best are said to state nothing.
  const described = missing.filter(
    (m) =>
      (!anyStrong || strong(m)) && (!describedMissing || evidence(m, m.article) === bestMissing),
  );
  const best = Math.max(0, ...described.map((m) => m.coverage));
  const notStated = described
    .filter((m) => m.coverage === best)
    .slice(0, o.maxNotStated)
    .map(({ article, asks }) => ({ article, asks }));
  if (
    notStated.length > 0 ||
    question.asks === 'photo' ||
    !question.refersToArticle ||
    total === 0 ||
    !named
  )
    return { question, hits: [], notStated, onlyOfPage };
  return aboutArticles(input, terms, { content, total, asks: question.asks }, onlyOfPage);
}

/** Whether article `a`'s text, metadata or id's words hold a term: what the article is about. */
function textHolds(terms: PageTerms, a: number, article: CleanArticle): (term: string) => boolean {
  const meta = terms.meta(a, article.meta);
  const body = terms.body(a, article.text);
  return (t) => body.has(t) || meta.all.has(t) || meta.id.has(t);
}

/**
 * Of the articles a byline or date question may be about (those with a line that answers it,
 * `found`, and those that state none, `missing`), the ones whose text, read with their metadata,
 * id and answering line, covers the most of the question's words besides the page cue. The
 * metadata alone may match several articles alike (an outlet's name matches all of its
 * articles): "when was the Kestrel FM story about the public meeting published?" asks about the
 * outlet's article that reports the meeting, and another article of the outlet, whose date line
 * matches only through the outlet's name, is not the one asked about, even when the one asked
 * about states no date. Articles that tie are all kept (the reply lists each).
 */
function pickedByText(
  input: PageInput,
  terms: PageTerms,
  content: ReadonlyArray<{ concept: QueryPlan['concepts'][number]; weight: number }>,
  total: number,
  found: ReadonlyArray<{ hit: PageHit }>,
  missing: ReadonlyArray<{ article: number }>,
): Set<number> {
  const candidates = new Set([
    ...found.map((f) => f.hit.article),
    ...missing.map((m) => m.article),
  ]);
  if (candidates.size < 2) return candidates;
  const covered = new Map<number, number>();
  const cover = (a: number, line?: string) => {
    const article = input.articles[a];
    if (!article) return;
    const own = line === undefined ? new Set<string>() : terms.line(line);
    const holds = textHolds(terms, a, article);
    const coverage = coverageOf(content, total, (t) => holds(t) || own.has(t));
    covered.set(a, Math.max(covered.get(a) ?? 0, coverage));
  };
  for (const f of found) cover(f.hit.article, f.hit.line.text);
  for (const m of missing) cover(m.article);
  const best = Math.max(0, ...covered.values());
  return new Set([...candidates].filter((a) => covered.get(a) === best));
}

/**
 * "When was the Courier piece about the ballot published?" (a source named, and an article
 * referred to as such: "piece", "story", a quoted headline), when no page line, title or other
 * metadata holds "ballot": the articles of the source named whose text does are the ones asked
 * about (those covering the most of the question's other words, with their ids' words: then
 * those whose ids cover the most), and their lines of the kind
 * asked for answer, each under its article's title, so several matching articles are listed
 * side by side; those that state none are said to state none. Only the articles the question
 * names (within `only`, when chosen): another outlet's article about the ballot is not asked about.
 */
function aboutArticles(
  input: PageInput,
  terms: PageTerms,
  asked: {
    content: ReadonlyArray<{ concept: QueryPlan['concepts'][number]; weight: number }>;
    total: number;
    asks: 'author' | 'date';
  },
  onlyOfPage: boolean,
): PageAnswer {
  const { content, total, asks } = asked;
  const { question, plan, articles } = input;
  const o = SEARCH_OPTIONS.page;
  const about = [...plan.sources.articles].flatMap((a) => {
    const article = articles[a];
    if (!article || (input.only && !input.only.has(a))) return [];
    const meta = terms.meta(a, article.meta);
    const coverage = coverageOf(content, total, textHolds(terms, a, article));
    const id = coverageOf(content, total, (t) => meta.id.has(t));
    return coverage >= o.minCoverage ? [{ article: a, coverage, id }] : [];
  });
  // Among those whose text covers as much, the ones whose id's words do ("the Gazette piece
  // about the reopening": `gazette/viaduct-reopens`, when its closure piece says "reopen" too).
  const best = Math.max(0, ...about.map((m) => m.coverage));
  const bestId = Math.max(0, ...about.filter((m) => m.coverage === best).map((m) => m.id));
  const chosen = about
    .filter((m) => m.coverage === best && m.id === bestId)
    .sort((x, y) => x.article - y.article);
  const hits: PageHit[] = [];
  const notStated: PageNotStated[] = [];
  for (const { article: a, coverage } of chosen) {
    const page = articles[a]?.page ?? [];
    const lines = page
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => fits(line, question))
      .sort((x, y) => question.kinds.indexOf(x.line.kind) - question.kinds.indexOf(y.line.kind));
    if (lines.length === 0) notStated.push({ article: a, asks });
    for (const { line, index } of lines) hits.push({ article: a, line, index, score: coverage });
  }
  // One line per article first, so a short reply still lists every article that matches.
  const firsts = hits.filter((hit, i) => hits.findIndex((h) => h.article === hit.article) === i);
  const rest = hits.filter((hit) => !firsts.includes(hit));
  return hits.length > 0
    ? { question, hits: [...firsts, ...rest].slice(0, input.limit), notStated: [], onlyOfPage }
    : { question, hits: [], notStated: notStated.slice(0, o.maxNotStated), onlyOfPage };
}

/**
 * True when a page hit is a photo caption that says nothing of who took the photo: no credit
 * line next to it in its article ({@link creditOfCaption}) and no credit in the caption itself
 * (a caption that ends with its credit, "… (Photo by Dan Whitaker/Kestrel Courier)": the
 * cleaner's rule, corpus/furniture.ts `isCaptionLine`). A Markdown image's alt text is such a
 * caption as a rule.
 */
function uncredited(hit: PageHit, articles: readonly CleanArticle[]): boolean {
  if (hit.line.kind !== 'caption') return false;
  if (creditOfCaption(articles[hit.article]?.page ?? [], hit.index) !== null) return false;
  return !isCaptionLine(hit.line.text);
}

/**
 * The articles whose title a question quotes whole ({@link quotedHeadlines}), compared by their
 * terms (case, punctuation, inflection and stop words aside), in corpus order; empty when no
 * quoted headline is an article's title.
 *
 * @example
 * // articles titled "Tolls rise on the ferry" (0) and "Ferry strike ends" (1)
 * titledArticles('when was "tolls rise on the Ferry" published?', articles) // [0]
 */
export function titledArticles(question: string, articles: readonly CleanArticle[]): number[] {
  const quoted = new Set(
    quotedHeadlines(question)
      .map((headline) => termsOf(headline).join(' '))
      .filter((key) => key.length > 0),
  );
  if (quoted.size === 0) return [];
  return articles.flatMap((article, i) =>
    quoted.has(termsOf(article.meta.title).join(' ')) ? [i] : [],
  );
}

/**
 * The credit of the photo a caption describes: the page line right after it, or right before
 * it, of kind credit, in the same article; null when neither is (a credit before the caption
 * that follows another caption is that photo's, not this one's). Never looks across articles.
 */
export function creditOfCaption(
  page: readonly PageLine[],
  index: number,
): { line: PageLine; index: number } | null {
  const next = page[index + 1];
  if (next?.kind === 'credit') return { line: next, index: index + 1 };
  const previous = page[index - 1];
  if (previous?.kind === 'credit' && page[index - 2]?.kind !== 'caption')
    return { line: previous, index: index - 1 };
  return null;
}

/**
 * `hits` with, for a question that asks who took a photo, each caption's credit line
 * ({@link creditOfCaption}) put before it, scored as the caption (each line once).
 */
function withCredits(
  hits: readonly PageHit[],
  question: PageQuestion,
  articles: readonly CleanArticle[],
): PageHit[] {
  if (question.kinds[0] !== 'credit') return [...hits];
  const key = (hit: { article: number; index: number }) => `${hit.article}:${hit.index}`;
  const seen = new Set<string>();
  const out: PageHit[] = [];
  const add = (hit: PageHit) => {
    if (seen.has(key(hit))) return;
    seen.add(key(hit));
    out.push(hit);
  };
  for (const hit of hits) {
    if (hit.line.kind === 'caption') {
      const credit = creditOfCaption(articles[hit.article]?.page ?? [], hit.index);
      if (credit) add({ ...hit, line: credit.line, index: credit.index });
    }
    add(hit);
  }
  return out;
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
