/**
 * What the command-line tools share: argument errors, the one-line error report and exit
 * codes, and how a source is written for a person.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CorpusError } from '../corpus/errors.js';
import { IndexError } from '../engine/index-file.js';
import type { SourceRef } from '../engine/types.js';
import { createLogger, isLogLevel, type Logger } from '../log.js';

/** A problem with the command line: one line on standard error, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes: 0 success, 1 a corpus or index problem, 2 bad arguments or input. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** `node:util` parseArgs in strict mode, its errors turned into one-line {@link UsageError}s. */
export function parseCommandLine<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  positionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

/** A logger on standard error at the level of LOG_LEVEL (default: warn, so tools stay quiet). */
export function cliLogger(): Logger {
  const level = process.env.LOG_LEVEL;
  return createLogger({ level: level && isLogLevel(level) ? level : 'warn' });
}

/** "Title — Outlet, 2020-12-18 <url>", with unknown metadata said as such. */
export function describeSource(source: SourceRef): string {
  const outlet = source.outlet ?? 'outlet unknown';
  const date = source.published ?? 'date unknown';
  return `${source.title} — ${outlet}, ${date}${source.url ? ` <${source.url}>` : ''} [${source.id}]`;
}

/**
 * Runs a command's main function: a usage problem or a corpus/index problem becomes one line
 * on standard error and its exit code; anything else is a bug and shows its stack.
 */
export function runCommand(name: string, usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${name}: ${error.message}\n${usage}\n`);
        process.exitCode = EXIT.usage;
      } else if (error instanceof CorpusError || error instanceof IndexError) {
        process.stderr.write(`${name}: ${error.message}\n`);
        process.exitCode = EXIT.failure;
      } else {
        process.stderr.write(
          `${name}: unexpected error: ${(error as Error).stack ?? String(error)}\n`,
        );
        process.exitCode = EXIT.failure;
      }
    },
  );
}
