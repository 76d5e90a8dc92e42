/**
 * The HTTP interactions endpoint on 127.0.0.1 with a {@link FakeDiscord} stand-in delivering
 * signed interactions to it and serving the webhook routes its edits and follow-ups use.
 */
import { loadConfig } from '../../src/config.js';
import type { Engine } from '../../src/engine/types.js';
import { attachmentOrigins, createAttachmentFetcher } from '../../src/framework/attachment.js';
import { ButtonExpiry } from '../../src/framework/button-expiry.js';
import type { CommandServices } from '../../src/framework/command.js';
import { loadCommands } from '../../src/framework/commands.js';
import { CommandRouter } from '../../src/framework/router.js';
import { InlineRunner } from '../../src/framework/runner.js';
import type { CommandRunner } from '../../src/framework/runner.js';
import { STATE_CAPACITY } from '../../src/framework/state-cache.js';
import { deployCommands } from '../../src/gateway/deploy-commands.js';
import { HttpResponder, webhookRest } from '../../src/http/responder.js';
import { startHttpServer } from '../../src/http/server.js';
import type { HttpServerOptions, RunningHttpServer } from '../../src/http/server.js';
import { publicKeyFromHex } from '../../src/http/verify.js';
import { createLogger } from '../../src/log.js';
import { botEnv, TEST_TOKEN } from './bot-harness.js';
import { FakeDiscord } from './fake-discord.js';
import { testKeyPair } from './signing.js';
import { Routes } from 'discord.js';
import type { REST } from 'discord.js';
import type { KeyObject } from 'node:crypto';

/** A running endpoint with the stand-in delivering to it. */
export interface HttpHarness {
  fake: FakeDiscord;
  http: RunningHttpServer;
  /** `http://127.0.0.1:port/interactions` */
  endpoint: string;
  privateKey: KeyObject;
  /** The endpoint's REST client for edits and follow-ups. */
  rest: REST;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the stand-in and the endpoint over `engine`. */
export async function startHttpHarness(options: {
  engine: Engine;
  wrapRunner?: (inner: CommandRunner) => CommandRunner;
  stateTtlMs?: number;
  /** Services for commands (e.g. `/corpus`); attachments are fetched from the stand-in. */
  services?: CommandServices;
  server?: Partial<Pick<HttpServerOptions, 'timeouts' | 'nowS'>>;
}): Promise<HttpHarness> {
  const logs: string[] = [];
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, log: (line) => logs.push(line) });
  const logger = createLogger({ level: 'debug', format: 'json', write: (l) => logs.push(l) });
  const config = loadConfig(botEnv(fake));
  const commands = await loadCommands();
  await deployCommands(config, commands, logger);
  const inner = new InlineRunner(
    new CommandRouter(commands, options.engine, {
      ttlMs: options.stateTtlMs,
      services: {
        fetchAttachment: createAttachmentFetcher({ origins: attachmentOrigins(config.apiUrl) }),
        ...options.services,
      },
    }),
  );
  const runner = options.wrapRunner ? options.wrapRunner(inner) : inner;
  const rest = webhookRest(fake.apiUrl);
  const expiry = new ButtonExpiry({
    ttlMs: options.stateTtlMs ?? 60_000,
    capacity: STATE_CAPACITY,
    disable: async (token, rows) => {
      await rest.patch(Routes.webhookMessage(fake.applicationId, token), {
        body: { components: rows, allowed_mentions: { parse: [] } },
        auth: false,
      });
    },
    onError: () => undefined,
  });
  const { privateKey, publicHex } = testKeyPair();
  const http = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    publicKey: publicKeyFromHex(publicHex),
    responder: new HttpResponder({ runner, logger, expiry, rest }),
    logger,
    ...options.server,
  });
  const endpoint = `${http.url}/interactions`;
  fake.useHttpEndpoint(endpoint, privateKey);
  return {
    fake,
    http,
    endpoint,
    privateKey,
    rest,
    logs,
    async stop() {
      await http.stop({ drainMs: 1_000 });
      expiry.clear();
      await fake.close();
    },
  };
}
