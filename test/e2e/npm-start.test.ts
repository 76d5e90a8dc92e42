/**
 * `npm start` as an operator runs it: with a token it connects to the stand-in and answers; a
 * SIGTERM or SIGINT to the pid npm gave stops it cleanly (exit 0, in-flight questions answered
 * or told); a fatal gateway close exits 1 naming the fix. Without a token it runs the console.
 * One test at a time: run at once, their processes slowed each other past their time limits
 * on a machine already loaded by other work.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { botEnv, TEST_TOKEN } from '../support/bot-harness.js';
import { carriesContent, FakeDiscord } from '../support/fake-discord.js';
import { loadConfig } from '../../src/config.js';
import { loadCommands } from '../../src/framework/commands.js';
import { STOPPING_NOTICE } from '../../src/framework/serving.js';
import { deployCommands } from '../../src/gateway/deploy-commands.js';
import { silentLogger } from '../../src/log.js';
import { signatureHeaders, testKeyPair } from '../support/signing.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { Children, exitCodeOf, HANG_BOUND_MS, untilExit } from '../support/child-process.js';

const cleanEnv = (): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('DISCORD_') && !k.startsWith('npm_')) env[k] = v;
  return env;
};

// Each test waits on what its processes do, and fails as soon as one exits early: the time
// limit only catches a hang (support/child-process.ts). A process a failed test left running
// is stopped, so it cannot slow the tests after it.
vi.setConfig({ testTimeout: HANG_BOUND_MS });
const children = new Children();
afterEach(() => children.stopAll());

/** `npm start` pointed at `fake`; resolves once the bot has identified, rejects if it exits first. */
async function npmStart(fake: FakeDiscord) {
  await deployCommands(loadConfig(botEnv(fake)), await loadCommands(), silentLogger);
  const connected = fake.waitConnected(HANG_BOUND_MS);
  const child = children.track(
    spawn('npm', ['start'], {
      env: { ...cleanEnv(), ...botEnv(fake), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = { stderr: '' };
  child.stderr.on('data', (d: Buffer) => (output.stderr += d.toString()));
  child.stdout.resume();
  await untilExit(child, connected, () => output.stderr);
  return { child, output };
}

/**
 * Its exit code once told to stop: waits for the exit itself, bounded against a hang
 * (`STOP_BOUND_MS`, support/child-process.ts).
 */
async function exitOf(child: ChildProcess) {
  return { code: await exitCodeOf(child) };
}

/**
 * Its exit code once it has run to its end by itself: a whole run (npm, the compile check, the
 * start, an index built for a new folder, the answers) is bounded as a start is, against a hang
 * (`HANG_BOUND_MS`), not as a stop: at a load of 19 on 2 cores a console run over a new
 * one-article folder outlasted the stop's bound of a minute.
 */
async function endOf(child: ChildProcess) {
  return { code: await exitCodeOf(child, HANG_BOUND_MS) };
}

/**
 * The message of an assertion on a run's exit, with the end of its standard error, labelled:
 * unlabelled, a failure printed the log's first line ("info: corpus folder … (the default)") as
 * if it were the assertion, which read as the wrong folder under the next test's name.
 */
function stderrOf(command: string, stderr: string): string {
  return `${command}: exit code; its standard error ends:\n${stderr.slice(-2_000)}`;
}

describe('npm start with a token', () => {
  it("answers, and on SIGTERM to npm's pid answers or tells every question in flight, then exits 0", async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      const { child, output } = await npmStart(fake);
      const help = fake.slash('help');
      expect((await fake.waitForResponse(help, carriesContent, HANG_BOUND_MS)).data.flags).toBe(64);

      const asked = Array.from({ length: 40 }, (_, i) =>
        fake.slash('ask', { question: `Who signed the cooperation agreement? (${i})` }),
      );
      child.kill('SIGTERM');
      const { code } = await exitOf(child);
      // Exit 1 is the bot's own hard stop (main.ts): its log says why.
      expect(code, stderrOf('npm start (with a token)', output.stderr)).toBe(0);
      for (const id of asked) {
        const shown = fake.responses.filter(
          (r) => r.interactionId === id && r.status < 300 && carriesContent(r),
        );
        expect(shown.length, `interaction ${id}`).toBeGreaterThan(0);
        const notice = shown.find((r) => r.data.content === STOPPING_NOTICE);
        if (notice) expect(notice.data.flags).toBe(64);
      }
      expect(output.stderr).toContain('bot stopped');
      expect(output.stderr).not.toContain('gateway reconnecting');
      expect(output.stderr).not.toContain(TEST_TOKEN);
    } finally {
      await fake.close();
    }
  });

  it("stops on SIGINT to npm's pid with exit 0", async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      const { child, output } = await npmStart(fake);
      child.kill('SIGINT');
      const { code } = await exitOf(child);
      expect(code, stderrOf('npm start (with a token)', output.stderr)).toBe(0);
      expect(output.stderr).toContain('shutting down reason=SIGINT');
    } finally {
      await fake.close();
    }
  });

  it('exits 1 naming the cause and the fix when the gateway closes with 4004 after ready', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    try {
      const { child, output } = await npmStart(fake);
      fake.closeGateway(4004);
      const { code } = await exitOf(child);
      expect(code).toBe(1);
      expect(output.stderr).toMatch(
        /gateway closed with 4004, authentication failed.*Fix: set DISCORD_TOKEN/,
      );
    } finally {
      await fake.close();
    }
  });
});

