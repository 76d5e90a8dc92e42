/**
 * `npm run sources`: the articles of the corpus with what each states about itself.
 *
 *   npm run -s sources -- [--json] [--corpus DIR] [--verbose]
 */
import type { IndexInfo, SourceSummary } from '../engine/types.js';
import { describeIndex } from '../framework/render/index-info.js';
import {
  COMMON_FLAGS,
  EXIT,
  cliSettings,
  describeSource,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';
import { openCliEngine } from './open-engine.js';
import { counted } from '../text/plural.js';

const USAGE = 'usage: npm run -s sources -- [--json] [--corpus DIR] [--verbose]';

/** The list as people read it, after a line saying when the index was built (when known). */
export function formatSources(sources: readonly SourceSummary[], info?: IndexInfo): string {
  const lines = info ? [describeIndex(info)] : [];
  lines.push(`${counted(sources.length, 'article')}:`);
  sources.forEach((source, i) =>
    lines.push(
      `${i + 1}. ${describeSource(source, true)} — ${counted(source.passages, 'passage')}`,
    ),
  );
  return lines.join('\n');
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, { ...COMMON_FLAGS, json: { type: 'boolean' } });
  const engine = await openCliEngine(cliSettings('sources', io, values), io);
  const sources = engine.sources();
  const index = engine.info();
  io.stdout.write(
    values.json ? `${JSON.stringify({ index, sources })}\n` : `${formatSources(sources, index)}\n`,
  );
  return EXIT.ok;
}

/** `sources`: see the file header. */
export const sourcesCommand: CliCommand = { name: 'sources', usage: USAGE, main };
