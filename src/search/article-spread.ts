/**
 * Terms found in more than half a corpus's articles. Such a term tells the articles apart no
 * better than chance: its Robertson–Sparck Jones relevance weight with no relevance information,
 * log((N − n + 0.5) / (n + 0.5)) for a term in n of N documents, is negative once n > N / 2
 * (Robertson & Sparck Jones 1976, "Relevance weighting of search terms"; Sparck Jones 1972).
 */

/**
 * The terms of `sentenceTerms` (per sentence, ids into `vocabulary`) in more than half the
 * articles, `articleOf(s)` giving sentence s's article; in the order of `vocabulary`. Linear in
 * the corpus's terms, and read by term id: the index build has the ids already, and a `Map` of
 * the terms' strings hashed each of the corpus's ~900,000 term occurrences afresh (session 56's
 * profile at full State of the Union scale: some 2% of the build's main thread). The sentences
 * are read article by article, so an article is counted once per term by comparing it with the
 * last article the term was met in.
 */
export function termsInMostArticles(
  sentenceTerms: ReadonlyArray<readonly number[]>,
  vocabulary: readonly string[],
  articleOf: (sentence: number) => number,
): ReadonlySet<string> {
  const sentencesOf = new Map<number, number[]>();
  for (let s = 0; s < sentenceTerms.length; s++) {
    const article = articleOf(s);
    const sentences = sentencesOf.get(article);
    if (sentences) sentences.push(s);
    else sentencesOf.set(article, [s]);
  }
  // Per term, the articles it is in, and the ordinal of the last one it was met in (-1: none).
  const articles = new Int32Array(vocabulary.length);
  const last = new Int32Array(vocabulary.length).fill(-1);
  let ordinal = 0;
  for (const sentences of sentencesOf.values()) {
    for (const s of sentences) {
      for (const id of sentenceTerms[s] ?? []) {
        if (last[id] === ordinal) continue;
        last[id] = ordinal;
        articles[id]! += 1;
      }
    }
    ordinal += 1;
  }
  const spread = new Set<string>();
  articles.forEach((count, id) => {
    if (count * 2 > sentencesOf.size) spread.add(vocabulary[id] as string);
  });
  return spread;
}
