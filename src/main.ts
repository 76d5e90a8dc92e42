/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord bot; without it, the local console.
 */
import { readConfig } from './config.js';
import type { Config } from './config.js';
import { runConsole } from './console/console.js';
import { loadCommands } from './framework/commands.js';
import { startBot } from './gateway/bot.js';
import { openEngine } from './engine/index.js';
import { FeedbackLog } from './feedback/log.js';
import { createLogger } from './log.js';
import type { Logger } from './log.js';

/** The one line printed when there is no token. */
export const CONSOLE_HINT =
  'No DISCORD_TOKEN set: starting the local console. To connect to Discord instead, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README, "Discord bot").';

async function runBot(config: Config, logger: Logger): Promise<void> {
  const engine = await openEngine({ corpusDir: config.corpusDir, logger });
  const feedback = new FeedbackLog(config.feedbackFile);
  const bot = await startBot({ config, engine, logger, feedback });
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  if (config.token) {
    await runBot(config, logger);
    return;
  }
  process.stderr.write(CONSOLE_HINT + '\n');
  const engine = await openEngine({ corpusDir: config.corpusDir, logger });
  const feedback = new FeedbackLog(config.feedbackFile);
  await runConsole({ engine, commands: await loadCommands(), logger, feedback });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
