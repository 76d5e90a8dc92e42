/** The picture as an attachment: the /timeline payload, the limit checks, the console and the bot's rendering. */
import { describe, expect, it } from 'vitest';
import { TIMELINE_CHART_NAME, timelineChartFile } from '../../src/chart/timeline-chart.js';
import { ConsoleSession } from '../../src/console/console.js';
import { renderText } from '../../src/console/render-text.js';
import { checkPayloadLimits, checkUploadLimits } from '../../src/framework/check-limits.js';
import { loadCommands } from '../../src/framework/commands.js';
import { MAX_UPLOAD_BYTES } from '../../src/framework/limits.js';
import { reply } from '../../src/framework/payload.js';
import { CommandRouter } from '../../src/framework/router.js';
import { renderFiles, withoutFiles } from '../../src/gateway/files.js';
import { silentLogger } from '../../src/log.js';
import { fixedEngine, hostileEngine } from '../support/fake-engine.js';
import { alpha, event, SMALL_TIMELINE } from './fixtures.js';

const commands = await loadCommands();
const page = (events = SMALL_TIMELINE) => ({
  events: events as never,
  total: events.length,
  offset: 0,
  limit: 10,
});

describe('timelineChartFile', () => {
  it('names the page and its filters in the alt text', () => {
    const file = timelineChartFile(page(), { from: '2019', keyword: 'harbour' })!;
    expect(file.name).toBe(TIMELINE_CHART_NAME);
    expect(file.description).toMatch(/^Timeline of events 1–4 of 4: /);
    expect(file.svg).toContain('Timeline: from 2019, “harbour” · events 1–4 of 4');
  });

  it('attaches nothing to an empty page, or to one whose dates have no year', () => {
    expect(timelineChartFile(page([]), {})).toBeNull();
    const yearless = [event('--06-14', 'day', [alpha], { yearStated: false })];
    expect(timelineChartFile(page(yearless), {})).toBeNull();
  });
});

describe('/timeline', () => {
  it('attaches the chart of the page it shows, and none when nothing matches', () => {
    const router = new CommandRouter(commands, fixedEngine({ events: SMALL_TIMELINE as never }));
    const payload = router.run('timeline', {}, 'u1');
    expect(payload.files).toHaveLength(1);
    expect(payload.files![0]!.description).toContain('Harbour Herald');
    expect(checkPayloadLimits(payload)).toEqual([]);
    const empty = new CommandRouter(commands, fixedEngine({ events: [] }));
    expect(empty.run('timeline', {}, 'u1').files).toBeUndefined();
  });

  it('keeps a hostile page within the limits, picture included', async () => {
    const payload = new CommandRouter(commands, hostileEngine()).run('timeline', {}, 'u1');
    expect(payload.files).toHaveLength(1);
    expect(checkPayloadLimits(payload)).toEqual([]);
    const sent = await renderFiles(payload);
    expect(sent.files![0]!.attachment).toBeInstanceOf(Buffer);
    expect((sent.files![0]!.attachment as Buffer).length).toBeLessThan(MAX_UPLOAD_BYTES);
  });
});

describe('attachment limits', () => {
  it('checks alt text length and the number of files in payloads and on the wire', () => {
    const file = { name: 'a.png', description: 'd'.repeat(1025), svg: '<svg/>' };
    expect(checkPayloadLimits({ files: Array.from({ length: 11 }, () => file) })).toEqual([
      'files: 11 files, limit 10',
      ...Array.from(
        { length: 11 },
        (_, i) => `files[${i}].description: 1025 characters, limit 1024`,
      ),
    ]);
    expect(checkPayloadLimits({ attachments: [{ id: '0', description: 'ok' }] })).toEqual([]);
  });

  it('rejects uploads that are too large, empty, or not listed in attachments', () => {
    const listed = { attachments: [{ id: '0' }, { id: '1' }] };
    expect(
      checkUploadLimits(
        [
          { field: 'files[0]', filename: 'a.png', bytes: MAX_UPLOAD_BYTES },
          { field: 'files[1]', filename: 'b.png', bytes: 10 },
        ],
        listed,
      ),
    ).toEqual([]);
    expect(
      checkUploadLimits(
        [
          { field: 'files[0]', filename: 'a.png', bytes: MAX_UPLOAD_BYTES + 1 },
          { field: 'files[1]', filename: 'b.png', bytes: 0 },
          { field: 'files[2]', filename: 'c.png', bytes: 5 },
        ],
        listed,
      ),
    ).toEqual([
      `files[0]: ${MAX_UPLOAD_BYTES + 1} bytes, limit ${MAX_UPLOAD_BYTES}`,
      'files[1]: empty file',
      'files[2]: no attachments entry with id 2',
    ]);
  });
});

describe('front ends', () => {
  it('the console says what the picture shows instead of showing it', async () => {
    const text = renderText(
      reply({ content: 'hi', files: [{ name: 'timeline.png', description: 'A chart.', svg: '' }] }),
    ).text;
    expect(text).toBe('hi\n\n[picture timeline.png, not shown here: A chart.]');
    const session = new ConsoleSession({
      engine: fixedEngine({ events: SMALL_TIMELINE as never }),
      commands,
      logger: silentLogger,
    });
    expect(await session.handle('/timeline')).toMatch(
      /\[picture timeline\.png, not shown here: Timeline of events 1–4 of 4: /,
    );
  });

  it('the bot renders pictures to PNG and sends notices without any', async () => {
    const payload = reply({ content: 'x', files: [timelineChartFile(page(), {})!] });
    const sent = await renderFiles(payload);
    const png = sent.files![0]!.attachment as Buffer;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(sent.files![0]).toMatchObject({
      name: TIMELINE_CHART_NAME,
      description: payload.files![0]!.description,
    });
    expect(await renderFiles(reply({ content: 'x' }))).toEqual(reply({ content: 'x' }));
    expect(withoutFiles(payload)).not.toHaveProperty('files');
  });
});
