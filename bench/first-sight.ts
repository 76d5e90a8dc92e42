/**
 * What a question costs the first time the engine meets it, and the second, on CPU: a quick look
 * beside `npm run bench`, whose scale section times first sight on wall time in fresh processes
 * (latency-apart.ts `measureFirstSight`) besides its repeated questions. The engine keeps work
 * across questions (the fact relations of a sentence pair, each sentence's analyses, read
 * lazily), so repeated questions time a warm engine. Here each question of the eval sets is
 * asked once, in one pass, then the whole pass again; the first pass is what a server meets when
 * its users' questions are new, the second what repetition measures. Times are on CPU
 * (`process.cpuUsage`, user + system, ms per question), so other processes' load counts little.
 * Plain lunr keeps nothing between questions; its one pass is shown beside.
 *
 *   npm run bench -- --fractions 0.25     # builds .cache/bench/sotu-0.25 once
 *   npx tsx bench/first-sight.ts [--corpus .cache/bench/sotu-0.25] [--questions FILE[,FILE…]]
 *
 * `--questions` defaults to the State of the Union eval sets (test/eval/sets/sotu*.json); for the
 * bundled corpus give `--corpus .cache/bench/bundled --questions test/eval/sets/bundled.json,…`.
 * `--slowest FILE` also writes the slowest 5% of the second pass (the tail that sets p99) to FILE
 * as a JSON array of questions, slowest first, for `bench/profile-target.ts ask`: only those of
 * the development parts (test/eval/split.ts), as the test parts' questions stay unread.
 * Warm-up and questions: first-sight-questions.ts. Exit 1 when the corpus has no prebuilt index
 * or a file does not parse.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openServedEngine, segmentCorpus } from './engine-adapter.js';
import { firstSightQuestions, SOTU_EVAL_SETS } from './first-sight-questions.js';
import { buildPlainIndex, searchPlain } from './plain-lunr.js';
import { splitOf } from '../test/eval/split.js';
import { REPO_ROOT } from './probes/spawn.js';
import { percentile } from './stats.js';

const USAGE =
  'usage: npx tsx bench/first-sight.ts [--corpus DIR] [--questions FILE[,FILE…]] [--slowest FILE] [--help]';
/** The share of the second pass `--slowest` lists: the tail p99 is read from, and some more. */
const SLOWEST_SHARE = 0.05;

/** CPU milliseconds of one call. */
function cpuMs(call: () => unknown): number {
  const before = process.cpuUsage();
  call();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

function summary(name: string, ms: readonly number[]): string {
  const f = (p: number) => percentile(ms, p).toFixed(2);
  const mean = ms.reduce((sum, x) => sum + x, 0) / ms.length;
  return `${name.padEnd(34)} ${f(50).padStart(8)} ${f(90).padStart(8)} ${f(99).padStart(8)} ${mean.toFixed(2).padStart(8)}`;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: path.join(REPO_ROOT, '.cache/bench/sotu-0.25') },
      questions: { type: 'string', default: SOTU_EVAL_SETS.join(',') },
      slowest: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const files = values.questions.split(',').filter((file) => file !== '');
  const { warmUp, questions } = await firstSightQuestions(files);
  const engine = await openServedEngine(values.corpus);
  const plainIndex = buildPlainIndex((await segmentCorpus(values.corpus)).sentences);
  for (const question of warmUp) {
    engine.ask(question, { limit: 3 });
    searchPlain(plainIndex, question);
  }
  const ask = (question: string) => () => engine.ask(question, { limit: 3 });
  const first = questions.map((question) => cpuMs(ask(question)));
  const second = questions.map((question) => cpuMs(ask(question)));
  const plain = questions.map((question) => cpuMs(() => searchPlain(plainIndex, question)));
  if (values.slowest !== undefined) {
    const tail = questions
      .map((question, i) => ({ question, ms: second[i] as number }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Math.ceil(questions.length * SLOWEST_SHARE))
      .map(({ question }) => question)
      .filter((question) => splitOf(question) === 'dev');
    await writeFile(values.slowest, `${JSON.stringify(tail, null, 1)}\n`);
  }
  process.stdout.write(
    [
      `${questions.length} questions, each asked once per pass, on ${values.corpus}; CPU ms per question`,
      `${''.padEnd(34)} ${'p50'.padStart(8)} ${'p90'.padStart(8)} ${'p99'.padStart(8)} ${'mean'.padStart(8)}`,
      summary('engine, first sight', first),
      summary('engine, second pass (warm)', second),
      summary('plain lunr', plain),
    ].join('\n') + '\n',
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
