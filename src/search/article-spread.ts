/**
 * Terms found in more than half a corpus's articles. Such a term tells the articles apart no
 * better than chance: its Robertson–Sparck Jones relevance weight with no relevance information,
 * log((N − n + 0.5) / (n + 0.5)) for a term in n of N documents, is negative once n > N / 2
 * (Robertson & Sparck Jones 1976, "Relevance weighting of search terms"; Sparck Jones 1972).
 */

/**
 * The terms of `termsBySentence` (index terms per sentence) in more than half the articles,
 * `articleOf(s)` giving sentence s's article; at index time, linear in the corpus's terms.
 */
export function termsInMostArticles(
  termsBySentence: ReadonlyArray<readonly string[]>,
  articleOf: (sentence: number) => number,
): ReadonlySet<string> {
  const articles = new Map<string, Set<number>>();
  const all = new Set<number>();
  termsBySentence.forEach((terms, s) => {
    const article = articleOf(s);
    all.add(article);
    for (const term of terms) {
      let set = articles.get(term);
      if (!set) articles.set(term, (set = new Set()));
      set.add(article);
    }
  });
  const spread = new Set<string>();
  for (const [term, set] of articles) if (set.size * 2 > all.size) spread.add(term);
  return spread;
}
