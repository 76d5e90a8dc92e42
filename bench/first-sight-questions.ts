/**
 * The questions first-sight latency is timed on (bench/first-sight.ts, and the scale section of
 * `npm run bench`): every question of the State of the Union eval sets, written blind by people
 * who read only the speeches (docs/quality.md), so they are worded as users word questions, not
 * chosen to be fast. Warm-up: the first questions of bench/sotu-questions.json, another set, so
 * that compiling the code is not timed and no timed question is met before its turn.
 */
import path from 'node:path';
import { readQuestions } from './question-loop-args.js';
import { REPO_ROOT } from './probes/spawn.js';

/** The State of the Union eval sets, dev and test parts alike (timing reads no gold). */
export const SOTU_EVAL_SETS = ['sotu', 'sotu-2', 'sotu-3', 'sotu-4', 'sotu-5', 'sotu-6'].map(
  (name) => path.join(REPO_ROOT, `test/eval/sets/${name}.json`),
);

const WARM_UP_FILE = path.join(REPO_ROOT, 'bench/sotu-questions.json');

/** Enough asks for V8 to compile the hot paths, few enough to leave the timed questions unseen. */
export const WARM_UP_QUESTIONS = 20;

/**
 * The warm-up questions and the timed ones, from `files` (default {@link SOTU_EVAL_SETS}).
 *
 * @throws Error when a file does not parse or holds no question.
 */
export async function firstSightQuestions(
  files: readonly string[] = SOTU_EVAL_SETS,
): Promise<{ warmUp: string[]; questions: string[] }> {
  const questions = (await Promise.all(files.map((file) => readQuestions(file)))).flat();
  if (questions.length === 0) throw new Error(`first sight: no questions in ${files.join(', ')}`);
  const warmUp = (await readQuestions(WARM_UP_FILE)).slice(0, WARM_UP_QUESTIONS);
  return { warmUp, questions };
}
