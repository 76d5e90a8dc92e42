/** Over HTTP as over the gateway, an answer shared to the channel has its buttons disabled when they expire. */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { openEngine } from '../../src/engine/index.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { HARBOUR_AND_LIBRARY, removeFolder, writePlainCorpus } from '../support/corpus-fixture.js';
import { startHttpHarness } from '../support/http-harness.js';
import type { HttpHarness } from '../support/http-harness.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

type Row = { components: Array<{ custom_id: string; label: string; disabled?: boolean }> };
const buttonsOf = (r: RecordedResponse) =>
  ((r.data.components ?? []) as Row[]).flatMap((row) => row.components);

let corpus: string;
let h: HttpHarness;
beforeAll(async () => {
  corpus = await writePlainCorpus(HARBOUR_AND_LIBRARY);
  h = await startHttpHarness({
    engine: await openEngine({ corpusDir: corpus }),
    stateTtlMs: 3_000,
  });
});
afterAll(async () => {
  await h?.stop();
  expect(h?.fake.rejected).toEqual([]);
  await removeFolder(corpus);
});

it('disables the buttons of a shared answer when they expire', async () => {
  const id = h.fake.slash('ask', { question: 'When did the harbour bridge reopen?', hide: true });
  const hidden = await h.fake.waitForResponse(id);
  const share = buttonsOf(hidden).find((b) => b.label === 'Share to channel')!;
  const shareId = h.fake.press(id, share.custom_id);
  const shared = await h.fake.waitForResponse(shareId);
  expect(shared).toMatchObject({ kind: 'callback', type: 4 });
  expect(Number(shared.data.flags ?? 0) & 64).toBe(0);
  expect(buttonsOf(shared).length).toBeGreaterThan(0);

  const disabling = await h.fake.waitForResponse(shareId, (r) => r.kind === 'edit');
  const buttons = buttonsOf(disabling);
  expect(buttons.length).toBeGreaterThan(0);
  expect(buttons.every((b) => b.disabled === true)).toBe(true);
});
