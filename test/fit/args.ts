/** The command line of `npm run fit`, apart from the fitting so it can be read without running it. */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../../src/cli/argument-problem.js';

export const FIT_USAGE = `usage: npm run fit -- [--set NAME ...] [--dry-run] [--ablation]
  --set NAME   fit on these sets' development questions only (repeatable; default: every development set)
  --dry-run    print the fitted model without writing src/search/ranking-model.json
  --ablation   also cross-validate without each feature in turn (slow)
  --help       this text`;

/** What `npm run fit` was asked for. */
export interface FitOptions {
  /** Undefined: every development set. */
  sets: string[] | undefined;
  dryRun: boolean;
  ablation: boolean;
  help: boolean;
}

/**
 * Reads `npm run fit`'s arguments.
 *
 * @throws Error whose message, for the user, names the bad argument and ends with the usage.
 */
export function parseFitArgs(argv: readonly string[]): FitOptions {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        ablation: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return {
      sets: values.set,
      dryRun: values['dry-run'],
      ablation: values.ablation,
      help: values.help,
    };
  } catch (error) {
    throw new Error(`fit: ${argumentProblem(error as Error, argv)}\n${FIT_USAGE}`);
  }
}
