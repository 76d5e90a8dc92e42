/**
 * `npm run index`: builds the search index and timeline of a corpus folder and saves them,
 * so every process that answers questions only loads them. Shows progress on large corpora.
 *
 *   npm run index -- [--corpus DIR] [--out FILE] [--json]
 */
import { DEFAULT_CORPUS_DIR, buildIndex } from '../engine/index.js';
import { EXIT, cliLogger, parseCommandLine, runCommand } from './common.js';
import { createProgress, type Progress } from './progress.js';

const USAGE = 'usage: npm run index -- [--corpus DIR] [--out FILE] [--json]';

const STAGE_LABELS: Record<string, string> = {
  articles: 'cleaning articles',
  index: 'indexing passages',
};

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    corpus: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  let stage = '';
  let progress: Progress | undefined;
  let reported = 0;
  const stats = await buildIndex({
    corpusDir: values.corpus ?? DEFAULT_CORPUS_DIR,
    indexPath: values.out,
    logger: cliLogger(),
    onProgress: (name, done, total) => {
      if (name !== stage) {
        progress?.done();
        stage = name;
        reported = 0;
        progress = createProgress({ total, label: STAGE_LABELS[name] ?? name });
      }
      progress?.tick(done - reported);
      reported = done;
    },
  });
  progress?.done();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(stats)}\n`);
  } else {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const m = stats.milliseconds;
    process.stdout.write(
      `index: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.events} dated events → ${stats.path} (${(stats.bytes / 1e6).toFixed(1)} MB)\n` +
        `index: read ${seconds(m.read)}, clean+segment ${seconds(m.clean)}, search index ${seconds(m.search)}, timeline ${seconds(m.timeline)}, write ${seconds(m.write)}\n`,
    );
  }
  return EXIT.ok;
}

runCommand('index', USAGE, main);
