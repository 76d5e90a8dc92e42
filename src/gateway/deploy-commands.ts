/**
 * Registering the slash commands (`npm run deploy-commands`, src/cli/deploy-commands.ts): registers the slash commands from `commands/` with Discord, for one
 * server when DISCORD_GUILD_ID is set (instant, for testing) or globally. A PUT replaces the
 * whole command set, so removed commands disappear too.
 */
import { REST, Routes } from 'discord.js';
import { ConfigError } from '../config.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { AnyCommand } from '../framework/command.js';

/** Where the commands went and which. */
export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * PUTs every command's definition; respects `config.apiUrl`.
 *
 * @throws {ConfigError} when DISCORD_TOKEN or DISCORD_CLIENT_ID is not set.
 */
export async function deployCommands(
  config: Config,
  commands: AnyCommand[],
  logger: Logger,
): Promise<DeployResult> {
  // Each names where its value is found, as every configuration error does (docs/command-line.md, "Exit codes").
  if (!config.token)
    throw new ConfigError(
      'deploy-commands: DISCORD_TOKEN is not set: set it in .env or the environment to the bot token (Developer Portal > Bot > Reset Token; see .env.example)',
    );
  if (!config.clientId)
    throw new ConfigError(
      'deploy-commands: DISCORD_CLIENT_ID is not set: set it in .env or the environment to the Application ID (Developer Portal > General Information; see .env.example)',
    );
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
