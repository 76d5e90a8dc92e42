/** Failures end in a hidden reply and a log entry; expired interactions are logged and dropped. */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { FAILURE_NOTICE } from '../../src/gateway/bot.js';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import { fixedEngine } from '../support/fake-engine.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

const broken = fixedEngine({});
broken.ask = () => {
  throw new Error('engine exploded');
};

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness({ engine: broken });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await h?.stop();
});

const logEntries = () =>
  h.logs.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

it('answers a command that throws with a short hidden reply, and logs the whole error', async () => {
  const id = h.fake.slash('ask', { question: 'anything' });
  const reply = await h.fake.waitForResponse(id);
  expect(reply).toMatchObject({
    kind: 'callback',
    type: 4,
    data: { content: FAILURE_NOTICE, flags: 64 },
  });
  const entry = logEntries().find(
    (e) => e.message === 'interaction failed' && e.interaction === id,
  )!;
  expect(entry).toMatchObject({ level: 'error', command: 'ask', outcome: 'error' });
  expect((entry.error as { message: string }).message).toBe('engine exploded');
});

it('logs and drops an interaction that expired before the bot answered (10062)', async () => {
  h.fake.expireNextCallback();
  const id = h.fake.slash('sources');
  const dropped = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const deadline = Date.now() + 5_000;
    const poll = () => {
      const found = logEntries().find(
        (e) => e.message === 'interaction dropped' && e.interaction === id,
      );
      if (found) return resolve(found);
      if (Date.now() > deadline) return reject(new Error('no "interaction dropped" log entry'));
      setTimeout(poll, 10);
    };
    poll();
  });
  expect(dropped).toMatchObject({
    level: 'warn',
    code: 10062,
    outcome: 'dropped',
    command: 'sources',
  });
  // Expected under load: one short line, no stack trace.
  expect(dropped.error).toBeUndefined();
  expect(JSON.stringify(dropped)).not.toMatch(/\n\s+at /);
  expect(h.fake.responses.filter((r) => r.interactionId === id).map((r) => r.status)).toEqual([
    404,
  ]);
  expect(unhandled).toEqual([]);
});
