/**
 * The HTTP interactions endpoint, driven by the stand-in the way Discord drives it (signed POSTs),
 * and by hostile clients: every refusal has its status, nothing unsigned is ever answered.
 */
import { connect } from 'node:net';
import { RESTEvents } from 'discord.js';
import type { RateLimitData } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/types.js';
import { DEFER_AFTER_MS, STOPPING_NOTICE } from '../../src/framework/serving.js';
import { MAX_BODY_BYTES } from '../../src/http/server.js';
import { HARBOUR_AND_LIBRARY, removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { startHttpHarness } from '../support/http-harness.js';
import type { HttpHarness } from '../support/http-harness.js';
import { signatureHeaders, testKeyPair } from '../support/signing.js';
import { slowWhen, slowWhenAsked } from '../support/slow-runner.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

type Row = { components: Array<{ custom_id: string; label: string; disabled?: boolean }> };
const buttonsOf = (r: RecordedResponse) =>
  ((r.data.components ?? []) as Row[]).flatMap((row) => row.components);

let corpus: string;
let engine: Engine;
let h: HttpHarness;

beforeAll(async () => {
  corpus = await writePlainCorpus(HARBOUR_AND_LIBRARY);
  engine = await openEngine({ corpusDir: corpus });
  h = await startHttpHarness({ engine, wrapRunner: slowWhenAsked(DEFER_AFTER_MS + 300) });
});
afterAll(async () => {
  await h?.stop();
  expect(h?.fake.rejected).toEqual([]);
  expect(h?.fake.unknownRoutes).toEqual([]);
  await removeFolder(corpus);
});

const post = (body: string | Buffer, headers: Record<string, string>, path = '/interactions') =>
  fetch(`${h.http.url}${path}`, { method: 'POST', headers, body });
const signed = (body: unknown, timestampS?: number) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return post(text, signatureHeaders(h.privateKey, text, timestampS));
};
const PING = { id: '1', application_id: '2', type: 1, token: 't', version: 1 };

describe('Discord traffic', () => {
  it('answers PING with PONG', async () => {
    const res = await signed(PING);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('answers /ask in the HTTP response, within the limits, without pinging', async () => {
    const id = h.fake.slash('ask', { question: 'When did the harbour bridge reopen?', results: 1 });
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4 });
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(reply.data.embeds)).toContain('harbour bridge reopened');

    const next = buttonsOf(reply).find((b) => b.label === 'Next ▶')!;
    const press = h.fake.press(id, next.custom_id);
    const update = await h.fake.waitForResponse(press);
    expect(update).toMatchObject({ kind: 'callback', type: 7 });
    expect(buttonsOf(update).find((b) => b.label === '◀ Previous')!.disabled).toBeFalsy();
  });

  it("refuses another user's page button with a hidden reply, and answers an expired one", async () => {
    const id = h.fake.slash('ask', { question: 'harbour bridge', results: 1 });
    const reply = await h.fake.waitForResponse(id);
    const next = buttonsOf(reply).find((b) => b.label === 'Next ▶')!;
    const bob = h.fake.press(id, next.custom_id, h.fake.bob);
    expect(await h.fake.waitForResponse(bob)).toMatchObject({ type: 4, data: { flags: 64 } });
    const forged = next.custom_id.replace(/:[^:]+:(\d+)$/, ':zzzzzzzz:$1');
    const message = h.fake.messageOf(id) as unknown as { components: Row[] };
    message.components[0]!.components[1]!.custom_id = forged;
    const late = h.fake.press(id, forged);
    const update = await h.fake.waitForResponse(late);
    expect(update).toMatchObject({ kind: 'callback', type: 7 });
    expect(buttonsOf(update).every((b) => b.disabled)).toBe(true);
    const notice = await h.fake.waitForResponse(late, (r) => r.kind === 'followup');
    expect(String(notice.data.content)).toMatch(/^These buttons have expired/);
  });

  it('autocompletes the source option', async () => {
    const id = h.fake.autocomplete('ask', { question: 'x', source: 'harb' }, 'source');
    const reply = await h.fake.waitForResponse(id);
    expect(reply.type).toBe(8);
    expect((reply.data.choices as Array<{ value: string }>).map((c) => c.value)).toContain(
      'harbour',
    );
  });

  it('runs the message command on the message it was run on, hidden', async () => {
    const id = h.fake.messageCommand(
      'Find in coverage',
      'Did the harbour bridge reopen on Monday?',
    );
    const reply = await h.fake.waitForResponse(id);
    expect(Number(reply.data.flags) & 64).toBe(64);
    expect(JSON.stringify(reply.data)).toContain('harbour bridge');
  });

  it('defers an answer not ready in time and edits it in over REST', async () => {
    const id = h.fake.slash('ask', { question: 'slow: when did the harbour bridge reopen?' });
    const deferral = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect(deferral.type).toBe(5);
    const edit = await h.fake.waitForResponse(id, (r) => r.kind === 'edit');
    expect(JSON.stringify(edit.data.embeds)).toContain('harbour bridge');
  });
});

