/**
 * Serving at Discord's pace: answers ready in time go in the callback, late ones are deferred;
 * a stop drains what is in flight; a fatal gateway close is reported with its cause and fix.
 */
import { RESTEvents } from 'discord.js';
import type { RateLimitData } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFER_AFTER_MS, STOPPING_NOTICE } from '../../src/gateway/bot.js';
import type { FatalGatewayError } from '../../src/gateway/close-codes.js';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import { fixedEngine } from '../support/fake-engine.js';
import { slowWhen, slowWhenAsked } from '../support/slow-runner.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import type { CommandRunner } from '../../src/framework/runner.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const logEntries = (harness: Harness) =>
  harness.logs
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('deadline', () => {
  it('defers an answer that is not ready in time, then edits it in; the callback stays inside 3 s', async () => {
    h = await startHarness({
      engine: fixedEngine({}),
      wrapRunner: slowWhenAsked(DEFER_AFTER_MS + 300),
    });
    const id = h.fake.slash('ask', { question: 'a slow question' });
    const deferral = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect(deferral.type).toBe(5);
    // Deferred at the deadline, not before; the stand-in refuses callbacks after 3 s (status 404).
    expect(deferral.latencyMs).toBeGreaterThanOrEqual(DEFER_AFTER_MS - 50);
    const reply = await h.fake.waitForResponse(id);
    expect(reply.kind).toBe('edit');
  });

  it('defers at once when the queue ahead already outlasts the deadline', async () => {
    h = await startHarness({
      engine: fixedEngine({}),
      wrapRunner: (inner) => ({ ...slowWhenAsked(300)(inner), backlogMs: () => 60_000 }),
    });
    const id = h.fake.slash('ask', { question: 'slow behind a long queue' });
    const deferral = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect(deferral.type).toBe(5);
    expect(deferral.latencyMs).toBeLessThan(DEFER_AFTER_MS);
    expect((await h.fake.waitForResponse(id)).kind).toBe('edit');
  });

  it('edits a burst of deferred answers in as they are ready, never held to a global limit', async () => {
    // Discord binds no interaction endpoint to the global limit of 50 requests a second.
    h = await startHarness({
      engine: fixedEngine({}),
      wrapRunner: (inner) => ({ ...slowWhen(() => false, 0)(inner), backlogMs: () => 60_000 }),
    });
    const globalWaits: RateLimitData[] = [];
    h.bot.client.rest.on(RESTEvents.RateLimited, (info) => {
      if (info.global) globalWaits.push(info);
    });
    const ids = Array.from({ length: 100 }, (_, i) => h!.fake.slash('ask', { question: `q${i}` }));
    const edits = await Promise.all(ids.map((id) => h!.fake.waitForResponse(id)));
    expect(edits.every((r) => r.kind === 'edit')).toBe(true);
    expect(globalWaits).toEqual([]);
  });

  it('turns a late refusal after a public deferral into a hidden follow-up', async () => {
    h = await startHarness({
      engine: fixedEngine({}),
      wrapRunner: slowWhenAsked(DEFER_AFTER_MS + 300),
    });
    const id = h.fake.slash('ask', { question: 'slow', source: 'no-such-article' });
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'followup', data: { flags: 64 } });
    expect(h.fake.responses.some((r) => r.interactionId === id && r.kind === 'delete')).toBe(true);
  });
});

