/**
 * The live-reload phase of `npm run bench` (reload.ts) on CPU time, for tracing what a rebuild
 * costs: opens a live engine over a State of the Union corpus folder whose index is built,
 * deletes the middle speech, waits for the rebuild, writes reload.ts's invented article, waits
 * until it is answerable, then restores the folder. Prints, for each of the two rebuilds, the
 * wall time, the CPU time of this process and of the builder process (its threads summed, read
 * from /proc), and the stages the builder reported (live.ts's "new index in use" log).
 *
 *   npx tsx bench/reload-cpu.ts --corpus DIR [--root REPO]
 *
 * `--root` runs another checkout's engine (its src/ is imported from there), so two versions of
 * the code can be timed alternately from one script. Linux only (/proc). Exit 1 on failure, 2 on a bad command line.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type * as LiveModule from '../src/engine/live.js';
import { ADDED_ANSWER, ADDED_FILE, ADDED_QUESTION, ADDED_TEXT } from './reload-article.js';
import { BenchUsageError } from './args.js';
import { runScript } from './script-run.js';

/** CPU ms (user + system) of process `pid`, all its threads, from /proc; 0 when gone. */
async function procCpuMs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 (1-based), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The children of this process, by /proc. */
async function childPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function until(check: () => boolean): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 10 * 60_000) throw new Error('reload-cpu: timed out');
    await sleep(10);
  }
}

const USAGE = `usage: npx tsx bench/reload-cpu.ts --corpus DIR [--root REPO]

  --corpus DIR   a State of the Union corpus folder whose index is built (npm run index)
  --root REPO    the checkout whose engine is timed (default: this one)
  --help         this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    strict: true,
    options: {
      corpus: { type: 'string' },
      root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (values.corpus === undefined) throw new BenchUsageError('--corpus DIR is required');
  const root = path.resolve(values.root);
  const dir = path.resolve(values.corpus);
  const { openLiveEngine } = (await import(
    pathToFileURL(path.join(root, 'src/engine/live.ts')).href
  )) as typeof LiveModule;
  const logs: Array<Record<string, unknown>> = [];
  const logger = {
    debug() {},
    warn() {},
    error(message: string, fields?: unknown) {
      process.stderr.write(`${message} ${JSON.stringify(fields)}\n`);
    },
    info(message: string, fields?: Record<string, unknown>) {
      if (message.startsWith('reload: new index')) logs.push(fields ?? {});
    },
  };
  const engine = await openLiveEngine({ corpusDir: dir, logger: logger as never });
  const articles = path.join(dir, 'articles');
  const files = (await readdir(articles)).filter((f) => f.endsWith('.txt')).sort();
  const target = files[Math.floor(files.length / 2)] as string;
  const targetFile = path.join(articles, target);
  const targetText = await readFile(targetFile, 'utf8');
  await rm(path.join(articles, ADDED_FILE), { force: true });

  const rows: string[] = [];
  const phase = async (name: string, change: () => Promise<void>, done: () => boolean) => {
    const before = engine.info().builtAt;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const kids0 = new Map<number, number>();
    for (const pid of await childPids()) kids0.set(pid, await procCpuMs(pid));
    const seen = new Set<number>(kids0.keys());
    let kidsCpu = 0;
    await change();
    // Sample the children as they come (the builder starts on the first rebuild).
    const last = new Map<number, number>(kids0);
    let polls = 0;
    while (!(done() && engine.info().builtAt !== before)) {
      for (const pid of polls++ % 25 === 0 ? await childPids() : seen) {
        if (!seen.has(pid)) {
          seen.add(pid);
          last.set(pid, 0);
        }
        const now = await procCpuMs(pid);
        if (now > 0) last.set(pid, now);
      }
      await sleep(20);
      if (performance.now() - t0 > 10 * 60_000) throw new Error('reload-cpu: timed out');
    }
    const wall = performance.now() - t0;
    for (const [pid, at] of last) {
      const now = await procCpuMs(pid);
      kidsCpu += (now > 0 ? now : at) - (kids0.get(pid) ?? 0);
    }
    const cpu = process.cpuUsage(cpu0);
    const log = logs.at(-1) ?? {};
    rows.push(
      `${name.padEnd(8)} wall ${wall.toFixed(0).padStart(6)} ms  this ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms  builder ${kidsCpu.toFixed(0).padStart(6)} ms  ${JSON.stringify({ buildMs: log.buildMs, loadMs: log.loadMs, stagesMs: log.stagesMs })}`,
    );
  };
  try {
    await phase(
      'delete',
      () => rm(targetFile),
      () => !engine.sources().some((s) => s.file === target),
    );
    await phase(
      'add',
      () => writeFile(path.join(articles, ADDED_FILE), ADDED_TEXT),
      () => engine.ask(ADDED_QUESTION).passages[0]?.quote.includes(ADDED_ANSWER) === true,
    );
  } finally {
    await rm(path.join(articles, ADDED_FILE), { force: true });
    await writeFile(targetFile, targetText);
    const restored = engine.info().builtAt;
    await until(() => engine.info().builtAt !== restored).catch(() => undefined);
    engine.close();
  }
  process.stdout.write(`${root} ${target}\n${rows.join('\n')}\n`);
}

runScript(main, USAGE);
