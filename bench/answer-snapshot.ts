/**
 * Every answer of the bundled corpus's eval questions, saved whole, so that a change meant to
 * make asking cheaper can be shown to change no answer: passages, highlights, scores, "also
 * reported by", "sources differ", closest passages, and the timeline's pages.
 *
 *   npx tsx bench/answer-snapshot.ts save FILE        # on the code before, then after
 *   npx tsx bench/answer-snapshot.ts compare BEFORE AFTER
 *
 * `save` asks each question of the bundled sets (test/eval/sets, corpus "bundled") and of
 * test/eval/questions.json, as `npm run eval` does (`limit` 3), on a copy of ./corpus under
 * .cache/bench/answers (its index rebuilt when the code changed), and writes each answer as
 * JSON. `compare` prints how many answers differ; it names a differing question only when it
 * is in a development part (test/eval/split.ts): the test parts' questions stay unread.
 * Exit code 1 when any answer differs.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openEngine } from '../src/engine/index.js';
import { readSet, SETS } from '../test/eval/sets.js';
import { splitOf } from '../test/eval/split.js';
import { REPO_ROOT } from './probes/spawn.js';

const USAGE = 'usage: npx tsx bench/answer-snapshot.ts save FILE | compare BEFORE_FILE AFTER_FILE';
/** As `npm run eval` asks (test/eval/systems.ts). */
const LIMIT = 3;
const TIMELINE_FILTERS = [{}, { keyword: 'protest' }, { from: '2020-08', to: '2020-12' }];

interface Snapshot {
  /** Question → its answer as JSON. */
  answers: Record<string, string>;
  timeline: string[];
}

async function questions(): Promise<string[]> {
  const asked = new Set<string>();
  for (const spec of SETS)
    if (spec.corpus === 'bundled') for (const q of readSet(spec) ?? []) asked.add(q.question);
  const file = path.join(REPO_ROOT, 'test/eval/questions.json');
  if (existsSync(file)) {
    const json = JSON.parse(await readFile(file, 'utf8')) as { questions: { question: string }[] };
    for (const q of json.questions) asked.add(q.question);
  }
  return [...asked];
}

async function save(file: string): Promise<void> {
  const corpusDir = path.join(REPO_ROOT, '.cache/bench/answers');
  await mkdir(corpusDir, { recursive: true });
  await cp(path.join(REPO_ROOT, 'corpus'), corpusDir, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith('.'),
  });
  const engine = await openEngine({ corpusDir });
  const snapshot: Snapshot = { answers: {}, timeline: [] };
  for (const question of await questions())
    snapshot.answers[question] = JSON.stringify(engine.ask(question, { limit: LIMIT }));
  snapshot.timeline = TIMELINE_FILTERS.map((filters) => JSON.stringify(engine.timeline(filters)));
  await writeFile(file, JSON.stringify(snapshot));
  process.stdout.write(`${Object.keys(snapshot.answers).length} answers written to ${file}\n`);
}

async function compare(beforeFile: string, afterFile: string): Promise<boolean> {
  const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  const [before, after] = await Promise.all([read(beforeFile), read(afterFile)]);
  const asked = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  let same = 0;
  let testDiffers = 0;
  const devDiffers: string[] = [];
  for (const question of asked) {
    if (before.answers[question] === after.answers[question]) same += 1;
    else if (splitOf(question) === 'dev') devDiffers.push(question);
    else testDiffers += 1;
  }
  const timelineSame = JSON.stringify(before.timeline) === JSON.stringify(after.timeline);
  process.stdout.write(
    [
      `${same} of ${asked.size} answers identical; differing: ${devDiffers.length} development, ${testDiffers} test`,
      ...devDiffers.map((question) => `  differs: ${question}`),
      `timeline pages ${timelineSame ? 'identical' : 'DIFFER'}`,
    ].join('\n') + '\n',
  );
  return same === asked.size && timelineSame;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...files] = argv;
  if (command === 'save' && files.length === 1) {
    await save(files[0]!);
    return 0;
  }
  if (command === 'compare' && files.length === 2)
    return (await compare(files[0]!, files[1]!)) ? 0 : 1;
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
