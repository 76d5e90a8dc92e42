/**
 * The real discord.js client against the stand-in Discord, for "Find in coverage", Sources
 * differ, share to channel, delete and report a passage. Every payload passes the stand-in's
 * limit checks (it rejects the rest with 50035, and `rejected` must stay empty).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { FeedbackLog, readFeedback } from '../../src/feedback/log.js';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';
import { fixedEngine, passage, source } from '../support/fake-engine.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

type Row = { components: Array<{ custom_id: string; label: string; disabled?: boolean }> };
type Embed = {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
};
const buttonsOf = (r: RecordedResponse) =>
  ((r.data.components ?? []) as Row[]).flatMap((row) => row.components);
const button = (r: RecordedResponse, label: string) => {
  const b = buttonsOf(r).find((x) => x.label === label);
  if (!b)
    throw new Error(
      `no "${label}" among ${buttonsOf(r)
        .map((x) => x.label)
        .join(', ')}`,
    );
  return b.custom_id;
};

const minsk = source('m-1', { outlet: 'Outlet M', title: 'Deal made in Minsk' });
const moscow = source('k-2', { outlet: null, published: null, url: null, title: 'Deal signed' });
const answer = (q: string): Answer => ({
  question: q,
  answered: true,
  passages: [
    passage('The agreement was made in the city of Minsk.', minsk, ['agreement']),
    passage('The agreement was signed in Moscow.', moscow, ['agreement']),
  ],
  closest: [],
  sourcesDiffer: /where/i.test(q)
    ? [
        {
          aspect: 'place',
          quotes: [
            { quote: 'made in the city of Minsk', source: minsk, start: 14, end: 39 },
            { quote: 'signed in Moscow', source: moscow, start: 18, end: 34 },
          ],
        },
      ]
    : [],
});

let h: Harness;
let folder: string;
let feedbackFile: string;

beforeAll(async () => {
  folder = await temporaryFolder('ux-e2e-');
  feedbackFile = path.join(folder, 'feedback.jsonl');
  h = await startHarness({
    engine: fixedEngine({
      answer,
      sources: [
        { ...minsk, passages: 1 },
        { ...moscow, passages: 1 },
      ],
    }),
    feedback: new FeedbackLog(feedbackFile),
  });
});

afterAll(async () => {
  if (h) await h.stop();
  await removeFolder(folder);
  expect(h.fake.rejected).toEqual([]);
  expect(h.fake.unknownRoutes).toEqual([]);
});

describe('new features against the stand-in Discord', () => {
  it('registers "Find in coverage" as a message command (type 3)', () => {
    expect(h.fake.commands.find((c) => c.name === 'Find in coverage')).toMatchObject({ type: 3 });
  });

  it('"Find in coverage" answers hidden from the message in the resolved data', async () => {
    const id = h.fake.messageCommand(
      'Find in coverage',
      'Was the deal made in Minsk? <@123456789012345678>',
    );
    const deferral = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
    expect(deferral.type).toBe(5);
    expect(Number(deferral.data.flags) & 64).toBe(64);
    const reply = await h.fake.waitForResponse(id);
    expect(reply.data.content).toBe('**Looked up:** Was the deal made in Minsk?');
    expect((reply.data.embeds as Embed[])[0]!.title).toBe('1. Deal made in Minsk');
    expect(buttonsOf(reply).map((b) => b.label)).toContain('Share to channel');
  });

  it('shows Sources differ side by side', async () => {
    const id = h.fake.slash('ask', { question: 'Where was the deal made?' });
    const reply = await h.fake.waitForResponse(id);
    const differ = (reply.data.embeds as Embed[]).find((e) => e.title === 'Sources differ')!;
    expect(differ.fields!.map((f) => f.value.split('\n')[0])).toEqual([
      '“made in the city of Minsk”',
      '“signed in Moscow”',
    ]);
  });

  it('shares a hidden answer to the channel; only the asker can delete the public copy', async () => {
    const id = h.fake.slash('ask', { question: 'Who signed?', hide: true });
    const hidden = await h.fake.waitForResponse(id);
    const shareId = h.fake.press(id, button(hidden, 'Share to channel'));
    const shared = await h.fake.waitForResponse(shareId);
    expect(shared.kind).toBe('callback');
    expect(shared.type).toBe(4);
    expect(Number(shared.data.flags ?? 0) & 64).toBe(0);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });

    const bobId = h.fake.press(shareId, button(shared, 'Delete'), h.fake.bob);
    const refused = await h.fake.waitForResponse(bobId);
    expect(Number(refused.data.flags) & 64).toBe(64);
    expect(h.fake.deletedMessages.size).toBe(0);

    const message = h.fake.messageOf(shareId);
    const aliceId = h.fake.press(shareId, button(shared, 'Delete'));
    await h.fake.waitForResponse(aliceId, (r) => r.kind === 'delete');
    expect(h.fake.deletedMessages.has(message.id)).toBe(true);
  });

  it('records "Report a passage" verdicts durably: question and passage offsets only', async () => {
    const id = h.fake.slash('ask', { question: 'Who signed the deal?' });
    const reply = await h.fake.waitForResponse(id);
    const menuId = h.fake.press(id, button(reply, 'Report a passage'), h.fake.bob);
    const menu = await h.fake.waitForResponse(menuId);
    expect(Number(menu.data.flags) & 64).toBe(64);
    const markId = h.fake.press(menuId, button(menu, '1: Doesn’t answer'), h.fake.bob);
    const thanks = await h.fake.waitForResponse(markId);
    expect(thanks.type).toBe(7);
    expect(thanks.data.content).toMatch(/^Thank you: passage 1 is marked “Doesn’t answer”/);
    const { records } = readFeedback(feedbackFile);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      question: 'Who signed the deal?',
      verdict: 'does-not-answer',
      passage: {
        source: 'm-1',
        start: 0,
        end: 'The agreement was made in the city of Minsk.'.length,
      },
    });
    expect(JSON.stringify(records)).not.toContain(h.fake.bob.id);
  });

  it('autocompletes sources with distinct labels, title first', async () => {
    const id = h.fake.autocomplete('ask', { question: 'x', source: 'deal' }, 'source');
    const reply = await h.fake.waitForResponse(id);
    expect(reply.type).toBe(8);
    expect(reply.data.choices).toEqual([
      { name: 'Deal made in Minsk — Outlet M · 19 November 2020', value: 'm-1' },
      { name: 'Deal signed — Outlet and date not stated', value: 'k-2' },
    ]);
  });

  it('asks which article when source: matches several', async () => {
    const id = h.fake.slash('ask', { question: 'Who signed?', source: 'Deal' });
    // Answered in the callback when in time, or as a follow-up after a deferral: hidden either way.
    const reply = await h.fake.waitForResponse(id);
    expect(Number(reply.data.flags) & 64).toBe(64);
    expect(reply.data.content).toMatch(/^Source “Deal” matches 2 articles\. Which one\?/);
  });

  it('refuses a misspelt option with a sentence naming the one meant', async () => {
    const id = h.fake.slash('ask', { question: 'Who signed?', results: 9 });
    const reply = await h.fake.waitForResponse(id);
    expect(Number(reply.data.flags) & 64).toBe(64);
    expect(reply.data.content).toBe(
      '/ask: results must be a whole number from 1 to 5; you gave 9.',
    );
  });
});
