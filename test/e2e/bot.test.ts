/**
 * The real discord.js client, started as `npm start` starts it, against the stand-in Discord.
 * Every reply the stand-in accepted respected Discord's limits (it rejects the rest with 50035).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

const ANSWERED = 'Who signed the cooperation agreement?';
const ABSTAINED = 'What is the capital of France?';

type Embed = {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
};
type Row = { components: Array<{ custom_id: string; label: string; disabled?: boolean }> };

const embedsOf = (r: RecordedResponse) => (r.data.embeds ?? []) as Embed[];
const rowsOf = (r: RecordedResponse) => (r.data.components ?? []) as Row[];
const buttonsOf = (r: RecordedResponse) => rowsOf(r).flatMap((row) => row.components);

/**
 * `reply` answers `interactionId` as `inTime` (the callback made within Discord's deadline) or,
 * when the bot passed its deferral deadline (a loaded machine), as a `late` message after a
 * deferred update (callback type 6): both are how the bot is meant to answer a button.
 */
function expectAnsweredAs(
  interactionId: string,
  reply: RecordedResponse,
  inTime: { kind: 'callback'; type: number },
  late: 'edit' | 'followup',
): void {
  if (reply.kind === 'callback') {
    expect(reply).toMatchObject(inTime);
    return;
  }
  expect(reply.kind).toBe(late);
  const deferred = h.fake.responses.filter(
    (r) => r.interactionId === interactionId && r.kind === 'callback' && r.status < 300,
  );
  expect(deferred.map((r) => r.type)).toEqual([6]);
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (!h) return;
  console.log(
    `e2e: slowest reply seen by the stand-in: ${h.fake.slowestReplyMs()} ms (${h.fake.slowestReplyMs(true)} ms leaving out the 429 test) over ${h.fake.responses.length} responses`,
  );
  await h.stop();
  expect(h.fake.rejected).toEqual([]);
  expect(h.fake.unknownRoutes).toEqual([]);
});

