/**
 * A question that only names an article, by the words commands and readers name it by, asks
 * what that article says, as "What did Gull Radio report?" asks of an outlet (about-fallback.ts
 * `asksOnlyOfSource`): "what did the letter say?" is about the letter, and another article's
 * passage holding the word ("expect letters from the school") would answer another question.
 * Two ways of naming count:
 *
 * - An untitled article has no name but its id ("misc/letter"): every word searched is a word
 *   of its id (about-fallback.ts `idNaming`).
 * - An article's kind ("the letter", "the editorial", "the press release"): a word for a kind
 *   of article ({@link ARTICLE_KINDS}) that its id or title carries ("parent-letter", "Letter:
 *   the pupils deserve a plan"), or its page's heading line states ("PRESS RELEASE — 3 March
 *   2026", dropped from its text but kept as a page line), every other word searched being a
 *   word of that id or title ("the parents' letter").
 *
 * Other words of a titled article's id or title are what it is about, not its name ("budget"
 * in `news/budget`, "Council budget passed"; "union" in "Union opens talks"): they stay content.
 */
import { idWords } from '../corpus/ids.js';
import { releaseKind } from '../corpus/press-release.js';
import type { CleanArticle } from '../corpus/types.js';
import { pieceKindTerms } from '../search/plan/piece-kinds.js';
import type { QueryPlan } from '../search/plan/query-plan.js';
import { termsOf } from '../text/terms.js';
import type { SourceRef } from './types.js';

/**
 * Names of kinds of article (a genre, not what it reports), each as its index terms joined by
 * a space: what a reader calls a piece by when its title or id says what kind it is
 * (search/plan/piece-kinds.ts; "statement" and "review", which as often name things within a
 * story, are not among them).
 */
export const ARTICLE_KINDS: ReadonlySet<string> = new Set(pieceKindTerms());

/** What {@link articlesNamedAlone} reads of the corpus, built once per engine. */
export interface ArticleNames {
  /** Per article (corpus order): the terms of its id's words and of its title. */
  terms: ReadonlyArray<ReadonlySet<string>>;
  /** Kind ({@link ARTICLE_KINDS}) → the articles whose id or title carries it, if rare enough to name. */
  byKind: ReadonlyMap<string, readonly number[]>;
}

/**
 * The kinds an article's page states it is, by its heading line (press-release.ts: "PRESS
 * RELEASE" of "PRESS RELEASE — 3 March 2026"), read from its page lines: the line is dropped
 * from the text, but the document is still the kind it says.
 */
export function statedKinds(article: Pick<CleanArticle, 'page'>): string[] {
  return (article.page ?? []).flatMap(({ kind, text }) => {
    const stated = kind === 'dateline' ? releaseKind(text) : null;
    return stated === null ? [] : [stated];
  });
}

/**
 * The naming terms of each article: its id's words (split at `_ . - /`), its title's terms and
 * those of the kinds its page states (`kinds`, per article in corpus order: {@link statedKinds});
 * a kind carried by more than `maxShare` of the articles (at least one may always be named)
 * names none, as an id word does (about-fallback.ts `idTermsOf`).
 */
export function articleNamesOf(
  sources: readonly SourceRef[],
  maxShare: number,
  kinds: ReadonlyArray<readonly string[]> = [],
): ArticleNames {
  const terms = sources.map(
    ({ id, title }, article) =>
      new Set([
        ...termsOf(idWords(id)),
        ...termsOf(title),
        ...(kinds[article] ?? []).flatMap((kind) => termsOf(kind)),
      ]),
  );
  const all = new Map<string, number[]>();
  terms.forEach((own, article) => {
    for (const kind of ARTICLE_KINDS)
      if (kind.split(' ').every((term) => own.has(term)))
        all.set(kind, [...(all.get(kind) ?? []), article]);
  });
  const limit = Math.max(1, Math.floor(sources.length * maxShare));
  return { terms, byKind: new Map([...all].filter(([, articles]) => articles.length <= limit)) };
}

/**
 * The articles a question names and asks nothing else of (empty when it asks more, or names
 * none): the untitled ones its id words name (`naming`, from about-fallback.ts `idNaming`)
 * when every word searched (`plan.concepts`, each as written) is one of those words; else the
 * articles whose id or title carries a kind the question says and every other word it searches.
 *
 * @param sources the articles in corpus order
 * @example
 * // an untitled misc/letter: "what did the letter say?" → [its index]; "…say about the closure?" → []
 */
export function articlesNamedAlone(
  plan: QueryPlan,
  naming: { articles: readonly number[]; terms: ReadonlySet<string> },
  sources: readonly SourceRef[],
  names: ArticleNames,
): number[] {
  if (plan.concepts.length === 0) return [];
  const asked = plan.concepts.map((concept) => concept.alternatives[0]?.terms ?? []);
  const untitled = naming.articles.every((a) => (sources[a]?.title.trim() ?? 'x') === '');
  if (
    naming.articles.length > 0 &&
    untitled &&
    asked.every((terms) => terms.every((term) => naming.terms.has(term)))
  )
    return [...naming.articles];
  // Filled by loops: \`new Set(asked.flat())\` was about 1% of a bundled ask's CPU profile.
  const said = new Set<string>();
  for (const terms of asked) for (const term of terms) said.add(term);
  const kind = [...names.byKind.keys()].find((k) => k.split(' ').every((term) => said.has(term)));
  if (kind === undefined) return [];
  return (names.byKind.get(kind) ?? []).filter((article) =>
    asked.every((terms) => terms.every((term) => names.terms[article]?.has(term) === true)),
  );
}
