/**
 * What the command-line tools share: their streams, settings (corpus folder, `.env`, log
 * level), argument errors, the one-line error report and exit codes, and how a source is
 * written for a person.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  ConfigError,
  chooseCorpusDir,
  corpusChoiceOrigin,
  corpusFolderProblem,
  invalidEnvironment,
  readEnvironment,
  type CorpusChoice,
  type Environment,
} from '../environment.js';
import { CorpusError } from '../corpus/errors.js';
import { IndexError } from '../engine/index.js';
import type { Engine, SourceRef } from '../engine/types.js';
import {
  MAX_CANDIDATES_SHOWN,
  MIN_TITLE_START,
  matchSource,
  tooShortNote,
  tooShortToStart,
} from '../framework/source-option.js';
import type { SourceScope } from '../framework/render/scope.js';
import { authorText, outletAndDate, titleText } from '../framework/render/source.js';
import {
  LOG_LEVELS,
  LOG_LEVEL_RULE,
  createLogger,
  isLogLevel,
  type LogLevel,
  type Logger,
} from '../log.js';
import { argumentProblem, optionProblem } from './argument-problem.js';
import { negativeValuesJoined } from './negative-values.js';
import { flagsNpmTook, npmTookFlagsHint } from './npm-flags.js';
import type { ProgressStream } from './progress.js';

/** A problem with the command line: one line on standard error, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure the user can act on (Discord unreachable, a bad token): one line, exit code 1. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

/**
 * Exit codes: 0 success; 1 a corpus, index or file problem, or Discord out of reach; 2 bad
 * arguments or input, or invalid configuration (a missing or malformed setting, as `npm start`).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** `--help` was given: {@link runCli} prints the command's usage on standard output, exit 0. */
export class HelpRequested extends Error {
  override readonly name = 'HelpRequested';
}

/**
 * `node:util` parseArgs in strict mode, its errors turned into one-line {@link UsageError}s.
 * Throws {@link HelpRequested} when the arguments are valid and include `--help`, so no command
 * handles help itself. `positionals`: whether arguments other than flags are taken; a string
 * names them as free text ("a question"), for the advice on text starting with a dash.
 */
export function parseCommandLine<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  positionals: boolean | string = false,
) {
  const freeText = typeof positionals === 'string' ? positionals : undefined;
  const parsed = (() => {
    try {
      return parseArgs({
        args: negativeValuesJoined(argv, options),
        options,
        strict: true,
        allowPositionals: positionals !== false,
      });
    } catch (error) {
      throw new UsageError(argumentProblem(error as Error, argv, freeText));
    }
  })();
  if ((parsed.values as Record<string, unknown>).help === true) throw new HelpRequested();
  return parsed;
}

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The process environment (`.env` is read under it, see {@link readEnvironment}). */
  env: Readonly<Record<string, string | undefined>>;
  /** The `.env` file to read. Default: `.env` in the working folder. */
  envFile?: string;
}

/** The real process's streams and environment. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  };
}

/**
 * The log level with `--verbose`: at least info (a quieter level such as warn becomes info; debug
 * stays debug). The same rule for the command-line tools and `npm start`.
 */
export function verboseLevel<L extends LogLevel>(
  base: L,
  verbose: boolean | undefined,
): L | 'info' {
  return verbose && LOG_LEVELS.indexOf(base) > LOG_LEVELS.indexOf('info') ? 'info' : base;
}

/** What every command knows of its settings: the environment and the corpus folder. */
export interface CliSettings {
  environment: Environment;
  corpus: CorpusChoice;
  logger: Logger;
}

/**
 * The settings every command shares: `.env` under the environment, the corpus folder
 * (`--corpus`, then `CORPUS_DIR`, then `./corpus`) and a logger on standard error at
 * LOG_LEVEL (default warn, so tools stay quiet; `--verbose` makes it info). With `verbose`,
 * says on standard error which corpus folder is used and why; without it, says so only when the
 * folder is the default and standard error is a terminal.
 *
 * @throws CorpusError when the corpus folder does not exist or is a file ({@link corpusFolderProblem})
 * @throws ConfigError when LOG_LEVEL is set to no level (exit 2, as `npm start`)
 */
export function cliSettings(
  name: string,
  io: CliIO,
  flags: { corpus?: string; verbose?: boolean },
): CliSettings {
  const environment = readEnvironment(io.envFile ?? '.env', io.env);
  const corpus = chooseCorpusDir(flags.corpus, environment);
  const problem = corpusFolderProblem(corpus);
  if (problem) throw new CorpusError(problem);
  const given = environment.vars.LOG_LEVEL;
  // Refused as `npm start` refuses it, rather than quietly read as the default.
  if (given !== undefined && (given === 'silent' || !isLogLevel(given)))
    throw invalidEnvironment([LOG_LEVEL_RULE]);
  const base: LogLevel = given ?? 'warn';
  const logger = createLogger({
    level: verboseLevel(base, flags.verbose),
    write: (line) => io.stderr.write(`${line}\n`),
  });
  if (flags.verbose) {
    io.stderr.write(
      `${name}: corpus folder ${path.resolve(corpus.dir)} (${corpusChoiceOrigin(corpus)})\n`,
    );
  } else if (corpus.from === 'default' && io.stderr.isTTY === true) {
    // Someone at a terminal who forgot --corpus would otherwise read answers from the bundled
    // coverage without a word; scripts (no terminal) keep a quiet standard error.
    io.stderr.write(
      `${name}: corpus folder ${corpus.dir} (the default; --corpus DIR for another)\n`,
    );
  }
  return { environment, corpus, logger };
}

