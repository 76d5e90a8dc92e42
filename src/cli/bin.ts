/**
 * The one entry of the command-line tools: `node src/cli/launch.js src/cli/bin.ts NAME [flags]`,
 * what the npm scripts (`npm run -s NAME -- [flags]`) run. Every command is an importable function ({@link CliCommand}); this file only
 * picks one by name, runs it on the process's streams and sets the exit code. Being the entry
 * by construction, it needs no "am I the main module" test.
 */
import { EXIT, processIO, runCli, type CliCommand } from './common.js';

/** Each command, loaded only when asked for. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  ask: async () => (await import('./ask.js')).askCommand,
  sources: async () => (await import('./sources.js')).sourcesCommand,
  timeline: async () => (await import('./timeline.js')).timelineCommand,
  index: async () => (await import('./index-command.js')).indexCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  'deploy-commands': async () => (await import('./deploy-commands.js')).deployCommandsCommand,
  feedback: async () => (await import('./feedback.js')).feedbackCommand,
  'sign-request': async () => (await import('./sign-request.js')).signRequestCommand,
};

const [name = '', ...argv] = process.argv.slice(2);
const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
if (load === undefined) {
  // Named as docs/command-line.md and each command's own usage name it: the npm script, not this file.
  if (name !== '') process.stderr.write(`unknown command '${name}'\n`);
  process.stderr.write(
    `usage: npm run -s <${Object.keys(COMMANDS).join('|')}> -- [flags] (npm run -s <command> -- --help lists its flags)\n`,
  );
  process.exitCode = EXIT.usage;
} else {
  process.exitCode = await runCli(await load(), argv, processIO());
}
