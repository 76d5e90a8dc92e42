/**
 * Configuration, read once from the environment (and `.env` when present) and checked with zod.
 * The Discord token is wrapped in {@link Secret}, which never prints its value: not in logs,
 * not in `JSON.stringify`, not in `util.inspect`, not in error messages.
 */
import { inspect } from 'node:util';
import { z } from 'zod';
import { DEFAULT_CORPUS_DIR } from './engine/index.js';
import { ConfigError, invalidEnvironment, setVariables } from './environment.js';
import { DEFAULT_FEEDBACK_FILE } from './feedback/log.js';

export { ConfigError } from './environment.js';
import { LOG_LEVELS, LOG_LEVEL_RULE } from './log.js';
import type { LogLevel } from './log.js';

/** A value that must never be printed. Call {@link Secret.reveal} only where it is sent. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The secret itself, for the one place that needs it (logging in). */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return 'Secret([redacted])';
  }
}

/** The bot's configuration. */
export interface Config {
  /** Bot token; null runs the local console instead of connecting to Discord. */
  token: Secret | null;
  /** The application's id: needed by the bot and by deploy-commands. */
  clientId: string | null;
  /** Deploy commands to this server only (instant, for testing); null deploys globally. */
  guildId: string | null;
  /** REST base URL (a proxy, or the test stand-in); null uses Discord's own. */
  apiUrl: string | null;
  logLevel: Exclude<LogLevel, 'silent'>;
  /** Folder of articles. */
  corpusDir: string;
  /** The feedback log (JSON lines) where "Report a passage" verdicts are kept. */
  feedbackFile: string;
  /** The application's Ed25519 public key (64 hex digits), for the HTTP interactions endpoint. */
  publicKey: string | null;
  /** Where the HTTP interactions endpoint listens (`npm run serve`). */
  http: { host: string; port: number };
  /** Where the engine runs when serving: a worker thread (default), or the main thread. */
  engineThread: 'worker' | 'main';
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional();
const snowflake = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, `${name} must be a Discord id (17 to 20 digits)`);

/**
 * What is wrong with a DISCORD_TOKEN value, or null. A value written as the HTTP Authorization
 * header writes it ("Bot " then the token; Discord API reference, "Authentication") is told to
 * leave the prefix out, since the client adds it; any other value with a space is not a token.
 * The message never includes the value, so a malformed token cannot leak through an error.
 */
function tokenProblem(value: string): string | null {
  if (/^\s*Bot\s+\S+\s*$/i.test(value))
    return 'DISCORD_TOKEN must be the token alone: leave out the "Bot " before it (the bot adds it when it connects)';
  if (!/^\S+$/.test(value))
    return 'DISCORD_TOKEN must be one word with no spaces (copy it again from the Developer Portal, Bot tab)';
  return null;
}

const envSchema = z.object({
  DISCORD_TOKEN: optional(
    z.string().superRefine((value, context) => {
      const problem = tokenProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  ),
  DISCORD_CLIENT_ID: optional(snowflake('DISCORD_CLIENT_ID')),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => /^https?:\/\//.test(v) && URL.canParse(v),
        'DISCORD_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8080/api',
      ),
  ),
  LOG_LEVEL: optional(
    z.enum(
      LOG_LEVELS.filter((l) => l !== 'silent') as ['debug', 'info', 'warn', 'error'],
      LOG_LEVEL_RULE,
    ),
  ),
  CORPUS_DIR: optional(z.string()),
  FEEDBACK_FILE: optional(z.string()),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        'DISCORD_PUBLIC_KEY must be 64 hex digits (Developer Portal > General Information > Public Key)',
      ),
  ),
  HTTP_HOST: optional(z.string().trim()),
  ENGINE_THREAD: optional(z.enum(['worker', 'main'], 'ENGINE_THREAD must be worker or main')),
  HTTP_PORT: optional(
    z.coerce
      .number('HTTP_PORT must be a port number, 0 to 65535')
      .int('HTTP_PORT must be a whole number')
      .min(0, 'HTTP_PORT must be 0 (any free port) to 65535')
      .max(65_535, 'HTTP_PORT must be 0 (any free port) to 65535'),
  ),
});

/** What the HTTP interactions endpoint needs beyond the rest, each with where to find its value. */
const HTTP_REQUIRED = {
  DISCORD_PUBLIC_KEY:
    'DISCORD_PUBLIC_KEY is required to serve HTTP interactions (Developer Portal > General Information > Public Key)',
  DISCORD_CLIENT_ID:
    'DISCORD_CLIENT_ID is required to serve HTTP interactions (Developer Portal > General Information > Application ID)',
} as const;

/**
 * Validates configuration from `env` (default `process.env`); an empty or blank value counts as
 * unset (`setValue` in environment.ts), so its default applies. With `options.http` (`npm run
 * serve`), the variables the HTTP endpoint needs ({@link requireHttpConfig}) are required too,
 * and a missing one is listed beside any invalid one, so one run names every problem.
 *
 * @throws {ConfigError} listing every invalid variable, e.g. "DISCORD_CLIENT_ID is required to run the bot".
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { http?: boolean } = {},
): Config {
  // Blank means unset, by the one rule every variable follows.
  const vars = setVariables(env);
  const parsed = envSchema.safeParse(vars);
  const missing = options.http
    ? (Object.keys(HTTP_REQUIRED) as (keyof typeof HTTP_REQUIRED)[])
        .filter((name) => vars[name] === undefined)
        .map((name) => HTTP_REQUIRED[name])
    : [];
  if (!parsed.success || missing.length > 0)
    throw invalidEnvironment([
      ...(parsed.success ? [] : parsed.error.issues.map((i) => i.message)),
      ...missing,
    ]);
  const e = parsed.data;
  if (e.DISCORD_TOKEN && !e.DISCORD_CLIENT_ID) {
    throw new ConfigError(
      'config: DISCORD_CLIENT_ID is required to run the bot (Developer Portal > General Information > Application ID)',
    );
  }
  return {
    token: e.DISCORD_TOKEN ? new Secret(e.DISCORD_TOKEN) : null,
    clientId: e.DISCORD_CLIENT_ID ?? null,
    guildId: e.DISCORD_GUILD_ID ?? null,
    apiUrl: e.DISCORD_API_URL ? e.DISCORD_API_URL.replace(/\/+$/, '') : null,
    logLevel: e.LOG_LEVEL ?? 'info',
    corpusDir: e.CORPUS_DIR ?? DEFAULT_CORPUS_DIR,
    feedbackFile: e.FEEDBACK_FILE ?? DEFAULT_FEEDBACK_FILE,
    publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase() ?? null,
    http: { host: e.HTTP_HOST ?? '127.0.0.1', port: e.HTTP_PORT ?? 8080 },
    engineThread: e.ENGINE_THREAD ?? 'worker',
  };
}

/**
 * Checks what the HTTP interactions endpoint needs beyond {@link loadConfig}.
 *
 * @throws {ConfigError} naming the missing variable and where to find its value.
 */
export function requireHttpConfig(config: Config): { publicKey: string; clientId: string } {
  const missing: string[] = [];
  if (!config.publicKey) missing.push(HTTP_REQUIRED.DISCORD_PUBLIC_KEY);
  if (!config.clientId) missing.push(HTTP_REQUIRED.DISCORD_CLIENT_ID);
  // One problem a line under the header, as loadConfig says them.
  if (missing.length > 0) throw invalidEnvironment(missing);
  return { publicKey: config.publicKey!, clientId: config.clientId! };
}
