/**
 * Reading every sentence's event words (fact-predicates.ts `claimEventWords`: wink-nlp's
 * part-of-speech tagger on each sentence) is the largest single cost of a full build, about a
 * third of it, and needs nothing the rest of the build makes. So at scale it runs on a worker
 * thread while the build goes on with the rest (index terms, the timeline), on a machine's
 * second core. The worker tags the same texts in the same order with its own tagger, started
 * fresh for each build; below {@link WORKER_MIN_SENTENCES} the thread's start costs more than it
 * saves and the sentences are tagged here.
 */
import { claimEventWords } from '../search/select/fact-predicates.js';
import { startSourceWorker } from './source-worker.js';

/**
 * The fewest sentences tagged on a worker thread: starting one (its modules and wink-nlp's model)
 * costs about half a second of CPU, what tagging some 4,000 sentences takes.
 */
export const WORKER_MIN_SENTENCES = 5_000;

/** Per article, per sentence, its event words. */
export type ArticleEvents = Array<Array<ReadonlySet<string>>>;

function tagHere(articles: readonly (readonly string[])[]): ArticleEvents {
  return articles.map((texts) => texts.map((text) => claimEventWords(text)));
}

/**
 * The event words of each sentence of `articles` (per article, its sentences' texts), tagged on
 * a worker thread when they are `minSentences` or more, else on this one. Rejects only when
 * tagging itself fails: a worker that cannot start leaves the work to this thread.
 */
export async function tagSentenceEvents(
  articles: readonly (readonly string[])[],
  minSentences = WORKER_MIN_SENTENCES,
): Promise<ArticleEvents> {
  const sentences = articles.reduce((sum, texts) => sum + texts.length, 0);
  if (sentences === 0 || sentences < minSentences) return tagHere(articles);
  let tagged: string[][][];
  try {
    tagged = await new Promise<string[][][]>((resolve, reject) => {
      const worker = startSourceWorker(import.meta.url, 'event-tagging-worker', {
        workerData: articles,
      });
      worker.once('message', (reply: string[][][]) => {
        resolve(reply);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`index: the event tagging thread exited with code ${code}`)),
      );
    });
  } catch {
    return tagHere(articles);
  }
  return tagged.map((texts) => texts.map((words) => new Set(words)));
}