describe('hostile traffic', () => {
  const body = JSON.stringify(PING);

  it('refuses wrong paths, methods, content types and oversized bodies before verifying', async () => {
    expect((await fetch(`${h.http.url}/nope`)).status).toBe(404);
    const get = await fetch(`${h.http.url}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const text = await post(body, {
      ...signatureHeaders(h.privateKey, body),
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    expect((await post(big, signatureHeaders(h.privateKey, big))).status).toBe(413);
    const health = await fetch(`${h.http.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses with 401 every request not signed by the key over this timestamp and body', async () => {
    const other = testKeyPair().privateKey;
    const now = Math.floor(Date.now() / 1000);
    const good = signatureHeaders(h.privateKey, body, now);
    const cases: Array<[string, Record<string, string>, string]> = [
      ['wrong key', signatureHeaders(other, body, now), body],
      ['altered body', good, body.replace('"type":1', '"type":1 ')],
      ['stale timestamp', signatureHeaders(h.privateKey, body, now - 3_600), body],
      ['future timestamp', signatureHeaders(h.privateKey, body, now + 3_600), body],
      ['other timestamp', { ...good, 'x-signature-timestamp': String(now - 1) }, body],
      ['no signature', { ...good, 'x-signature-ed25519': '' }, body],
      [
        'no timestamp',
        { 'content-type': 'application/json', 'x-signature-ed25519': good['x-signature-ed25519']! },
        body,
      ],
      ['short signature', { ...good, 'x-signature-ed25519': 'ab' }, body],
    ];
    for (const [name, headers, sent] of cases)
      expect((await post(sent, headers)).status, name).toBe(401);
  });

  it('refuses signed bodies that are not JSON or not a known interaction with 400', async () => {
    expect((await signed('{not json')).status).toBe(400);
    expect((await signed({ ...PING, type: 99 })).status).toBe(400);
    expect((await signed({ type: 2 })).status).toBe(400);
    expect((await signed('[]')).status).toBe(400);
  });

  it('names the field and the limit when a signed body breaks the interaction schema', async () => {
    const res = await signed({
      ...PING,
      type: 2,
      data: { name: 'ask', options: [{ name: 'question', type: 3, value: 'x'.repeat(6_020) }] },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: string };
    expect(error).toMatch(/^not an interaction: data\.options\.0\.value: .*6000/);
  });

  it('never crashes on fuzzed bodies: signed ones get 200 or 400, unsigned ones 401', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json({ maxDepth: 3 }),
          fc
            .record({
              id: fc.oneof(fc.string(), fc.constant('123')),
              application_id: fc.constant('456'),
              type: fc.integer({ min: -1, max: 6 }),
              token: fc.string({ maxLength: 40 }),
              member: fc.constant({ user: { id: '789' } }),
              data: fc.anything({ maxDepth: 2 }),
            })
            .map((o) => JSON.stringify(o)),
        ),
        fc.boolean(),
        async (text, sign) => {
          const res = sign
            ? await post(text, signatureHeaders(h.privateKey, text))
            : await post(text, { 'content-type': 'application/json' });
          await res.arrayBuffer();
          if (sign) expect([200, 400]).toContain(res.status);
          else expect(res.status).toBe(401);
        },
      ),
      { numRuns: 150 },
    );
    expect((await fetch(`${h.http.url}/healthz`)).status).toBe(200);
    // Authentic but odd interactions may fail at Discord's end (a fuzzed token); none fails here.
    expect(h.logs.filter((l) => l.includes('http request failed'))).toEqual([]);
  });

  it('times out a client too slow to send its request', async () => {
    const slow = await startHttpHarness({
      engine,
      server: { timeouts: { headersMs: 300, requestMs: 600 } },
    });
    try {
      const socket = connect(Number(new URL(slow.http.url).port), '127.0.0.1');
      socket.write('POST /interactions HTTP/1.1\r\nHost: x\r\n');
      const started = Date.now();
      let received = '';
      socket.on('data', (d) => (received += d.toString()));
      await new Promise<void>((resolve) => socket.on('close', () => resolve()));
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.stop();
    }
  });
});

describe('burst', () => {
  it('edits a burst of deferred answers in as they are ready, never held to a global limit', async () => {
    // Discord binds no interaction endpoint to the global limit of 50 requests a second.
    const d = await startHttpHarness({
      engine,
      wrapRunner: (inner) => ({ ...slowWhen(() => false, 0)(inner), backlogMs: () => 60_000 }),
    });
    try {
      const globalWaits: RateLimitData[] = [];
      d.rest.on(RESTEvents.RateLimited, (info) => {
        if (info.global) globalWaits.push(info);
      });
      const ids = Array.from({ length: 100 }, (_, i) => d.fake.slash('ask', { question: `q${i}` }));
      const edits = await Promise.all(ids.map((id) => d.fake.waitForResponse(id)));
      expect(edits.every((r) => r.kind === 'edit')).toBe(true);
      expect(globalWaits).toEqual([]);
    } finally {
      await d.stop();
    }
  });
});

describe('stop', () => {
  it('finishes in-flight work, tells what is late, refuses new work, and reports 503 meanwhile', async () => {
    const d = await startHttpHarness({ engine, wrapRunner: slowWhenAsked(1_500) });
    try {
      const late = d.fake.slash('ask', { question: 'slow harbour' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopping = d.http.stop({ drainMs: 500 });
      const health = await fetch(`${d.http.url}/healthz`).catch(() => null);
      if (health) expect(health.status).toBe(503);
      await stopping;
      const notice = await d.fake.waitForResponse(late, undefined, 1_000);
      expect(notice).toMatchObject({ kind: 'callback', type: 4, data: { flags: 64 } });
      expect(notice.data.content).toBe(STOPPING_NOTICE);
      await expect(fetch(`${d.http.url}/healthz`)).rejects.toThrow();
    } finally {
      await d.stop();
    }
  });
});
