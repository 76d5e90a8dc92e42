/**
 * Loads the slash-command modules from `commands/`: one file per command, default-exporting a
 * {@link Command}. Each module is checked with zod; one that fails is an error naming the file,
 * never silently skipped. The same list feeds the bot, the console and `deploy-commands`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { AnyCommand } from './command.js';

/** The repository's `commands/` folder. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>(
    (v) => typeof v === 'function',
    `${what} must be a function`,
  );

const commandSchema = z.object({
  data: z
    .object({
      name: z
        .string()
        .regex(
          /^[-_\p{Ll}\p{N}]{1,32}$/u,
          'data.name must be 1–32 lowercase letters, digits, - or _',
        ),
      description: z.string().min(1).max(100),
      options: z
        .array(
          z
            .object({ name: z.string().min(1).max(32), description: z.string().min(1).max(100) })
            .loose(),
        )
        .max(25)
        .optional(),
    })
    .loose(),
  options: z.custom<z.ZodType>(
    (v) => typeof (v as { safeParse?: unknown } | null)?.safeParse === 'function',
    'options must be a zod schema',
  ),
  run: fn('run'),
  autocomplete: fn('autocomplete').optional(),
  press: fn('press').optional(),
  defer: z.boolean().optional(),
});

/** Checks one module's default export; throws an error naming `file` when it is not a command. */
export function validateCommandModule(file: string, module: unknown): AnyCommand {
  const exported = (module as { default?: unknown } | null)?.default;
  if (exported === undefined)
    throw new Error(`commands: ${file} has no default export (expected { data, options, run })`);
  const result = commandSchema.safeParse(exported);
  if (!result.success) {
    throw new Error(
      `commands: ${file} does not export a valid command:\n${z.prettifyError(result.error)}`,
    );
  }
  const command = exported as AnyCommand;
  const expected = path.basename(file).replace(/\.[cm]?[jt]s$/, '');
  if (command.data.name !== expected) {
    throw new Error(
      `commands: ${file} defines /${command.data.name}; name the file ${command.data.name}.ts or the command /${expected}`,
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
