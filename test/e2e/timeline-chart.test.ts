/**
 * The timeline's picture through the real discord.js client and the stand-in Discord: uploaded
 * as a multipart PNG with its alt text, within Discord's file limits, replaced (not piled up)
 * when the page turns.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TIMELINE_CHART_NAME } from '../../src/chart/timeline-chart.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { MAX_ATTACHMENT_DESCRIPTION, MAX_UPLOAD_BYTES } from '../../src/framework/limits.js';
import { startHarness } from '../support/bot-harness.js';
import type { Harness } from '../support/bot-harness.js';
import type { RecordedResponse } from '../support/fake-discord.js';
import { fixedEngine, source } from '../support/fake-engine.js';
import { HANG_BOUND_MS } from '../support/child-process.js';

// Each test waits on the bot's replies; the clock only bounds a hang (support/child-process.ts).
vi.setConfig({ testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS });

const outlets = [
  source('quay', { outlet: 'Quay Gazette', title: 'Harbour wall rebuilt' }),
  source('fell', { outlet: null, title: 'Fell race moved', published: null }),
  source('mill', { outlet: 'Mill Street News', title: 'Mill reopens' }),
];

/** Fourteen invented events over four years: two pages. */
const EVENTS: TimelineEvent[] = Array.from({ length: 14 }, (_, i) => ({
  date: `${2016 + Math.floor(i / 4)}-${String((i % 12) + 1).padStart(2, '0')}`,
  precision: 'month',
  yearStated: true,
  future: i === 13,
  quotes: [outlets[i % 3]!, outlets[(i + 1) % 3]!].slice(0, 1 + (i % 2)).map((s) => ({
    quote: `Event number ${i + 1} happened at the harbour, said the ${s.id} report.`,
    source: s,
    start: 0,
    end: 60,
  })),
}));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function onlyPicture(r: RecordedResponse) {
  expect(r.files).toHaveLength(1);
  const file = r.files![0]!;
  expect(file.filename).toBe(TIMELINE_CHART_NAME);
  expect(file.field).toBe('files[0]');
  expect(file.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(file.bytes).toBe(file.data.length);
  expect(file.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
  const attachments = r.data.attachments as Array<{ id: string; description: string }>;
  expect(attachments).toHaveLength(1);
  expect(attachments[0]!.id).toBe('0');
  expect(attachments[0]!.description.length).toBeGreaterThan(0);
  expect(attachments[0]!.description.length).toBeLessThanOrEqual(MAX_ATTACHMENT_DESCRIPTION);
  return { file, description: attachments[0]!.description };
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ engine: fixedEngine({ events: EVENTS }) });
});

afterAll(async () => {
  if (!h) return;
  await h.stop();
  expect(h.fake.rejected).toEqual([]);
  expect(h.fake.unknownRoutes).toEqual([]);
});

describe('the /timeline picture through the stand-in', () => {
  it('uploads a PNG with its alt text, within the file limits, and replaces it on the next page', async () => {
    const id = h.fake.slash('timeline');
    const first = await h.fake.waitForResponse(id);
    expect(first).toMatchObject({ kind: 'callback', type: 4, status: 204 });
    const { file, description } = onlyPicture(first);
    // Twice the chart's 720-unit width: sharp on high-density screens, still small.
    expect(file.data.readUInt32BE(16)).toBe(1440);
    expect(file.bytes).toBeLessThan(1024 * 1024);
    expect(description).toMatch(/^Timeline of events 1–10 of 14: a chart/);
    expect(description).toContain('orange circle: Quay Gazette');
    expect(description).toContain('sky blue square: Fell race moved');
    const shown = h.fake.messageOf(id).attachments as Array<{
      filename: string;
      description: string;
    }>;
    expect(shown.map((a) => [a.filename, a.description])).toEqual([
      [TIMELINE_CHART_NAME, description],
    ]);

    const row = (
      first.data.components as Array<{ components: Array<{ custom_id: string; label: string }> }>
    )[0]!;
    const next = row.components.find((b) => b.label === 'Next ▶')!;
    const second = await h.fake.waitForResponse(h.fake.press(id, next.custom_id));
    expect(second).toMatchObject({ kind: 'callback', type: 7, status: 204 });
    const turned = onlyPicture(second);
    expect(turned.description).toMatch(/^Timeline of events 11–14 of 14: a chart/);
    expect(turned.description).toContain('(planned or expected)');
    expect(turned.file.data.equals(file.data)).toBe(false);
    const after = h.fake.messageOf(id).attachments as Array<{ description: string }>;
    expect(after.map((a) => a.description)).toEqual([turned.description]);
  });
});
