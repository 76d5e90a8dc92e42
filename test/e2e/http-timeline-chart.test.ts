/**
 * The timeline's picture over the HTTP transport: Discord takes no files in the HTTP response, so
 * the reply is acknowledged and its message then edited in over REST as multipart, with the PNG
 * and its alt text; turning the page replaces the picture.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TIMELINE_CHART_NAME } from '../../src/chart/timeline-chart.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { MAX_UPLOAD_BYTES } from '../../src/framework/limits.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { fixedEngine, source } from '../support/fake-engine.js';
import { startHttpHarness } from '../support/http-harness.js';
import type { HttpHarness } from '../support/http-harness.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

const towns = [
  source('weir', { outlet: 'Weir Courier', title: 'Weir repaired' }),
  source('moor', { outlet: 'Moor Post', title: 'Moor path closed' }),
];

/** Twelve invented events over three years: two pages. */
const EVENTS: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
  date: `${2019 + Math.floor(i / 4)}-${String((i % 12) + 1).padStart(2, '0')}`,
  precision: 'month',
  yearStated: true,
  future: false,
  quotes: [
    {
      quote: `Step ${i + 1} of the weir works was finished, the ${towns[i % 2]!.id} report said.`,
      source: towns[i % 2]!,
      start: 0,
      end: 60,
    },
  ],
}));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
type Row = { components: Array<{ custom_id: string; label: string }> };

function onlyPicture(r: RecordedResponse): string {
  expect(r.files).toHaveLength(1);
  const file = r.files![0]!;
  expect(file.filename).toBe(TIMELINE_CHART_NAME);
  expect(file.field).toBe('files[0]');
  expect(file.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(file.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
  const attachments = r.data.attachments as Array<{ id: string; description: string }>;
  expect(attachments).toHaveLength(1);
  expect(attachments[0]!.id).toBe('0');
  return attachments[0]!.description;
}

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness({ engine: fixedEngine({ events: EVENTS }) });
});
afterAll(async () => {
  await h?.stop();
  expect(h?.fake.rejected).toEqual([]);
  expect(h?.fake.unknownRoutes).toEqual([]);
});

it('acknowledges /timeline, then edits the message in with the chart as a PNG with its alt text', async () => {
  const id = h.fake.slash('timeline');
  const ack = await h.fake.waitForResponse(id, (r) => r.kind === 'callback');
  expect(ack).toMatchObject({ type: 5, status: 204 });
  const edit = await h.fake.waitForResponse(id, (r) => r.kind === 'edit');
  const description = onlyPicture(edit);
  expect(description).toMatch(/^Timeline of events 1–10 of 12: a chart/);
  const shown = h.fake.messageOf(id).attachments as Array<{ filename: string }>;
  expect(shown.map((a) => a.filename)).toEqual([TIMELINE_CHART_NAME]);

  const next = (edit.data.components as Row[])[0]!.components.find((b) => b.label === 'Next ▶')!;
  const press = h.fake.press(id, next.custom_id);
  expect(await h.fake.waitForResponse(press, (r) => r.kind === 'callback')).toMatchObject({
    type: 6,
    status: 204,
  });
  const turned = await h.fake.waitForResponse(press, (r) => r.kind === 'edit');
  expect(onlyPicture(turned)).toMatch(/^Timeline of events 11–12 of 12: a chart/);
  const after = h.fake.messageOf(id).attachments as Array<{ description: string }>;
  expect(after).toHaveLength(1);
  expect(after[0]!.description).toMatch(/^Timeline of events 11–12/);
});
