/**
 * Opening the engine: load the prebuilt index when it matches the corpus, else build it
 * (and save it) or refuse, as asked.
 */
import path from 'node:path';
import { hashCorpusFiles, readCorpusFiles, type CorpusFiles } from '../corpus/files.js';
import type { CleanArticle } from '../corpus/types.js';
import { silentLogger, type Logger } from '../log.js';
import { adjectives, seedAdjectives } from '../timeline/adjectives.js';
import { nouns, seedNouns } from '../text/nouns.js';
import {
  adjectivalShortPasts,
  basePastForms,
  irregularPastForms,
  seedAdjectivalShortPasts,
  seedBasePastForms,
  seedIrregularPastForms,
} from '../timeline/past-forms.js';
import { irregularPlurals, seedIrregularPlurals } from '../timeline/irregular-plurals.js';
import { SearchIndex } from '../search/search-index.js';
import { AnalysisCache, articleKey } from './analysis-cache.js';
import {
  BuildThread,
  FILE_CHARS_PER_SENTENCE,
  type ArticleReads,
  type ArticleText,
} from './build-thread.js';
import { CorpusEngine } from './engine.js';
import { turnOfEventLoop } from './event-loop.js';
import { codeFingerprint } from './fingerprint.js';
import { saveTimeline } from './saved-timeline.js';
import {
  DEFAULT_INDEX_FILE,
  INDEX_FORMAT,
  IndexError,
  corpusOf,
  packSentences,
  readIndexFile,
  writeIndexFile,
  type IndexFile,
} from './index-file.js';
import type { DroppedPlanAct } from '../timeline/dropped-plan.js';
import type { Engine } from './types.js';
import type { PackedWords } from '../text/tagged-words.js';

export { checkQuestion, MAX_QUESTION_LENGTH } from './question.js';
export { IndexError } from './index-file.js';
export { checkTimelineFilters } from '../timeline/index.js';
export { DEFAULT_RESULTS, MAX_RESULTS } from './engine.js';
export type * from './types.js';

/** The corpus folder used when none is given. */
export const DEFAULT_CORPUS_DIR = './corpus';

