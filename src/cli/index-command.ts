/**
 * `npm run index`: builds the search index and timeline of a corpus folder and saves them,
 * so every process that answers questions only loads them. Shows progress on large corpora.
 *
 * The index is written inside the corpus folder (`.coverage-index.json`), where every command
 * and the bot look for it. The analyses of the articles in the index it replaces are reused
 * (analysis-cache.ts `seed`): a rebuild after adding a few articles analyses only those.
 *
 *   npm run index -- [--corpus DIR] [--json] [--verbose]
 */
import { AnalysisCache } from '../engine/analysis-cache.js';
import { buildIndex } from '../engine/index.js';
import {
  COMMON_FLAGS,
  EXIT,
  cliSettings,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';
import { createBuildProgress } from './progress.js';
import { counted } from '../text/plural.js';

const USAGE = 'usage: npm run index -- [--corpus DIR] [--json] [--verbose]';

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, { ...COMMON_FLAGS, json: { type: 'boolean' } });
  const { corpus, logger } = cliSettings('index', io, values);
  const progress = createBuildProgress(io.stderr);
  const stats = await buildIndex({
    corpusDir: corpus.dir,
    cache: new AnalysisCache(),
    logger,
    onProgress: progress.onProgress,
  });
  progress.done();
  if (values.json) {
    io.stdout.write(`${JSON.stringify(stats)}\n`);
  } else {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const m = stats.milliseconds;
    io.stdout.write(
      `index: ${counted(stats.articles, 'article')}, ${counted(stats.sentences, 'sentence')}, ${counted(stats.events, 'dated event')} → ${stats.path} (${(stats.bytes / 1e6).toFixed(1)} MB)\n` +
        `index: read ${seconds(m.read)}, clean+segment ${seconds(m.clean)}, search index ${seconds(m.search)}, timeline ${seconds(m.timeline)}, write ${seconds(m.write)}\n`,
    );
  }
  return EXIT.ok;
}

/** `index`: see the file header. */
export const indexCommand: CliCommand = { name: 'index', usage: USAGE, main };
