/**
 * Reading every sentence's event words (fact-predicates.ts `claimEventWords`: wink-nlp's
 * part-of-speech tagger on each sentence) is the largest single cost of a full build, about a
 * third of it, and needs nothing the rest of the build makes. So at scale it runs on a worker
 * thread while the build goes on with the rest (index terms, the timeline), on a machine's
 * second core. The worker tags the same texts in the same order with its own tagger, started
 * fresh for each build; below {@link WORKER_MIN_SENTENCES} the thread's start costs more than it
 * saves and the sentences are tagged here.
 *
 * Starting the thread (its modules and wink-nlp's model) takes a second of its own, so a build
 * that expects many sentences starts it before it has read them ({@link EventTagger.start}):
 * the thread loads while the articles are segmented, instead of after, and then tags them.
 */
import type { Worker } from 'node:worker_threads';
import { claimEventWords } from '../search/select/fact-predicates.js';
import { startSourceWorker } from './source-worker.js';

/**
 * The fewest sentences tagged on a worker thread: starting one (its modules and wink-nlp's model)
 * costs about half a second of CPU, what tagging some 4,000 sentences takes.
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

function tagHere(articles: readonly (readonly string[])[]): ArticleEvents {
  return articles.map((texts) => texts.map((text) => claimEventWords(text)));
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
  // Waiting for its sentences, it keeps no process alive; tagging, it does (see tag()).
  worker.unref();
  return { worker, stopped };
}

/**
 * Event tagging for one build: a worker thread started ahead ({@link start}) or when the
 * sentences come ({@link tag}), or none. {@link close} lets a thread that was never used go.
 */
export class EventTagger {
  #launched: Launched | null;

  private constructor(launched: Launched | null) {
    this.#launched = launched;
  }

  /**
   * A tagger whose worker thread starts now when `expectedSentences` reach `minSentences`,
   * else when {@link tag} is given that many. Never throws: a thread that cannot start leaves
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
   * The event words of each sentence of `articles` (per article, its sentences' texts), tagged
   * on the worker thread when they are `minSentences` or more, else on this one. Rejects only
   * when tagging itself fails: a worker that cannot start or dies leaves the work to this
   * thread. Called once.
   */
  async tag(
    articles: readonly (readonly string[])[],
    minSentences = WORKER_MIN_SENTENCES,
  ): Promise<ArticleEvents> {
    const sentences = articles.reduce((sum, texts) => sum + texts.length, 0);
    if (sentences === 0 || sentences < minSentences) {
      this.close();
      return tagHere(articles);
    }
    let tagged: string[][][];
    let launched: Launched | null = null;
    try {
      launched = this.#launched ?? launch();
      this.#launched = null;
      const { worker, stopped } = launched;
      worker.ref();
      tagged = await Promise.race([
        new Promise<string[][][]>((resolve) => {
          worker.once('message', resolve);
          worker.postMessage(articles);
        }),
        stopped,
      ]);
    } catch {
      return tagHere(articles);
    } finally {
      void launched?.worker.terminate();
    }
    return tagged.map((texts) => texts.map((words) => new Set(words)));
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
