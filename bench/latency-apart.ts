/**
 * Latency of contenders that must not share a heap: each in a child process of its own holding
 * only its own index (probes/passes.ts), as the served process (src/) holds only the engine's.
 *
 * Why: in one process, every contender's garbage lands in the same young generation. Plain
 * lunr's searches make several times the engine's garbage per call at full State of the Union
 * scale, so the young-generation collections they cause fall inside the engine's calls too, and
 * the engine's p99, set by the calls that meet a collection, measured lunr's garbage as much as
 * its own (docs/performance.md; counted in session 23 with `--trace-gc-nvp`, and per call by
 * ask-tail.ts).
 *
 * What is kept of the side-by-side method (latency.ts): the same queries, warm-up, rounds and
 * blocks; the contenders take turns a pass at a time, alternating which goes first, so both see
 * the same spells of machine load; within a pass, calls run back to back with no turn of the
 * event loop.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  latencyOfPasses,
  type SideBySideLatency,
  type SideBySideOptions,
  type TimedPass,
} from './latency.js';
import { ANSWERING_HEAP_FLAGS } from '../src/framework/young-generation.js';
import { NODE_FLAGS, REPO_ROOT } from './probes/spawn.js';

const PASSES_SCRIPT = fileURLToPath(new URL('./probes/passes.ts', import.meta.url));

/** A contender as its own process opens it: the engine on a corpus folder with a prebuilt index, or plain lunr's saved index. */
export type ApartContender =
  { task: 'ask-engine'; corpusDir: string } | { task: 'search-plain'; indexFile: string };

/**
 * The `node` arguments of a contender's process (probes/passes.ts): the V8 settings every start
 * of the code runs with (src/cli/launch.js `NODE_FLAGS`: regular expressions compiled to machine
 * code alone, as the served process compiles them) and the young generation the bot answers
 * with, plain lunr's process too. Without the first, a timed question meeting a rule first had
 * it compiled twice, to bytecode and then to machine code, which production never does (session
 * 72, `--trace-regexp-tier-up`: 844 expressions compiled to 4.3 MB of bytecode within the 1,007
 * first-sight questions at full State of the Union scale, one of 563 KB).
 */
export function answeringProcessArgs(contender: ApartContender): string[] {
  const file = contender.task === 'ask-engine' ? contender.corpusDir : contender.indexFile;
  return [
    ...NODE_FLAGS,
    ...ANSWERING_HEAP_FLAGS,
    '--import',
    'tsx',
    PASSES_SCRIPT,
    contender.task,
    file,
  ];
}

/** A started probes/passes.ts process: one line out for each line in. */
class PassesChild {
  private readonly lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private stderr = '';
  private ended = false;

