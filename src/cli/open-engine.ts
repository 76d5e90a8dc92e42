/**
 * Opening the engine from a command: as `openEngine`, with the build's progress on standard
 * error when the index is missing or stale and must be built first (on thousands of articles
 * that takes minutes, which a silent command would hide).
 */
import { openEngine } from '../engine/index.js';
import type { Engine } from '../engine/types.js';
import type { CliIO, CliSettings } from './common.js';
import { createBuildProgress } from './progress.js';

/**
 * The engine over the command's corpus folder (see `openEngine` for its errors); the progress
 * display is ended whether it opens or throws, so an error starts on a line of its own.
 */
export async function openCliEngine(settings: CliSettings, io: CliIO): Promise<Engine> {
  const progress = createBuildProgress(io.stderr);
  try {
    return await openEngine({
      corpusDir: settings.corpus.dir,
      logger: settings.logger,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.done();
  }
}
