/**
 * `npm start` as a process: with a token it connects to the stand-in, answers and shuts down
 * cleanly on SIGTERM; without one it runs the console over piped input and exits at its end.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, it } from 'vitest';
import { botEnv } from '../support/bot-harness.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { TEST_TOKEN } from '../support/bot-harness.js';
import { loadConfig } from '../../src/config.js';
import { loadCommands } from '../../src/framework/commands.js';
import { deployCommands } from '../../src/gateway/deploy-commands.js';
import { silentLogger } from '../../src/log.js';

// What `npm start` runs (`tsx src/main.ts`), without npm in between to swallow signals.
const TSX = 'node_modules/.bin/tsx';
const MAIN = ['src/main.ts'];
const cleanEnv = (): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('DISCORD_')) env[k] = v;
  return env;
};

it('runs the bot from src/main.ts with the token, answers /help, and exits 0 on SIGTERM', async () => {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN });
  try {
    await deployCommands(loadConfig(botEnv(fake)), await loadCommands(), silentLogger);
    const connected = fake.waitConnected(30_000);
    const child = spawn(TSX, MAIN, {
      env: { ...cleanEnv(), ...botEnv(fake), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await connected;
    const id = fake.slash('help');
    const reply = await fake.waitForResponse(id);
    expect(reply.data.flags).toBe(64);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr).toContain('bot stopped');
    expect(stderr).not.toContain(TEST_TOKEN);
  } finally {
    await fake.close();
  }
}, 40_000);

it('runs the console from src/main.ts without a token, reading piped commands until the end', async () => {
  const child = spawn(TSX, MAIN, {
    env: { ...cleanEnv(), DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(
    '/sources\n/ask Who signed the cooperation agreement? results:1\nn\n/timeline from:2020-11\n',
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  expect(code).toBe(0);
  expect(stderr.split('\n')[0]).toMatch(
    /^No DISCORD_TOKEN set: starting the local console\. To connect to Discord/,
  );
  expect(stdout).toMatch(/== Sources: \d+ articles ==/);
  expect(stdout).toContain(
    '**Question:** Who signed the cooperation agreement?'.replace(/\*\*/g, ''),
  );
  expect(stdout).toMatch(/Page 2 of \d/);
  expect(stdout).toContain('== Timeline: from 2020-11 ==');
}, 40_000);
