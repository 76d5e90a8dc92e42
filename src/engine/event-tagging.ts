/**
 * Reading every sentence's event words (fact-predicates.ts `claimEventWords`: wink-nlp's
 * part-of-speech tagger on each sentence) and reading every article's dates
 * (timeline/events.ts `detectArticleDates`) are the two largest costs of a full build, and
 * need nothing the rest of the build makes. So at scale they run partly on a worker thread, on
 * a machine's second core: the worker tags each article's sentences as soon as the article is
 * segmented ({@link EventTagger.stream}), while this thread segments the next; then the
 * articles' dates are shared out, this thread reading them from the first article on and the
 * worker from the last one back, until they meet (shared-claims.ts), while this thread also
 * reads the index terms. Each result is the same function of the same text on either thread,
 * so the index is the one a single thread builds. Below {@link WORKER_MIN_SENTENCES} the
 * thread's start costs more than it saves and everything is done here.
 *
 * Starting the thread (its modules and wink-nlp's model) takes a second of its own, so a build
 * that expects many sentences starts it before it has read them ({@link EventTagger.start}):
 * the thread loads while the first articles are segmented.
 */
import type { Worker } from 'node:worker_threads';
import type { Paragraph, Sentence } from '../corpus/types.js';
import { claimEventWords } from '../search/select/fact-predicates.js';
import type { SentenceDates } from '../timeline/events.js';
import { claimBoard, claimedFrom, workClaimed } from './shared-claims.js';
import { startSourceWorker } from './source-worker.js';

/**
 * The fewest sentences worked on a worker thread: starting one (its modules and wink-nlp's
 * model) costs about half a second of CPU, what tagging some 4,000 sentences takes.
 */
export const WORKER_MIN_SENTENCES = 5_000;

/**
 * Characters of an article file per sentence, at the most, to estimate its sentences before it
 * is read: news prose runs 100–200 characters a sentence (the State of the Union's 171), and a
 * file's markup only adds characters, so an estimate errs on the side of starting the thread.
 */
export const FILE_CHARS_PER_SENTENCE = 200;

/** Per article, per sentence, its event words. */
export type ArticleEvents = Array<Array<ReadonlySet<string>>>;

/** One article whose dates are to be read: what `detectArticleDates` reads. */
export interface DateJob {
  article: { text: string; paragraphs: Paragraph[] };
  /** The article's sentences, in text order, as the corpus holds them. */
  sentences: Sentence[];
}

/** Reads one article's dates: `detectArticleDates`, passed in so that only a build loads it. */
export type DateReader = (job: DateJob) => SentenceDates[];

/** An article whose sentences are to be tagged; `key` names it if it was streamed. */
export interface TagJob {
  key?: string;
  texts: readonly string[];
}

/** What a build's worker and this thread made together. */
export interface SharedResult {
  /** Per {@link TagJob}, in order, its sentences' event words. */
  events: ArticleEvents;
  /** Per {@link DateJob}, in order, its dates. */
  dates: SentenceDates[][];
}

/** Messages to the worker thread (event-tagging-worker.ts). */
export type ToWorker =
  | { kind: 'article'; texts: readonly string[] }
  | { kind: 'end'; texts: Array<readonly string[]>; dates: DateJob[]; board: Int32Array };

/** The worker's one reply: the streamed articles' event words, then the others'; its dates. */
export interface FromWorker {
  events: string[][][];
  dates: Array<[number, SentenceDates[]]>;
}

function tagHere(articles: readonly TagJob[]): ArticleEvents {
  return articles.map(({ texts }) => texts.map((text) => claimEventWords(text)));
}

/** A worker thread started, and what ends it: rejects when it fails or exits. */
interface Launched {
  worker: Worker;
  stopped: Promise<never>;
}

function launch(): Launched {
  const worker = startSourceWorker(import.meta.url, 'event-tagging-worker', {});
  // Listened to from the start: a thread that fails while it waits for its sentences must not
  // take the build down with an unhandled error.
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`index: the event tagging thread exited with code ${code}`)),
    );
  });
  stopped.catch(() => undefined);
  // Waiting for its sentences, it keeps no process alive; working, it does (see share()).
  worker.unref();
  return { worker, stopped };
}

/** Work handed out by {@link EventTagger.share}, finished by {@link SharedWork.complete}. */
export interface SharedWork {
  /**
   * Reads this thread's share of the dates with `read` (synchronously, before it first
   * awaits), then waits for the worker's share and its event words. Rejects only when `read`
   * or tagging itself fails: a worker that dies leaves its share to this thread.
   */
  complete(read: DateReader): Promise<SharedResult>;
  /** How many of the date jobs the worker thread has claimed so far (0 without one). */
  claimedByWorker(): number;
}

/**
 * Event tagging and date reading for one build: a worker thread started ahead ({@link start})
 * or when the work comes ({@link share}), or none. {@link close} lets a thread that was never
 * used go.
 */