describe('the bot against the stand-in Discord', () => {
  it('logs in, registers its commands for the guild and identifies once', () => {
    expect(h.fake.commands.map((c) => c.name).sort()).toEqual([
      'Find in coverage',
      'ask',
      'corpus',
      'help',
      'sources',
      'timeline',
    ]);
    expect(
      h.fake.requests.some(
        (r) => r.method === 'PUT' && r.path.includes(`/guilds/${h.fake.guildId}/commands`),
      ),
    ).toBe(true);
    expect(h.fake.identifies).toBe(1);
  });

  it('answers /ask in the callback with quotes from the engine, their source and the quotes-only footer', async () => {
    const expected = h.engine.ask(ANSWERED, { limit: 5 });
    expect(expected.answered).toBe(true);
    const id = h.fake.slash('ask', { question: ANSWERED });
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4 });
    expect(h.fake.responses.filter((r) => r.interactionId === id)).toHaveLength(1);
    const embeds = embedsOf(reply);
    expect(embeds).toHaveLength(3);
    const firstWords = expected.passages[0]!.quote.split(' ').slice(0, 3).join(' ');
    expect(embeds[0]!.description!.replace(/\*\*/g, '')).toContain(firstWords);
    const title = expected.passages[0]!.source.title;
    expect(embeds[0]!.title).toBe(`1. ${title}`);
    expect(embeds[0]!.footer!.text).toContain(`id ${expected.passages[0]!.source.id}`);
    expect(embeds[2]!.footer!.text).toMatch(/only what the articles hold, never what happened/);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(
      expect.arrayContaining(['◀ Previous', 'Next ▶']),
    );
  });

  it('says when the coverage does not answer, and points to /sources and /timeline', async () => {
    expect(h.engine.ask(ABSTAINED).answered).toBe(false);
    const id = h.fake.slash('ask', { question: ABSTAINED });
    const reply = await h.fake.waitForResponse(id);
    const first = embedsOf(reply)[0]!;
    expect(first.title).toBe('No passage in the coverage uses the words this question asks about');
    expect(first.description).toContain('`/sources`');
    expect(first.description).toContain('`/timeline`');
  });

  it('keeps @everyone in a question inert, and lets only the mentioned user be pinged', async () => {
    const id = h.fake.slash('ask', {
      question: '@everyone <@&123> **who** signed the agreement?',
      mention: h.fake.bob.id,
    });
    const reply = await h.fake.waitForResponse(id);
    expect(reply.data.allowed_mentions).toEqual({ parse: [], users: [h.fake.bob.id] });
    expect(String(reply.data.content)).toMatch(new RegExp(`^<@${h.fake.bob.id}> `));
    expect(String(reply.data.content)).toContain('\\*\\*who\\*\\*');
  });

  it('answers /ask hide:true as ephemeral', async () => {
    const id = h.fake.slash('ask', { question: ANSWERED, hide: true });
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4, data: { flags: 64 } });
  });

  it('re-checks the source value and refuses an unknown one with a hidden reply', async () => {
    const id = h.fake.slash('ask', { question: ANSWERED, source: 'not-an-article' });
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4, data: { flags: 64 } });
    expect(String(reply.data.content)).toContain('No article matches source “not-an-article”');
  });

  it('autocompletes the source option from the corpus', async () => {
    const id = h.fake.autocomplete('ask', { question: 'x', source: 'putin' }, 'source');
    const reply = await h.fake.waitForResponse(id);
    expect(reply.type).toBe(8);
    const choices = reply.data.choices as Array<{ name: string; value: string }>;
    const ids = h.engine.sources().map((s) => s.id);
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(ids).toContain(c.value);
    expect(choices.some((c) => c.name.includes('Putin: Russia ready to help'))).toBe(true);
  });

  it('lists /sources directly, without deferring', async () => {
    const id = h.fake.slash('sources');
    const reply = await h.fake.waitForResponse(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4 });
    expect(embedsOf(reply)[0]!.title).toBe(`Sources: ${h.engine.sources().length} articles`);
  });

  it('turns /timeline pages with the buttons, for the asker only', async () => {
    const total = h.engine.timeline({}).total;
    expect(total).toBeGreaterThan(10);
    const id = h.fake.slash('timeline');
    const first = await h.fake.waitForResponse(id);
    expect(embedsOf(first)[0]!.description).toMatch(new RegExp(`^Events 1–10 of ${total}`));
    const next = buttonsOf(first).find((b) => b.label === 'Next ▶')!;

    const bobPress = h.fake.press(id, next.custom_id, h.fake.bob);
    const refusal = await h.fake.waitForResponse(bobPress);
    expectAnsweredAs(bobPress, refusal, { kind: 'callback', type: 4 }, 'followup');
    expect(refusal.data.flags).toBe(64);
    expect(String(refusal.data.content)).toMatch(/^Only the person who ran this command/);

    const press = h.fake.press(id, next.custom_id);
    const second = await h.fake.waitForResponse(press);
    expectAnsweredAs(press, second, { kind: 'callback', type: 7 }, 'edit');
    expect(embedsOf(second)[0]!.description).toMatch(
      new RegExp(`^Events 11–${Math.min(20, total)} of ${total}`),
    );
    expect(h.fake.messageOf(id).embeds).toEqual(second.data.embeds);
  });

  it('shows a cut passage in full, hidden, to whoever presses "Full passage"', async () => {
    const id = h.fake.slash('ask', {
      question:
        'What did Putin say about forming a reserve of law enforcement officers for Belarus?',
      results: 5,
    });
    const reply = await h.fake.waitForResponse(id);
    // On this corpus other outlets report that fact too, more than the excerpt shows (a quote
    // cut short, or "…and N more"). The question is one whose answer is long enough to be cut
    // whatever the ranking puts first: three outlets report the reserve being formed.
    const full = buttonsOf(reply).find((b) => b.label.startsWith('Full passage'));
    expect(full).toBeDefined();
    const n = Number(full!.label.split(' ')[2]);
    const cutQuote = /: “[^”]*…”|…and \d+ more/;
    expect(JSON.stringify(embedsOf(reply)[n - 1])).toMatch(cutQuote);
    const press = h.fake.press(id, full!.custom_id, h.fake.bob);
    const shown = await h.fake.waitForResponse(press);
    expect(shown).toMatchObject({ kind: 'callback', type: 4 });
    expect(shown.data.flags).toBe(64);
    const descriptions = embedsOf(shown).map((e) => e.description ?? '');
    expect(descriptions.length).toBeGreaterThan(1);
    for (const d of descriptions) expect(d).not.toMatch(/…”$/);
    expect(h.fake.messageOf(id).embeds).toEqual(reply.data.embeds);
  });

  it('answers again after the stand-in drops the connection (close 4000 → resume)', async () => {
    const how = await h.fake.dropConnection(4000);
    expect(how).toBe('resume');
    expect(h.fake.resumes).toBe(1);
    const id = h.fake.slash('help');
    const reply = await h.fake.waitForResponse(id);
    expect(embedsOf(reply)[0]!.title).toBe('About this bot');
  });

  it('gets its reply through when the callback first answers 429', async () => {
    h.fake.rateLimitNextCallback(0.5);
    const id = h.fake.slash('sources');
    const reply = await h.fake.waitForResponse(id);
    const attempts = h.fake.responses.filter(
      (r) => r.interactionId === id && r.kind === 'callback',
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(reply.latencyMs).toBeGreaterThanOrEqual(500);
    expect(embedsOf(reply)[0]!.title).toMatch(/^Sources/);
  });

  it('logs each interaction with command, latency and outcome, and never the token', () => {
    const entries = h.logs
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const interactions = entries.filter((e) => e.message === 'interaction');
    expect(interactions.length).toBeGreaterThan(5);
    for (const e of interactions) {
      expect(typeof e.command).toBe('string');
      expect(typeof e.latencyMs).toBe('number');
      expect(typeof e.outcome).toBe('string');
    }
    expect(h.logs.join('\n')).not.toContain('test-token.stand-in');
  });
});
