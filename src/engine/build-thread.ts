/**
 * The build's second thread. Reading every sentence's event words (fact-predicates.ts
 * `claimEventWords`: wink-nlp's part-of-speech tagger on each sentence) and reading every
 * article's dates (events.ts `detectArticleDates`, and the dates the fact comparison reads:
 * search/article-fact-dates.ts) are, with sentence segmentation, most of a full build, and each
 * is a function of one article alone. So at scale a worker thread does them
 * on a machine's second core while the build goes on:
 *
 * - it tags each article's sentences as soon as the article is segmented ({@link send}), so
 *   tagging runs beside segmentation instead of after it, and reads there too the values each
 *   sentence tells only as irrealis (search/irrealis-values.ts `irrealisValueSpans`): saved in
 *   the index, they spare each question reading them, and the thread, which tags faster than
 *   the build segments, has time idle there;
 * - it reads each article's dates right after tagging it, and once every article is segmented,
 *   the two threads share what dates are left ({@link shareDates}): the worker goes on from the
 *   front of the list, the build takes articles from the back, each claiming an article in a
 *   shared array before it reads it and passing over those claimed. Neither waits for the other
 *   until the list is done, whatever their speeds (a work queue split from both ends, as in work
 *   stealing: Blumofe & Leiserson 1999). Since the build's thread reads each text with wink-nlp
 *   once, segmenting and tagging it (search/article-events.ts), tagging leaves the worker idle
 *   while the build segments unless it reads dates there;
 * - then it makes the corpus's initialism table ({@link initialismTable}), which needs only the
 *   texts and their index terms, while the build makes the timeline, which needs every date:
 *   the build's thread would otherwise make the timeline alone, with this one idle.
 *
 * Both threads run the same functions on the same texts, so the index is the one a single
 * thread builds. Below {@link WORKER_MIN_SENTENCES} the thread's start costs more than it saves,
 * and nothing is sent: the build computes everything itself, on first use.
 */
import type { Worker } from 'node:worker_threads';
import type { Paragraph, Sentence } from '../corpus/types.js';
import type { SavedMention } from '../search/select/fact-resolved-time.js';
import type { DroppedPlanAct } from '../timeline/dropped-plan.js';
import type { SentenceDates } from '../timeline/index.js';
import type { TaggedWord } from '../timeline/wink.js';
import type { PackedWords } from '../text/tagged-words.js';
import { startSourceWorker } from './source-worker.js';

/**
 * The fewest sentences worth a worker thread: starting one (its modules and wink-nlp's model)
 * costs about half a second of CPU, what tagging some 4,000 sentences takes.
 */
export const WORKER_MIN_SENTENCES = 5_000;

/**
 * The young generation of the build's worker, in MiB (its worker `resourceLimits`
 * `maxYoungGenerationSizeMb`, Node.js worker_threads docs): three semi-spaces of 64 MiB (V8's
 * `YoungGenerationSizeFromSemiSpaceSize`, see src/framework/young-generation.ts) instead of the
 * default 16 MiB ones. Tagging and date reading make mostly short-lived garbage (wink-nlp's
 * tokens and tags of one sentence); a larger young generation scavenges it less often, and
 * less of it lives long enough to be promoted. Full State of the Union build (session 51): the
 * worker's scavenges 242–244 → 83 (`--trace-gc`, two builds each); process CPU, 7 builds each
 * alternated at load 2–5, medians 22.07 → 21.50 s (paired differences' median −0.28 s), a gain
 * within the runs' spread; the index byte-identical. Set on this thread only, so it costs
 * memory only while a corpus is built: at most 3 × (64 − 16) = 144 MiB more (measured: peak
 * resident about +55 MB, median). A process-wide `--max-semi-space-size` would reach the bot's
 * other threads too.
 */
export const BUILD_THREAD_YOUNG_GENERATION_MB = 3 * 64;

/** The most articles a thread is sent when its build does not say ({@link BuildThread.start}). */
const DEFAULT_ARTICLES = 1024;

/**
 * Characters of an article file per sentence, at the most, to estimate its sentences before it
 * is read: news prose runs 100–200 characters a sentence (the State of the Union's 171), and a
 * file's markup only adds characters, so an estimate errs on the side of starting the thread.
 */
export const FILE_CHARS_PER_SENTENCE = 200;

/** What a worker needs of an article to tag its sentences and read their dates. */
export interface ArticleText {
  text: string;
  paragraphs: Paragraph[];
  sentences: ReadonlyArray<Pick<Sentence, 'paragraph' | 'start' | 'end'>>;
}

/**
 * What the worker reads of an article: with `tag`, its sentences' event words and the plans given
 * up they tell at once, and with
 * `realis` its sentences' irrealis values' spans; when it
 * takes the article's dates ({@link BuildThread.shareDates}), its timeline dates with `dates` and
 * the fact comparison's with `factDates` (a rebuild takes these from the index file).
 */
