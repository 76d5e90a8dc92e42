/**
 * Progress of long work (building the index of thousands of articles) on standard error.
 *
 * On a terminal: one line redrawn in place, at most ten times a second, with a bar, counts,
 * percent, elapsed time and time left. Elsewhere (a log file, CI): a plain line at every
 * tenth of the work, or every few seconds when a tenth takes longer. Small jobs show nothing,
 * since they finish before a reader would look.
 */

/** Where progress is written: `process.stderr` or anything shaped like it. */
export interface ProgressStream {
  write(chunk: string): unknown;
  /** True on a terminal: the line is then redrawn in place. */
  isTTY?: boolean;
  /** Terminal width, used to size the bar. */
  columns?: number;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** How many units the work has (articles, files). */
  total: number;
  /** What is being done, shown first on each line, e.g. `indexing articles`. */
  label: string;
  /** Default: `process.stderr`. */
  stream?: ProgressStream;
  /** Show progress even when `total` is below {@link PROGRESS_MIN_TOTAL}. */
  force?: boolean;
  /** Clock in milliseconds; tests pass a fake one. Default: `performance.now`. */
  now?: () => number;
}

/** Reports progress; both methods are cheap enough to call once per unit of work. */
export interface Progress {
  /** Records `units` more done (default 1). */
  tick(units?: number): void;
  /** Ends the display: the terminal line is finished, a plain summary line written. */
  done(): void;
}

/** Below this many units nothing is shown unless forced. */
export const PROGRESS_MIN_TOTAL = 200;
/** Shortest time between two redraws on a terminal. */
export const TTY_REDRAW_INTERVAL_MS = 100;
/** Plain output writes a line each time this share of the work (in percent) is done… */
export const PLAIN_STEP_PERCENT = 10;
/** …or when this long has passed since the last line, whichever comes first. */
export const PLAIN_INTERVAL_MS = 5_000;

const BAR_MIN_WIDTH = 10;
const BAR_MAX_WIDTH = 40;
const DEFAULT_COLUMNS = 80;
const CLEAR_TO_LINE_END = '\x1b[K';

const inactive: Progress = { tick: () => undefined, done: () => undefined };

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`;
  return `${minutes}:${seconds}`;
}

interface Snapshot {
  completed: number;
  total: number;
  percent: number;
  elapsed: string;
  /** Time left, or `null` before anything is done. */
  left: string | null;
}

function snapshot(completed: number, total: number, elapsedMs: number): Snapshot {
  const percent = total === 0 ? 100 : Math.floor((completed / total) * 100);
  const leftMs = completed === 0 ? null : (elapsedMs / completed) * (total - completed);
  return {
    completed,
    total,
    percent,
    elapsed: formatDuration(elapsedMs),
    left: leftMs == null ? null : formatDuration(leftMs),
  };
}

function terminalLine(label: string, state: Snapshot, columns: number): string {
  const counts = `${state.completed}/${state.total} ${String(state.percent).padStart(3)}%`;
  const times = `${state.elapsed} elapsed, ${state.left ?? '--:--'} left`;
  const room = columns - label.length - counts.length - times.length - 6;
  const width = Math.min(BAR_MAX_WIDTH, Math.max(BAR_MIN_WIDTH, room));
  const filled = state.total === 0 ? width : Math.round((state.completed / state.total) * width);
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  return `${label} [${bar}] ${counts} ${times}`;
}

function plainLine(label: string, state: Snapshot): string {
  const left = state.left == null ? '' : `, about ${state.left} left`;
  return `${label}: ${state.completed}/${state.total} (${state.percent}%), ${state.elapsed} elapsed${left}\n`;
}

/**
 * Creates a progress display for `total` units of work.
 *
 * @example
 * const progress = createProgress({ total: files.length, label: 'indexing articles' });
 * for (const file of files) { await index(file); progress.tick(); }
 * progress.done();
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const total = Math.max(0, options.total);
  if (total < PROGRESS_MIN_TOTAL && !options.force) return inactive;

  const startedAt = now();
  const tty = stream.isTTY === true;
  let completed = 0;
  let finished = false;
  let lastWriteAt = startedAt;
  let lastPlainStep = 0;

  const current = (): Snapshot => snapshot(completed, total, now() - startedAt);
  const drawTerminal = (): void => {
    stream.write(
      `\r${terminalLine(options.label, current(), stream.columns ?? DEFAULT_COLUMNS)}${CLEAR_TO_LINE_END}`,
    );
    lastWriteAt = now();
  };
  const writePlain = (): void => {
    stream.write(plainLine(options.label, current()));
    lastWriteAt = now();
  };

  if (tty) drawTerminal();
  else writePlain();

  return {
    tick(units = 1) {
      if (finished) return;
      completed = Math.min(total, completed + units);
      const sinceLastWrite = now() - lastWriteAt;
      if (tty) {
        if (sinceLastWrite >= TTY_REDRAW_INTERVAL_MS || completed === total) drawTerminal();
        return;
      }
      const step = total === 0 ? 100 : Math.floor((completed / total) * (100 / PLAIN_STEP_PERCENT));
      if (step > lastPlainStep || sinceLastWrite >= PLAIN_INTERVAL_MS) {
        lastPlainStep = step;
        writePlain();
      }
    },
    done() {
      if (finished) return;
      finished = true;
      const elapsed = formatDuration(now() - startedAt);
      if (tty) {
        drawTerminal();
        stream.write('\n');
        return;
      }
      stream.write(`${options.label}: ${completed}/${total} done in ${elapsed}\n`);
    },
  };
}

/** What each stage of an index build (engine `onProgress`) is shown as. */
const BUILD_STAGE_LABELS: Record<string, string> = {
  articles: 'cleaning articles',
  index: 'indexing passages',
};

/** Progress of an index build, shown stage by stage: see {@link createBuildProgress}. */
export interface BuildProgress {
  /** Pass as the engine's `onProgress`. */
  onProgress(stage: string, done: number, total: number): void;
  /** Ends the last stage's display; call once the build (or the open) has finished. */
  done(): void;
}

/**
 * A progress display per stage of an index build, one after the other on `stream`: for
 * `npm run index`, and for the commands that build a missing or stale index before they answer
 * (which would otherwise sit silent for minutes on thousands of articles). Each stage follows
 * {@link createProgress}'s rules, so a small corpus shows nothing.
 */
export function createBuildProgress(stream: ProgressStream): BuildProgress {
  let stage = '';
  let progress: Progress | undefined;
  let reported = 0;
  return {
    onProgress(name, done, total) {
      if (name !== stage) {
        progress?.done();
        stage = name;
        reported = 0;
        progress = createProgress({ total, label: BUILD_STAGE_LABELS[name] ?? name, stream });
      }
      progress?.tick(done - reported);
      reported = done;
    },
    done() {
      progress?.done();
    },
  };
}