  private constructor(
    private readonly name: string,
    private readonly child: ChildProcessByStdio<Writable, Readable, Readable>,
  ) {
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      let end: number;
      while ((end = pending.indexOf('\n')) >= 0) {
        this.deliver(pending.slice(0, end));
        pending = pending.slice(end + 1);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    child.on('close', () => {
      this.ended = true;
      this.waiting?.(null);
    });
  }

  /** Starts `contender` on `queries` and waits until it has loaded its index. */
  static async start(name: string, contender: ApartContender, queries: readonly string[]) {
    const child = spawn(process.execPath, answeringProcessArgs(contender), {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const started = new PassesChild(name, child);
    child.stdin.write(`${JSON.stringify(queries)}\n`);
    const ready = await started.nextLine();
    if (ready !== 'ready') throw started.failure(ready);
    return started;
  }

  /** Runs one pass over the queries, the first `untimed` of them untimed, and returns its timings. */
  async pass(untimed = 0): Promise<TimedPass> {
    this.child.stdin.write(untimed === 0 ? 'pass\n' : `pass ${untimed}\n`);
    const line = await this.nextLine();
    if (line === null || !line.startsWith('{')) throw this.failure(line);
    return JSON.parse(line) as TimedPass;
  }

  /** Ends the process (its input ends) and waits for it to exit. */
  async close(): Promise<void> {
    this.child.stdin.end();
    while ((await this.nextLine()) !== null);
  }

  private deliver(line: string): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(line);
    else this.lines.push(line);
  }

  private nextLine(): Promise<string | null> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  private failure(line: string | null): Error {
    this.child.kill();
    return new Error(
      `bench: ${this.name}'s process (${PASSES_SCRIPT}) failed${line === null ? '' : ` ("${line}")`}:\n${this.stderr.trim()}`,
    );
  }
}

/**
 * Times each contender on each question, `rounds` × `repeats` passes after `warmupRounds`
 * untimed ones, each in its own process (see the module's comment). Returns each contender's
 * figures in milliseconds, keyed like `contenders`.
 *
 * @throws Error with a child's standard error when it fails to load or to answer.
 * @example
 * const { engine, plain } = await measureApart(
 *   { engine: { task: 'ask-engine', corpusDir }, plain: { task: 'search-plain', indexFile } },
 *   questions, { warmupRounds: 2, rounds: 10, repeats: 3 });
 */
export async function measureApart<Name extends string>(
  contenders: Record<Name, ApartContender>,
  questions: readonly string[],
  options: SideBySideOptions,
): Promise<Record<Name, SideBySideLatency>> {
  const names = Object.keys(contenders) as Name[];
  const repeats = Math.max(1, options.repeats ?? 1);
  const children = new Map<Name, PassesChild>();
  try {
    // One at a time: two loads at once would only slow each other.
    for (const name of names)
      children.set(name, await PassesChild.start(name, contenders[name], questions));
    const blocks = new Map<Name, TimedPass[][]>(
      names.map((name) => [name, Array.from({ length: repeats }, () => [])]),
    );
    const total = options.warmupRounds + options.rounds * repeats;
    for (let round = 0; round < total; round++) {
      const block = Math.floor((round - options.warmupRounds) / options.rounds);
      for (const name of round % 2 === 0 ? names : [...names].reverse()) {
        const pass = await (children.get(name) as PassesChild).pass();
        if (round >= options.warmupRounds) blocks.get(name)?.[block]?.push(pass);
      }
    }
    const figures = {} as Record<Name, SideBySideLatency>;
    for (const name of names) figures[name] = latencyOfPasses(blocks.get(name) ?? []);
    return figures;
  } finally {
    await Promise.all([...children.values()].map((child) => child.close()));
  }
}

/**
 * What each question costs the first time a freshly loaded contender meets it: each contender in
 * a new process of its own asks `warmUp` untimed (compiling its code on other questions), then
 * each of `questions` once, timed. A server's users mostly ask questions it has not met, while
 * {@link measureApart} repeats the same questions, so a contender that keeps per-sentence or
 * per-question work between calls is timed there with that work already done. Contenders run
 * one after the other (two loads at once would only slow each other). Returns each contender's
 * figures in milliseconds (one block of one pass), keyed like `contenders`.
 *
 * @throws Error with a child's standard error when it fails to load or to answer, and RangeError
 *   when `questions` is empty.
 */
export async function measureFirstSight<Name extends string>(
  contenders: Record<Name, ApartContender>,
  warmUp: readonly string[],
  questions: readonly string[],
): Promise<Record<Name, SideBySideLatency>> {
  if (questions.length === 0) throw new RangeError('measureFirstSight: no questions to time');
  const figures = {} as Record<Name, SideBySideLatency>;
  for (const name of Object.keys(contenders) as Name[]) {
    const child = await PassesChild.start(name, contenders[name], [...warmUp, ...questions]);
    try {
      figures[name] = latencyOfPasses([[await child.pass(warmUp.length)]]);
    } finally {
      await child.close();
    }
  }
  return figures;
}
