/** Command-line flags of `npm run bench`. */

/** What a benchmark run measures and where its figures go. */
export interface BenchOptions {
  /** Write the figures as JSON: to standard output when `'-'`, else to this file. */
  json: string | null;
  /** A smoke run: fewer repetitions and only the smallest fraction. */
  quick: boolean;
  /** Fractions of the State of the Union corpus to measure, ascending, each in (0, 1]. */
  fractions: number[];
  /** Skip the bundled-corpus section. */
  skipBundled: boolean;
  /** Skip the State of the Union section. */
  skipScale: boolean;
  /** Skip the live-reload section (run at the largest fraction). */
  skipReload: boolean;
}

/** Bad flags: one line and the usage on standard error, exit code 2 (as every command). */
export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

/** The default growth curve. */
export const DEFAULT_FRACTIONS = [0.1, 0.25, 0.5, 1];
/** The growth curve of a `--quick` run unless `--fractions` says otherwise. */
export const QUICK_FRACTIONS = [0.1];

export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--json [FILE]] [--fractions 0.1,0.25,0.5,1]
                        [--skip-bundled] [--skip-scale] [--skip-reload]
  --json [FILE]   figures as JSON to FILE, or to standard output when FILE is absent or "-";
                  the table then goes to standard error
  --quick         a smoke run: fewer repetitions, fraction 0.1 only; its figures are shown
                  against the targets but not judged (the targets defined at 100% as not measured)
  --fractions     fractions of the State of the Union corpus, comma-separated, each in (0, 1];
                  live reload is measured at the largest
  --skip-bundled  leave out the bundled corpus's section
  --skip-scale    leave out the State of the Union section (the growth curve)
  --skip-reload   leave out the live-reload section
  --help          this text
Exit code 1 when a measured target fails (in a full run; --quick judges none); 2 on a bad flag.`;

function parseFractions(text: string): number[] {
  const fractions = text.split(',').map((part) => Number(part.trim()));
  for (const fraction of fractions) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new BenchUsageError(`bench: --fractions wants numbers in (0, 1], got "${text}"`);
    }
  }
  return [...new Set(fractions)].sort((a, b) => a - b);
}

/**
 * Parses the flags (without `node` and the script name).
 *
 * @throws BenchUsageError naming the flag when a flag is unknown or its value is malformed.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let json: string | null = null;
  let quick = false;
  let fractions: number[] | null = null;
  let skipBundled = false;
  let skipScale = false;
  let skipReload = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inlineValue] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    switch (flag) {
      case '--json': {
        const next = argv[i + 1];
        if (inlineValue !== undefined) json = inlineValue;
        else if (next !== undefined && !next.startsWith('--')) json = argv[++i] as string;
        else json = '-';
        break;
      }
      case '--quick':
        quick = true;
        break;
      case '--fractions': {
        const value = inlineValue ?? argv[++i];
        if (value === undefined) throw new BenchUsageError('bench: --fractions needs a value');
        fractions = parseFractions(value);
        break;
      }
      case '--skip-bundled':
        skipBundled = true;
        break;
      case '--skip-scale':
        skipScale = true;
        break;
      case '--skip-reload':
        skipReload = true;
        break;
      default:
        throw new BenchUsageError(`bench: unknown flag "${arg}"\n${BENCH_USAGE}`);
    }
  }
  return {
    json,
    quick,
    fractions: fractions ?? (quick ? QUICK_FRACTIONS : DEFAULT_FRACTIONS),
    skipBundled,
    skipScale,
    skipReload,
  };
}
