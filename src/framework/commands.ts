/**
 * Loads the command modules from `commands/` (slash and message context-menu commands): one file
 * per command, default-exporting what `defineCommand` or `defineMessageCommand` made. Each module is checked; one that fails is an error naming the file,
 * never silently skipped. The same list feeds the bot, the console and `deploy-commands`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyCommand } from './command.js';

/** The repository's `commands/` folder. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Checks one module's default export; throws an error naming `file` when it is not a command
 * made by `defineCommand` or `defineMessageCommand` (which check the Discord definition itself).
 */
export function validateCommandModule(file: string, module: unknown): AnyCommand {
  const exported = (module as { default?: unknown } | null)?.default as
    Partial<AnyCommand> | undefined;
  if (exported === undefined)
    throw new Error(`commands: ${file} has no default export (expected defineCommand({ … }))`);
  const problems: string[] = [];
  if (exported?.kind !== 'slash' && exported?.kind !== 'message')
    problems.push('it is not made with defineCommand or defineMessageCommand');
  if (typeof exported?.run !== 'function') problems.push('run must be a function');
  for (const name of ['press', 'autocomplete'] as const) {
    const handler = (exported as Record<string, unknown> | null)?.[name];
    if (handler !== undefined && typeof handler !== 'function')
      problems.push(`${name} must be a function`);
  }
  if (problems.length > 0)
    throw new Error(`commands: ${file} does not export a valid command: ${problems.join('; ')}`);
  const command = exported as AnyCommand;
  const expected = path.basename(file).replace(/\.[cm]?[jt]s$/, '');
  if (command.key !== expected) {
    throw new Error(
      `commands: ${file} defines ${command.key}; name the file ${command.key}.ts or the command ${expected}`,
    );
  }
  return command;
}

/** Imports and checks every command module in `dir`, sorted by name. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<AnyCommand[]> {
  const files = (await readdir(dir))
    .filter((f) => /\.[cm]?[jt]s$/.test(f) && !/\.(d|test)\.[cm]?[jt]s$/.test(f))
    .sort();
  const commands: AnyCommand[] = [];
  for (const file of files) {
    const shown = path.join(path.basename(dir), file);
    let module: unknown;
    try {
      module = await import(pathToFileURL(path.join(dir, file)).href);
    } catch (error) {
      throw new Error(`commands: ${shown} failed to load: ${(error as Error).message}`, {
        cause: error,
      });
    }
    commands.push(validateCommandModule(shown, module));
  }
  if (commands.length === 0) throw new Error(`commands: no command modules in ${dir}`);
  return commands;
}