/** Options of {@link openEngine}. */
export interface OpenOptions {
  corpusDir?: string;
  /** Index file path. Default: `.coverage-index.json` inside the corpus folder. */
  indexPath?: string;
  /** What to do when the index is missing or stale: build it (default) or refuse. */
  rebuild?: 'auto' | 'never';
  logger?: Logger;
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Analyses of article files to reuse, and to keep for the next build (a long-lived
   * builder's). When empty, a build fills it first from the index file it replaces.
   */
  cache?: AnalysisCache;
  /**
   * The fewest sentences to analyse for which a build starts its second thread (build-thread.ts);
   * default build-thread.ts `WORKER_MIN_SENTENCES`. Lowered only by tests, to build a small corpus with it.
   */
  threadMinSentences?: number;
}

/** Figures about a build, for the `index` command and the benchmark. */
export interface BuildStats {
  /** The content hash of the files the index was built from (see {@link corpusHash}). */
  corpusHash: string;
  articles: number;
  /** Article files whose analysis was reused from an earlier build. */
  reused: number;
  sentences: number;
  events: number;
  milliseconds: { read: number; clean: number; search: number; timeline: number; write: number };
  path: string;
  bytes: number;
}

function indexPathOf(options: OpenOptions): string {
  return (
    options.indexPath ?? path.join(options.corpusDir ?? DEFAULT_CORPUS_DIR, DEFAULT_INDEX_FILE)
  );
}

async function build(
  files: CorpusFiles,
  hash: string,
  options: OpenOptions,
): Promise<{ file: IndexFile; stats: BuildStats }> {
  const logger = options.logger ?? silentLogger;
  const cache = options.cache ?? new AnalysisCache();
  const keys = new Map(files.articles.map((article) => [article.file, articleKey(article)]));
  const keyOf = (file: string) => keys.get(file) as string;
  // The build's second thread loads while the articles are read, when they look many enough:
  // sentences to segment, or analyses taken from an index, whose dates are not kept there.
  let unanalysedChars = 0;
  let undatedSentences = 0;
  for (const article of files.articles) {
    const key = keyOf(article.file);
    if (!cache.has(key)) unanalysedChars += article.raw.length;
    else if (cache.lacks(key).dates) undatedSentences += cache.analysisOf(key).sentences.length;
  }
  const thread = BuildThread.start(
    Math.floor(unanalysedChars / FILE_CHARS_PER_SENTENCE) + undatedSentences,
    options.threadMinSentences,
    // Each article sent has a key of its own: no more than the files.
    files.articles.length,
  );
  try {
    return await analyseAndIndex();
  } finally {
    thread?.close();
  }

  async function analyseAndIndex(): Promise<{ file: IndexFile; stats: BuildStats }> {
    // Imported here, not at the top: they load wink-nlp's model, which a process that only
    // loads a prebuilt index never needs (it would add a third of a second to every start).
    const [
      { analyseArticleTagged, loadCorpusFromFiles },
      { articleEvents },
      { buildTimeline, detectArticleDates, withTensesKept },
      { unpackArticles },
      { keepTaggings },
    ] = await Promise.all([
      import('../corpus/load.js'),
      import('../search/article-events.js'),
      import('../timeline/index.js'),
      import('../corpus/unpack.js'),
      import('../timeline/wink.js'),
    ]);
    // Articles given to the build thread, by key, in the order sent (their ids there).
    const sentKeys: string[] = [];
    const sentIds = new Map<string, number>();
    const send = (
      key: string,
      article: ArticleText,
      reads: ArticleReads,
      words: PackedWords | null = null,
    ) => {
      if (thread === null || sentIds.has(key)) return;
      sentIds.set(key, sentKeys.length);
      thread.send(sentKeys.length, article, reads, words);
      sentKeys.push(key);
    };
    // The words of the articles read here and not sent, as their segmentation tagged them: their
    // event words are read from these once every article is read.
    const unsentWords = new Map<string, PackedWords>();
    const t0 = performance.now();
    const reusedBefore = cache.counts.reused;
    // Packaged files (saved pages, e-mails, Word documents, PDFs) are unpacked only when their
    // analysis is not known already: an unchanged one costs nothing in a rebuild.
    const unpacked = await unpackArticles(files, (article) => cache.has(keyOf(article.file)));
    const corpus = loadCorpusFromFiles(unpacked, {
      logger,
      onProgress: (done, total) => options.onProgress?.('articles', done, total),
      analyse: (article) => {
        const key = keyOf(article.file);
        return cache.analysis(key, () => {
          // Segmented and tagged in one read of each paragraph (search/article-events.ts).
          const { analysis, words } = analyseArticleTagged(article);
          if (analysis.sentences.length === 0) return analysis;
          // Its event words read on the build thread while the next articles are segmented.
          if (thread !== null)
            send(key, analysis, { tag: true, realis: true, dates: true, factDates: true }, words);
          else unsentWords.set(key, words);
          return analysis;
        });
      },
    });
    for (const [key, words] of unsentWords)
      cache.supply(key, { events: articleEvents(cache.analysisOf(key), words) });
    unsentWords.clear();
    const reused = cache.counts.reused - reusedBefore;
    const t1 = performance.now();
    const articleKeys = corpus.articles.map((article) => keyOf(article.meta.file));
    // The dates still to read, shared with the build thread (build-thread.ts).
    const undated = [...new Set(articleKeys)].filter((key) => {
      const lacks = cache.lacks(key);
      return lacks.dates || lacks.factDates;
    });
    for (const key of undated) {
      const lacks = cache.lacks(key);
      send(key, cache.analysisOf(key), {
        tag: lacks.events,
        realis: lacks.realisBlanks,
        dates: lacks.dates,
        factDates: lacks.factDates,
      });
    }
    const sharing = thread?.shareDates(undated.map((key) => sentIds.get(key) as number));
    const sentenceTerms = articleKeys.flatMap((key) => cache.terms(key));
    // The initialism table is made by the build thread after its share of the dates, while this
    // thread makes the timeline, which it would otherwise make alone: the table then no longer
    // lengthens the shared phase (a fifth of this thread's part of it at full State of the
    // Union scale). Only when the build thread holds every article with a sentence.
    const withSentences = articleKeys.filter((key) => cache.analysisOf(key).sentences.length > 0);
    const initialisms =
      thread !== null && sharing !== undefined && withSentences.every((key) => sentIds.has(key))
        ? thread.initialismTable(
            withSentences.map((key) => [sentIds.get(key) as number, cache.terms(key)]),
          )
        : null;
    // What the search index reads of the texts alone is made while the build thread reads
    // dates: the two threads share what dates are left (build-thread.ts), so this thread's work
    // here shortens the build by about half its time, where after the dates it would add all.
    const textTables = SearchIndex.serializeTexts(corpus, corpus.aliases, {
      onProgress: (done, total) => options.onProgress?.('index', done, total),
      sentenceTerms,
      initialismsElsewhere: initialisms !== null,
    });
    const sentenceObjectImplicit = articleKeys.flatMap((key) => cache.objectImplicit(key));
    const t2 = performance.now();
    sharing?.readHere((id) => {
      const key = sentKeys[id] as string;
      const analysis = cache.analysisOf(key);
      // The fact dates read most of the timeline's dates again (tense.ts withTensesKept).
      withTensesKept(() => {
        cache.dates(key, () => detectArticleDates(analysis, analysis.sentences));
        cache.factDates(key);
      });
    });
    // The plans given up that the articles the build thread tagged tell, by article key.
    const planActs = new Map<string, ReadonlyMap<number, DroppedPlanAct>>();
    if (sharing) {
      const { events, realis, dates, factDates, taggings, planActs: read } = await sharing.results;
      for (const [id, acts] of read) planActs.set(sentKeys[id] as string, acts);
      for (const [id, words] of events) cache.supply(sentKeys[id] as string, { events: words });
      for (const [id, spans] of realis)
        cache.supply(sentKeys[id] as string, { realisBlanks: spans });
      for (const [id, read] of dates) cache.supply(sentKeys[id] as string, { dates: read });
      for (const [id, read] of factDates) cache.supply(sentKeys[id] as string, { factDates: read });
      keepTaggings(taggings);
    }
    const timeline = buildTimeline(
      corpus,
      (article, sentences) => {
        const { meta, text, paragraphs } = corpus.articles[article] as CleanArticle;
        return cache.dates(keyOf(meta.file), () =>
          detectArticleDates({ text, paragraphs }, sentences),
        );
      },
      (article) =>
        planActs.get(keyOf((corpus.articles[article] as CleanArticle).meta.file)) ?? null,
    );
    const t3 = performance.now();
    // The rest of the index and of the file is made before the build thread's initialism table
    // is awaited: this thread, done with the timeline, would otherwise wait idle for it and then
    // do all this after. The table's place (the `initialisms` key of `search`) is kept by an
    // empty one until then, so the file's members stay in the order written.
    const search = SearchIndex.serialize(corpus, corpus.aliases, {
      textTables,
      ...(initialisms === null ? {} : { initialisms: [] }),
      sentenceTerms,
      sentenceEvents: articleKeys.flatMap((key) => cache.events(key)),
      sentenceObjectImplicit,
      sentenceRealisBlanks: articleKeys.flatMap((key) => cache.realisBlanks(key)),
      sentenceFactDates: articleKeys.flatMap((key) => cache.factDates(key)),
    });
    const file: IndexFile = {
      format: INDEX_FORMAT,
      corpusHash: hash,
      builtAt: new Date().toISOString(),
      articles: corpus.articles.map(({ meta, text, paragraphs, page, headline }) => {
        return { meta, text, paragraphs, page, headline, analysis: cache.stored(keyOf(meta.file)) };
      }),
      sentences: packSentences(corpus.sentences),
      search,
      timeline: saveTimeline(timeline, corpus.articles),
      irregularPast: [...irregularPastForms()].sort(),
      basePast: [...basePastForms()].sort(),
      adjectivalPast: [...adjectivalShortPasts()].sort(),
      irregularPlurals: [...irregularPlurals()].sort(),
      adjectives: [...adjectives()].sort(),
      nouns: [...nouns()].sort(),
    };
    if (initialisms !== null) {
      // Null when the build thread failed: made here then.
      const table = (await initialisms) ?? undefined;
      search.initialisms = SearchIndex.serializeInitialisms(corpus, table, { sentenceTerms });
    }
    const t4 = performance.now();
    cache.retain(keys.values());
    const stats: BuildStats = {
      corpusHash: hash,
      articles: corpus.articles.length,
      reused,
      sentences: corpus.sentences.length,
      events: timeline.length,
      milliseconds: {
        read: 0,
        clean: t1 - t0,
        search: t2 - t1 + (t4 - t3),
        timeline: t3 - t2,
        write: 0,
      },
      path: indexPathOf(options),
      bytes: 0,
    };
    return { file, stats };
  }
}

/**
 * The content hash an index built from `files` by this code records: it changes with any
 * article, metadata or alias file, and with the index format or the indexing code.
 */
export function corpusHash(files: CorpusFiles): string {
  return hashCorpusFiles(files, `${INDEX_FORMAT}:${codeFingerprint()}`);
}

/**
 * Builds the index of a corpus folder and saves it. Throws a CorpusError or IndexError
 * naming the problem; on failure no partial index file is left behind.
 */
export async function buildIndex(options: OpenOptions = {}): Promise<BuildStats> {
  const t0 = performance.now();
  const files = await readCorpusFiles(options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const hash = corpusHash(files);
  const cache = options.cache;
  if (cache && cache.size === 0) {
    // The index this build replaces holds the analysis of every article it was built from.
    const previous = await readIndexFile(indexPathOf(options)).catch(() => null);
    if (previous) cache.seed(previous);
  }
  const read = performance.now() - t0;
  const { file, stats } = await build(files, hash, options);
  const t1 = performance.now();
  stats.bytes = await writeIndexFile(stats.path, file);
  stats.milliseconds.read = read;
  stats.milliseconds.write = performance.now() - t1;
  return stats;
}

/**
 * `list` when it is a list of words.
 *
 * @throws Error naming `what` otherwise.
 */
function wordList(list: unknown, what: string): string[] {
  if (!Array.isArray(list) || list.some((word) => typeof word !== 'string'))
    throw new Error(`index: the ${what} are not a list of words`);
  return list as string[];
}

function engineOf(file: IndexFile): Engine {
  // The word lists the tense rules derive from wink-lexicon's lexicon, so none is loaded.
  seedIrregularPastForms(wordList(file.irregularPast, 'irregular past forms'));
  seedBasePastForms(wordList(file.basePast, 'pasts spelt as their base form'));
  seedAdjectivalShortPasts(wordList(file.adjectivalPast, 'short pasts also adjectives'));
  seedIrregularPlurals(wordList(file.irregularPlurals, 'irregular plurals'));
  seedAdjectives(wordList(file.adjectives, 'adjectives'));
  seedNouns(wordList(file.nouns, 'nouns'));
  const corpus = corpusOf(file);
  return new CorpusEngine(
    corpus,
    SearchIndex.load(corpus, file.search),
    file.timeline,
    file.builtAt,
    file.search.aliases,
  );
}

/**
 * Opens the engine over a corpus folder: loads its index when the index was built from
 * exactly these files; otherwise builds and saves a new one, or with `rebuild: 'never'`
 * throws an {@link IndexError}.
 */
export async function openEngine(options: OpenOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const indexPath = indexPathOf(options);
  // Read the index while the corpus is read and hashed; settle it so a failure waits its turn.
  const indexRead = readIndexFile(indexPath).then(
    (file) => ({ file, error: null }),
    (error: unknown) => ({ file: null, error: error as Error }),
  );
  const files = await readCorpusFiles(options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const hash = corpusHash(files);
  const { file: read, error: readError } = await indexRead;
  let existing: IndexFile | null = read;
  // Said once, as what happens next: an unreadable or damaged index is rebuilt and replaced.
  let damage: string | null = null;
  if (readError) {
    if (options.rebuild === 'never')
      throw new IndexError(`${readError.message}; run \`npm run index\` to rebuild it`);
    damage = readError.message;
  }
  if (existing !== null && existing.corpusHash === hash) {
    // Parsing the index file and building the engine's tables from it each hold the event loop
    // for a few hundred milliseconds at 60,000 sentences, and when the file is read last the
    // parse's continuation runs straight on into the build. A live engine swaps indexes in
    // while it answers (live.ts): letting the event loop turn between the two makes its
    // longest stall the longer of them, not their sum.
    await turnOfEventLoop();
    try {
      return engineOf(existing);
    } catch (error) {
      if (options.rebuild === 'never')
        throw new IndexError(
          `index: "${indexPath}" is damaged: ${(error as Error).message}; run \`npm run index\` to rebuild it`,
        );
      damage = (error as Error).message;
      existing = null;
    }
  }
  const reason =
    existing === null ? 'missing' : 'stale (built from other articles or by other code)';
  if (options.rebuild === 'never') {
    throw new IndexError(`index: "${indexPath}" is ${reason}; run \`npm run index\``);
  }
  if (damage !== null)
    logger.warn('index unreadable: rebuilding it from the corpus and replacing the file', {
      path: indexPath,
      reason: damage,
    });
  else
    logger.info(`index ${reason}, building it`, {
      path: indexPath,
      articles: files.articles.length,
    });
  // A stale index still holds the analysis of every article that has not changed since.
  const cache = options.cache ?? new AnalysisCache();
  if (existing !== null && cache.size === 0) cache.seed(existing);
  const { file } = await build(files, hash, { ...options, cache });
  try {
    await writeIndexFile(indexPath, file);
  } catch (error) {
    logger.warn('index built but not saved; it will be rebuilt next time', {
      reason: (error as Error).message,
    });
  }
  return engineOf(file);
}
