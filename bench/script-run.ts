/**
 * How the bench's one-off scripts (reload-cpu.ts, rebuild-cpu.ts) end: a bad command line is
 * said in one line with the script's usage, exit 2, as every command here does (args.ts
 * `BenchUsageError`); any other failure with its stack, exit 1.
 */
import { BenchUsageError } from './args.js';

/** True for a usage error, parseArgs's own (an unknown option, a missing value) included. */
function isUsageError(error: unknown): error is Error {
  return (
    error instanceof BenchUsageError ||
    (error instanceof Error &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'))
  );
}

/** Runs `main`; on failure writes to standard error and sets the exit code (see the file header). */
export function runScript(main: () => Promise<void>, usage: string): void {
  main().catch((error: unknown) => {
    const bad = isUsageError(error);
    process.stderr.write(
      bad
        ? `${error.message}\n${usage}\n`
        : `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = bad ? 2 : 1;
  });
}
