/**
 * A stand-in for Discord on 127.0.0.1: the REST routes discord.js calls (under `apiUrl`) and the
 * gateway protocol over `ws`, enough to run the real discord.js client against it. It enforces
 * Discord's message limits (400, code 50035), answers late callbacks with 10062 and second
 * callbacks with 40060, records every request and reply, can drop the gateway connection and
 * can rate-limit a callback (429 with Retry-After).
 */
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import {
  checkChoiceLimits,
  checkPayloadLimits,
  checkUploadLimits,
} from '../../src/framework/check-limits.js';
import type { UploadedFile } from '../../src/framework/check-limits.js';
import { HANG_BOUND_MS } from './child-process.js';
import { signatureHeaders } from './signing.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;
/** A fresh snowflake id (18–19 digits), as Discord makes them. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** Discord's three seconds to acknowledge an interaction. */
const CALLBACK_DEADLINE_MS = 3_000;

/** One HTTP request the stand-in received. */
export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  status: number;
  at: number;
}

/** A reply to an interaction: a callback, an edit of the original, a follow-up, a deletion. */
export interface RecordedResponse {
  interactionId: string;
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** Callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete. */
  type?: number;
  /** The message or choices sent (`data` of a callback, body of an edit or follow-up). */
  data: Record<string, unknown>;
  status: number;
  /** Milliseconds since the interaction was dispatched. */
  latencyMs: number;
  /** Files uploaded with it (multipart), if any. */
  files?: ReceivedFile[];
}

/** A file uploaded with a message, as received. */
export interface ReceivedFile extends UploadedFile {
  contentType: string;
  data: Buffer;
}

interface StoredMessage {
  id: string;
  [key: string]: unknown;
}

interface InteractionState {
  id: string;
  token: string;
  dispatchedAt: number;
  acknowledged: boolean;
  /** The message of the original response (created by a reply or a deferral). */
  original?: StoredMessage;
  /** For a button press: the message the button was on. */
  pressedMessage?: StoredMessage;
  userId: string;
}

interface CommandDefinition {
  name: string;
  /** 1 slash command (the default), 3 message context-menu command. */
  type?: number;
  options?: Array<{ name: string; type: number; options?: Array<{ name: string; type: number }> }>;
}

/** A file "uploaded" to the stand-in, served from 127.0.0.1 as Discord's CDN serves attachments. */
interface Upload {
  id: string;
  filename: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** The size the interaction states (default: the real size). */
  statedSize: number;
}

/** The permissions the stand-in gives members by default: no Manage Server, no Administrator. */
const MEMBER_PERMISSIONS = '2248473465835073';

/** Options of {@link FakeDiscord.start}. */
export interface FakeDiscordOptions {
  /** The bot token the client must present. */
  token: string;
  heartbeatIntervalMs?: number;
  log?: (line: string) => void;
}

const json = (
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body));
};

/**
 * Reads a request's JSON body, or a multipart one (what discord.js sends with files: the JSON in
 * `payload_json`, each file as `files[n]`), parsed with the platform's own form-data reader.
 */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: ReceivedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    let body: unknown;
    const files: ReceivedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        continue;
      }
      const data = Buffer.from(await value.arrayBuffer());
      files.push({
        field,
        filename: value.name,
        bytes: data.length,
        contentType: value.type,
        data,
      });
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  if (!text) return { body: undefined, files: [] };
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: { unparsable: text }, files: [] };
  }
}

/** The stand-in server. Create with {@link FakeDiscord.start}; stop with {@link FakeDiscord.close}. */
export class FakeDiscord extends EventEmitter {
  readonly applicationId = snowflake();
  readonly botUser = {
    id: this.applicationId,
    username: 'coverage-bot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
  };
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** Two users, to test who may press whose buttons. */
  readonly alice = {
    id: snowflake(),
    username: 'alice',
    discriminator: '0',
    global_name: 'Alice',
    avatar: null,
  };
  readonly bob = {
    id: snowflake(),
    username: 'bob',
    discriminator: '0',
    global_name: 'Bob',
    avatar: null,
  };

