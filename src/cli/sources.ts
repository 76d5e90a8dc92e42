/**
 * `npm run sources`: the articles of the corpus with what each states about itself.
 *
 *   npm run sources -- [--json] [--corpus DIR]
 */
import { DEFAULT_CORPUS_DIR, openEngine } from '../engine/index.js';
import type { SourceSummary } from '../engine/types.js';
import { EXIT, cliLogger, describeSource, parseCommandLine, runCommand } from './common.js';

const USAGE = 'usage: npm run sources -- [--json] [--corpus DIR]';

/** The list as people read it. */
export function formatSources(sources: readonly SourceSummary[]): string {
  const lines = [`${sources.length} article${sources.length === 1 ? '' : 's'}:`];
  sources.forEach((source, i) =>
    lines.push(`${i + 1}. ${describeSource(source)} — ${source.passages} passages`),
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    json: { type: 'boolean' },
    corpus: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const engine = await openEngine({
    corpusDir: values.corpus ?? DEFAULT_CORPUS_DIR,
    logger: cliLogger(),
  });
  const sources = engine.sources();
  process.stdout.write(
    values.json ? `${JSON.stringify({ sources })}\n` : `${formatSources(sources)}\n`,
  );
  return EXIT.ok;
}

runCommand('sources', USAGE, main);
