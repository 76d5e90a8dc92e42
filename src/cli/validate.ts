/**
 * `npm run validate`: checks a corpus folder (run in CI): every article file has metadata,
 * ids are unique, bodies are not empty after cleaning, dates are real, the metadata and
 * aliases files are well-formed. Lists every problem; exit 1 when there is any.
 *
 *   npm run validate -- [--corpus DIR] [--verbose]
 */
import { readCorpusFiles } from '../corpus/files.js';
import { inspectCorpus } from '../corpus/load.js';
import {
  COMMON_FLAGS,
  EXIT,
  cliSettings,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';

const USAGE = 'usage: npm run validate -- [--corpus DIR] [--verbose]';

async function main(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, COMMON_FLAGS);
  const dir = cliSettings('validate', io, values).corpus.dir;
  const { corpus, problems } = inspectCorpus(await readCorpusFiles(dir));
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`validate: ${problem}\n`);
    io.stderr.write(
      `validate: ${problems.length} problem${problems.length === 1 ? '' : 's'} in "${dir}"\n`,
    );
    return EXIT.failure;
  }
  io.stdout.write(
    `validate: "${dir}" is valid: ${corpus.articles.length} articles, ${corpus.sentences.length} sentences, ${corpus.aliases.length} alias groups\n`,
  );
  return EXIT.ok;
}

/** `validate`: see the file header. */
export const validateCommand: CliCommand = { name: 'validate', usage: USAGE, main };
