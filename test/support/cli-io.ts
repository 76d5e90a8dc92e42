/** Runs a command-line command in this process, with its streams captured. */
import { Readable } from 'node:stream';
import path from 'node:path';
import { runCli, type CliCommand } from '../../src/cli/common.js';

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunOptions {
  /** Standard input; default: empty. */
  input?: string;
  /** Pretend standard input is a terminal. */
  terminal?: boolean;
  /** Pretend standard error is a terminal. */
  errorTerminal?: boolean;
  /** The environment; default: empty (no CORPUS_DIR, LOG_LEVEL warn). */
  env?: Record<string, string | undefined>;
  /** The `.env` file; default: one that does not exist. */
  envFile?: string;
}

/** Runs `command` on `argv` as `npm run NAME -- ARGV` would, without a process. */
export async function runCommand(
  command: CliCommand,
  argv: string[],
  options: RunOptions = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from(options.input === undefined ? [] : [options.input]) as Readable & {
    isTTY?: boolean;
  };
  if (options.terminal) stdin.isTTY = true;
  const code = await runCli(command, argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.errorTerminal },
    stdin,
    env: options.env ?? {},
    envFile: options.envFile ?? path.join('/nonexistent', '.env'),
  });
  return { code, stdout, stderr };
}
