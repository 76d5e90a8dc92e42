/**
 * `npm run validate`: checks a corpus folder (run in CI) and lists every problem, each naming
 * its file, and how many lines each article lost to cleaning (`--verbose`: which, and why).
 * Exit 0 when valid, 1 when there is any problem, 2 for bad arguments.
 *
 *   npm run validate -- [--corpus DIR] [--verbose]
 */
import { formatValidation, validateCorpus } from '../corpus/validate.js';
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
  const report = await validateCorpus(dir);
  // Problems, and the closing count when there are any, go to standard error; the rest to standard output.
  const lines = formatValidation(report, values.verbose ?? false);
  lines.forEach((line, i) => {
    const problem =
      line.startsWith('problem: ') || (i === lines.length - 1 && report.problems.length > 0);
    (problem ? io.stderr : io.stdout).write(`validate: ${line}\n`);
  });
  return report.problems.length > 0 ? EXIT.failure : EXIT.ok;
}

/** `validate`: see the file header. */
export const validateCommand: CliCommand = { name: 'validate', usage: USAGE, main };
