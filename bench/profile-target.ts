/**
 * One engine operation to run under a profiler, and nothing else:
 *
 *   node --cpu-prof --cpu-prof-dir .cache/bench/profiles --import tsx \
 *     bench/profile-target.ts build|load|ask CORPUS_DIR [ROUNDS] [QUESTIONS_FILE]
 *   npx tsx bench/cpu-profile-summary.ts .cache/bench/profiles/<file>.cpuprofile
 *
 * `build` builds and saves the index, `load` opens the engine on it, `ask` opens it and then
 * asks every question of QUESTIONS_FILE (default bench/sotu-questions.json: an array of
 * strings, or `{ questions: [{ question }] }` as test/eval/questions.json) ROUNDS times
 * (default 20). Each prints
 * its wall time, and `load` the heap after a full GC when run with --expose-gc.
 */
import { readFile } from 'node:fs/promises';
import { buildEngineIndex, openPrebuiltEngine } from './engine-adapter.js';

const QUESTIONS_FILE = new URL('./sotu-questions.json', import.meta.url);

async function main(argv: string[]): Promise<void> {
  const [operation, corpusDir, roundsText, questionsFile] = argv;
  if (!corpusDir)
    throw new Error(
      'usage: bench/profile-target.ts build|load|ask CORPUS_DIR [ROUNDS] [QUESTIONS_FILE]',
    );
  const started = performance.now();
  if (operation === 'build') {
    const stages = await buildEngineIndex(corpusDir);
    process.stderr.write(`build: ${JSON.stringify(stages)}\n`);
  } else if (operation === 'load') {
    const engine = await openPrebuiltEngine(corpusDir);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heap = gc ? `, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB` : '';
    process.stderr.write(`load: ${engine.sources().length} articles${heap}\n`);
  } else if (operation === 'ask') {
    const engine = await openPrebuiltEngine(corpusDir);
    const json = JSON.parse(await readFile(questionsFile ?? QUESTIONS_FILE, 'utf8')) as
      string[] | { questions: Array<{ question: string }> };
    const questions = Array.isArray(json) ? json : json.questions.map((entry) => entry.question);
    const loaded = performance.now();
    const rounds = Number(roundsText ?? 20);
    for (let round = 0; round < rounds; round++) {
      for (const question of questions) engine.ask(question, { limit: 3 });
    }
    process.stderr.write(
      `ask: ${((performance.now() - loaded) / (rounds * questions.length)).toFixed(2)} ms a question\n`,
    );
  } else {
    throw new Error(`profile-target: unknown operation "${operation ?? ''}"`);
  }
  process.stderr.write(`${operation}: ${(performance.now() - started).toFixed(0)} ms in all\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
