/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord gateway bot; without it, the local
 * console. `npm run serve` (`src/main.ts http`): the HTTP interactions endpoint.
 *
 * Exit codes: 0 stopped cleanly (SIGTERM/SIGINT, or the console's input ended); 1 an
 * unrecoverable error (a fatal gateway close, login refused, the engine worker died, the index
 * could not be opened); 2 invalid configuration.
 */
import { loadConfig, requireHttpConfig } from './config.js';
import { HelpRequested, parseCommandLine, verboseLevel } from './cli/common.js';
import {
  ConfigError,
  chooseCorpusDir,
  corpusChoiceOrigin,
  corpusFolderProblem,
  readEnvironment,
} from './environment.js';
import type { CorpusChoice } from './environment.js';
import type { Config } from './config.js';
import { runConsole } from './console/console.js';
import { removeTemporaryFiles } from './engine/atomic-file.js';
import { sweepTemporaryIndexFiles } from './engine/index-file.js';
import { DEFAULT_INDEX_FILE } from './engine/index-file.js';
import { CorpusAdmin } from './engine/corpus-admin.js';
import { openLiveEngine } from './engine/live.js';
import { FeedbackLog } from './feedback/log.js';
import { attachmentOrigins, createAttachmentFetcher } from './framework/attachment.js';
import { ButtonExpiry } from './framework/button-expiry.js';
import { loadCommands } from './framework/commands.js';
import { STATE_CAPACITY, STATE_TTL_MS } from './framework/state-cache.js';
import { heapAfterGc } from './framework/heap-probe.js';
import { startEngineWorker } from './framework/start-worker.js';
import { WorkerRunner } from './framework/worker-runner.js';
import { CommandRouter } from './framework/router.js';
import { InlineRunner } from './framework/runner.js';
import type { CommandRunner } from './framework/runner.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBot } from './gateway/bot.js';
import { HttpResponder, webhookRest } from './http/responder.js';
import { startHttpServer } from './http/server.js';
import { isTestPublicKey } from './http/test-key.js';
import { publicKeyFromHex } from './http/verify.js';
import { createLogger } from './log.js';
import type { Logger } from './log.js';
import path from 'node:path';
import { Routes } from 'discord.js';

/** The one line printed when there is no token. */
export const CONSOLE_HINT =
  'No DISCORD_TOKEN set: starting the local console. To connect to Discord instead, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see docs/discord-bot.md).';

/** A stop that has not finished after this long exits anyway (with 1: something hung). */
const HARD_STOP_MS = 4_800;

type Stop = () => Promise<void>;

/**
 * Signal handling for the whole life of the process: before the service is up, a signal removes
 * any index file being written and exits 0; after, it runs the service's graceful stop.
 */
class Lifecycle {
  private stopService: Stop | null = null;
  private stopping = false;

  constructor(private readonly logger: Logger) {
    process.once('SIGINT', () => this.stop('SIGINT', 0));
    process.once('SIGTERM', () => this.stop('SIGTERM', 0));
  }

  /** Event-loop delay while serving: how long interactions waited behind other work. */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });

  serving(stop: Stop): void {
    this.stopService = stop;
    this.loopDelay.enable();
  }

  /** Stops the service (if running) and exits with `code`. */
  stop(reason: string, code: number): void {
    if (this.stopping) return;
    this.stopping = true;
    this.logger.info('shutting down', { reason });
    removeTemporaryFiles();
    if (!this.stopService) process.exit(code);
    setTimeout(() => {
      this.logger.error('shutdown took too long; exiting', { afterMs: HARD_STOP_MS });
      process.exit(1);
    }, HARD_STOP_MS).unref();
    this.loopDelay.disable();
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    this.logger.info('event loop delay while serving', {
      p50Ms: ms(this.loopDelay.percentile(50)),
      p99Ms: ms(this.loopDelay.percentile(99)),
      maxMs: ms(this.loopDelay.max),
    });
    this.stopService().then(
      () => process.exit(code),
      (error: unknown) => {
        this.logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  }
}

/**
 * Opens the engine (building and saving its index when needed) and returns where commands run:
 * a worker thread over that index (default), or this thread with `ENGINE_THREAD=main`. Either
 * way the engine reloads itself when the corpus folder changes, and `/corpus` can change it;
 * the runner's `close()` stops the folder watcher.
 */
async function startRunner(
  config: Config,
  logger: Logger,
  lifecycle: Lifecycle,
): Promise<CommandRunner> {
  // Building (when needed) happens on the main thread, where a stop signal can clean up.
  // The live engine reloads the corpus folder when it changes; /corpus changes it from Discord.
  if (config.engineThread === 'main') {
    const engine = await openLiveEngine({ corpusDir: config.corpusDir, logger });
    const feedback = new FeedbackLog(config.feedbackFile);
    const services = {
      corpus: new CorpusAdmin(engine, { logger }),
      fetchAttachment: createAttachmentFetcher({ origins: attachmentOrigins(config.apiUrl) }),
    };
    const router = new CommandRouter(await loadCommands(), engine, { feedback, services });
    return new InlineRunner(router, () => engine.close());
  }
  const runner = await startEngineWorker(
    {
      corpusDir: config.corpusDir,
      logLevel: config.logLevel,
      feedbackFile: config.feedbackFile,
      apiUrl: config.apiUrl,
    },
    { logger },
  );
  runner.on('error', (error: Error) => {
    logger.error(`engine worker stopped: ${error.message}. Restart the process.`, { error });
    lifecycle.stop('engine worker stopped', 1);
  });
  return runner;
}

/**
 * With `node --expose-gc` only (the memory bench): on SIGUSR2, logs the heap in use after a full
 * collection, of this thread and of the engine worker, as `heap after gc`.
 */
function installHeapProbe(logger: Logger, runner: CommandRunner): void {
  if (heapAfterGc() === null) return;
  process.on('SIGUSR2', () => {
    const mainBytes = heapAfterGc();
    const worker = runner instanceof WorkerRunner ? runner.heapAfterGc() : Promise.resolve(null);
    worker.then(
      (workerBytes) => logger.info('heap after gc', { mainBytes, workerBytes }),
      (error: unknown) => logger.warn('heap probe failed', { error }),
    );
  });
}

async function runGateway(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const runner = await startRunner(config, logger, lifecycle);
  installHeapProbe(logger, runner);
  const bot = await startBot({
    config,
    logger,
    runner,
    onFatal: () => lifecycle.stop('fatal gateway close', 1),
  });
  lifecycle.serving(async () => {
    await bot.stop();
    await runner.close();
  });
}

async function runHttp(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const { publicKey } = requireHttpConfig(config);
  const runner = await startRunner(config, logger, lifecycle);
  installHeapProbe(logger, runner);
  const rest = webhookRest(config.apiUrl);
  const expiry = new ButtonExpiry({
    ttlMs: STATE_TTL_MS,
    capacity: STATE_CAPACITY,
    disable: async (token, rows) => {
      await rest.patch(Routes.webhookMessage(config.clientId!, token), {
        body: { components: rows, allowed_mentions: { parse: [] } },
        auth: false,
      });
    },
    onError: (error) =>
      logger.warn('could not disable expired buttons', { reason: (error as Error).message }),
  });
  const responder = new HttpResponder({ runner, logger, expiry, rest });
  if (isTestPublicKey(publicKey))
    logger.warn(
      'DISCORD_PUBLIC_KEY is the published test key (npm run sign-request): anyone can sign requests; for your own machine only',
    );
  const http = await startHttpServer({
    host: config.http.host,
    port: config.http.port,
    publicKey: publicKeyFromHex(publicKey),
    responder,
    logger,
  });
  lifecycle.serving(async () => {
    await http.stop();
    expiry.clear();
    await runner.close();
  });
}

/** What `npm start -- --help` prints. */
export const START_USAGE = `usage: npm start [-- --corpus DIR] [--verbose] | npm run serve [-- --corpus DIR] [--verbose]
  npm start with DISCORD_TOKEN and DISCORD_CLIENT_ID: runs the Discord bot over the gateway
  npm start without DISCORD_TOKEN: a local console answering /ask, /sources, /timeline, /help
  npm run serve (src/main.ts http): the HTTP interactions endpoint; needs DISCORD_PUBLIC_KEY and
    DISCORD_CLIENT_ID; HTTP_HOST (default 127.0.0.1), HTTP_PORT (default 8080)
  --corpus DIR: the corpus folder; else CORPUS_DIR (environment, then .env), else ./corpus
  --verbose, -v: log at info level at least (the corpus folder used and why is logged at info)
  Settings from the environment and .env (see .env.example): LOG_LEVEL (debug, info, warn or
  error; default info), ENGINE_THREAD (worker, the default, or main)
  Stops on SIGTERM or SIGINT. Exit codes: 0 stopped, 1 unrecoverable error, 2 bad configuration.`;

/** The flags `npm start` and `npm run serve` take (the command-line tools' `--corpus`, `--verbose`). */
const START_OPTIONS = {
  corpus: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the command line and the configuration: the corpus folder by the rule every command
 * uses ({@link chooseCorpusDir}). Exits 0 after `--help`, 2 on a bad argument or setting.
 */
function startSettings(argv: string[]): {
  mode: 'auto' | 'http';
  config: Config;
  corpus: CorpusChoice;
} {
  const fail = (message: string): never => {
    process.stderr.write(`start: ${message}\n${START_USAGE}\n`);
    process.exit(2);
  };
  let parsed: ReturnType<typeof parseCommandLine<typeof START_OPTIONS>>;
  try {
    parsed = parseCommandLine(argv, START_OPTIONS, true);
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${START_USAGE}\n`);
      process.exit(0);
    }
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  const mode = positionals[0] ?? 'auto';
  if ((mode !== 'auto' && mode !== 'http') || positionals.length > 1)
    return fail(`unexpected argument '${positionals.at(-1)}'`);
  try {
    const environment = readEnvironment();
    // Serving, the endpoint's variables are checked with the rest: one message names every problem.
    const config = loadConfig(environment.vars, { http: mode === 'http' });
    const corpus = chooseCorpusDir(values.corpus, environment);
    const problem = corpusFolderProblem(corpus);
    if (problem) throw new ConfigError(problem);
    const logLevel = verboseLevel(config.logLevel, values.verbose);
    return { mode, config: { ...config, corpusDir: corpus.dir, logLevel }, corpus };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const { mode, config, corpus } = startSettings(process.argv.slice(2));
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  const lifecycle = new Lifecycle(logger);
  logger.info(`corpus folder ${path.resolve(corpus.dir)} (${corpusChoiceOrigin(corpus)})`);
  const swept = await sweepTemporaryIndexFiles(path.join(config.corpusDir, DEFAULT_INDEX_FILE));
  if (swept.length > 0)
    logger.info('removed temporary index files left by a stopped process', { swept });

  if (mode === 'http') return runHttp(config, logger, lifecycle);
  if (config.token) return runGateway(config, logger, lifecycle);
  process.stderr.write(CONSOLE_HINT + '\n');
  const engine = await openLiveEngine({ corpusDir: config.corpusDir, logger });
  const feedback = new FeedbackLog(config.feedbackFile);
  await runConsole({ engine, commands: await loadCommands(), logger, feedback });
  engine.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  removeTemporaryFiles();
  process.exit(1);
});
