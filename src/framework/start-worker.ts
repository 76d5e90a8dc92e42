/**
 * Starting the engine worker over a corpus folder. The worker opens the folder's index itself;
 * only when it finds the index missing, stale or damaged is the index built, here on the main
 * thread (where a stop signal removes a half-written file, see engine/atomic-file.ts), and the
 * worker started again. So the index is read once at start, by the worker, not first by the main
 * thread to check it and then again by the worker.
 */
import { buildIndex } from '../engine/index.js';
import type { OpenOptions } from '../engine/index.js';
import type { Logger } from '../log.js';
import type { WorkerSettings } from './worker-protocol.js';
import { WorkerRunner } from './worker-runner.js';

/** Options of {@link startEngineWorker}; `start` and `build` are replaced in tests. */
export interface StartEngineWorkerOptions<R> {
  logger: Logger;
  /** Starts a worker; rejects with an error named `IndexError` when the index cannot be used. */
  start?: (settings: WorkerSettings) => Promise<R>;
  /** Builds and saves the index. */
  build?: (options: OpenOptions) => Promise<unknown>;
}

/**
 * Starts the worker (by default a {@link WorkerRunner}), building the index first when the worker
 * cannot use the one there.
 *
 * @throws the worker's error when it fails for another reason than the index, or fails again
 *   after the build; the build's error (a CorpusError naming the bad file) when the build fails.
 */
export async function startEngineWorker<R = WorkerRunner>(
  settings: WorkerSettings,
  options: StartEngineWorkerOptions<R>,
): Promise<R> {
  const start =
    options.start ?? ((s: WorkerSettings) => WorkerRunner.start(s) as unknown as Promise<R>);
  try {
    return await start(settings);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'IndexError') throw error;
    options.logger.info('index not usable, building it', { reason: error.message });
  }
  const build = options.build ?? buildIndex;
  await build({
    corpusDir: settings.corpusDir,
    indexPath: settings.indexPath,
    logger: options.logger,
  });
  return start(settings);
}
