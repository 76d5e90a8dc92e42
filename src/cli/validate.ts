/**
 * `npm run validate`: checks a corpus folder (run in CI): every article file has metadata,
 * ids are unique, bodies are not empty after cleaning, dates are real, the metadata and
 * aliases files are well-formed. Lists every problem; exit 1 when there is any.
 *
 *   npm run validate -- [--corpus DIR]
 */
import { readCorpusFiles } from '../corpus/files.js';
import { inspectCorpus } from '../corpus/load.js';
import { DEFAULT_CORPUS_DIR } from '../engine/index.js';
import { EXIT, parseCommandLine, runCommand } from './common.js';

const USAGE = 'usage: npm run validate -- [--corpus DIR]';

async function main(): Promise<number> {
  const { values } = parseCommandLine(process.argv.slice(2), { corpus: { type: 'string' } });
  const dir = values.corpus ?? DEFAULT_CORPUS_DIR;
  const { corpus, problems } = inspectCorpus(await readCorpusFiles(dir));
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`validate: ${problem}\n`);
    process.stderr.write(
      `validate: ${problems.length} problem${problems.length === 1 ? '' : 's'} in "${dir}"\n`,
    );
    return EXIT.failure;
  }
  process.stdout.write(
    `validate: "${dir}" is valid: ${corpus.articles.length} articles, ${corpus.sentences.length} sentences, ${corpus.aliases.length} alias groups\n`,
  );
  return EXIT.ok;
}

runCommand('validate', USAGE, main);
