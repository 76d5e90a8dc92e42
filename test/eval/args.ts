/** Command-line flags of `npm run eval`. */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../../src/cli/argument-problem.js';
import { SETS } from './sets.js';

/** Which part of each set to score: the development part, the test part, or both side by side. */
export type SplitChoice = 'dev' | 'test' | 'all';

/** What an evaluation run scores and how it reports. */
export interface EvalOptions {
  /** Set names to score; all sets when empty. */
  sets: string[];
  split: SplitChoice;
  /** Print the engine's misses on development parts. */
  verbose: boolean;
  /** Print the figures as JSON on standard output instead of the table. */
  json: boolean;
  /** Score only the fact-relation pairs (no question sets, no timeline). */
  pairs: boolean;
  help: boolean;
}

export const EVAL_USAGE = `usage: npm run eval -- [--set NAME[,NAME…] | --pairs] [--split dev|test|all] [--verbose] [--json]
  --set NAME     score only these sets (${SETS.map((s) => s.name).join(', ')});
                 the timeline and the fact-relation pairs are scored only when no --set is given
  --pairs        score only the fact-relation pairs ("also reported by", "sources differ")
  --split PART   dev: the development parts; test: the test parts; all (default): both, side by side
  --verbose      also list the engine's misses with their gold (and the pairs it gets wrong), development parts only
  --json         the figures as JSON on standard output
  --help         this text`;

/**
 * Parses the flags (without `node` and the script name).
 *
 * @throws Error with a message for the user when a flag is unknown, a value is not allowed, or
 *   `--verbose` is asked for the test split (its misses are not for reading).
 */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string', multiple: true },
        split: { type: 'string', default: 'all' },
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'boolean', default: false },
        pairs: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`eval: ${argumentProblem(error as Error, argv)}\n${EVAL_USAGE}`);
  }
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all')
    throw new Error(`eval: --split must be dev, test or all, not "${split}"`);
  const sets = (values.set ?? []).flatMap((s) => s.split(',')).map((s) => s.trim());
  const known = new Set(SETS.map((s) => s.name));
  const unknown = sets.filter((s) => !known.has(s));
  if (unknown.length > 0)
    throw new Error(`eval: unknown set "${unknown.join('", "')}"; sets: ${[...known].join(', ')}`);
  if (values.pairs && sets.length > 0)
    throw new Error('eval: --pairs scores the pairs alone; it takes no --set');
  if (values.verbose && split === 'test')
    throw new Error(
      'eval: --verbose lists misses of development parts only; the test parts stay unread so ' +
        'they keep measuring what tuning did not see. Use --split dev (or all).',
    );
  return {
    sets,
    split,
    verbose: values.verbose,
    json: values.json,
    pairs: values.pairs,
    help: values.help,
  };
}
