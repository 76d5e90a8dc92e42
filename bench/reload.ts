/**
 * Live reload at scale: a running engine over the State of the Union corpus while one speech
 * is deleted from its folder and a new article is added, with questions asked every 20 ms
 * throughout. Measures how long until the deleted speech is no longer quoted (withheld at
 * once; then gone from the rebuilt index) and until the new article is answerable, and how
 * the questions fared meanwhile (latency, event-loop stalls from the swap, failures).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ARTICLES_FOLDER } from '../src/corpus/files.js';
import { openLiveEngine, type LiveEngine } from '../src/engine/live.js';
import { readSpeeches, selectFraction, writeSotuCorpus } from './sotu.js';
import { summarizeLatencies, type LatencySummary } from './stats.js';
import { ADDED_ANSWER, ADDED_FILE, ADDED_QUESTION, ADDED_TEXT } from './reload-article.js';

/** Figures of one live-reload run. */
export interface ReloadFigures {
  fraction: number;
  articles: number;
  sentences: number;
  /** From deleting a speech's file to no answer quoting it. */
  removedUnquotableMs: number;
  /** From deleting it to the rebuilt index (without it) answering. */
  removedRebuiltMs: number;
  /** From writing a new article to an answer quoting it. */
  addedAnswerableMs: number;
  /** Questions asked while the folder changed and the index was rebuilt and swapped twice. */
  questions: { asked: number; failed: number; latency: LatencySummary };
  /** Longest event-loop stall seen meanwhile (the swap loads the new index on the main thread). */
  maxEventLoopStallMs: number;
}

/** How long to wait for any one step before giving up. */
const STEP_TIMEOUT_MS = 10 * 60_000;
const ASK_EVERY_MS = 20;

async function until(check: () => boolean, what: string): Promise<number> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > STEP_TIMEOUT_MS)
      throw new Error(`bench: reload: ${what} did not happen within ${STEP_TIMEOUT_MS / 1000} s`);
    await sleep(10);
  }
  return performance.now() - started;
}

/** A sentence of `text` that, asked as a question, is answered from the speech `id`. */
function distinctiveQuestion(engine: LiveEngine, id: string, text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 80 && s.length < 250);
  for (const sentence of sentences) {
    const answer = engine.ask(sentence, { limit: 5 });
    if (answer.passages[0]?.source.id === id) return sentence;
  }
  throw new Error(`bench: reload: no sentence of ${id} is answered from it`);
}

/** Measures live reload over `fraction` of the State of the Union corpus in `cacheDir`. */
export async function measureReload(options: {
  cacheDir: string;
  fraction: number;
  questions: readonly string[];
  note: (message: string) => void;
}): Promise<ReloadFigures> {
  const dir = path.join(options.cacheDir, `reload-sotu-${Math.round(options.fraction * 100)}`);
  const speeches = selectFraction(await readSpeeches(), options.fraction);
  await writeSotuCorpus(dir, speeches);
  await rm(path.join(dir, ARTICLES_FOLDER, ADDED_FILE), { force: true });
  options.note(`reload: opening ${speeches.length} speeches (builds the index on first use)`);
  const engine = await openLiveEngine({ corpusDir: dir });
  const { articles, sentences } = engine.info();
  const target = speeches[Math.floor(speeches.length / 2)]!;
  const targetFile = path.join(dir, ARTICLES_FOLDER, `${target.stem}.txt`);
  const targetText = await readFile(targetFile, 'utf8');
  const question = distinctiveQuestion(engine, target.stem, targetText);
  const quotesTarget = () =>
    engine.ask(question, { limit: 5 }).passages.some((p) => p.source.id === target.stem) ||
    engine.sources().some((s) => s.id === target.stem);

  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const asking = setInterval(() => {
    const q = options.questions[next++ % options.questions.length]!;
    const t0 = performance.now();
    try {
      engine.ask(q);
    } catch {
      failed += 1;
    }
    latencies.push(performance.now() - t0);
  }, ASK_EVERY_MS);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  try {
    options.note(`reload: deleting ${target.stem}`);
    const before = engine.info().builtAt;
    await rm(targetFile);
    const removedUnquotableMs = await until(() => !quotesTarget(), 'the deletion');
    const removedRebuiltMs =
      removedUnquotableMs + (await until(() => engine.info().builtAt !== before, 'the rebuild'));
    options.note(`reload: adding ${ADDED_FILE}`);
    await writeFile(path.join(dir, ARTICLES_FOLDER, ADDED_FILE), ADDED_TEXT);
    const addedAnswerableMs = await until(
      () => engine.ask(ADDED_QUESTION).passages[0]?.quote.includes(ADDED_ANSWER) === true,
      'the addition',
    );
    loop.disable();
    options.note('reload: restoring the folder');
    const restored = engine.info().builtAt;
    await rm(path.join(dir, ARTICLES_FOLDER, ADDED_FILE));
    await writeFile(targetFile, targetText);
    await until(() => engine.info().builtAt !== restored && quotesTarget(), 'the restore');
    return {
      fraction: options.fraction,
      articles,
      sentences,
      removedUnquotableMs,
      removedRebuiltMs,
      addedAnswerableMs,
      questions: { asked: latencies.length, failed, latency: summarizeLatencies(latencies) },
      maxEventLoopStallMs: loop.max / 1e6,
    };
  } finally {
    clearInterval(asking);
    loop.disable();
    engine.close();
  }
}