export class EventTagger {
  #launched: Launched | null;
  /** Position of each streamed article's key in the stream. */
  readonly #streamed = new Map<string, number>();

  private constructor(launched: Launched | null) {
    this.#launched = launched;
  }

  /**
   * A tagger whose worker thread starts now when `expectedSentences` reach `minSentences`,
   * else when {@link share} is given that many. Never throws: a thread that cannot start leaves
   * the work to this one.
   */
  static start(expectedSentences: number, minSentences = WORKER_MIN_SENTENCES): EventTagger {
    if (expectedSentences === 0 || expectedSentences < minSentences) return new EventTagger(null);
    try {
      return new EventTagger(launch());
    } catch {
      return new EventTagger(null);
    }
  }

  /**
   * Sends the sentences of the article `key` to the worker thread, started ahead, to be tagged
   * while this thread goes on; {@link share} then takes their event words by the key. Does
   * nothing without a thread, or for a key already sent.
   */
  stream(key: string, texts: readonly string[]): void {
    if (!this.#launched || this.#streamed.has(key)) return;
    this.#streamed.set(key, this.#streamed.size);
    this.#launched.worker.postMessage({ kind: 'article', texts } satisfies ToWorker);
  }

  /**
   * Hands out the build's tagging of `tags` and date reading of `dates`: on the worker thread
   * when one was started and given articles ahead, or when they come to `minSentences`
   * sentences or more; else all on this thread when completed. The worker starts on its share
   * at once. Called once.
   */
  share(
    tags: readonly TagJob[],
    dates: readonly DateJob[],
    minSentences = WORKER_MIN_SENTENCES,
  ): SharedWork {
    const sentences =
      tags.reduce((sum, { texts }) => sum + texts.length, 0) +
      dates.reduce((sum, job) => sum + job.sentences.length, 0);
    let launched: Launched | null = null;
    if (this.#streamed.size > 0 || (sentences > 0 && sentences >= minSentences)) {
      try {
        launched = this.#launched ?? launch();
      } catch {
        launched = null;
      }
      this.#launched = null;
    }
    this.close();
    if (!launched) {
      return {
        complete: async (read) => ({ events: tagHere(tags), dates: dates.map(read) }),
        claimedByWorker: () => 0,
      };
    }
    const { worker, stopped } = launched;
    const board = claimBoard(dates.length);
    const streamed = this.#streamed;
    const unstreamed = tags.filter(({ key }) => key === undefined || !streamed.has(key));
    worker.ref();
    const reply = Promise.race([
      new Promise<FromWorker>((resolve) => worker.once('message', resolve)),
      stopped,
    ]);
    reply.catch(() => undefined);
    worker.postMessage({
      kind: 'end',
      texts: unstreamed.map(({ texts }) => texts),
      dates: [...dates],
      board,
    } satisfies ToWorker);
    return {
      claimedByWorker: () => claimedFrom(board, dates.length, 'back'),
      async complete(read) {
        const datesRead: SentenceDates[][] = [];
        workClaimed(
          board,
          dates.length,
          'front',
          (i) => (datesRead[i] = read(dates[i] as DateJob)),
        );
        let answer: FromWorker;
        try {
          answer = await reply;
        } catch {
          for (let i = 0; i < dates.length; i++) datesRead[i] ??= read(dates[i] as DateJob);
          return { events: tagHere(tags), dates: datesRead };
        } finally {
          void worker.terminate();
        }
        for (const [i, found] of answer.dates) datesRead[i] = found;
        const toSets = (words: string[][]) => words.map((list) => new Set(list));
        let next = streamed.size;
        const events = tags.map(({ key }) => {
          const at = key === undefined ? undefined : streamed.get(key);
          return toSets(answer.events[at ?? next++] ?? []);
        });
        return { events, dates: datesRead };
      },
    };
  }

  /**
   * The event words of each sentence of `articles` (per article, its sentences' texts), tagged
   * on the worker thread when they are `minSentences` or more, else on this one. Rejects only
   * when tagging itself fails: a worker that cannot start or dies leaves the work to this
   * thread. Called once, instead of {@link share}.
   */
  async tag(
    articles: readonly (readonly string[])[],
    minSentences = WORKER_MIN_SENTENCES,
  ): Promise<ArticleEvents> {
    const work = this.share(
      articles.map((texts) => ({ texts })),
      [],
      minSentences,
    );
    return (await work.complete(() => [])).events;
  }

  /** Ends a worker thread started and not used. */
  close(): void {
    void this.#launched?.worker.terminate();
    this.#launched = null;
  }
}

/**
 * The event words of each sentence of `articles` (per article, its sentences' texts), tagged on
 * a worker thread when they are `minSentences` or more, else on this one. Rejects only when
 * tagging itself fails: a worker that cannot start leaves the work to this thread.
 */
export function tagSentenceEvents(
  articles: readonly (readonly string[])[],
  minSentences = WORKER_MIN_SENTENCES,
): Promise<ArticleEvents> {
  return EventTagger.start(0).tag(articles, minSentences);
}
