/**
 * Live reload end to end: the real discord.js client against the stand-in Discord, over a
 * live engine on a temporary folder. An article deleted from the folder stops being quoted
 * within 10 s, with no restart, while questions keep arriving and every one is answered.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLiveEngine, type LiveEngine } from '../../src/engine/live.js';
import { FAILURE_NOTICE } from '../../src/gateway/bot.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { BRIDGE_QUESTION, HARBOUR, ORCHARD } from '../support/live-fixture.js';

/** Only the deleted article says this. */
const DELETED_WORDS = 'after three months of repairs';

let h: Harness;
let live: LiveEngine;
let dir: string;

beforeAll(async () => {
  dir = await writePlainCorpus({ 'harbour.txt': HARBOUR, 'orchard.txt': ORCHARD });
  live = await openLiveEngine({ corpusDir: dir });
  h = await startHarness({ engine: live });
}, 60_000);

afterAll(async () => {
  live?.close();
  await h?.stop();
  await removeFolder(dir);
  expect(h.fake.rejected).toEqual([]);
});

const text = (data: Record<string, unknown>) => JSON.stringify(data).replace(/\*\*/g, '');

describe('live reload through the stand-in Discord', () => {
  it('stops quoting an article deleted from the folder within 10 s, answering every question meanwhile', async () => {
    const first = await h.fake.waitForResponse(h.fake.slash('ask', { question: BRIDGE_QUESTION }));
    expect(text(first.data)).toContain(DELETED_WORDS);

    const asked: Array<{ id: string; at: number }> = [];
    const deletedAt = Date.now();
    await rm(path.join(dir, 'harbour.txt'));
    let goneAt: number | null = null;
    // Ask every 100 ms until an answer no longer quotes the article, then ten more times.
    while (Date.now() - deletedAt < 15_000) {
      const id = h.fake.slash('ask', { question: BRIDGE_QUESTION });
      asked.push({ id, at: Date.now() });
      const reply = await h.fake.waitForResponse(id);
      if (goneAt === null && !text(reply.data).includes(DELETED_WORDS)) goneAt = Date.now();
      if (goneAt !== null && asked.length >= 10 && Date.now() - goneAt > 1_000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(goneAt).not.toBeNull();
    expect(goneAt! - deletedAt).toBeLessThan(10_000);

    const replies = await Promise.all(asked.map(({ id }) => h.fake.waitForResponse(id)));
    for (const reply of replies) {
      expect(text(reply.data)).not.toContain(FAILURE_NOTICE);
      expect(text(reply.data)).toContain('When did the Kestrel Harbour bridge reopen?');
    }
    // Once gone, gone: no later answer quotes it again.
    const quoting = replies.map((r) => text(r.data).includes(DELETED_WORDS));
    expect(quoting.slice(quoting.indexOf(false))).not.toContain(true);

    const sources = await h.fake.waitForResponse(h.fake.slash('sources'));
    expect(text(sources.data)).not.toContain('harbour');
    expect(text(sources.data)).toContain('from 1 article');
  }, 30_000);
});
