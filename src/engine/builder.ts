/**
 * The process that rebuilds indexes for {@link LiveEngine}, kept between rebuilds. A rebuild
 * costs seconds of CPU, so it runs outside the process answering questions; and the builder
 * stays up between rebuilds because what it holds makes the next one fast: its loaded code,
 * wink-nlp's model, WordNet's tables, and every article's analysis (analysis-cache.ts) with the
 * dates read in it, which the index file does not keep. It collects the build's garbage once
 * the build is done (build-process.ts), so while it waits it holds only that. After `idleMs`
 * without a rebuild it is let go, to give its memory back; the next rebuild starts a new one,
 * which takes the articles' analyses from the index file and reads their dates again.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildReply, BuildRequest } from './build-process.js';
import type { BuildStats } from './index.js';

const here = fileURLToPath(import.meta.url);
/** The build script beside this module, as `.ts` under tsx and vitest, `.js` once compiled. */
const BUILD_SCRIPT = path.join(path.dirname(here), `build-process${path.extname(here)}`);

function childExecArgv(): string[] {
  // `gc()` for build-process.ts: it collects a build's garbage as soon as the build is done.
  const flags = ['--expose-gc'];
  if (path.extname(here) !== '.ts') return flags;
  // A .ts child needs tsx's loader; resolved from here, it works whatever the working folder.
  return [...flags, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

/** Options of {@link IndexBuilder}. */
export interface BuilderOptions {
  /** A rebuild still running after this long is killed and reported as failed. */
  timeoutMs: number;
  /** The builder process is let go after this long without a rebuild. */
  idleMs: number;
}

/** The build running now: what its reply settles. */
interface Pending {
  /** The builder process running it. */
  child: ChildProcess;
  resolve: (stats: BuildStats) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Runs rebuilds, one at a time, in a builder process it starts when needed. */
export class IndexBuilder {
  #child: ChildProcess | null = null;
  #pending: Pending | null = null;
  #idle: NodeJS.Timeout | null = null;
  #stderr = '';
  #closed = false;

  constructor(private readonly options: BuilderOptions) {}

  /** True while a builder process is up (between rebuilds too, until let go). */
  get running(): boolean {
    return this.#child !== null;
  }

  /** The process id of the builder process while one is up, else null (for measuring its memory). */
  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  /**
   * Builds and saves the index of `request.corpusDir`. Rejects with the build's error, or when
   * the builder process dies, overruns the timeout or is closed. One build at a time.
   */
  build(request: BuildRequest): Promise<BuildStats> {
    if (this.#closed) return Promise.reject(new Error('reload: the builder is closed'));
    if (this.#pending) return Promise.reject(new Error('reload: a build is already running'));
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = null;
    const child = this.#child ?? this.#start();
    this.#hold(child, true);
    this.#stderr = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), this.options.timeoutMs);
      this.#pending = { child, resolve, reject, timer };
      child.send(request);
    });
  }

  /** Stops the builder process; a build in progress rejects. */
  close(): void {
    this.#closed = true;
    if (this.#idle) clearTimeout(this.#idle);
    const child = this.#child;
    this.#child = null;
    child?.kill('SIGKILL');
    if (this.#pending) this.#finish(this.#pending.child, new Error('reload: the engine is closed'));
  }

  #start(): ChildProcess {
    const child = fork(BUILD_SCRIPT, [], {
      execArgv: childExecArgv(),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.#child = child;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-2_000);
    });
    child.on('message', (reply: BuildReply) => {
      if (reply.ok) this.#finish(child, null, reply.stats);
      else this.#finish(child, new Error(reply.message));
      this.#scheduleIdle(child);
    });
    child.on('error', (error) => {
      this.#forget(child);
      this.#finish(child, new Error(`reload: cannot run the index build: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      this.#forget(child);
      const stderr = this.#stderr.trim().split('\n').slice(-3).join(' ');
      this.#finish(
        child,
        new Error(
          `reload: the index build ended without a result (${signal ? `signal ${signal}` : `exit code ${code}`})${stderr ? `: ${stderr}` : ''}`,
        ),
      );
    });
    return child;
  }

  #forget(child: ChildProcess): void {
    if (this.#child === child) this.#child = null;
  }

  /**
   * Whether `child` keeps this process alive: while it builds, yes; while it waits for the
   * next rebuild, no, so a process that is done never waits on its builder.
   */
  #hold(child: ChildProcess, hold: boolean): void {
    // The process, its IPC channel and its standard error pipe each hold the event loop.
    const handles = [child, child.channel, child.stderr] as Array<
      { ref?(): unknown; unref?(): unknown } | null | undefined
    >;
    for (const handle of handles) {
      if (hold) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  #scheduleIdle(child: ChildProcess): void {
    if (this.#closed || this.#child !== child) return;
    this.#hold(child, false);
    this.#idle = setTimeout(() => {
      this.#idle = null;
      // Closing the channel lets the builder's event loop empty, and it exits.
      this.#forget(child);
      if (child.connected) child.disconnect();
    }, this.options.idleMs);
    this.#idle.unref();
  }

  /** Settles the build in progress, if `child` runs it (a process let go may exit later). */
  #finish(child: ChildProcess, error: Error | null, stats?: BuildStats): void {
    const pending = this.#pending;
    if (pending?.child !== child) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(stats as BuildStats);
  }
}
