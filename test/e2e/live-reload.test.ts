/**
 * Live reload end to end: the real discord.js client against the stand-in Discord, over a
 * live engine on a temporary folder. An article deleted from the folder stops being quoted,
 * with no restart, while questions keep arriving and every one is answered. How soon is a speed
 * figure, the bench's ("deleted article unquotable", within 10 s): here the test waits for the
 * engine to withhold the article, bounded only against a hang.
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
/** Far above any withholding seen (0.3–0.7 s at loads up to 18), below the test's time limit. */
const HANG_BOUND_MS = 60_000;

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
  it(
    'stops quoting an article deleted from the folder, answering every question meanwhile',
    async () => {
      const first = await h.fake.waitForResponse(
        h.fake.slash('ask', { question: BRIDGE_QUESTION }),
      );
      expect(text(first.data)).toContain(DELETED_WORDS);

      const asked: string[] = [];
      const deletedAt = Date.now();
      await rm(path.join(dir, 'harbour.txt'));
      // Ask every 100 ms until the engine withholds the article (it no longer lists it), then ten
      // more times: the answers after it must not quote it.
      const withheld = () => !live.sources().some((source) => source.id === 'harbour');
      let after = 0;
      while (after < 10) {
        if (Date.now() - deletedAt > HANG_BOUND_MS)
          throw new Error(`the deleted article was still listed ${HANG_BOUND_MS} ms later`);
        const gone = withheld();
        const id = h.fake.slash('ask', { question: BRIDGE_QUESTION });
        asked.push(id);
        const reply = await h.fake.waitForResponse(id);
        if (gone) {
          after += 1;
          expect(text(reply.data)).not.toContain(DELETED_WORDS);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      const replies = await Promise.all(asked.map((id) => h.fake.waitForResponse(id)));
      for (const reply of replies) {
        expect(text(reply.data)).not.toContain(FAILURE_NOTICE);
        expect(text(reply.data)).toContain('When did the Kestrel Harbour bridge reopen?');
      }
      // Once gone, gone: no later answer quotes it again.
      const quoting = replies.map((r) => text(r.data).includes(DELETED_WORDS));
      expect(quoting.slice(quoting.indexOf(false))).not.toContain(true);

      const sources = await h.fake.waitForResponse(h.fake.slash('sources'));
      expect(text(sources.data)).not.toContain('harbour');
      expect(text(sources.data)).toContain('Sources: 1 article');
      // The index line is one index's: the rebuilt one, or the old one with the article held back.
      expect(text(sources.data)).toMatch(
        /from 1 article \(|from 2 articles \(.*1 article is held back until the rebuild/,
      );
    },
    2 * HANG_BOUND_MS,
  );
});
