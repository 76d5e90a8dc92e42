/** The command line of `npm run fit`, apart from the fitting so it can be read without running it. */
import { parseArgs } from 'node:util';
import { argumentProblem } from '../../src/cli/argument-problem.js';

export const FIT_USAGE = `usage: npm run fit -- [--abstention] [--set NAME ...] [--dry-run] [--ablation]
                   [--coordinate FEATURE] [--compare]
  (default)     fit the ranking model: writes src/search/ranking-model.json
  --abstention  fit the abstention classifier instead, on features cross-fitted over the
                ranking (each question's from a ranking model fitted without its fold):
                writes src/search/abstain-model.json
  --set NAME    fit on these sets' development questions only (repeatable; default: every development set)
  --dry-run     print the fitted model without writing it
  --ablation    also cross-validate without each feature in turn (slow)
  --compare     also report hit@1 and hit@3 of the shipped ranking weights on the same questions
                beside the refit's, cross-validated in folds by answering sentence and by
                question set (each set's questions held out together)
  --coordinate FEATURE
                fit only FEATURE's ranking weight, by coordinate ascent on hit@1 over a grid,
                the other weights held at the shipped model's (coordinate.ts)
  --help        this text`;

/** What `npm run fit` was asked for. */
export interface FitOptions {
  /** Undefined: every development set. */
  sets: string[] | undefined;
  dryRun: boolean;
  ablation: boolean;
  /** Fit the abstention classifier rather than the ranking. */
  abstention: boolean;
  /** Fit only this feature's weight by coordinate ascent (coordinate.ts); undefined: a full fit. */
  coordinate: string | undefined;
  /** Also compare the shipped ranking weights with the refit (hit@1 and hit@3). */
  compare: boolean;
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
        abstention: { type: 'boolean', default: false },
        coordinate: { type: 'string' },
        compare: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return {
      sets: values.set,
      dryRun: values['dry-run'],
      ablation: values.ablation,
      abstention: values.abstention,
      coordinate: values.coordinate,
      compare: values.compare,
      help: values.help,
    };
  } catch (error) {
    throw new Error(`fit: ${argumentProblem(error as Error, argv)}\n${FIT_USAGE}`);
  }
}
