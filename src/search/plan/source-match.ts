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
  articles: number;
}

/**
 * The metadata terms of one article: outlet and title words, and its publication date as a
 * question would write it: the year, the month's names ("December", "Dec") and the day.
 */
function metadataTerms(meta: ArticleMeta): Set<string> {
  const terms = new Set([...termsOf(meta.outlet ?? ''), ...termsOf(meta.title)]);
  const date = parsePartialDate(meta.published ?? '');
  if (date) {
    terms.add(String(date.year));
    if (date.month !== undefined) {
      for (const [spelling, month] of MONTHS)
        if (month === date.month) for (const term of termsOf(spelling)) terms.add(term);
      if (date.day !== undefined) terms.add(String(date.day));
    }
  }
  return terms;
}

/**
 * Builds the catalog. `maxShare` (0–1): a term carried by more than this share of the articles
 * names none of them (at least one article may always be named by a term of its own).
 */
export function buildSourceCatalog(metas: readonly ArticleMeta[], maxShare: number): SourceCatalog {
  const all = new Map<string, number[]>();
  metas.forEach((meta, article) => {
    for (const term of metadataTerms(meta)) {
      const list = all.get(term) ?? [];
      list.push(article);
      all.set(term, list);
    }
  });
  const limit = Math.max(1, Math.floor(metas.length * maxShare));
  const byTerm = new Map([...all].filter(([, articles]) => articles.length <= limit));
  return { byTerm, articles: metas.length };
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
 * The articles a question's terms name: those whose metadata carries the most of them.
 *
 * @example
 * // titles "State of the Union, Ulysses S. Grant" (1873, 1874) and "…, Abraham Lincoln" (1862)
 * matchSources(['grant', '1873', 'tariff'], catalog).articles // {the 1873 speech}
 */
export function matchSources(terms: readonly string[], catalog: SourceCatalog): SourceMatch {
  const counts = new Map<number, number>();
  const naming = new Set<string>();
  for (const term of new Set(terms)) {
    const articles = catalog.byTerm.get(term);
    if (!articles) continue;
    naming.add(term);
    for (const article of articles) counts.set(article, (counts.get(article) ?? 0) + 1);
  }
  if (counts.size === 0) return NO_SOURCE;
  const best = Math.max(...counts.values());
  const articles = new Set([...counts].filter(([, n]) => n === best).map(([a]) => a));
  // Only the terms that name the chosen articles count as naming.
  const namingTerms = new Set(
    [...naming].filter((term) => catalog.byTerm.get(term)?.some((a) => articles.has(a))),
  );
  return { articles, terms: namingTerms };
}
