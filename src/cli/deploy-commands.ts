/**
 * `npm run deploy-commands`: registers the slash commands with Discord (see
 * src/gateway/deploy-commands.ts), reading DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID
 * and DISCORD_API_URL from the environment and `.env`, as `npm start` does.
 *
 *   npm run deploy-commands [-- --help]
 */
import { DiscordAPIError } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { readEnvironment } from '../environment.js';
import { loadCommands } from '../framework/commands.js';
import { deployCommands } from '../gateway/deploy-commands.js';
import { createLogger } from '../log.js';
import { CliFailure, EXIT, parseCommandLine, type CliCommand, type CliIO } from './common.js';

const USAGE =
  'usage: npm run deploy-commands   (reads DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL from the environment, else .env)';

/** Network failures worth naming as such: the host is unknown, refuses, or does not answer. */
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The network error code of `error` or of its cause (fetch wraps it), if any. */
function networkCode(error: unknown): string | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined && NETWORK_CODES.has(code)) return code;
  }
  return null;
}

/** A failed registration as one line a person can act on. */
export function describeDeployError(error: unknown, apiUrl: string | null): string {
  const where = apiUrl ?? 'https://discord.com/api';
  const code = networkCode(error);
  if (code !== null || (error instanceof Error && error.name === 'AbortError')) {
    return (
      `cannot reach Discord at ${where} (${code ?? 'timed out'}): check the network connection` +
      (apiUrl ? ' and DISCORD_API_URL' : '')
    );
  }
  if (error instanceof DiscordAPIError) {
    const hint =
      error.status === 401
        ? ': DISCORD_TOKEN was refused; copy it again from the Developer Portal (Bot tab)'
        : '';
    return `Discord refused the registration (HTTP ${error.status}, ${error.message})${hint}`;
  }
  return (error as Error).message;
}

async function main(argv: string[], io: CliIO): Promise<number> {
  // Takes no flags but --help; parsing refuses any other.
  parseCommandLine(argv, { help: { type: 'boolean', short: 'h' } });
  const config = loadConfig(readEnvironment(io.envFile ?? '.env', io.env).vars);
  const logger = createLogger({
    level: config.logLevel,
    write: (line) => io.stderr.write(`${line}\n`),
  });
  let result;
  try {
    result = await deployCommands(config, await loadCommands(), logger);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new CliFailure(describeDeployError(error, config.apiUrl));
  }
  const where =
    result.scope === 'guild'
      ? `server ${config.guildId} (available now)`
      : 'all servers (global commands can take up to an hour to appear)';
  io.stderr.write(`Registered /${result.names.join(', /')} for ${where}.\n`);
  return EXIT.ok;
}

/** `deploy-commands`: see the file header. */
export const deployCommandsCommand: CliCommand = { name: 'deploy-commands', usage: USAGE, main };