export interface ArticleReads {
  tag: boolean;
  realis: boolean;
  dates: boolean;
  factDates: boolean;
}

/** A message to the worker (build-thread-worker.ts), in the order sent. */
export type ToWorker =
  | {
      kind: 'article';
      id: number;
      article: ArticleText;
      reads: ArticleReads;
      /** Its words as its segmentation tagged them (search/article-events.ts), when known. */
      words: PackedWords | null;
    }
  | { kind: 'claims'; claims: SharedArrayBuffer }
  | { kind: 'dates'; ids: number[] }
  | { kind: 'initialisms'; articles: Array<[id: number, terms: string[][]]> };

/**
 * The worker's reply to the dates: per article id, its sentences' event words, their irrealis
 * values' spans (flat start/end pairs) and its dates.
 */
export interface FromWorker {
  kind: 'results';
  events: Array<[id: number, words: string[][]]>;
  realis: Array<[id: number, spans: number[][]]>;
  dates: Array<[id: number, dates: SentenceDates[]]>;
  factDates: Array<[id: number, dates: SavedMention[][]]>;
  /** The words of the sentences it dated, as wink-nlp tagged them there (timeline/wink.ts `keptTaggings`). */
  taggings: Array<[text: string, words: readonly TaggedWord[]]>;
  /**
   * Per article id sent with `tag`, the plans given up that its sentences tell
   * (timeline/dropped-plan.ts `droppedPlanAct`), by the sentence's start offset: those sentences only.
   */
  planActs: Array<[id: number, acts: Array<[start: number, act: DroppedPlanAct]>]>;
}

/** The worker's reply to `initialisms` (search/corpus-initialism-table.ts). */
export interface InitialismsFromWorker {
  kind: 'initialisms';
  table: Array<[initialism: string, phrases: string[]]>;
}

/** In the claims array, by article id: who took an article's dates. */
export const UNCLAIMED = 0;
export const CLAIMED_HERE = 1;
export const CLAIMED_BY_WORKER = 2;

/** What the worker made: per article id. Empty when it failed: the build then makes it all. */
export interface WorkerResults {
  events: Map<number, Array<ReadonlySet<string>>>;
  realis: Map<number, number[][]>;
  dates: Map<number, SentenceDates[]>;
  factDates: Map<number, SavedMention[][]>;
  /**
   * The worker's taggings of the sentences it dated, which the timeline reads again on the
   * build's thread: kept there (timeline/wink.ts `keepTaggings`), they are not tagged twice.
   */
  taggings: FromWorker['taggings'];
  /**
   * The plans given up that each article's sentences tell, by article id and sentence start, which
   * the timeline reads on the build's thread (timeline/events.ts `PlanActReader`).
   */
  planActs: Map<number, ReadonlyMap<number, DroppedPlanAct>>;
}

/** Reading dates shared between the build's thread and the worker ({@link BuildThread.shareDates}). */
export interface DateShare {
  /**
   * Reads, by `read`, the dates of the articles not yet claimed, from the back of the list (the
   * worker reads the articles in the order sent). Called once.
   */
  readHere(read: (id: number) => void): void;
  /**
   * What the worker made: the event words of every article sent with `tag` and the dates of the
   * articles it took. Never rejects: a worker that failed leaves empty results, and the build
   * makes the rest itself on first use.
   */
  results: Promise<WorkerResults>;
}

/** A worker thread of one build. */
export class BuildThread {
  readonly #worker: Worker;
  readonly #stopped: Promise<never>;
  #reply: Promise<WorkerResults> | null = null;
  #initialisms: Promise<InitialismsFromWorker['table'] | null> | null = null;
  /** Replies asked for and not yet received: the thread ends after the last. */
  #awaited = 0;
  /** Who took each article's dates, by id ({@link UNCLAIMED}, {@link CLAIMED_HERE}, …). */
  readonly #claims: Int32Array<SharedArrayBuffer>;

