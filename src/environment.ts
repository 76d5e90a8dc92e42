/**
 * The environment every program reads (the bot, the console and every command-line tool): the
 * process environment over `.env`, and the rule that picks the corpus folder. Kept apart from
 * the validation in config.ts so the command-line tools start without loading zod.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { DEFAULT_CORPUS_DIR } from './engine/index.js';

/** Configuration that failed validation; its message lists each problem, never a secret's value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The error for settings that fail their checks, worded alike by `npm start` (config.ts) and the
 * command-line tools: a header, then one line per problem.
 */
export function invalidEnvironment(problems: readonly string[]): ConfigError {
  const lines = problems.map((problem) => `- ${problem}`);
  return new ConfigError(`config: invalid environment (see .env.example):\n${lines.join('\n')}`);
}

/**
 * The one rule for every variable, in the environment or in `.env`: a value that is empty or
 * only spaces means "not set, use the default" (so `FEEDBACK_FILE=`, as `.env.example` has
 * it, is the default file, not an empty path).
 */
export function setValue(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** `vars` with every blank value removed ({@link setValue}). */
export function setVariables(
  vars: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) {
    const kept = setValue(value);
    if (kept !== undefined) set[name] = kept;
  }
  return set;
}

/** The environment every command reads: the process environment over `.env`'s variables. */
export interface Environment {
  /**
   * Each variable: the process environment's value when set, else `.env`'s; a blank value in
   * either counts as unset ({@link setValue}), so a variable here is never empty.
   */
  vars: Readonly<Record<string, string | undefined>>;
  /** Names whose value came from `.env`, for saying where a setting came from. */
  fromFile: ReadonlySet<string>;
}

/**
 * Reads `.env` (when the file exists; Node's dotenv syntax, `util.parseEnv`) under `env`:
 * a variable set in the environment wins. Nothing is written to `process.env`.
 *
 * @throws {ConfigError} when `.env` exists but cannot be read.
 */
export function readEnvironment(
  envFile = '.env',
  env: Readonly<Record<string, string | undefined>> = process.env,
): Environment {
  let text: string;
  try {
    text = readFileSync(envFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { vars: setVariables(env), fromFile: new Set() };
    throw new ConfigError(`config: cannot read "${envFile}": ${(error as Error).message}`);
  }
  const given = setVariables(env);
  const file = setVariables(parseEnv(text));
  const fromFile = new Set(Object.keys(file).filter((name) => given[name] === undefined));
  const vars: Record<string, string> = { ...given };
  for (const name of fromFile) vars[name] = file[name]!;
  return { vars, fromFile };
}

/** Which corpus folder a command uses, and which setting chose it. */
export interface CorpusChoice {
  dir: string;
  /** `--corpus`, `CORPUS_DIR` from the environment, `CORPUS_DIR` from `.env`, or the default. */
  from: '--corpus' | 'CORPUS_DIR' | 'CORPUS_DIR in .env' | 'default';
}

/**
 * The corpus folder, the same rule for every command: `--corpus` when given, else
 * `CORPUS_DIR` (environment, then `.env`), else `./corpus`.
 */
export function chooseCorpusDir(flag: string | undefined, environment: Environment): CorpusChoice {
  if (flag !== undefined) return { dir: flag, from: '--corpus' };
  const value = environment.vars.CORPUS_DIR;
  if (value !== undefined) {
    return {
      dir: value,
      from: environment.fromFile.has('CORPUS_DIR') ? 'CORPUS_DIR in .env' : 'CORPUS_DIR',
    };
  }
  return { dir: DEFAULT_CORPUS_DIR, from: 'default' };
}

/**
 * Why a chosen corpus folder cannot be read, or null when it is a folder (or cannot be checked
 * here: other errors are left for loading to report); an empty `--corpus` is said to be empty.
 * Names the folder as an absolute path and where the choice came from, so "ENOENT" never
 * reaches the user.
 *
 * @example
 * corpusFolderProblem({ dir: 'missing', from: '--corpus' })
 * // 'corpus: folder "/work/missing" (from --corpus) does not exist; give a corpus folder with --corpus DIR or CORPUS_DIR'
 */
export function corpusFolderProblem(choice: CorpusChoice): string | null {
  const fix = 'give a corpus folder with --corpus DIR or CORPUS_DIR';
  // An empty `--corpus ''` would resolve to the working folder and be reported as missing.
  if (choice.dir.trim() === '') return `corpus: ${choice.from} is empty; ${fix}`;
  const where = `"${path.resolve(choice.dir)}" (${corpusChoiceOrigin(choice)})`;
  try {
    if (!statSync(choice.dir).isDirectory())
      return `corpus: ${where} is a file, not a folder; ${fix}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return `corpus: folder ${where} does not exist; ${fix}`;
  }
  return null;
}

/** Where a corpus folder came from, as said in logs: "from --corpus", "the default". */
export function corpusChoiceOrigin(choice: CorpusChoice): string {
  return choice.from === 'default' ? 'the default' : `from ${choice.from}`;
}
