/**
 * Live reload: an engine over a corpus folder that notices changes to the folder (a watcher
 * with debounce), rebuilds the index in a builder process (builder.ts) so the event loop keeps answering,
 * and swaps the fresh engine in with one assignment. A question is answered synchronously by
 * the engine that was current when it arrived, so none is dropped or answered from half of
 * two indexes; every question after the swap sees only the new corpus.
 *
 * A rebuild of a large corpus takes many seconds, so an article whose file is deleted or
 * changed is taken out of answers, lists and the timeline as soon as the change settles
 * (see redact.ts), and comes back, as it now is, with the rebuilt index.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import { articlesFolder, readCorpusFiles } from '../corpus/files.js';
import { fileOnDisk } from '../corpus/feed-item-file.js';
import type { BuildRequest } from './build-process.js';
import { warmUpAsking } from './ask-warm-up.js';
import { IndexBuilder } from './builder.js';
import {
  corpusHash,
  DEFAULT_CORPUS_DIR,
  openEngine,
  type BuildStats,
  type OpenOptions,
} from './index.js';
import { DEFAULT_INDEX_FILE } from './index-file.js';
import { withoutArticles } from './redact.js';
import type {
  Answer,
  AskOptions,
  Engine,
  IndexInfo,
  SourceSummary,
  TimelineFilters,
  TimelinePage,
} from './types.js';

/**
 * Quiet time after the last change before a rebuild starts: long enough to take a copied
 * folder or an editor's save-by-rename as one change, short next to a rebuild.
 */
export const DEFAULT_DEBOUNCE_MS = 300;
/** A rebuild still running after this long is killed and reported as failed. */
export const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;
/**
 * How long the builder process is kept after a rebuild (see builder.ts): changes often come
 * in runs (several uploads, a folder copied in parts), and a kept builder rebuilds a large
 * corpus in under half the time a new one takes (it keeps every article's dates). A minute
 * covers a run of changes made by hand; after it, the builder's memory (about 330 MiB at
 * 63,000 sentences, `npx tsx bench/builder-memory.ts`) goes back to the system.
 */
export const DEFAULT_BUILDER_IDLE_MS = 60_000;
/** Rebuilds in a row whose result was stale on arrival (the folder kept changing) before giving up. */
const MAX_STALE_RETRIES = 3;

/** What the live engine is doing, for `/corpus status` and the logs. */
export interface ReloadStatus {
  /** The index answering now. */
  info: IndexInfo;
  /** `waiting`: changes seen, debouncing; `building`: a rebuild is running. */
  state: 'idle' | 'waiting' | 'building';
  /** Articles held back until the rebuild because their files were deleted or changed. */
  withheld: number;
  /** The last failed rebuild since the last successful one; the previous index stays in use. */
  lastError: { message: string; at: string } | null;
  /** Whether the folder is being watched (false when started with `watch: false`). */
  watching: boolean;
}

/** Options of {@link openLiveEngine}. */
export interface LiveOptions extends OpenOptions {
  /** Default {@link DEFAULT_DEBOUNCE_MS}. */
  debounceMs?: number;
  /** Watch the folder (default true); without it, only {@link LiveEngine.reload} rebuilds. */
  watch?: boolean;
  /** Default {@link DEFAULT_BUILD_TIMEOUT_MS}. */
  buildTimeoutMs?: number;
  /**
   * Builds and saves the index a rebuild swaps in. Default: in a builder process kept between
   * rebuilds (builder.ts), so the event loop keeps answering. Tests over tiny corpora, where
   * that does not matter, pass `buildIndex` (index.ts) to skip starting a process.
   */
  build?: (request: BuildRequest, timeoutMs: number, signal: AbortSignal) => Promise<BuildStats>;
  /** Default {@link DEFAULT_BUILDER_IDLE_MS}. */
  builderIdleMs?: number;
}

/** The article files of the folder: paths relative to the articles folder, and its own path. */
interface Listing {
  /** The articles folder relative to the corpus folder, with a trailing `/` (or empty). */
  prefix: string;
  files: Set<string>;
  /** Order in which listings were started: a later one is never replaced by an earlier one. */
  seq: number;
}

interface Waiter {
  generation: number;
  resolve: (info: IndexInfo) => void;
  reject: (error: Error) => void;
}

/** True for a path, relative to the corpus folder, that no index is built from. */
function isIgnored(relative: string, indexRelative: string): boolean {
  if (relative.split(/[\\/]/).some((part) => part.startsWith('.'))) return true;
  return relative === indexRelative || relative.startsWith(`${indexRelative}.`);
}

