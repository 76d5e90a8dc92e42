/**
 * The publication dates of the articles the fact-relation pairs are taken from, read the way the
 * engine reads them (the corpus's `articles.json`, else the article's own dateline). The engine
 * compares time stated relative to publication ("last month", "this year") only between articles
 * whose dates it knows (src/search/select/fact-time.ts); scoring the pairs without the dates would
 * judge a different classifier from the one `/ask` runs.
 */
import { fileOnDisk } from '../../src/corpus/feed-item-file.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusDir } from './corpora.js';
import { PAIR_CORPORA, type PairCorpus } from './pairs.js';

/** Each corpus's article files (as a pair names them) with their publication dates (null: not stated). */
export type PublishedByFile = ReadonlyMap<PairCorpus, ReadonlyMap<string, string | null>>;

/** No dates known: every pair is compared as if its articles' dates were not stated. */
export const NO_DATES: PublishedByFile = new Map();

/** Reads the publication date of every article of the corpora pairs come from. */
export async function publishedByFile(): Promise<PublishedByFile> {
  const dates = new Map<PairCorpus, Map<string, string | null>>();
  for (const corpus of PAIR_CORPORA) {
    const { articles } = await loadCorpus(await corpusDir(corpus));
    const byFile = new Map(articles.map((a) => [a.meta.file, a.meta.published]));
    // A pair may name a feed's file for its one item, as `--source` does (feed-item-file.ts).
    const itemsOnDisk = new Map<string, Array<string | null>>();
    for (const a of articles) {
      const feed = fileOnDisk(a.meta.file);
      itemsOnDisk.set(feed, [...(itemsOnDisk.get(feed) ?? []), a.meta.published]);
    }
    for (const [feed, published] of itemsOnDisk)
      if (published.length === 1 && !byFile.has(feed)) byFile.set(feed, published[0]!);
    dates.set(corpus, byFile);
  }
  return dates;
}

/**
 * The publication date of the article `file` of `corpus`; null when the pair names no file
 * (an invented sentence) or the article states no date.
 *
 * @throws Error when `dates` holds the corpus but no article `file`: the pair names an article
 *   the corpus does not have, so its dates cannot be read.
 */
export function publishedOf(
  dates: PublishedByFile,
  corpus: PairCorpus,
  file: string | null | undefined,
): string | null {
  const files = dates.get(corpus);
  if (file == null || files === undefined) return null;
  const published = files.get(file);
  if (published === undefined)
    throw new Error(`a pair names ${file}, which the ${corpus} corpus does not hold`);
  return published;
}
