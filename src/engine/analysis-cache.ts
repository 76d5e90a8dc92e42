/**
 * Reuse of each article's analysis across builds. Reading an article (extraction, cleaning,
 * sentence segmentation with wink-nlp), analysing its sentences into index terms and event words
 * (tagged by wink-nlp) and reading their dates (the timeline's, and those the fact comparison
 * reads: search/article-fact-dates.ts) are most of a build's cost, and depend only on the article
 * file's format and text and on the code.
 * So a rebuild after one article changed re-analyses that article alone: the rest comes from
 * this cache, keyed by a content hash, or from the index file a previous build saved, which
 * records each article's key and everything its analysis gave.
 *
 * What is put together from all articles (ids, metadata from `articles.json`, the inverted
 * index and its statistics, synonym tables, the timeline) is always rebuilt whole, so an
 * index built with the cache is the index built without it.
 */
import { createHash } from 'node:crypto';
import type { DroppedLine, PackageSending, StatedMeta } from '../corpus/extraction.js';
import type { ArticleFile } from '../corpus/files.js';
import type { ArticleAnalysis } from '../corpus/load.js';
import type { SentenceDates } from '../timeline/index.js';
import { articleFactDates } from '../search/article-fact-dates.js';
import { leavesObjectImplicit } from '../search/implicit-object.js';
import { irrealisValueSpans } from '../search/irrealis-values.js';
import { RealisBlanks } from '../search/realis-blanks.js';
import { IntLists, unpackInts } from '../search/packed.js';
import { claimEventWords } from '../search/select/fact-predicates.js';
import type { SavedMention } from '../search/select/fact-resolved-time.js';
import { SentenceDates as SavedSentenceDates } from '../search/sentence-dates.js';
import { SentenceEvents } from '../search/sentence-events.js';
import { termsOf } from '../text/terms.js';
import { codeFingerprint } from './fingerprint.js';
import { unpackSentences, type IndexFile } from './index-file.js';

/** What the index file keeps of an article's analysis beyond its text, paragraphs and sentences. */
export interface StoredAnalysis {
  /** {@link articleKey} of the file the article was read from. */
  key: string;
  stated: StatedMeta;
  headline: string | null;
  dateline: string | null;
  /** Absent in index files written before a yearless dateline's day was read (format 32). */
  datelineMonthDay?: string | null;
  /** Absent in index files written before a dateline's weekday was read (format 40). */
  datelineWeekday?: number | null;
  author: string | null;
  outlet: string | null;
  dropped: DroppedLine[];
  /** Absent in index files written before control codes were counted. */
  controls?: number;
  /** ArticleAnalysis.problems, absent when there are none: a rebuild still reports them. */
  problems?: string[];
  /** ArticleAnalysis.packageSending, absent when the file is no package naming a sender or a date. */
  packageSending?: PackageSending;
}

/** One article file's analysis, its sentences' index terms and the dates read in them. */
interface Entry {
  analysis: ArticleAnalysis;
  /** Per sentence of `analysis.sentences`, its index terms; computed on first use. */
  terms: string[][] | null;
  /** Per sentence of `analysis.sentences`, its event words; read on first use. */
  events: ReadonlyArray<ReadonlySet<string>> | null;
  /** The dates of its sentences; read on first use (not kept in the index file). */
  dates: readonly SentenceDates[] | null;
  /**
   * Per sentence, the dates the fact comparison reads (search/article-fact-dates.ts); read on
   * first use, or taken from the index file, which saves them.
   */
  factDates: ReadonlyArray<readonly SavedMention[]> | null;
  /** Per sentence, whether it leaves its verb's object implicit; read on first use. */
  objectImplicit: boolean[] | null;
  /**
   * Per sentence, the values it tells only as irrealis (flat start/end pairs: see
   * {@link irrealisValueSpans}); read on first use, by the build's second thread, or taken from
   * the index file, which saves them.
   */
  realisBlanks: ReadonlyArray<ArrayLike<number>> | null;
}

/**
 * The key of an article file's analysis: a SHA-256 of the indexing code's fingerprint, the
 * file's format and its decoded text. The file's path is left out: a renamed file reads the same.
 */
export function articleKey(file: Pick<ArticleFile, 'format' | 'raw'>): string {
  return createHash('sha256')
    .update(`${codeFingerprint()}\0${file.format}\0`)
    .update(file.raw)
    .digest('hex');
}

/**
 * Analyses of article files by {@link articleKey}. Holds those of the last build only
 * ({@link AnalysisCache.retain}), so its size follows the corpus.
 */