/**
 * An {@link Engine} over a corpus folder that reloads itself when the folder changes.
 * Create with {@link openLiveEngine}; stop watching with {@link LiveEngine.close}.
 */
export class LiveEngine implements Engine {
  /** The engine of the latest index, and what answers: it without the withheld articles. */
  #engine: Engine;
  #view: Engine;
  #withheld: ReadonlySet<string> = new Set();
  /** Paths (relative to the corpus folder) changed since, with when: ms since the epoch. */
  #changed = new Map<string, number>();
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  /** Change generations: requested by a change, due once debounced, started, and loaded. */
  #requested = 0;
  #due = 0;
  #loaded = 0;
  #building = false;
  #closed = false;
  #lastError: ReloadStatus['lastError'] = null;
  /** Content hash of the files the index in use was built from; null when not known. */
  #hash: string | null = null;
  #waiters: Waiter[] = [];
  /** Article files (relative to the articles folder) held by changes in progress: see {@link hold}. */
  #held = new Map<string, number>();
  /** Listings of the folder started so far, and the latest one used. */
  #listings = 0;
  #listing: Listing | null = null;
  readonly #builder: IndexBuilder;
  /** Aborted on close: stops a build given as {@link LiveOptions.build}. */
  readonly #closing = new AbortController();
  readonly #corpusDir: string;
  readonly #indexPath: string;
  readonly #logger: Logger;

