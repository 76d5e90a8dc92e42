import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, requireHttpConfig } from '../../src/config.js';
import { readEnvironment } from '../../src/environment.js';
import { DEFAULT_FEEDBACK_FILE } from '../../src/feedback/log.js';
import { createLogger } from '../../src/log.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.very-secret-token-value';
const CLIENT = '123456789012345678';

/** The error loadConfig throws for DISCORD_TOKEN `token`, or null when it throws none. */
function tokenError(token: string): Error | null {
  try {
    loadConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: CLIENT });
  } catch (e) {
    return e as Error;
  }
  return null;
}

describe('loadConfig', () => {
  it('runs the console when DISCORD_TOKEN is absent or blank', () => {
    expect(loadConfig({}).token).toBeNull();
    expect(loadConfig({ DISCORD_TOKEN: '  ', DISCORD_CLIENT_ID: '' })).toMatchObject({
      token: null,
      clientId: null,
      logLevel: 'info',
      corpusDir: './corpus',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT,
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      LOG_LEVEL: 'debug',
      CORPUS_DIR: '/data/corpus',
    });
    expect(config).toMatchObject({
      clientId: CLIENT,
      guildId: '876543210987654321',
      apiUrl: 'http://127.0.0.1:9999/api',
      logLevel: 'debug',
      corpusDir: '/data/corpus',
    });
    expect(config.token!.reveal()).toBe(TOKEN);
  });

  it('lists every invalid variable with a clear message', () => {
    expect(() =>
      loadConfig({ DISCORD_CLIENT_ID: 'abc', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud' }),
    ).toThrow(
      new ConfigError(
        'config: invalid environment (see .env.example):\n' +
          '- DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits)\n' +
          '- DISCORD_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8080/api\n' +
          '- LOG_LEVEL must be one of debug, info, warn, error',
      ),
    );
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN })).toThrow(
      'config: DISCORD_CLIENT_ID is required to run the bot',
    );
  });

  it('lists what the HTTP endpoint lacks one a line under the header, as loadConfig does', () => {
    expect(() => requireHttpConfig(loadConfig({}))).toThrow(
      new ConfigError(
        'config: invalid environment (see .env.example):\n' +
          '- DISCORD_PUBLIC_KEY is required to serve HTTP interactions (Developer Portal > General Information > Public Key)\n' +
          '- DISCORD_CLIENT_ID is required to serve HTTP interactions (Developer Portal > General Information > Application ID)',
      ),
    );
  });

  it('serving, lists a missing endpoint variable beside an invalid one, in one message', () => {
    expect(() => loadConfig({ ENGINE_THREAD: 'both' }, { http: true })).toThrow(
      new ConfigError(
        'config: invalid environment (see .env.example):\n' +
          '- ENGINE_THREAD must be worker or main\n' +
          '- DISCORD_PUBLIC_KEY is required to serve HTTP interactions (Developer Portal > General Information > Public Key)\n' +
          '- DISCORD_CLIENT_ID is required to serve HTTP interactions (Developer Portal > General Information > Application ID)',
      ),
    );
    // A key that is set but malformed is told as such, not as missing; the gateway needs neither.
    expect(() =>
      loadConfig({ DISCORD_PUBLIC_KEY: 'xyz', DISCORD_CLIENT_ID: CLIENT }, { http: true }),
    ).toThrow(
      new ConfigError(
        'config: invalid environment (see .env.example):\n' +
          '- DISCORD_PUBLIC_KEY must be 64 hex digits (Developer Portal > General Information > Public Key)',
      ),
    );
    expect(loadConfig({}).publicKey).toBeNull();
  });

  it('never shows the token: not in JSON, inspect, string form, logs or errors', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT });
    const lines: string[] = [];
    createLogger({ format: 'json', write: (l) => lines.push(l) }).info('config', {
      config,
      token: config.token,
    });
    const shown = [
      JSON.stringify(config),
      inspect(config, { depth: 5 }),
      String(config.token),
      `${config.token}`,
      ...lines,
    ];
    for (const text of shown) expect(text).not.toContain('very-secret');
    const bad = 'with space very-secret';
    const error = tokenError(bad);
    expect(error?.message).toContain('DISCORD_TOKEN must be one word');
    expect(`${error?.message}\n${error?.stack}`).not.toContain('very-secret');
  });

  it('says to leave out the "Bot " prefix of a token written as the Authorization header writes it', () => {
    for (const given of ['Bot very-secret', 'bot  very-secret ']) {
      const error = tokenError(given);
      expect(error?.message).toContain('leave out the "Bot " before it');
      expect(error?.message).not.toContain('one word');
      expect(`${error?.message}\n${error?.stack}`).not.toContain('very-secret');
    }
  });
});

describe('readEnvironment', () => {
  it('counts an empty or blank value as unset, in the environment and in .env, for every variable', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'env-'));
    try {
      const envFile = path.join(folder, '.env');
      await writeFile(envFile, 'FEEDBACK_FILE=\nCORPUS_DIR=  \nLOG_LEVEL=debug\nHTTP_PORT=\n');
      const environment = readEnvironment(envFile, { LOG_LEVEL: '', HTTP_HOST: ' ' });
      expect(environment.vars).toEqual({ LOG_LEVEL: 'debug' });
      expect([...environment.fromFile]).toEqual(['LOG_LEVEL']);
      const config = loadConfig(environment.vars);
      expect(config).toMatchObject({
        feedbackFile: DEFAULT_FEEDBACK_FILE,
        corpusDir: './corpus',
        logLevel: 'debug',
        http: { host: '127.0.0.1', port: 8080 },
      });
      // The same rule when the environment is passed to loadConfig directly.
      expect(loadConfig({ FEEDBACK_FILE: '', HTTP_PORT: ' ' })).toMatchObject({
        feedbackFile: DEFAULT_FEEDBACK_FILE,
        http: { port: 8080 },
      });
      // A value set in the environment still wins over .env's.
      expect(readEnvironment(envFile, { LOG_LEVEL: 'warn' }).vars.LOG_LEVEL).toBe('warn');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
