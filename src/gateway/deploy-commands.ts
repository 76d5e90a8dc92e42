/**
 * `npm run deploy-commands`: registers the slash commands from `commands/` with Discord, for one
 * server when DISCORD_GUILD_ID is set (instant, for testing) or globally. A PUT replaces the
 * whole command set, so removed commands disappear too.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { readConfig } from '../config.js';
import type { Config } from '../config.js';
import { createLogger } from '../log.js';
import type { Logger } from '../log.js';
import type { AnyCommand } from '../framework/command.js';
import { loadCommands } from '../framework/commands.js';

/** Where the commands went and which. */
export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** PUTs every command's definition; respects `config.apiUrl`. */
export async function deployCommands(
  config: Config,
  commands: AnyCommand[],
  logger: Logger,
): Promise<DeployResult> {
  if (!config.token)
    throw new Error('deploy-commands: DISCORD_TOKEN is not set (see .env.example)');
  if (!config.clientId)
    throw new Error('deploy-commands: DISCORD_CLIENT_ID is not set (see .env.example)');
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(
    config.token.reveal(),
  );
  const body = commands.map((c) => c.data);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  await rest.put(route, { body });
  const result: DeployResult = {
    scope: config.guildId ? 'guild' : 'global',
    names: body.map((c) => c.name),
  };
  logger.info('commands deployed', {
    scope: result.scope,
    guild: config.guildId ?? undefined,
    commands: result.names,
  });
  return result;
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel });
  const result = await deployCommands(config, await loadCommands(), logger);
  const where =
    result.scope === 'guild'
      ? `server ${config.guildId} (available now)`
      : 'all servers (global commands can take up to an hour to appear)';
  process.stderr.write(`Registered /${result.names.join(', /')} for ${where}.\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