it('runs the console without a token, reading piped commands until the end', async () => {
  const child = children.track(
    spawn('npm', ['start', '--silent'], {
      env: { ...cleanEnv(), DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(
    '/sources\n/ask Who signed the cooperation agreement? results:1\nn\n/timeline from:2020-11\n',
  );
  const { code } = await endOf(child);
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
});

describe('npm run serve', () => {
  it('refuses to start without DISCORD_PUBLIC_KEY, naming it (exit 2)', async () => {
    const child = children.track(
      spawn('npm', ['run', 'serve', '--silent'], {
        env: { ...cleanEnv(), DISCORD_CLIENT_ID: '123456789012345678', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const { code } = await endOf(child);
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_PUBLIC_KEY is required to serve HTTP interactions');
  });

  it("answers a signed PING, and stops on SIGTERM to npm's pid with exit 0", async () => {
    const { privateKey, publicHex } = testKeyPair();
    const child = children.track(
      spawn('npm', ['run', 'serve'], {
        env: {
          ...cleanEnv(),
          DISCORD_CLIENT_ID: '123456789012345678',
          DISCORD_PUBLIC_KEY: publicHex,
          HTTP_PORT: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let stderr = '';
    const ready = new Promise<string>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const url = /http endpoint ready url=(\S+)/.exec(stderr)?.[1];
        if (url) resolve(url);
      }),
    );
    child.stdout.resume();
    const endpoint = await untilExit(child, ready, () => stderr);
    const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: signatureHeaders(privateKey, body),
      body,
    });
    expect(await res.json()).toEqual({ type: 1 });
    child.kill('SIGTERM');
    const { code } = await exitOf(child);
    expect(code).toBe(0);
    expect(stderr).toContain('http endpoint stopped');
  });
});

describe('npm start -- --corpus DIR', () => {
  it('reads the corpus folder given on the command line and logs where the choice came from', async () => {
    const folder = await writePlainCorpus({
      'harbour.txt':
        'Harbour Cranes Return to Marrowick\n\nThe port authority said on Monday that the two cranes had been repaired and would return to service.\n',
    });
    try {
      const child = children.track(
        spawn('npm', ['start', '--silent', '--', '--corpus', folder, '--verbose'], {
          env: {
            ...cleanEnv(),
            DISCORD_TOKEN: '',
            LOG_LEVEL: 'warn',
            CORPUS_DIR: '/no/such/folder',
          },
          stdio: ['pipe', 'pipe', 'pipe'],
        }),
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.end('/sources\n');
      const { code } = await endOf(child);
      expect(code, stderrOf('npm start -- --corpus DIR', stderr)).toBe(0);
      expect(stdout).toContain('== Sources: 1 article ==');
      expect(stdout).toContain('Harbour Cranes Return to Marrowick');
      // --verbose raised LOG_LEVEL=warn to info, so the choice and its origin are logged.
      expect(stderr).toContain(`corpus folder ${folder} (from --corpus)`);
    } finally {
      await removeFolder(folder);
    }
  });

  it('refuses an unknown flag with exit 2 and its usage', async () => {
    const child = children.track(
      spawn('npm', ['start', '--silent', '--', '--corpse', 'x'], {
        env: { ...cleanEnv(), DISCORD_TOKEN: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const { code } = await endOf(child);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^start: unknown flag --corpse/);
    expect(stderr).toContain('usage: npm start [-- --corpus DIR]');
  });
});