export class AnalysisCache {
  readonly #entries = new Map<string, Entry>();
  /** Analyses reused and computed so far. */
  #reused = 0;
  #computed = 0;

  get size(): number {
    return this.#entries.size;
  }

  /** Counts of analyses taken from the cache, and made, since it was created. */
  get counts(): { reused: number; computed: number } {
    return { reused: this.#reused, computed: this.#computed };
  }

  /** True when an analysis is held under `key`. */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The analysis under `key`, made by `analyse` and kept when there is none. */
  analysis(key: string, analyse: () => ArticleAnalysis): ArticleAnalysis {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#reused += 1;
      return entry.analysis;
    }
    this.#computed += 1;
    const analysis = analyse();
    this.#entries.set(key, {
      analysis,
      terms: null,
      events: null,
      dates: null,
      factDates: null,
      objectImplicit: null,
      realisBlanks: null,
    });
    return analysis;
  }

  /** The analysis under `key`, not counted as reused. Throws when none is held. */
  analysisOf(key: string): ArticleAnalysis {
    return this.#entry(key).analysis;
  }

  /** What the index file keeps of the analysis under `key`. Throws when none is held. */
  stored(key: string): StoredAnalysis {
    const {
      stated,
      headline,
      dateline,
      datelineMonthDay,
      datelineWeekday,
      author,
      outlet,
      dropped,
      controls,
      problems,
      packageSending,
    } = this.#entry(key).analysis;
    return {
      key,
      stated,
      headline,
      dateline,
      datelineMonthDay,
      datelineWeekday,
      author,
      outlet,
      dropped,
      controls,
      ...(problems.length === 0 ? {} : { problems }),
      ...(packageSending === undefined ? {} : { packageSending }),
    };
  }

  #entry(key: string): Entry {
    const entry = this.#entries.get(key);
    if (!entry) throw new Error(`index: no analysis held for article key ${key.slice(0, 12)}`);
    return entry;
  }

  /**
   * The index terms of each sentence of the analysis under `key` (see {@link termsOf}), in
   * the order of its sentences. Throws when no analysis is held under `key`.
   */
  terms(key: string): string[][] {
    const entry = this.#entry(key);
    const { text, sentences } = entry.analysis;
    entry.terms ??= sentences.map((s) => termsOf(text.slice(s.start, s.end)));
    return entry.terms;
  }

  /**
   * The event words of each sentence of the analysis under `key` (see {@link claimEventWords}),
   * in the order of its sentences. Throws when no analysis is held under `key`.
   */
  events(key: string): ReadonlyArray<ReadonlySet<string>> {
    const entry = this.#entry(key);
    const { text, sentences } = entry.analysis;
    entry.events ??= sentences.map((s) => claimEventWords(text.slice(s.start, s.end)));
    return entry.events;
  }

  /**
   * Whether each sentence of the analysis under `key` leaves its verb's object implicit (see
   * {@link leavesObjectImplicit}), in the order of its sentences. Throws when no analysis is
   * held under `key`.
   */
  objectImplicit(key: string): boolean[] {
    const entry = this.#entry(key);
    const { text, sentences } = entry.analysis;
    entry.objectImplicit ??= sentences.map((s) => leavesObjectImplicit(text.slice(s.start, s.end)));
    return entry.objectImplicit;
  }

  /**
   * Per sentence of the analysis under `key`, in order, the values it tells only as irrealis
   * (see {@link irrealisValueSpans}). Throws when no analysis is held under `key`.
   */
  realisBlanks(key: string): ReadonlyArray<ArrayLike<number>> {
    const entry = this.#entry(key);
    const { text, sentences } = entry.analysis;
    entry.realisBlanks ??= sentences.map((s) => irrealisValueSpans(text.slice(s.start, s.end)));
    return entry.realisBlanks;
  }

  /** What the analysis under `key` still lacks. Throws when none is held. */
  lacks(key: string): {
    events: boolean;
    dates: boolean;
    factDates: boolean;
    realisBlanks: boolean;
  } {
    const entry = this.#entry(key);
    return {
      events: entry.events === null,
      dates: entry.dates === null,
      factDates: entry.factDates === null,
      realisBlanks: entry.realisBlanks === null,
    };
  }

  /**
   * Gives the analysis under `key` its sentences' event words, its dates, the dates the fact
   * comparison reads or its irrealis values' spans, made elsewhere by the same functions (build-thread.ts), where it lacks
   * them. Throws when none is held.
   */
  supply(
    key: string,
    made: {
      events?: ReadonlyArray<ReadonlySet<string>>;
      dates?: readonly SentenceDates[];
      factDates?: ReadonlyArray<readonly SavedMention[]>;
      realisBlanks?: ReadonlyArray<ArrayLike<number>>;
    },
  ): void {
    const entry = this.#entry(key);
    entry.events ??= made.events ?? null;
    entry.dates ??= made.dates ?? null;
    entry.factDates ??= made.factDates ?? null;
    entry.realisBlanks ??= made.realisBlanks ?? null;
  }

  /**
   * Per sentence of the analysis under `key`, in order, the dates the fact comparison reads
   * (see {@link articleFactDates}). Throws when no analysis is held under `key`.
   */
  factDates(key: string): ReadonlyArray<readonly SavedMention[]> {
    const entry = this.#entry(key);
    entry.factDates ??= articleFactDates(entry.analysis);
    return entry.factDates;
  }

  /**
   * The dates read in the sentences of the analysis under `key`, by `detect` the first time.
   * Throws when no analysis is held under `key`.
   */
  dates(key: string, detect: () => readonly SentenceDates[]): readonly SentenceDates[] {
    const entry = this.#entry(key);
    entry.dates ??= detect();
    return entry.dates;
  }

  /** Keeps only the analyses under `keys`. */
  retain(keys: Iterable<string>): void {
    const kept = new Set(keys);
    for (const key of this.#entries.keys()) if (!kept.has(key)) this.#entries.delete(key);
  }

  /**
   * Takes in the analyses an index file records (articles saved with their
   * {@link StoredAnalysis}). Returns how many; an index that does not fit together adds none.
   */
  seed(file: IndexFile): number {
    const found: Array<[string, Entry]> = [];
    try {
      const { vocabulary } = file.search;
      const sentenceTerms = IntLists.unpack(file.search.sentenceTerms);
      const sentences = unpackSentences(file.sentences);
      if (sentenceTerms.length !== sentences.length)
        throw new Error('index: sentence terms do not match the sentences');
      const events = SentenceEvents.unpack(file.search, sentences.length);
      const factDates = SavedSentenceDates.unpack(file.search.sentenceDates, sentences.length);
      const realisBlanks = RealisBlanks.unpack(
        file.search.realisBlanks,
        sentences.length,
        (s) => sentences[s]!.end - sentences[s]!.start,
      );
      const implicit = new Uint8Array(sentences.length);
      for (const s of unpackInts(file.search.objectImplicit)) {
        if (s >= sentences.length) throw new Error('index: an implicit object is out of range');
        implicit[s] = 1;
      }
      const termsAt = (i: number) =>
        Array.from(sentenceTerms.get(i), (id) => {
          const term = vocabulary[id];
          if (term === undefined) throw new Error('index: a sentence term is out of range');
          return term;
        });
      const byArticle = file.articles.map(() => [] as number[]);
      sentences.forEach((s, i) => byArticle[s.article]?.push(i));
      file.articles.forEach((article, a) => {
        const stored = article.analysis;
        if (!stored || typeof stored.key !== 'string') return;
        const own = byArticle[a] ?? [];
        found.push([
          stored.key,
          {
            analysis: {
              stated: stored.stated,
              headline: stored.headline,
              dateline: stored.dateline,
              datelineMonthDay: stored.datelineMonthDay ?? null,
              datelineWeekday: stored.datelineWeekday ?? null,
              author: stored.author,
              outlet: stored.outlet ?? null,
              dropped: stored.dropped,
              controls: stored.controls ?? 0,
              problems: stored.problems ?? [],
              ...(stored.packageSending === undefined
                ? {}
                : { packageSending: stored.packageSending }),
              text: article.text,
              paragraphs: article.paragraphs,
              sentences: own.map((i) => {
                const { paragraph, start, end } = sentences[i]!;
                return { paragraph, start, end };
              }),
            },
            terms: own.map(termsAt),
            events: own.map((i) => events.of(i)),
            dates: null,
            factDates: own.map((i) => factDates.of(i)),
            objectImplicit: own.map((i) => implicit[i] === 1),
            realisBlanks: own.map((i) => realisBlanks.of(i)),
          },
        ]);
      });
    } catch {
      // A damaged or foreign index seeds nothing; the build then analyses every article.
      return 0;
    }
    for (const [key, entry] of found) this.#entries.set(key, entry);
    return found.length;
  }
}