  private constructor(worker: Worker, articles: number) {
    this.#worker = worker;
    this.#claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(articles, 1)));
    worker.postMessage({ kind: 'claims', claims: this.#claims.buffer } satisfies ToWorker);
    // Listened to from the start: a thread that fails while the build segments must not take
    // the build down with an unhandled error.
    this.#stopped = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`index: the build thread exited with code ${code}`)),
      );
    });
    this.#stopped.catch(() => undefined);
    // It keeps no process alive until the build waits for it (shareDates).
    worker.unref();
  }

  /**
   * A thread for a build expecting `expectedSentences` sentences to analyse, or null below
   * `minSentences` or when none can start (the build then does the work itself). Started before
   * the articles are read, so its modules and wink-nlp's model load while the build segments.
   * `articles`: the most articles it will be sent (their ids are below it).
   */
  static start(
    expectedSentences: number,
    minSentences = WORKER_MIN_SENTENCES,
    articles = DEFAULT_ARTICLES,
  ): BuildThread | null {
    if (expectedSentences === 0 || expectedSentences < minSentences) return null;
    try {
      return new BuildThread(
        startSourceWorker(import.meta.url, 'build-thread-worker', {
          resourceLimits: { maxYoungGenerationSizeMb: BUILD_THREAD_YOUNG_GENERATION_MB },
        }),
        articles,
      );
    } catch {
      return null;
    }
  }

  /**
   * Gives the worker article `id` (a number the build chooses, unique in this build) and what to
   * read of it (`reads`); with `reads.tag`, it reads the article's sentences' event words at
   * once, from `words` (its words as its segmentation tagged them: corpus/load.ts
   * `analyseArticleTagged`, handed over, so no longer readable here) or else by tagging each
   * sentence. Articles whose dates it may read later ({@link shareDates}) must all be sent,
   * before that.
   */
  send(
    id: number,
    article: ArticleText,
    reads: ArticleReads,
    words: PackedWords | null = null,
  ): void {
    const { text, paragraphs, sentences } = article;
    const message: ToWorker = {
      kind: 'article',
      id,
      article: { text, paragraphs, sentences },
      reads,
      words,
    };
    this.#worker.postMessage(message, words === null ? [] : [words.bounds.buffer as ArrayBuffer]);
  }

  /**
   * Shares reading the dates of the articles `ids` (all sent before) with the worker. The worker
   * reads the dates of each article it is sent to read them of as soon as it has tagged it,
   * unless this thread took it first: an article's dates need that article alone, so the worker
   * reads them in the time it would otherwise wait for the next article while this thread
   * segments. Once asked (here), it goes on with the rest from the front of the list; this
   * thread reads its part ({@link DateShare.readHere}) from the back, and awaits the worker's.
   * Each thread claims an article (by id, in a shared array) before it reads it and passes over
   * those claimed, so each is read once, whatever the two threads' speeds. Called once.
   */
  shareDates(ids: readonly number[]): DateShare {
    const claims = this.#claims;
    const results = this.#receive();
    this.#worker.postMessage({ kind: 'dates', ids: [...ids] } satisfies ToWorker);
    return {
      readHere(read) {
        for (let i = ids.length - 1; i >= 0; i--) {
          const id = ids[i] as number;
          // An id past the array (never in a build: `articles` bounds them) is read here alone.
          if (id >= claims.length) read(id);
          else if (Atomics.compareExchange(claims, id, UNCLAIMED, CLAIMED_HERE) === UNCLAIMED)
            read(id);
        }
      },
      results,
    };
  }

  /**
   * Asks the worker for the corpus's initialism table (search/corpus-initialism-table.ts), to
   * make once it has read its share of the dates, while the build makes the timeline. `articles`:
   * every article of the corpus with a sentence, in corpus order (repeated as the corpus repeats
   * it), each by its id (all sent before) with its sentences' index terms. Called once, after
   * {@link shareDates}. Resolves to null when the worker failed: the build then makes the table.
   */
  initialismTable(
    articles: Array<[id: number, terms: string[][]]>,
  ): Promise<InitialismsFromWorker['table'] | null> {
    this.#initialisms ??= this.#await<InitialismsFromWorker>('initialisms').then(
      (reply) => reply.table,
      () => null,
    );
    this.#worker.postMessage({ kind: 'initialisms', articles } satisfies ToWorker);
    return this.#initialisms;
  }

  #receive(): Promise<WorkerResults> {
    this.#reply ??= this.#await<FromWorker>('results').then(
      (reply) => ({
        events: new Map(reply.events.map(([id, words]) => [id, words.map((w) => new Set(w))])),
        realis: new Map(reply.realis),
        dates: new Map(reply.dates),
        factDates: new Map(reply.factDates),
        taggings: reply.taggings,
        planActs: new Map(reply.planActs.map(([id, acts]) => [id, new Map(acts)])),
      }),
      () => ({
        events: new Map(),
        realis: new Map(),
        dates: new Map(),
        factDates: new Map(),
        taggings: [],
        planActs: new Map(),
      }),
    );
    return this.#reply;
  }

  /**
   * The worker's reply of `kind`; rejects when the worker stops first. The thread keeps the
   * process alive while a reply is awaited, and ends after the last one awaited.
   */
  async #await<T extends FromWorker | InitialismsFromWorker>(kind: T['kind']): Promise<T> {
    this.#awaited += 1;
    this.#worker.ref();
    const listening = new Promise<T>((resolve) => {
      const listen = (message: FromWorker | InitialismsFromWorker) => {
        if (message.kind !== kind) return;
        this.#worker.off('message', listen);
        resolve(message as T);
      };
      this.#worker.on('message', listen);
    });
    try {
      return await Promise.race([listening, this.#stopped]);
    } finally {
      this.#awaited -= 1;
      if (this.#awaited === 0) this.close();
    }
  }

  /** Ends the thread (done, or not needed after all). */
  close(): void {
    void this.#worker.terminate();
  }
}
