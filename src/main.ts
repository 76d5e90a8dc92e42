/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord bot; without it, the local console.
 * Settings come from the environment over `.env` (src/config.ts), the same rule as every
 * command-line tool; the corpus folder used is logged at info level.
 */
import path from 'node:path';
import { readConfig } from './config.js';
import type { Config } from './config.js';
import { runConsole } from './console/console.js';
import { loadCommands } from './framework/commands.js';
import { startBot } from './gateway/bot.js';
import { CorpusAdmin } from './engine/corpus-admin.js';
import { openLiveEngine } from './engine/live.js';
import { FeedbackLog } from './feedback/log.js';
import { createLogger } from './log.js';
import type { Logger } from './log.js';

/** The one line printed when there is no token. */
export const CONSOLE_HINT =
  'No DISCORD_TOKEN set: starting the local console. To connect to Discord instead, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README, "Discord bot").';

async function runBot(config: Config, logger: Logger): Promise<void> {
  // Signals are handled from the start: the gateway may answer an interaction before startBot
  // resolves, and a SIGTERM then must still stop the bot cleanly rather than kill the process.
  let started: Promise<{ stop(): Promise<void> }> | null = null;
  let stopWatching = () => {};
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    stopWatching();
    (started ?? Promise.resolve(null))
      .then((bot) => bot?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', { error });
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  logger.info('corpus folder', { path: path.resolve(config.corpusDir) });
  // The live engine reloads the corpus folder when it changes; /corpus changes it from Discord.
  const engine = await openLiveEngine({ corpusDir: config.corpusDir, logger });
  stopWatching = () => engine.close();
  const feedback = new FeedbackLog(config.feedbackFile);
  const corpus = new CorpusAdmin(engine, { logger });
  started = startBot({ config, engine, logger, feedback, services: { corpus } });
  await started;
}

/** What `npm start -- --help` prints. */
export const START_USAGE = `usage: npm start   (settings from the environment and .env: see .env.example)
  with DISCORD_TOKEN and DISCORD_CLIENT_ID: runs the Discord bot
  without DISCORD_TOKEN: a local console answering /ask, /sources, /timeline, /help
  CORPUS_DIR: the corpus folder (default ./corpus); LOG_LEVEL: debug, info, warn or error`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${START_USAGE}\n`);
    return;
  }
  if (argv.length > 0) {
    process.stderr.write(`start: takes no arguments, got '${argv[0]}'\n${START_USAGE}\n`);
    process.exit(2);
  }
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
  logger.info('corpus folder', { path: path.resolve(config.corpusDir) });
  const engine = await openLiveEngine({ corpusDir: config.corpusDir, logger });
  const feedback = new FeedbackLog(config.feedbackFile);
  await runConsole({ engine, commands: await loadCommands(), logger, feedback });
  engine.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
