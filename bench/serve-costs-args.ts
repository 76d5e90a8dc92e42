/** Command-line flags of `npm run bench:serve-costs`, read with node:util's `parseArgs` (as bench:serve's). */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../src/cli/argument-problem.js';
import { negativeValuesJoined } from '../src/cli/negative-values.js';

/** What a serve-costs run measures. */
export interface ServeCostsOptions {
  /** Corpus folder; default `./corpus`. Ignored with `sotu`. */
  corpus: string;
  /** A fraction (0, 1] of the State of the Union addresses instead of a folder; null: the folder. */
  sotu: number | null;
  /** Rounds each step is timed over. */
  rounds: number;
  /** `--help`: print {@link SERVE_COSTS_USAGE} and exit 0. */
  help: boolean;
}

export const SERVE_COSTS_USAGE = `usage: npm run -s bench:serve-costs -- [--corpus DIR | --sotu FRACTION] [--rounds N]
  The CPU cost of each step the HTTP endpoint takes for one signed /ask, in one thread with no
  load generator (median of 5 runs of N rounds each).
  --corpus DIR      the corpus folder (default ./corpus), asked test/eval/questions.json
  --sotu FRACTION   that fraction (above 0, at most 1) of the State of the Union addresses instead,
                    asked bench/sotu-questions.json
  --rounds N        rounds each step is timed over, 1–1,000,000 (default 2,000)
  --help            this text
Exit code 2 on a bad flag.`;

/** A bad flag or value: the message and the usage go to standard error, exit code 2. */
export class ServeCostsUsageError extends Error {
  override readonly name = 'ServeCostsUsageError';
}

const OPTIONS = {
  corpus: { type: 'string', default: './corpus' },
  sotu: { type: 'string' },
  rounds: { type: 'string', default: '2000' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Parses the flags (without `node` and the script name).
 *
 * @throws ServeCostsUsageError naming the flag when a flag is unknown or a value is not allowed.
 */
export function parseServeCostsArgs(argv: readonly string[]): ServeCostsOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: negativeValuesJoined(argv, OPTIONS),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ServeCostsUsageError(`bench:serve-costs: ${argumentProblem(error as Error, argv)}`);
  }
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1_000_000)
    throw new ServeCostsUsageError(
      `bench:serve-costs: --rounds is a whole number from 1 to 1,000,000, not "${values.rounds}"`,
    );
  const sotu = values.sotu === undefined ? null : Number(values.sotu);
  if (sotu !== null && !(sotu > 0 && sotu <= 1))
    throw new ServeCostsUsageError(
      `bench:serve-costs: --sotu is a fraction, above 0 and at most 1, not "${values.sotu}"`,
    );
  return { corpus: values.corpus, sotu, rounds, help: values.help };
}
