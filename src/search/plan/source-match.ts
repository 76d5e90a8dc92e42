/**
 * Questions that name their source: "what did DW report about …", "in Grant's 1873 message …".
 * The names come from the corpus's own metadata (outlet, title words, year of publication),
 * never from lists, so this works on any corpus. A metadata word names a source only when few
 * articles carry it ("Belarus" in every title names none), and the articles named are those
 * that carry the most of the question's naming words.
 */
import type { ArticleMeta } from '../../corpus/types.js';
import { parsePartialDate } from '../../text/dates.js';
import { MONTHS } from '../../text/months.js';
import { termsOf } from '../../text/terms.js';

/** Words for a source itself ("in Grant's 1873 message", "the Moscow paper"): framing once a source is named. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  'message address speech paper newspaper outlet article report story piece interview broadcast'.split(
    ' ',
  ),
);

/** Metadata terms of the corpus: term → the articles whose metadata carries it. */
export interface SourceCatalog {
  byTerm: ReadonlyMap<string, readonly number[]>;
  /**
   * Terms that name an article on their own: outlet, author and date terms. A title word alone
   * does not ("park" in "Westside Park reopens" is as likely the question's subject); two
   * metadata terms of one article together do ("Grant" and "1873").
   */
  strong: ReadonlySet<string>;
  articles: number;
}

/**
 * The metadata terms of one article: outlet and title words, and its publication date as a
 * question would write it: the year, the month's names ("December", "Dec") and the day.
 */
export function metadataTerms(meta: ArticleMeta): { terms: Set<string>; strong: Set<string> } {
  const strong = new Set([...termsOf(meta.outlet ?? ''), ...termsOf(meta.author ?? '')]);
  const date = parsePartialDate(meta.published ?? '');
  if (date) {
    strong.add(String(date.year));
    if (date.month !== undefined) {
      for (const [spelling, month] of MONTHS)
        if (month === date.month) for (const term of termsOf(spelling)) strong.add(term);
      if (date.day !== undefined) strong.add(String(date.day));
    }
  }
  return { terms: new Set([...strong, ...termsOf(meta.title)]), strong };
}

/**
 * Builds the catalog. `maxShare` (0–1): a term carried by more than this share of the articles
 * names none of them (at least one article may always be named by a term of its own).
 */
export function buildSourceCatalog(metas: readonly ArticleMeta[], maxShare: number): SourceCatalog {
  const all = new Map<string, number[]>();
  const strong = new Set<string>();
  metas.forEach((meta, article) => {
    const metadata = metadataTerms(meta);
    for (const term of metadata.strong) strong.add(term);
    for (const term of metadata.terms) {
      const list = all.get(term) ?? [];
      list.push(article);
      all.set(term, list);
    }
  });
  const limit = Math.max(1, Math.floor(metas.length * maxShare));
  const byTerm = new Map([...all].filter(([, articles]) => articles.length <= limit));
  return { byTerm, strong, articles: metas.length };
}

/** The sources a question names. */
export interface SourceMatch {
  /** The articles named (those matching the most naming terms); empty when none is. */
  articles: ReadonlySet<number>;
  /** The question's terms that named them. */
  terms: ReadonlySet<string>;
}

export const NO_SOURCE: SourceMatch = { articles: new Set(), terms: new Set() };

/**
 * The articles a question's terms name: those whose metadata carries the most of them, among
 * those named by an outlet, author or date term, or by two metadata terms.
 *
 * @example
 * // titles "State of the Union, Ulysses S. Grant" (1873, 1874) and "…, Abraham Lincoln" (1862)
 * matchSources(['grant', '1873', 'tariff'], catalog).articles // {the 1873 speech}
 */
export function matchSources(terms: readonly string[], catalog: SourceCatalog): SourceMatch {
  const counts = new Map<number, number>();
  const named = new Set<number>();
  const naming = new Set<string>();
  for (const term of new Set(terms)) {
    const articles = catalog.byTerm.get(term);
    if (!articles) continue;
    naming.add(term);
    for (const article of articles) {
      const count = (counts.get(article) ?? 0) + 1;
      counts.set(article, count);
      if (count >= 2 || catalog.strong.has(term)) named.add(article);
    }
  }
  if (named.size === 0) return NO_SOURCE;
  const best = Math.max(...[...named].map((a) => counts.get(a) ?? 0));
  const articles = new Set([...named].filter((a) => counts.get(a) === best));
  // Only the terms that name the chosen articles count as naming.
  const namingTerms = new Set(
    [...naming].filter((term) => catalog.byTerm.get(term)?.some((a) => articles.has(a))),
  );
  return { articles, terms: namingTerms };
}
