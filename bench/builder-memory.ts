/**
 * The builder process's memory and speed around live-reload rebuilds (builder.ts): a corpus of
 * State of the Union speeches loses one speech, is rebuilt, gets it back, and is rebuilt again,
 * each time by the same {@link IndexBuilder}. Prints the rebuild times (the first by a new
 * builder, the second by whatever the first left), the builder's resident memory (VmRSS and
 * its peak VmHWM from /proc, Linux only) when the rebuild's reply arrives, and its resident
 * memory, or its exit, sampled for some seconds after.
 *
 *   npx tsx bench/builder-memory.ts [--fraction 1] [--idle-ms 600000] [--watch-s 20]
 *
 * The figures are printed, never asserted: they depend on the machine and its load (printed).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ARTICLES_FOLDER } from '../src/corpus/files.js';
import { IndexBuilder } from '../src/engine/builder.js';
import { DEFAULT_BUILDER_IDLE_MS } from '../src/engine/live.js';
import { describeMachine, formatMachine } from './machine.js';
import { sotuIndexFolder } from './sotu-index.js';

const USAGE =
  'usage: npx tsx bench/builder-memory.ts [--fraction F in (0, 1]] [--idle-ms N] [--watch-s N]';

/** Resident and peak resident memory of a process in MiB, from /proc; null where unreadable. */
async function memoryOf(pid: number | null): Promise<{ rss: number; hwm: number } | null> {
  if (pid === null) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const rss = kib('VmRSS');
    const hwm = kib('VmHWM');
    return Number.isFinite(rss) ? { rss: rss / 1024, hwm: hwm / 1024 } : null;
  } catch {
    return null;
  }
}

const mib = (value: number) => `${Math.round(value)} MiB`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      fraction: { type: 'string', default: '1' },
      'idle-ms': { type: 'string', default: String(DEFAULT_BUILDER_IDLE_MS) },
      'watch-s': { type: 'string', default: '20' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const fraction = Number(values.fraction);
  const idleMs = Number(values['idle-ms']);
  const watchS = Number(values['watch-s']);
  if (!(fraction > 0 && fraction <= 1) || !(idleMs >= 0) || !(watchS >= 0))
    throw new Error(`builder-memory: bad arguments\n${USAGE}`);

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`builder memory, ${formatMachine(describeMachine())}`);
  const { dir, indexPath, speeches } = await sotuIndexFolder('builder-sotu', fraction, out);
  const target = speeches[Math.floor(speeches.length / 2)]!;
  const targetFile = path.join(dir, ARTICLES_FOLDER, `${target.stem}.txt`);
  const targetText = await readFile(targetFile, 'utf8');

  const builder = new IndexBuilder({ timeoutMs: 10 * 60_000, idleMs });
  const request = { corpusDir: dir, indexPath };
  /** One rebuild: its time, and the builder's memory when the reply arrived. */
  const rebuild = async (what: string) => {
    const t0 = performance.now();
    const stats = await builder.build(request);
    const ms = performance.now() - t0;
    const memory = await memoryOf(builder.pid);
    out(
      `${what}: ${Math.round(ms)} ms (${stats.articles} articles, ${stats.reused} reused; ` +
        `stages ${Object.entries(stats.milliseconds)
          .map(([stage, t]) => `${stage} ${Math.round(t)}`)
          .join(', ')} ms); ` +
        (memory
          ? `builder at reply ${mib(memory.rss)} resident, peak ${mib(memory.hwm)}`
          : 'builder gone at reply'),
    );
  };
  try {
    await rm(targetFile);
    await rebuild(`rebuild 1 (new builder, ${target.stem} deleted)`);
    const pid = builder.pid;
    const samples: string[] = [];
    for (let s = 1; s <= watchS; s *= 2) {
      await sleep((s - (s === 1 ? 0 : s / 2)) * 1000);
      const memory = await memoryOf(pid);
      samples.push(`${s} s: ${memory ? mib(memory.rss) : 'exited'}`);
    }
    out(`builder after rebuild 1 (idle ${idleMs} ms): ${samples.join(', ')}`);
    await writeFile(targetFile, targetText);
    await rebuild(`rebuild 2 (${builder.running ? 'kept builder' : 'new builder'}, restored)`);
  } finally {
    builder.close();
    await writeFile(targetFile, targetText);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
