/**
 * Starts the real bot the way `npm start` does (config from environment variables, the real
 * engine, {@link startBot}), pointed at a {@link FakeDiscord} stand-in on 127.0.0.1.
 */
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/gateway/bot.js';
import { attachmentOrigins, createAttachmentFetcher } from '../../src/framework/attachment.js';
import type { CommandServices, FeedbackSink } from '../../src/framework/command.js';
import type { BotOptions, RunningBot } from '../../src/gateway/bot.js';
import { CommandRouter } from '../../src/framework/router.js';
import { InlineRunner } from '../../src/framework/runner.js';
import type { CommandRunner } from '../../src/framework/runner.js';
import { loadCommands } from '../../src/framework/commands.js';
import { deployCommands } from '../../src/gateway/deploy-commands.js';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { createLogger } from '../../src/log.js';
import type { Logger } from '../../src/log.js';
import { FakeDiscord } from './fake-discord.js';

/** A test bot token: never a real one. */
export const TEST_TOKEN = 'test-token.stand-in.0123456789';

/** A running stand-in with the bot connected to it. */
export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  engine: Engine;
  /** Every log line the bot wrote. */
  logs: string[];
  stop(): Promise<void>;
}

/** Environment variables for a bot process pointed at `fake`. */
export function botEnv(fake: FakeDiscord): Record<string, string> {
  return {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'debug',
  };
}

/** Starts the stand-in, deploys the commands to it, and connects the bot (to the real engine unless one is given). */
export async function startHarness(
  options: {
    stateTtlMs?: number;
    engine?: Engine;
    feedback?: FeedbackSink;
    services?: CommandServices;
    /** Wraps the in-thread runner, e.g. to slow some answers down. */
    wrapRunner?: (inner: CommandRunner) => CommandRunner;
    onFatal?: BotOptions['onFatal'];
  } = {},
): Promise<Harness> {
  const logs: string[] = [];
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, log: (line) => logs.push(line) });
  const config = loadConfig(botEnv(fake));
  const logger: Logger = createLogger({
    level: 'debug',
    format: 'json',
    write: (line) => logs.push(line),
  });
  const commands = await loadCommands();
  await deployCommands(config, commands, logger);
  const engine = options.engine ?? (await openEngine({ corpusDir: config.corpusDir, logger }));
  const inner = new InlineRunner(
    new CommandRouter(commands, engine, {
      ttlMs: options.stateTtlMs,
      feedback: options.feedback,
      services: {
        fetchAttachment: createAttachmentFetcher({ origins: attachmentOrigins(config.apiUrl) }),
        ...options.services,
      },
    }),
  );
  const runner = options.wrapRunner ? options.wrapRunner(inner) : inner;
  const bot = await startBot({
    config,
    logger,
    runner,
    stateTtlMs: options.stateTtlMs,
    onFatal: options.onFatal,
  });
  return {
    fake,
    bot,
    engine,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
