/**
 * What a kept builder process (build-process.ts) spends on CPU to make an added article
 * answerable, and what the answering process then spends loading the new index and answering
 * from it: the path of reload.ts's "an added article answerable" without the watcher, the
 * debounce or the polling questions. In one process, as the builder runs them: a build after
 * deleting the middle speech (the builder new, its analyses taken from the index file), the
 * warm-up it does while it waits (analysis-warm-up.ts), then a build after writing reload.ts's
 * invented article; then the new index is loaded (openEngine) and the article's question asked.
 * The folder is restored (and its index rebuilt) at the end.
 *
 *   node --expose-gc --import tsx bench/rebuild-cpu.ts --corpus DIR [--root REPO] [--prof-dir DIR]
 *
 * (`--expose-gc` lets it collect garbage before the timed build; without it that step is skipped)
 *
 * CPU is `process.cpuUsage` (user + system, every thread of the process, the build's worker
 * included). `--root` imports another checkout's src/, to time two versions alternately.
 * `--prof-dir` writes a V8 CPU profile of the added article's build alone there. Exit 1 on failure, 2 on a bad command line.
 */
import { writeFile, readFile, readdir, rm, mkdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type * as AnalysisCacheModule from '../src/engine/analysis-cache.js';
import type * as AnalysisWarmUpModule from '../src/engine/analysis-warm-up.js';
import type * as IndexModule from '../src/engine/index.js';
import { ADDED_ANSWER, ADDED_FILE, ADDED_QUESTION, ADDED_TEXT } from './reload-article.js';
import { BenchUsageError } from './args.js';
import { runScript } from './script-run.js';

async function cpu<T>(call: () => Promise<T>): Promise<{ value: T; ms: number; wall: number }> {
  const before = process.cpuUsage();
  const t0 = performance.now();
  const value = await call();
  const spent = process.cpuUsage(before);
  return { value, ms: (spent.user + spent.system) / 1000, wall: performance.now() - t0 };
}

const USAGE = `usage: node --expose-gc --import tsx bench/rebuild-cpu.ts --corpus DIR [--root REPO] [--prof-dir DIR]

  --corpus DIR     a State of the Union corpus folder whose index is built (npm run index)
  --root REPO      the checkout whose engine is timed (default: this one)
  --prof-dir DIR   write a V8 CPU profile (.cpuprofile) of the added article's build there
  --help           this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    strict: true,
    options: {
      corpus: { type: 'string' },
      root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
      'prof-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (values.corpus === undefined) throw new BenchUsageError('--corpus DIR is required');
  const root = path.resolve(values.root);
  const dir = path.resolve(values.corpus);
  const src = (file: string) => pathToFileURL(path.join(root, 'src', file)).href;
  const [{ buildIndex, openEngine }, { AnalysisCache }, { warmUpAnalysis }] = await Promise.all([
    import(src('engine/index.ts')) as Promise<typeof IndexModule>,
    import(src('engine/analysis-cache.ts')) as Promise<typeof AnalysisCacheModule>,
    import(src('engine/analysis-warm-up.ts')) as Promise<typeof AnalysisWarmUpModule>,
  ]);
  const articles = path.join(dir, 'articles');
  const files = (await readdir(articles)).filter((f) => f.endsWith('.txt')).sort();
  const target = files[Math.floor(files.length / 2)] as string;
  const targetFile = path.join(articles, target);
  const targetText = await readFile(targetFile, 'utf8');
  const added = path.join(articles, ADDED_FILE);
  await rm(added, { force: true });
  const cache = new AnalysisCache();
  const rows: string[] = [];
  const row = (name: string, r: { ms: number; wall: number }, extra = '') =>
    rows.push(
      `${name.padEnd(10)} cpu ${r.ms.toFixed(0).padStart(6)} ms  wall ${r.wall.toFixed(0).padStart(6)} ms ${extra}`,
    );
  const stages = (stats: { milliseconds: Record<string, number> }) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(stats.milliseconds).map(([k, v]) => [k, Math.round(v)])),
    );
  try {
    await rm(targetFile);
    const deleted = await cpu(() => buildIndex({ corpusDir: dir, cache }));
    row('delete', deleted, stages(deleted.value));
    row('warm-up', await cpu(() => warmUpAnalysis()));
    (globalThis as { gc?: () => void }).gc?.();
    await writeFile(added, ADDED_TEXT);
    let session: Session | null = null;
    if (values['prof-dir'] !== undefined) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const build = await cpu(() => buildIndex({ corpusDir: dir, cache }));
    if (session !== null) {
      const { profile } = await session.post('Profiler.stop');
      await mkdir(values['prof-dir'] as string, { recursive: true });
      const out = path.join(values['prof-dir'] as string, `add-${process.pid}.cpuprofile`);
      await writeFile(out, JSON.stringify(profile));
      session.disconnect();
    }
    row('add build', build, stages(build.value));
    const load = await cpu(() => openEngine({ corpusDir: dir, rebuild: 'never' }));
    row('add load', load);
    const ask = await cpu(async () => load.value.ask(ADDED_QUESTION));
    const ok = ask.value.passages[0]?.quote.includes(ADDED_ANSWER) === true;
    row('add ask', ask, ok ? 'answered' : 'NOT ANSWERED');
    rows.push(`add total cpu ${(build.ms + load.ms + ask.ms).toFixed(0)} ms`);
  } finally {
    await rm(added, { force: true });
    await writeFile(targetFile, targetText);
    await buildIndex({ corpusDir: dir, cache });
  }
  process.stdout.write(`${root} ${target}\n${rows.join('\n')}\n`);
}

runScript(main, USAGE);
