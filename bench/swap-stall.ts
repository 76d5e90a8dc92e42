/**
 * How long swapping a rebuilt index in holds the event loop of the process answering
 * questions. A {@link LiveEngine} over the State of the Union corpus reloads with a build that
 * does nothing (the index on disk is already the one to swap in), so what is timed is the
 * swap alone, as live.ts does it: check the folder, read and parse the index file, build the
 * engine's tables, withhold changed articles. Prints, per round, the longest event-loop stall
 * (`monitorEventLoopDelay`) and the longest garbage-collection pause inside it; then each step
 * of opening the index timed on its own.
 *
 *   npx tsx bench/swap-stall.ts [--fraction 1] [--rounds 5]
 *
 * The figures are printed, never asserted: they depend on the machine and its load (printed).
 */
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readCorpusFiles } from '../src/corpus/files.js';
import { CorpusEngine } from '../src/engine/engine.js';
import { corpusHash, openEngine, type BuildStats } from '../src/engine/index.js';
import { corpusOf, readIndexFile } from '../src/engine/index-file.js';
import { LiveEngine } from '../src/engine/live.js';
import { SearchIndex } from '../src/search/search-index.js';
import { describeMachine, formatMachine } from './machine.js';
import { sotuIndexFolder } from './sotu-index.js';
import { median } from './stats.js';

const USAGE = 'usage: npx tsx bench/swap-stall.ts [--fraction F in (0, 1]] [--rounds N]';

const ms = (value: number) => `${Math.round(value)} ms`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      fraction: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '5' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const fraction = Number(values.fraction);
  const rounds = Number(values.rounds);
  if (!(fraction > 0 && fraction <= 1) || !Number.isInteger(rounds) || rounds < 1)
    throw new Error(`swap-stall: bad arguments\n${USAGE}`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`swap stall, ${formatMachine(describeMachine())}`);
  const { dir, indexPath } = await sotuIndexFolder('builder-sotu', fraction, out);
  const index = (await readIndexFile(indexPath))!;
  const stats: BuildStats = {
    corpusHash: index.corpusHash,
    articles: index.articles.length,
    reused: index.articles.length,
    sentences: 0,
    events: index.timeline.length,
    milliseconds: { read: 0, clean: 0, search: 0, timeline: 0, write: 0 },
    path: indexPath,
    bytes: 0,
  };
  const base = await openEngine({ corpusDir: dir, rebuild: 'never' });
  out(`${base.info().articles} articles, ${base.info().sentences} sentences`);

  const pauses: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const stalls: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const live = new LiveEngine(base, { corpusDir: dir, watch: false, build: async () => stats });
    const loop = monitorEventLoopDelay({ resolution: 1 });
    const started = performance.now();
    loop.enable();
    await live.reload();
    loop.disable();
    const took = performance.now() - started;
    live.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const inside = pauses.filter((p) => p.end >= started && p.start <= started + took);
    const longestPause = Math.max(0, ...inside.map((p) => p.end - p.start));
    const stall = loop.max / 1e6;
    stalls.push(stall);
    out(
      `round ${round}: swap ${ms(took)}, longest event-loop stall ${ms(stall)}, ` +
        `${inside.length} collections (longest pause ${ms(longestPause)})`,
    );
  }
  observer.disconnect();
  out(`longest stall: median ${ms(median(stalls))}, max ${ms(Math.max(...stalls))}`);

  // Each step of opening the index, on its own (each is one synchronous stretch or more).
  const steps: Record<string, number[]> = {};
  const time = <T>(step: string, run: () => T): T => {
    const t0 = performance.now();
    const result = run();
    (steps[step] ??= []).push(performance.now() - t0);
    return result;
  };
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    const file = (await readIndexFile(indexPath))!;
    // Wall time of the whole read, which lets the event loop turn every few milliseconds.
    (steps['read + parse, in turns'] ??= []).push(performance.now() - t0);
    const files = await readCorpusFiles(dir);
    time('hash the corpus files', () => corpusHash(files));
    const corpus = time('corpusOf', () => corpusOf(file));
    const search = time('SearchIndex.load', () => SearchIndex.load(corpus, file.search));
    time(
      'CorpusEngine, the timeline read',
      () => new CorpusEngine(corpus, search, file.timeline, file.builtAt, file.search.aliases),
    );
  }
  for (const [step, times] of Object.entries(steps))
    out(`${step.padEnd(28)} median ${ms(median(times))}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
