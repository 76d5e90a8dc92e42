/**
 * One contender of a latency comparison in a process of its own, holding only its own index, as
 * a served process holds only the engine's (see latency-apart.ts, which starts it):
 *
 *   node --import tsx bench/probes/passes.ts ask-engine CORPUS_DIR | search-plain JSON_FILE
 *
 * It reads commands from standard input, one a line: first a JSON array of the queries (it then
 * loads its index and prints `ready`), then `pass` for each pass, to which it answers with the
 * pass's {@link TimedPass} as one JSON line. `pass N` asks the first N queries untimed (a
 * warm-up on other questions, for a first-sight pass: latency-apart.ts `measureFirstSight`) and
 * times the rest. It exits at the end of its input.
 *
 * Standard input is read with blocking reads, so from the first timed call to the last the
 * event loop never turns: as when every contender ran in one loop (latency.ts), V8 collects
 * garbage inside whichever call fills the young generation, and no task it posted runs between
 * calls. The run-queue clock is this process's own thread's.
 */
import { readFileSync, readSync, writeSync } from 'node:fs';
import { openServedEngine } from '../engine-adapter.js';
import { emptyPass, timeCall, type QueryRunner } from '../latency.js';
import { loadPlainIndex, searchPlain } from '../plain-lunr.js';
import { openRunQueueClock } from '../run-queue.js';

/** How long to sleep before reading again when standard input says it has nothing yet. */
const RETRY_MS = 1;

async function openRunner(task: string | undefined, file: string): Promise<QueryRunner<string>> {
  switch (task) {
    case 'ask-engine': {
      const engine = await openServedEngine(file);
      return (question) => engine.ask(question, { limit: 3 });
    }
    case 'search-plain': {
      const index = loadPlainIndex(readFileSync(file, 'utf8'));
      return (question) => searchPlain(index, question);
    }
    default:
      throw new Error(`passes: unknown task "${task ?? ''}"`);
  }
}

/** How many leading queries a `pass` or `pass N` command asks untimed; throws on anything else. */
function untimedOf(command: string, queries: number): number {
  const match = /^pass(?: (\d+))?$/.exec(command);
  const untimed = Number(match?.[1] ?? 0);
  if (!match || untimed >= queries)
    throw new Error(`passes: unknown command "${command}" (pass, or pass N with N < ${queries})`);
  return untimed;
}

/** Standard input's lines, read with blocking reads (see the module's comment). */
function* inputLines(): Generator<string> {
  const buffer = Buffer.alloc(1 << 16);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let pending = '';
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      // A non-blocking pipe says "try again": wait without turning the event loop.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(sleeper, 0, 0, RETRY_MS);
      continue;
    }
    if (read === 0) return;
    pending += buffer.toString('utf8', 0, read);
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, end);
      pending = pending.slice(end + 1);
    }
  }
}

async function main([task, file]: string[]): Promise<void> {
  if (!file) throw new Error('usage: bench/probes/passes.ts ask-engine DIR | search-plain FILE');
  const lines = inputLines();
  const first = lines.next();
  if (first.done) return;
  const queries = JSON.parse(first.value) as string[];
  const run = await openRunner(task, file);
  writeSync(1, 'ready\n');
  const clock = openRunQueueClock();
  let sink = 0;
  for (const command of lines) {
    const untimed = untimedOf(command, queries.length);
    const pass = emptyPass(clock);
    for (const [at, query] of queries.entries()) {
      if (at < untimed) {
        if (run(query) != null) sink++;
      } else if (timeCall(run, query, clock, pass) != null) sink++;
    }
    writeSync(1, `${JSON.stringify(pass)}\n`);
  }
  clock?.close();
  if (sink < 0) throw new Error('unreachable: keeps results observable to the optimiser');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