describe('button deadline', () => {
  /** Presses answered after Discord's 3 s, were they not acknowledged first. */
  const slowPresses = (inner: CommandRunner): CommandRunner => ({
    ...slowWhen(() => false, 0)(inner),
    press: async (id, user) => {
      await new Promise((resolve) => setTimeout(resolve, DEFER_AFTER_MS + 1_500));
      return inner.press(id, user);
    },
  });
  const buttonsOf = (r: RecordedResponse) =>
    (
      (r.data.components ?? []) as Array<{
        components: Array<{ label?: string; custom_id: string; disabled?: boolean }>;
      }>
    ).flatMap((row) => row.components);

  it('acknowledges a slow press in time (deferred update), then edits the page in', async () => {
    h = await startHarness({ wrapRunner: slowPresses });
    const id = h.fake.slash('timeline');
    const first = await h.fake.waitForResponse(id);
    const next = buttonsOf(first).find((b) => b.label === 'Next ▶')!;
    const press = h.fake.press(id, next.custom_id);
    const ack = await h.fake.waitForResponse(press, (r) => r.kind === 'callback');
    expect(ack).toMatchObject({ type: 6, status: 204 });
    expect(ack.latencyMs).toBeGreaterThanOrEqual(DEFER_AFTER_MS - 50);
    expect(ack.latencyMs).toBeLessThan(3_000);
    const edit = await h.fake.waitForResponse(press, (r) => r.kind === 'edit');
    expect(String(JSON.stringify(edit.data.embeds))).toMatch(/Events 11–/);
    expect(buttonsOf(edit).find((b) => b.label === '◀ Previous')!.disabled).toBeFalsy();
  });

  it('answers a slow press on expired buttons in time too: buttons disabled, the presser told', async () => {
    h = await startHarness({ wrapRunner: slowPresses, stateTtlMs: 300 });
    const id = h.fake.slash('timeline');
    const first = await h.fake.waitForResponse(id);
    const next = buttonsOf(first).find((b) => b.label === 'Next ▶')!;
    // The expiry's disabling: the edit after the reply (under load the reply is itself an edit,
    // a deferred answer's).
    await h.fake.waitForResponse(id, (r) => r.kind === 'edit' && r !== first);
    const press = h.fake.press(id, next.custom_id);
    const ack = await h.fake.waitForResponse(press, (r) => r.kind === 'callback');
    expect(ack).toMatchObject({ type: 6, status: 204 });
    expect(ack.latencyMs).toBeLessThan(3_000);
    const notice = await h.fake.waitForResponse(press, (r) => r.kind === 'followup');
    expect(notice.data.flags).toBe(64);
    expect(String(notice.data.content)).toMatch(/^These buttons have expired/);
  });
});

describe('stop', () => {
  it('finishes what is in flight before disconnecting, and logs no reconnect', async () => {
    h = await startHarness({ engine: fixedEngine({}), wrapRunner: slowWhenAsked(400) });
    const id = h.fake.slash('ask', { question: 'slow but in time' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await h.bot.stop();
    const reply = await h.fake.waitForResponse(id, undefined, 1);
    expect(reply).toMatchObject({ kind: 'callback', type: 4 });
    const messages = logEntries(h).map((e) => e.message);
    expect(messages).toContain('bot stopped');
    expect(messages).not.toContain('gateway reconnecting');
    expect(logEntries(h).find((e) => e.message === 'drained')).toMatchObject({
      inFlight: 1,
      finished: 1,
      told: 0,
    });
  });

  it('tells what is still in flight when the drain times out, and turns away what arrives meanwhile', async () => {
    h = await startHarness({ engine: fixedEngine({}), wrapRunner: slowWhenAsked(1_500) });
    const late = h.fake.slash('ask', { question: 'very slow' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = h.bot.stop({ drainMs: 600 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const arriving = h.fake.slash('sources');
    await stopping;
    for (const id of [late, arriving]) {
      const notice = await h.fake.waitForResponse(id, undefined, 1);
      expect(notice).toMatchObject({ kind: 'callback', type: 4, data: { flags: 64 } });
      expect(notice.data.content).toBe(STOPPING_NOTICE);
    }
    expect(logEntries(h).filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('fatal gateway close', () => {
  it.each([4004, 4014])(
    'reports close %i after ready with its cause and fix, once, and does not reconnect',
    async (code) => {
      const fatal: FatalGatewayError[] = [];
      h = await startHarness({ engine: fixedEngine({}), onFatal: (e) => fatal.push(e) });
      h.fake.closeGateway(code);
      const deadline = Date.now() + 5_000;
      while (fatal.length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.code).toBe(code);
      expect(fatal[0]!.message).toMatch(
        code === 4004 ? /4004.*token.*DISCORD_TOKEN/ : /4014.*Privileged Gateway Intents/,
      );
      const entry = logEntries(h).find((e) => e.level === 'error')!;
      expect(entry.message).toBe(fatal[0]!.message);
      expect(h.fake.identifies).toBe(1);
    },
  );
});
