/** Buttons stop working after their state expires: the bot disables them, and a late press says so. */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

type Row = { components: Array<{ custom_id: string; label: string; disabled?: boolean }> };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ stateTtlMs: 300 });
});
afterAll(async () => {
  await h?.stop();
  expect(h.fake.rejected).toEqual([]);
});

it('disables the buttons when they expire, and answers a late press with a hidden notice', async () => {
  const id = h.fake.slash('timeline');
  const reply = await h.fake.waitForResponse(id);
  const next = ((reply.data.components ?? []) as Row[])[0]!.components.find(
    (b) => b.label === 'Next ▶',
  )!;

  // The edit after the reply: on a loaded machine the reply is deferred and is itself an edit,
  // the answer's, with its buttons live.
  const disabling = await h.fake.waitForResponse(id, (r) => r.kind === 'edit' && r !== reply);
  const rows = disabling.data.components as Row[];
  expect(rows.flatMap((r) => r.components).every((b) => b.disabled === true)).toBe(true);

  // As after a restart: the message still carries the button, its state is gone.
  const press = h.fake.press(id, next.custom_id);
  const update = await h.fake.waitForResponse(press);
  expect(update).toMatchObject({ kind: 'callback', type: 7 });
  expect(
    ((update.data.components ?? []) as Row[]).flatMap((r) => r.components).every((b) => b.disabled),
  ).toBe(true);
  const notice = await h.fake.waitForResponse(press, (r) => r.kind === 'followup');
  expect(notice.data.flags).toBe(64);
  expect(String(notice.data.content)).toMatch(/^These buttons have expired/);
});