  readonly requests: RecordedRequest[] = [];
  readonly responses: RecordedResponse[] = [];
  /** Requests to routes the stand-in does not serve. */
  readonly unknownRoutes: string[] = [];
  /** Replies rejected for breaking a limit, with the problems found. */
  readonly rejected: Array<{ path: string; problems: string[] }> = [];
  /** Commands registered through the deploy route. */
  commands: CommandDefinition[] = [];
  /** Ids of messages deleted through an interaction's webhook. */
  readonly deletedMessages = new Set<string>();
  identifies = 0;
  resumes = 0;

  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private readonly sessionId = randomBytes(16).toString('hex');
  private seq = 0;
  private readonly sent: Array<{ s: number; payload: unknown }> = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly byToken = new Map<string, InteractionState>();
  private rateLimitNext: number | null = null;
  private readonly permissionsByUser = new Map<string, string>();
  private readonly uploads = new Map<string, Upload>();
  /** How many times each attachment was downloaded. */
  readonly downloads = new Map<string, number>();
  private http: { endpoint: string; privateKey: KeyObject } | null = null;
  /** HTTP statuses of interactions delivered to an endpoint (see {@link useHttpEndpoint}). */
  readonly httpStatuses: number[] = [];
  private expireNext = false;
  private ready = false;
  private port = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
    super();
    // A test of a burst waits on each of its replies at once (100 `response` listeners): that
    // is the intent, not the leak Node's warning at 11 listeners guards against.
    this.setMaxListeners(0);
  }

  /** Starts the stand-in on 127.0.0.1 at an ephemeral port. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.server = createServer((req, res) => {
      fake.route(req, res).catch((error: unknown) => {
        fake.log(`stand-in error: ${(error as Error).stack}`);
        if (!res.headersSent) json(res, 500, { message: 'stand-in error', code: 0 });
      });
    });
    fake.wss = new WebSocketServer({ server: fake.server });
    fake.wss.on('connection', (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base for `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The gateway URL returned by `GET /gateway/bot`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  // ---------------------------------------------------------------- gateway

  private dispatch(t: string, d: unknown): void {
    const s = ++this.seq;
    const payload = { op: 0, t, s, d };
    this.sent.push({ s, payload });
    // Events dispatched while the client is away are replayed when it resumes, as Discord does.
    if (this.ready) this.socket?.send(JSON.stringify(payload));
  }

  private onConnection(socket: WebSocket): void {
    this.socket?.terminate();
    this.socket = socket;
    this.ready = false;
    socket.on('message', (raw) => this.onGatewayMessage(socket, raw.toString()));
    socket.on('close', () => {
      if (this.socket === socket) {
        this.socket = null;
        this.ready = false;
      }
    });
    socket.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 5_000 },
      }),
    );
  }

  private onGatewayMessage(socket: WebSocket, raw: string): void {
    let message: { op: number; d: Record<string, unknown> | number | null };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      socket.close(4002, 'Decode error');
      return;
    }
    const d = (message.d ?? {}) as Record<string, unknown>;
    switch (message.op) {
      case 1:
        socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2: {
        if (d.token !== this.options.token) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        this.identifies++;
        this.ready = true;
        this.dispatch('READY', {
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
        });
        this.dispatch('GUILD_CREATE', this.guild());
        this.emit('connected', 'identify');
        return;
      }
      case 6: {
        if (d.token !== this.options.token) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        if (d.session_id !== this.sessionId) {
          socket.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        this.resumes++;
        const after = Number(d.seq ?? 0);
        for (const { s, payload } of this.sent) if (s > after) socket.send(JSON.stringify(payload));
        this.ready = true;
        this.dispatch('RESUMED', {});
        this.emit('connected', 'resume');
        return;
      }
      default:
        this.log(`gateway: unhandled op ${message.op}`);
    }
  }

  private guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Stand-in server',
      icon: null,
      owner_id: this.alice.id,
      unavailable: false,
      member_count: 3,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: '2248473465835073',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      members: [],
      channels: [
        {
          id: this.channelId,
          type: 0,
          name: 'general',
          position: 0,
          guild_id: this.guildId,
          permission_overwrites: [],
        },
      ],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      preferred_locale: 'en-US',
      premium_tier: 0,
      system_channel_flags: 0,
      nsfw_level: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
    };
  }

  /** Resolves once a client has identified (at once if one already has). */
  async waitConnected(timeoutMs = HANG_BOUND_MS): Promise<'identify' | 'resume'> {
    if (this.ready) return 'identify';
    return this.waitForEvent<'identify' | 'resume'>('connected', timeoutMs);
  }

  /**
   * Closes the gateway connection with `code` (4000: "unknown error", which the client resumes
   * from) and resolves when the client is back, with how it came back.
   */
  async dropConnection(code = 4_000, timeoutMs = HANG_BOUND_MS): Promise<'identify' | 'resume'> {
    const back = this.waitForEvent<'identify' | 'resume'>('connected', timeoutMs);
    this.ready = false;
    this.socket?.close(code, 'Stand-in dropped the connection');
    return back;
  }

  /** Closes the gateway connection with `code` and does not wait for the client to come back. */
  closeGateway(code: number): void {
    this.ready = false;
    this.socket?.close(code, 'Stand-in closed the connection');
  }

  private waitForEvent<T>(
    event: string,
    timeoutMs: number,
    filter: (value: T) => boolean = () => true,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, listener);
        reject(new Error(`stand-in: no "${event}" within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (value: T) => {
        if (!filter(value)) return;
        clearTimeout(timer);
        this.off(event, listener);
        resolve(value);
      };
      this.on(event, listener);
    });
  }

  // ---------------------------------------------------------------- interactions

  /** Gives `userId` these permission bits in the guild (e.g. Manage Server) from now on. */
  setPermissions(userId: string, bits: bigint): void {
    this.permissionsByUser.set(userId, bits.toString());
  }

  /**
   * "Uploads" a file: the next slash command may carry its id as an attachment option, and
   * the stand-in serves its bytes at the URL it gives. `statedSize` overrides the size the
   * interaction states (to test a client that trusts it).
   */
  attach(
    filename: string,
    bytes: Uint8Array,
    options: { contentType?: string; statedSize?: number } = {},
  ): string {
    const id = snowflake();
    this.uploads.set(id, {
      id,
      filename,
      bytes,
      contentType: options.contentType ?? null,
      statedSize: options.statedSize ?? bytes.byteLength,
    });
    return id;
  }

  private attachmentObject(id: string): Record<string, unknown> {
    const upload = this.uploads.get(id);
    if (!upload) throw new Error(`stand-in: no attachment ${id} (call attach first)`);
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channelId}/${id}/${encodeURIComponent(upload.filename)}`;
    return {
      id,
      filename: upload.filename,
      size: upload.statedSize,
      url,
      proxy_url: url,
      ...(upload.contentType ? { content_type: upload.contentType } : {}),
      ephemeral: true,
    };
  }

  private member(user: typeof this.alice): Record<string, unknown> {
    return {
      user,
      roles: [],
      permissions: this.permissionsByUser.get(user.id) ?? MEMBER_PERMISSIONS,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    };
  }

  private base(
    type: number,
    user: typeof this.alice,
  ): Record<string, unknown> & { id: string; token: string } {
    return {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      token: `itok_${randomBytes(24).toString('base64url')}`,
      version: 1,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'en-US', features: [] },
      channel_id: this.channelId,
      channel: {
        id: this.channelId,
        type: 0,
        name: 'general',
        guild_id: this.guildId,
        permissions: '2248473465835073',
      },
      member: this.member(user),
      locale: 'en-US',
      guild_locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 8_388_608,
    };
  }

  private commandData(
    name: string,
    options: Record<string, string | number | boolean>,
    focused?: string,
  ) {
    const definition = this.commands.find((c) => c.name === name);
    if (!definition)
      throw new Error(`stand-in: /${name} was never registered (run deploy-commands first)`);
    const resolved: {
      users: Record<string, unknown>;
      members: Record<string, unknown>;
      attachments?: Record<string, unknown>;
    } = {
      users: {},
      members: {},
    };
    // `{ subcommand: 'add', file: … }` is sent as Discord sends it: a type-1 option holding the rest.
    const sub =
      typeof options.subcommand === 'string'
        ? definition.options?.find((o) => o.type === 1 && o.name === options.subcommand)
        : undefined;
    if (typeof options.subcommand === 'string' && !sub)
      throw new Error(`stand-in: /${name} has no subcommand "${options.subcommand}"`);
    const specs = sub ? (sub.options ?? []) : definition.options;
    const given = Object.entries(options).filter(([key]) => !(sub && key === 'subcommand'));
    const list = given.map(([optionName, value]) => {
      const spec = specs?.find((o) => o.name === optionName);
      if (!spec) throw new Error(`stand-in: /${name} has no option "${optionName}"`);
      if (spec.type === 6) {
        const user = [this.alice, this.bob].find((u) => u.id === value) ?? {
          ...this.bob,
          id: String(value),
        };
        resolved.users[user.id] = user;
        const member = this.member(user);
        delete member.user;
        resolved.members[user.id] = member;
      }
      if (spec.type === 11) {
        resolved.attachments ??= {};
        resolved.attachments[String(value)] = this.attachmentObject(String(value));
      }
      return {
        name: optionName,
        type: spec.type,
        value,
        ...(optionName === focused ? { focused: true } : {}),
      };
    });
    const data: Record<string, unknown> = {
      id: snowflake(),
      name,
      type: 1,
      options: sub ? [{ name: sub.name, type: 1, options: list }] : list,
      guild_id: this.guildId,
    };
    if (Object.keys(resolved.users).length > 0 || resolved.attachments) data.resolved = resolved;
    return data;
  }

  private register(
    payload: { id: string; token: string },
    userId: string,
    pressedMessage?: StoredMessage,
  ): InteractionState {
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      dispatchedAt: performance.now(),
      acknowledged: false,
      userId,
      pressedMessage,
    };
    this.interactions.set(state.id, state);
    this.byToken.set(state.token, state);
    if (this.http) void this.deliverHttp(state, payload);
    else this.dispatch('INTERACTION_CREATE', payload);
    return state;
  }

  /**
   * From now on delivers interactions as Discord does to an app with an Interactions Endpoint
   * URL: POSTed to `endpoint`, signed with `privateKey`, the response body taken as the callback.
   */
  useHttpEndpoint(endpoint: string, privateKey: KeyObject): void {
    this.http = { endpoint, privateKey };
  }

  private async deliverHttp(state: InteractionState, payload: unknown): Promise<void> {
    const { endpoint, privateKey } = this.http!;
    const body = JSON.stringify(payload);
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: signatureHeaders(privateKey, body),
        body,
      });
      this.httpStatuses.push(res.status);
      if (res.status !== 200) return;
      const callback = (await res.json()) as Record<string, unknown>;
      this.callback(state.id, state.token, new URL(endpoint), callback, () => undefined);
    } catch (error) {
      this.httpStatuses.push(0);
      this.log(`stand-in: delivery to ${endpoint} failed: ${(error as Error).message}`);
    }
  }

  /** Sends a slash command as `user` (default Alice); returns the interaction id. */
  slash(
    name: string,
    options: Record<string, string | number | boolean> = {},
    user = this.alice,
  ): string {
    const payload = { ...this.base(2, user), data: this.commandData(name, options) };
    return this.register(payload, user.id).id;
  }

  /** Sends autocomplete for `focused` of `/name`; returns the interaction id. */
  autocomplete(
    name: string,
    options: Record<string, string | number | boolean>,
    focused: string,
    user = this.alice,
  ): string {
    const payload = { ...this.base(4, user), data: this.commandData(name, options, focused) };
    return this.register(payload, user.id).id;
  }

  /**
   * Runs the message context-menu command `name` on a message by Bob saying `content`, as
   * Discord sends it: the message in `data.resolved.messages`, no privileged intent needed.
   */
  messageCommand(name: string, content: string, user = this.alice): string {
    const definition = this.commands.find((c) => c.name === name);
    if (!definition || definition.type !== 3)
      throw new Error(`stand-in: no message command "${name}" was registered`);
    const target = {
      id: snowflake(),
      type: 0,
      channel_id: this.channelId,
      author: this.bob,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
      components: [],
    };
    const payload = {
      ...this.base(2, user),
      data: {
        id: snowflake(),
        name,
        type: 3,
        target_id: target.id,
        guild_id: this.guildId,
        resolved: { messages: { [target.id]: target } },
      },
    };
    return this.register(payload, user.id).id;
  }

  /** Presses the button `customId` on the message of the reply to `interactionId`; returns the new interaction id. */
  press(interactionId: string, customId: string, user = this.alice): string {
    const message = this.messageOf(interactionId);
    if (this.deletedMessages.has(message.id))
      throw new Error(`stand-in: message ${message.id} was deleted`);
    const exists = JSON.stringify(message.components ?? []).includes(JSON.stringify(customId));
    if (!exists) throw new Error(`stand-in: no button "${customId}" on message ${message.id}`);
    const payload = {
      ...this.base(3, user),
      data: { custom_id: customId, component_type: 2 },
      message,
    };
    return this.register(payload, user.id, message).id;
  }

  /** The token of interaction `interactionId`, to call its routes directly. */
  tokenOf(interactionId: string): string {
    const state = this.interactions.get(interactionId);
    if (!state) throw new Error(`stand-in: no interaction ${interactionId}`);
    return state.token;
  }

  /** The current message shown for the reply to `interactionId` (after edits and updates). */
  messageOf(interactionId: string): StoredMessage {
    const state = this.interactions.get(interactionId);
    const message = state?.original ?? state?.pressedMessage;
    if (!message) throw new Error(`stand-in: interaction ${interactionId} has no message`);
    return message;
  }

  /** Makes the next interaction callback fail as if the interaction had expired (404, code 10062). */
  expireNextCallback(): void {
    this.expireNext = true;
  }

  /** Makes the next interaction callback answer 429 with Retry-After `seconds`. */
  rateLimitNextCallback(seconds: number): void {
    this.rateLimitNext = seconds;
  }

  /**
   * Resolves with the first reply to `interactionId` matching `filter` (default: any reply that
   * carries a message or choices, i.e. not a bare deferral), waiting at most `timeoutMs`. It waits
   * on the reply itself: by default the clock only bounds a hang ({@link HANG_BOUND_MS}), since
   * how soon a reply comes is the bot's deadline to assert from `latencyMs`, not the wait's, and a
   * machine loaded by other work stretches it (a burst of 100 deferred edits took over 10 s at a
   * load of 19 on 2 cores). A short `timeoutMs` is for a reply that must already be there.
   */
  waitForResponse(
    interactionId: string,
    filter: (r: RecordedResponse) => boolean = carriesContent,
    timeoutMs = HANG_BOUND_MS,
  ): Promise<RecordedResponse> {
    const wanted = (r: RecordedResponse) =>
      r.interactionId === interactionId && r.status < 300 && filter(r);
    // A callback refused as too late (404) ends the interaction: no reply can follow, so the
    // wait fails at once, saying so, rather than at the hang bound.
    const refused = (r: RecordedResponse) =>
      r.interactionId === interactionId && r.kind === 'callback' && r.status === 404;
    const seen = this.responses.find((r) => wanted(r) || refused(r));
    if (seen) return refused(seen) ? Promise.reject(refusal(seen)) : Promise.resolve(seen);
    return this.waitForEvent<RecordedResponse>(
      'response',
      timeoutMs,
      (r) => wanted(r) || refused(r),
    ).then((r) => (refused(r) ? Promise.reject(refusal(r)) : r));
  }

  /**
   * The slowest successful reply so far, from dispatch to the reply's arrival; with
   * `excludeRateLimited`, leaving out interactions whose callback was made to wait by a 429.
   */
  slowestReplyMs(excludeRateLimited = false): number {
    const limited = new Set(
      this.responses.filter((r) => r.status === 429).map((r) => r.interactionId),
    );
    const shown = this.responses.filter(
      (r) =>
        r.status < 300 &&
        carriesContent(r) &&
        !(excludeRateLimited && limited.has(r.interactionId)),
    );
    return Math.max(0, ...shown.map((r) => r.latencyMs));
  }

  private record(
    state: InteractionState,
    response: Omit<RecordedResponse, 'interactionId' | 'latencyMs'>,
  ): RecordedResponse {
    const full: RecordedResponse = {
      ...response,
      interactionId: state.id,
      latencyMs: Math.round(performance.now() - state.dispatchedAt),
    };
    this.responses.push(full);
    this.emit('response', full);
    return full;
  }

  private makeMessage(
    state: InteractionState,
    data: Record<string, unknown>,
    files: ReceivedFile[] = [],
  ): StoredMessage {
    const user = [this.alice, this.bob].find((u) => u.id === state.userId) ?? this.alice;
    return {
      id: snowflake(),
      type: 20,
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: this.botUser,
      content: '',
      embeds: [],
      components: [],
      attachments: keptAttachments([], data, files),
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: state.id,
        type: 2,
        user,
        authorizing_integration_owners: { '0': this.guildId },
      },
      ...pickMessageFields(data),
    };
  }

  // ---------------------------------------------------------------- REST

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const { body, files } = await readBody(req);
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const reply = (status: number, payload?: unknown, headers?: Record<string, string>) => {
      this.requests.push({ method, path: url.pathname, body, status, at: Date.now() });
      json(res, status, payload, headers);
    };

    if (method === 'GET' && parts[0] === 'attachments') return this.serveAttachment(parts, res);
    if (!url.pathname.startsWith('/api/v10/')) {
      this.unknownRoutes.push(`${method} ${url.pathname}`);
      this.log(`stand-in: unknown route ${method} ${url.pathname}`);
      return reply(404, { message: '404: Not Found', code: 0 });
    }

    // Interaction callbacks and webhooks are authorised by the interaction token, not the bot token.
    if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
      return this.callback(
        parts[1]!,
        parts[2]!,
        url,
        body as Record<string, unknown>,
        reply,
        files,
      );
    }
    if (parts[0] === 'webhooks' && parts[1] === this.applicationId) {
      return this.webhook(method, parts.slice(2), body as Record<string, unknown>, reply, files);
    }

    if (req.headers.authorization !== `Bot ${this.options.token}`)
      return reply(401, { message: '401: Unauthorized', code: 0 });
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: 1,
        },
      });
    }
    if (method === 'GET' && path === '/gateway') return reply(200, { url: this.gatewayUrl });
    const appCommands = `/applications/${this.applicationId}/commands`;
    const guildCommands = `/applications/${this.applicationId}/guilds/${this.guildId}/commands`;
    if (method === 'PUT' && (path === appCommands || path === guildCommands)) {
      const list = body as CommandDefinition[];
      this.commands = list;
      return reply(
        200,
        list.map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      );
    }
    this.unknownRoutes.push(`${method} ${path}`);
    this.log(`stand-in: unknown route ${method} ${path}`);
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private invalidForm(
    path: string,
    problems: string[],
    reply: (s: number, p?: unknown) => void,
  ): void {
    this.rejected.push({ path, problems });
    this.log(`stand-in: rejected ${path}: ${problems.join('; ')}`);
    reply(400, {
      message: 'Invalid Form Body',
      code: 50_035,
      errors: { _errors: problems.map((message) => ({ code: 'BASE_TYPE_MAX_LENGTH', message })) },
    });
  }

  private callback(
    id: string,
    token: string,
    url: URL,
    body: Record<string, unknown>,
    reply: (status: number, payload?: unknown, headers?: Record<string, string>) => void,
    files: ReceivedFile[] = [],
  ): void {
    const state = this.interactions.get(id);
    const expired = this.expireNext;
    this.expireNext = false;
    if (
      !state ||
      state.token !== token ||
      expired ||
      performance.now() - state.dispatchedAt > CALLBACK_DEADLINE_MS
    ) {
      if (state)
        this.record(state, { kind: 'callback', type: Number(body?.type), data: {}, status: 404 });
      return reply(404, { message: 'Unknown interaction', code: 10_062 });
    }
    if (this.rateLimitNext !== null) {
      const seconds = this.rateLimitNext;
      this.rateLimitNext = null;
      this.record(state, { kind: 'callback', type: Number(body?.type), data: {}, status: 429 });
      return reply(
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: false },
        { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
      );
    }
    if (state.acknowledged)
      return reply(400, { message: 'Interaction has already been acknowledged.', code: 40_060 });
    const type = Number(body?.type);
    const data = (body?.data ?? {}) as Record<string, unknown>;
    const problems =
      type === 8
        ? checkChoiceLimits(data.choices)
        : type === 4 || type === 7
          ? [...checkPayloadLimits(data), ...checkUploadLimits(files, data)]
          : [];
    if (type === 5 && data.flags !== undefined && (Number(data.flags) & ~64) !== 0)
      problems.push('data.flags: a deferral allows only EPHEMERAL');
    if (![4, 5, 6, 7, 8].includes(type)) problems.push(`type: unsupported callback type ${type}`);
    if (problems.length > 0) return this.invalidForm(url.pathname, problems, reply);

    state.acknowledged = true;
    if (type === 4 || type === 5)
      state.original = this.makeMessage(
        state,
        type === 5 ? { flags: (Number(data.flags ?? 0) & 64) | 128 } : data,
        files,
      );
    if (type === 7 && state.pressedMessage) {
      Object.assign(state.pressedMessage, pickMessageFields(data), {
        edited_timestamp: new Date().toISOString(),
      });
      keepAttachments(state.pressedMessage, data, files);
    }
    this.record(state, { kind: 'callback', type, data, status: 204, ...withFiles(files) });
    if (url.searchParams.get('with_response') === 'true') {
      return reply(200, {
        interaction: { id, type: 2 },
        resource: { type, message: state.original },
      });
    }
    return reply(204);
  }

  private webhook(
    method: string,
    rest: string[],
    body: Record<string, unknown>,
    reply: (status: number, payload?: unknown) => void,
    files: ReceivedFile[] = [],
  ): void {
    const state = this.byToken.get(rest[0] ?? '');
    if (!state) return reply(404, { message: 'Unknown Webhook', code: 10_015 });
    const path = `/webhooks/${this.applicationId}/${rest.join('/')}`;
    const isOriginal = rest[1] === 'messages' && rest[2] === '@original' && rest.length === 3;
    if (isOriginal) {
      const message = state.original ?? state.pressedMessage;
      if (!message) return reply(404, { message: 'Unknown Message', code: 10_008 });
      if (method === 'GET') return reply(200, message);
      if (method === 'DELETE') {
        this.deletedMessages.add(message.id);
        this.record(state, { kind: 'delete', data: { id: message.id }, status: 204 });
        return reply(204);
      }
      if (method === 'PATCH') {
        const problems = [...checkPayloadLimits(body), ...checkUploadLimits(files, body)];
        if (problems.length > 0) return this.invalidForm(path, problems, reply);
        Object.assign(message, pickMessageFields(body), {
          edited_timestamp: new Date().toISOString(),
        });
        keepAttachments(message, body, files);
        message.flags = Number(message.flags ?? 0) & ~128;
        this.record(state, { kind: 'edit', data: body, status: 200, ...withFiles(files) });
        return reply(200, message);
      }
    }
    if (rest.length === 1 && method === 'POST') {
      if (!state.acknowledged) return reply(404, { message: 'Unknown Webhook', code: 10_015 });
      const problems = [...checkPayloadLimits(body), ...checkUploadLimits(files, body)];
      if (problems.length > 0) return this.invalidForm(path, problems, reply);
      const message = this.makeMessage(state, body, files);
      this.record(state, { kind: 'followup', data: body, status: 200, ...withFiles(files) });
      return reply(200, message);
    }
    this.unknownRoutes.push(`${method} ${path}`);
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  /** Serves an attached file's bytes, as Discord's CDN does: `/attachments/{channel}/{id}/{name}`. */
  private serveAttachment(parts: string[], res: ServerResponse): void {
    const upload = this.uploads.get(parts[2] ?? '');
    if (!upload || parts[3] !== upload.filename) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    this.downloads.set(upload.id, (this.downloads.get(upload.id) ?? 0) + 1);
    res
      .writeHead(200, {
        'content-type': upload.contentType ?? 'application/octet-stream',
        'content-length': String(upload.bytes.byteLength),
      })
      .end(upload.bytes);
  }

  /** Closes the gateway and the HTTP server. */
  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** True for a reply that shows something: not a bare deferral or deletion. */
/** Why a wait for a reply ends: the interaction's callback was refused (expired, or too late). */
function refusal(r: RecordedResponse): Error {
  return new Error(
    `stand-in: interaction ${r.interactionId}'s callback was refused (404, 10062) at ${r.latencyMs} ms: ` +
      `past Discord's ${CALLBACK_DEADLINE_MS} ms, or expired by the test; no reply can follow`,
  );
}

export function carriesContent(r: RecordedResponse): boolean {
  if (r.kind === 'callback') return r.type === 4 || r.type === 7 || r.type === 8;
  return r.kind === 'edit' || r.kind === 'followup';
}

function pickMessageFields(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'allowed_mentions']) {
    if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

function withFiles(files: ReceivedFile[]): { files?: ReceivedFile[] } {
  return files.length > 0 ? { files } : {};
}

/**
 * A message's attachments after a send or an edit: those of `previous` that the payload's
 * `attachments` lists by id, then one per uploaded file. Without an `attachments` list an edit
 * keeps them all, as Discord does.
 */
function keptAttachments(
  previous: unknown[],
  data: Record<string, unknown>,
  files: ReceivedFile[],
): unknown[] {
  const listed = Array.isArray(data.attachments)
    ? (data.attachments as Array<{ id?: unknown; description?: unknown }>)
    : undefined;
  if (!listed) return previous;
  const kept = previous.filter((a) =>
    listed.some((l) => String(l.id) === String((a as { id: string }).id)),
  );
  const uploaded = files.map((file) => {
    const index = /^files\[(\d+)\]$/.exec(file.field)?.[1];
    const entry = listed.find((l) => String(l.id) === index);
    const id = snowflake();
    return {
      id,
      filename: file.filename,
      size: file.bytes,
      content_type: file.contentType,
      description: entry?.description,
      url: `https://cdn.discord.invalid/attachments/${id}/${file.filename}`,
      proxy_url: `https://media.discord.invalid/attachments/${id}/${file.filename}`,
    };
  });
  return [...kept, ...uploaded];
}

function keepAttachments(
  message: StoredMessage,
  data: Record<string, unknown>,
  files: ReceivedFile[],
): void {
  const previous = Array.isArray(message.attachments) ? (message.attachments as unknown[]) : [];
  message.attachments = keptAttachments(previous, data, files);
}