  constructor(
    engine: Engine,
    private readonly options: LiveOptions,
  ) {
    this.#engine = engine;
    this.#view = engine;
    this.#corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
    this.#indexPath = options.indexPath ?? path.join(this.#corpusDir, DEFAULT_INDEX_FILE);
    this.#logger = options.logger ?? silentLogger;
    this.#builder = new IndexBuilder({
      timeoutMs: options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
      idleMs: options.builderIdleMs ?? DEFAULT_BUILDER_IDLE_MS,
    });
  }

  ask(question: string, options?: AskOptions): Answer {
    return this.#view.ask(question, options);
  }

  sources(): SourceSummary[] {
    return this.#view.sources();
  }

  timeline(filters?: TimelineFilters): TimelinePage {
    return this.#view.timeline(filters);
  }

  info(): IndexInfo {
    return this.#view.info();
  }

  /**
   * Builds what the index in use builds on first need (engine.ts `Engine.warmUp`). Not repeated
   * for an index swapped in by a reload: there it would hold the event loop at the swap
   * (bench/swap-stall.ts), where the question that needs it pays it instead.
   */
  warmUp(): boolean {
    return this.#engine.warmUp?.() ?? false;
  }

  /** The folder this engine answers from. */
  get corpusDir(): string {
    return this.#corpusDir;
  }

  status(): ReloadStatus {
    return {
      info: this.#view.info(),
      withheld: this.#withheld.size,
      state: this.#building ? 'building' : this.#requested > this.#due ? 'waiting' : 'idle',
      lastError: this.#lastError,
      watching: this.#watcher !== null,
    };
  }

  /** Starts watching the folder. Called by {@link openLiveEngine}. */
  startWatching(): void {
    if (this.#watcher || this.#closed) return;
    const indexRelative = path.relative(this.#corpusDir, this.#indexPath);
    try {
      this.#watcher = watch(this.#corpusDir, { recursive: true }, (_event, filename) => {
        const relative = filename === null ? null : filename.toString();
        if (relative !== null && isIgnored(relative, indexRelative)) return;
        if (relative !== null) this.#changed.set(relative.split(path.sep).join('/'), Date.now());
        this.#onChange();
      });
    } catch (error) {
      // The answers stay right; only changes to the folder go unnoticed until a restart.
      this.#logger.error('reload: cannot watch the corpus folder; changes need a restart', {
        dir: this.#corpusDir,
        error,
      });
      return;
    }
    this.#watcher.on('error', (error) => {
      this.#logger.error('reload: the corpus folder can no longer be watched', {
        dir: this.#corpusDir,
        error,
      });
      this.#watcher?.close();
      this.#watcher = null;
    });
  }

  /**
   * Rebuilds now, without waiting for the debounce, and resolves with the new index's info
   * once it answers. Rejects with the build's error (the previous index stays in use).
   */
  reload(): Promise<IndexInfo> {
    if (this.#closed) return Promise.reject(new Error('reload: the engine is closed'));
    this.#requested += 1;
    this.#due = this.#requested;
    const generation = this.#requested;
    const done = new Promise<IndexInfo>((resolve, reject) =>
      this.#waiters.push({ generation, resolve, reject }),
    );
    void this.#withhold().then(() => this.#run());
    return done;
  }

  /**
   * Keeps the articles of `files` (paths relative to the folder holding the articles) answering
   * as the index in use has them while a change to those files is made and checked
   * (corpus-admin.ts): deleting or changing them withholds nothing, so a change that is then
   * undone is never seen by a question. A change that stays shows with the index built with it.
   *
   * Resolves, once the folder is listed, with `release`. Call it when the change is done or
   * undone; it resolves once the articles answering are again what the folder calls for. Pass
   * `undone: true` only when the files were put back as they were: the changes the watcher saw
   * to them during the hold are then forgotten (not withheld as edits), and what it saw before
   * the hold stays as it was.
   */
  async hold(files: readonly string[]): Promise<(undone: boolean) => Promise<void>> {
    const listing = await this.#present();
    const prefix = listing?.prefix ?? '';
    const before = new Map(files.map((file) => [file, this.#changed.get(`${prefix}${file}`)]));
    for (const file of files) this.#held.set(file, (this.#held.get(file) ?? 0) + 1);
    let released = false;
    return async (undone) => {
      if (released) return;
      released = true;
      // Listed while still held, then used at once: no question sees the files unheld with a
      // listing from before the change was undone.
      const now = await this.#present();
      for (const file of files) {
        const count = (this.#held.get(file) ?? 1) - 1;
        if (count > 0) this.#held.set(file, count);
        else this.#held.delete(file);
        if (!undone) continue;
        const seen = before.get(file);
        if (seen === undefined) this.#changed.delete(`${prefix}${file}`);
        else this.#changed.set(`${prefix}${file}`, seen);
      }
      if (!this.#closed) this.#use(this.#engine, now);
    };
  }

  /** Stops watching and building; pending {@link reload} calls reject. */
  close(): void {
    this.#closed = true;
    this.#closing.abort();
    this.#builder.close();
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#settle(Infinity, new Error('reload: the engine is closed'));
  }

  #onChange(): void {
    if (this.#closed) return;
    this.#requested += 1;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#due = this.#requested;
      void this.#withhold().then(() => this.#run());
    }, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    this.#timer.unref();
  }

  /** Article files present now, relative to the articles folder; null when it cannot be listed. */
  async #present(): Promise<Listing | null> {
    const seq = ++this.#listings;
    try {
      const folder = await articlesFolder(this.#corpusDir);
      const names = await readdir(folder, { recursive: true });
      const prefix = path.relative(this.#corpusDir, folder).split(path.sep).join('/');
      return {
        prefix: prefix ? `${prefix}/` : '',
        files: new Set(names.map((name) => name.split(path.sep).join('/'))),
        seq,
      };
    } catch {
      return null;
    }
  }

  /**
   * Makes `engine` current without every article whose file is gone or changed since the
   * build. Synchronous once the folder is listed, so no question sees the one without the other.
   */
  #use(engine: Engine, fresh: Listing | null): void {
    // Listings finish out of order (each is a few file-system calls); the folder is as the
    // latest started says, so an older one that finishes later is not used.
    if (fresh !== null && fresh.seq > (this.#listing?.seq ?? 0)) this.#listing = fresh;
    const listing = fresh === null ? null : this.#listing;
    const changed = [...this.#changed.keys()];
    const withheld = new Set<string>();
    for (const source of engine.sources()) {
      if (!source.file || this.#held.has(source.file)) continue;
      // A feed item's article is read from its feed's file (feed-item-file.ts).
      const file = fileOnDisk(source.file);
      const relative = `${listing?.prefix ?? ''}${file}`;
      const gone = listing !== null && !listing.files.has(file);
      const touched = changed.some((p) => relative === p || relative.startsWith(`${p}/`));
      if (gone || touched) withheld.add(source.id);
    }
    this.#engine = engine;
    this.#withheld = withheld;
    this.#view = withoutArticles(engine, withheld);
    if (withheld.size > 0)
      this.#logger.info('reload: articles withheld until the rebuild', { ids: [...withheld] });
  }

  /** Withholds deleted and changed articles from the engine in use. */
  async #withhold(): Promise<void> {
    const listing = await this.#present();
    if (!this.#closed) this.#use(this.#engine, listing);
  }

  #settle(generation: number, error: Error | null): void {
    const info = this.#engine.info();
    this.#waiters = this.#waiters.filter((waiter) => {
      if (waiter.generation > generation) return true;
      if (error) waiter.reject(error);
      else waiter.resolve(info);
      return false;
    });
  }

  async #run(): Promise<void> {
    if (this.#building) return;
    this.#building = true;
    let stale = 0;
    try {
      while (!this.#closed && this.#loaded < this.#due) {
        const generation = this.#due;
        try {
          const swapped = await this.#rebuild();
          if (this.#closed) return;
          if (!swapped) {
            // The folder changed while the index was built; the watcher has usually asked for
            // the next build already. If not (a change it could not see), build again.
            stale += 1;
            if (stale >= MAX_STALE_RETRIES)
              throw new Error(
                `reload: the corpus kept changing during ${MAX_STALE_RETRIES} builds in a row`,
              );
            continue;
          }
          stale = 0;
          this.#loaded = generation;
          this.#lastError = null;
          this.#settle(generation, null);
        } catch (error) {
          if (this.#closed) return;
          const message = (error as Error).message;
          this.#logger.error('reload: rebuild failed; the previous index stays in use', {
            dir: this.#corpusDir,
            reason: message,
          });
          this.#lastError = { message, at: new Date().toISOString() };
          this.#loaded = generation;
          this.#settle(generation, error as Error);
        }
      }
    } finally {
      this.#building = false;
    }
  }

  #forget(before: number): void {
    for (const [file, at] of this.#changed) if (at < before) this.#changed.delete(file);
  }

  /**
   * Forgets the changes seen so far when the folder holds exactly what the index of `hash` was
   * built from. A change's time is when the watcher reported it, and a report can come after
   * the build began for a write made before it (the report waits for a turn of the event loop;
   * idle, it comes within milliseconds, but a test run at load 24 saw it late): without this
   * check the new article would stay withheld from the index that holds it until the next build.
   */
  async #forgetIfBuiltFrom(hash: string): Promise<void> {
    const checkedAt = Date.now();
    try {
      if (corpusHash(await readCorpusFiles(this.#corpusDir)) === hash) this.#forget(checkedAt);
    } catch {
      // The folder cannot be read now: what changed stays withheld, the safe side.
    }
  }

  /** One rebuild and swap; false when the result was stale on arrival. */
  async #rebuild(): Promise<boolean> {
    // The folder may hold exactly what the index was built from (a change already picked up
    // by an explicit reload, a file touched but not changed): then there is nothing to build.
    const startedAt = Date.now();
    const checked = performance.now();
    if (this.#hash !== null && corpusHash(await readCorpusFiles(this.#corpusDir)) === this.#hash) {
      this.#forget(startedAt);
      await this.#withhold();
      return true;
    }
    const t0 = performance.now();
    const request = { corpusDir: this.#corpusDir, indexPath: this.#indexPath };
    const stats = this.options.build
      ? await this.options.build(
          request,
          this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
          this.#closing.signal,
        )
      : await this.#builder.build(request);
    if (this.#closed) return true;
    const t1 = performance.now();
    let next: Engine;
    try {
      next = await openEngine({
        corpusDir: this.#corpusDir,
        indexPath: this.#indexPath,
        rebuild: 'never',
        logger: this.#logger,
      });
    } catch (error) {
      this.#logger.info('reload: the corpus changed during the build; building again', {
        reason: (error as Error).message,
      });
      return false;
    }
    // Changes before the build started are in the new index; later ones stay withheld.
    this.#forget(startedAt);
    if (this.#changed.size > 0) await this.#forgetIfBuiltFrom(stats.corpusHash);
    this.#use(next, await this.#present());
    // openEngine accepted the index, so the files it read hash to what the build recorded.
    this.#hash = stats.corpusHash;
    this.#logger.info('reload: new index in use', {
      dir: this.#corpusDir,
      articles: stats.articles,
      reused: stats.reused,
      sentences: stats.sentences,
      checkMs: Math.round(t0 - checked),
      buildMs: Math.round(t1 - t0),
      stagesMs: Object.fromEntries(
        Object.entries(stats.milliseconds).map(([stage, ms]) => [stage, Math.round(ms)]),
      ),
      loadMs: Math.round(performance.now() - t1),
    });
    return true;
  }
}

/**
 * Opens the engine over a corpus folder (as {@link openEngine} does: loading its index or
 * building it) and keeps it current as the folder changes. A served engine loads what a
 * question may read once in a process's life before it returns (ask-warm-up.ts), and builds
 * what its first index builds on first need ({@link LiveEngine.warmUp}: lunr's fuzzy
 * automaton, 40–100 ms of CPU at State of the Union scale, one of the ten slowest of 1,007
 * questions asked once, session 40), so no user's question pays for it.
 *
 * @throws what {@link openEngine} throws when the first index cannot be opened.
 */
export async function openLiveEngine(options: LiveOptions = {}): Promise<LiveEngine> {
  const live = new LiveEngine(await openEngine(options), options);
  warmUpAsking();
  live.warmUp();
  if (options.watch !== false) live.startWatching();
  return live;
}
