/**
 * The HTTP interactions endpoint, on Node's own `http` server: `POST /interactions` (Ed25519
 * verified, see ./verify.ts) and `GET /healthz`. Hostile traffic gets a status and nothing more:
 * 404 unknown path, 405 wrong method, 415 not JSON, 413 body over {@link MAX_BODY_BYTES}, 401
 * unverified, 400 malformed JSON or an unknown interaction type, 408 from Node for a client too
 * slow to send its request (timeouts below).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../log.js';
import { DRAIN_TIMEOUT_MS } from '../framework/serving.js';
import type { HttpResponder } from './responder.js';
import { verifyInteraction } from './verify.js';
import { CallbackType, InteractionType, interactionSchema } from './wire.js';

/**
 * Largest request body accepted. An interaction is a few kilobytes; the largest (a message
 * context-menu command carrying a full message with embeds) stays well under this.
 */
export const MAX_BODY_BYTES = 64 * 1024;
/** A client must send its headers within this, and its whole request within {@link REQUEST_TIMEOUT_MS}. */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;

/** Options of {@link startHttpServer}. */
export interface HttpServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  publicKey: KeyObject;
  responder: HttpResponder;
  logger: Logger;
  /** Clock in Unix seconds, for tests of stale timestamps. */
  nowS?: () => number;
  /** Slow-client limits in ms (default {@link HEADERS_TIMEOUT_MS}, {@link REQUEST_TIMEOUT_MS}); tests shorten them. */
  timeouts?: { headersMs: number; requestMs: number };
}

/** A listening endpoint. */
export interface RunningHttpServer {
  server: Server;
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops taking requests, drains in-flight interactions (default {@link DRAIN_TIMEOUT_MS}), closes. */
  stop(options?: { drainMs?: number }): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Reads the body, refusing it with 413 as soon as it passes {@link MAX_BODY_BYTES}. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The first schema problem as "path: message" (e.g. `data.options.0.value: Too big: expected string
 * to have <=6000 characters`), so a sender sees which field and which limit; only the first, so a
 * hostile body cannot make the reply long.
 */
function firstProblem(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown shape';
  const path = issue.path.map(String).join('.') || '(body)';
  return `${path}: ${issue.message}`.slice(0, 300);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Starts the endpoint and resolves once it listens.
 *
 * @throws when the address cannot be bound (e.g. EADDRINUSE), with the address in the message.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { responder, logger, publicKey } = options;
  const nowS = options.nowS ?? (() => Date.now() / 1000);
  let stopping = false;

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'use POST', { allow: 'POST' });
    const type = (header(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json')
      throw new HttpError(415, 'content-type must be application/json');
    const body = await readBody(req);
    const failure = verifyInteraction(
      publicKey,
      header(req, 'x-signature-ed25519'),
      header(req, 'x-signature-timestamp'),
      body,
      nowS(),
    );
    if (failure) throw new HttpError(401, `invalid request signature (${failure})`);
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
    const parsed = interactionSchema.safeParse(json);
    if (!parsed.success)
      throw new HttpError(400, `not an interaction: ${firstProblem(parsed.error.issues)}`);
    const interaction = parsed.data;
    if (interaction.type === InteractionType.Ping)
      return send(res, 200, { type: CallbackType.Pong });
    if (
      interaction.type !== InteractionType.ApplicationCommand &&
      interaction.type !== InteractionType.MessageComponent &&
      interaction.type !== InteractionType.ApplicationCommandAutocomplete
    )
      throw new HttpError(400, `unknown interaction type ${interaction.type}`);
    send(res, 200, await responder.handle(interaction));
  }

  function healthz(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'use GET', { allow: 'GET, HEAD' });
    send(res, stopping ? 503 : 200, {
      status: stopping ? 'stopping' : 'ok',
      inFlight: responder.inFlight.size,
    });
  }

  const timeouts = options.timeouts ?? {
    headersMs: HEADERS_TIMEOUT_MS,
    requestMs: REQUEST_TIMEOUT_MS,
  };
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: 5_000,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(timeouts.headersMs / 4)),
    },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const route = path === '/interactions' ? interactions : path === '/healthz' ? healthz : null;
      Promise.resolve()
        .then(() => {
          if (!route) throw new HttpError(404, 'not found');
          return route(req, res);
        })
        .catch((error: unknown) => {
          if (error instanceof HttpError) {
            logger.debug('http request refused', {
              status: error.status,
              reason: error.message,
              path,
            });
            send(res, error.status, { error: error.message }, error.headers);
            if (error.headers.connection === 'close') req.destroy();
            return;
          }
          logger.error('http request failed', { path, error });
          send(res, 500, { error: 'internal error' });
        });
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    logger.debug('http client error', { reason: error.message, code: error.code });
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\n\r\n`);
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`http: cannot listen on ${options.host}:${options.port}: ${error.message}`)),
    );
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info('http endpoint ready', { url: `${url}/interactions` });

  let stopped: Promise<void> | null = null;
  return {
    server,
    url,
    stop(stopOptions = {}) {
      stopped ??= (async () => {
        stopping = true;
        responder.stopping = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const inFlight = responder.inFlight.size;
        const left = await responder.inFlight.drain(stopOptions.drainMs ?? DRAIN_TIMEOUT_MS);
        if (left.length > 0) await responder.abandon(left);
        logger.info('drained', { inFlight, finished: inFlight - left.length, told: left.length });
        // Let the responses just written reach their clients, then close what is left.
        server.closeIdleConnections();
        await Promise.race([closed, sleep(500, undefined, { ref: false })]);
        server.closeAllConnections();
        await closed;
        logger.info('http endpoint stopped');
      })();
      return stopped;
    },
  };
}