/** The flags every command takes. */
export const COMMON_FLAGS = {
  corpus: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * "Title — DW · 18 December 2020, by Author <url> [id]": title, outlet and date worded as the bot's replies
 * word them ({@link titleText}, {@link outletAndDate}), so what an article does not state reads
 * the same everywhere. An unknown author is left out of an answer's source line, and said
 * ("author not stated", {@link authorText}) when `listing`, as `sources` lists the articles.
 */
export function describeSource(source: SourceRef, listing = false): string {
  const url = source.url ? ` <${source.url}>` : '';
  const author = source.author || listing ? `, ${authorText(source)}` : '';
  return `${titleText(source)} — ${outletAndDate(source)}${author}${url} [${source.id}]`;
}

/**
 * The articles `--source VALUE` names, by the same rule as the bot's `source:` option
 * ({@link matchSource}: an id, an outlet, a title, or a word or start of one): one article's
 * id as `source`, or, for an outlet, the ids of all its articles as `sources` (the fields of
 * AskOptions and TimelineFilters).
 *
 * @throws {UsageError} when it is empty, names none, or names several that are not one outlet's
 * (listing them, with their ids).
 */
export function resolveSourceFlag(
  engine: Pick<Engine, 'sources'>,
  value: string,
): { source: string } | { sources: string[] } {
  return resolveSourceScope(engine, value).filter;
}

/**
 * {@link resolveSourceFlag}'s `filter`, with the `scope` a reply names it by (one article, or an
 * outlet's articles: render/scope.ts), as the bot's `source:` option gives it, so a refusal says
 * "No passage of this article …" on the command line as in the console and on Discord.
 *
 * @throws {UsageError} as {@link resolveSourceFlag}.
 */
export function resolveSourceScope(
  engine: Pick<Engine, 'sources'>,
  value: string,
): { filter: { source: string } | { sources: string[] }; scope: SourceScope } {
  if (value.trim() === '') throw new UsageError(optionProblem('--source', 'must not be empty'));
  const match = matchSource(engine, value);
  if (match.kind === 'one') return { filter: { source: match.source.id }, scope: match.source };
  if (match.kind === 'outlet')
    return {
      filter: { sources: match.sources.map((s) => s.id) },
      scope: { outlet: match.outlet },
    };
  if (match.kind === 'none')
    throw new UsageError(
      optionProblem(
        '--source',
        `no article matches '${value}'${tooShortToStart(value) ? `: ${tooShortNote(`'${value}'`)}` : ''}; give an id, an outlet, or a word or the start of a title (${MIN_TITLE_START} characters or more); npm run sources lists them`,
      ),
    );
  const shown = match.sources.slice(0, MAX_CANDIDATES_SHOWN).map((s) => `  ${describeSource(s)}`);
  const more = match.sources.length - shown.length;
  throw new UsageError(
    [
      optionProblem(
        '--source',
        `'${value}' matches ${match.sources.length} articles; give one's id:`,
      ),
      ...shown,
      ...(more > 0 ? [`  …and ${more} more (npm run sources lists them all)`] : []),
    ].join('\n'),
  );
}

/** A command-line command: its name, its usage line and what it does. */
export interface CliCommand {
  name: string;
  usage: string;
  /** Does the work; returns the exit code. Throws {@link UsageError}, CorpusError, IndexError. */
  main(argv: string[], io: CliIO): Promise<number>;
}

/**
 * Runs a command: `--help` prints its usage (exit 0); a usage problem or a corpus, index or configuration problem becomes one line
 * on standard error and its exit code; anything else is a bug and shows its stack.
 *
 * @returns the exit code ({@link EXIT})
 */
export async function runCli(command: CliCommand, argv: string[], io: CliIO): Promise<number> {
  const report = (message: string) => {
    // Errors name their own domain ("corpus: …", "index: …"); never "index: index: …".
    const prefix = message.startsWith(`${command.name}: `) ? '' : `${command.name}: `;
    io.stderr.write(`${prefix}${message}\n`);
  };
  try {
    return await command.main(argv, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout.write(`${command.usage}\n`);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      report(error.message);
      const hint = npmTookFlagsHint(command.name, flagsNpmTook(command.usage, io.env));
      if (hint) io.stderr.write(`${hint}\n`);
      io.stderr.write(`${command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      report(error.message);
      return EXIT.usage;
    }
    if (
      error instanceof CorpusError ||
      error instanceof IndexError ||
      error instanceof CliFailure
    ) {
      report(error.message);
      return EXIT.failure;
    }
    report(`unexpected error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.failure;
  }
}
