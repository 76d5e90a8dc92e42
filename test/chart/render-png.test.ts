import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPng, renderPngAsync } from '../../src/chart/render-png.js';
import { buildTimelineSvg } from '../../src/chart/timeline-svg.js';
import { CARD } from '../../src/chart/palette.js';
import { alpha, event, SMALL_TIMELINE } from './fixtures.js';

const GOLDEN = path.join(import.meta.dirname, 'golden', 'small-timeline.png');
const TITLE = { title: 'Timeline · events 1–4 of 4' };

/** Width and height from a PNG's IHDR chunk, checking the signature first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How far two PNGs of the same size differ: the share of pixels off by more than 40 in a channel, and the mean channel difference. */
function difference(a: Buffer, b: Buffer): { share: number; mean: number } {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  expect([y.width, y.height]).toEqual([x.width, x.height]);
  let off = 0;
  let sum = 0;
  for (let p = 0; p < x.data.length; p += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++) {
      const d = Math.abs(x.data[p + c]! - y.data[p + c]!);
      sum += d;
      worst = Math.max(worst, d);
    }
    if (worst > 40) off += 1;
  }
  return { share: off / (x.data.length / 4), mean: sum / x.data.length };
}

const withinTolerance = (d: { share: number; mean: number }) => d.share <= 0.005 && d.mean <= 2;

describe('renderPng', () => {
  it('renders at twice the SVG size by default, well within Discord’s file limit', () => {
    const chart = buildTimelineSvg(SMALL_TIMELINE, TITLE);
    const { png, width, height } = renderPng(chart.svg);
    expect(pngSize(png)).toEqual({ width: chart.width * 2, height: chart.height * 2 });
    expect([width, height]).toEqual([chart.width * 2, chart.height * 2]);
    expect(png.length).toBeLessThan(512 * 1024);
  });

  it('gives the same bytes every time, and the same off the event loop', async () => {
    const { svg } = buildTimelineSvg(SMALL_TIMELINE, TITLE);
    const first = renderPng(svg, { zoom: 1 }).png;
    expect(renderPng(svg, { zoom: 1 }).png.equals(first)).toBe(true);
    expect((await renderPngAsync(svg, { zoom: 1 })).png.equals(first)).toBe(true);
  });

  it('draws text with the bundled font, not with whatever the machine has', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="Inter" font-size="24" fill="#ffffff">Timeline</text></svg>`;
    const image = PNG.sync.read(renderPng(svg, { zoom: 1 }).png);
    let inked = 0;
    for (let p = 3; p < image.data.length; p += 4) if (image.data[p]! > 128) inked += 1;
    expect(inked).toBeGreaterThan(200);
  });

  it('keeps the card opaque, so the picture reads the same on a dark or a light theme', () => {
    const chart = buildTimelineSvg(SMALL_TIMELINE, TITLE);
    const image = PNG.sync.read(renderPng(chart.svg, { zoom: 1 }).png);
    const at = (x: number, y: number) => [
      ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
    ];
    const bg = Number.parseInt(CARD.background.slice(1), 16);
    // Inside the card, away from any text: the card's own colour, fully opaque.
    expect(at(20, image.height - 6)).toEqual([(bg >> 16) & 255, (bg >> 8) & 255, bg & 255, 255]);
    // Outside the rounded corner: transparent, so no square corner shows on either theme.
    expect(at(0, 0)[3]).toBe(0);
  });

  it('matches the golden picture within a tolerance of decoded pixels', () => {
    const png = renderPng(buildTimelineSvg(SMALL_TIMELINE, TITLE).svg, { zoom: 1 }).png;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, png);
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(
      true,
    );
    const d = difference(readFileSync(GOLDEN), png);
    expect(d.share).toBeLessThanOrEqual(0.005);
    expect(withinTolerance(d)).toBe(true);
  });

  it('tells a different chart apart from the golden one (the comparison can fail)', () => {
    const changed = SMALL_TIMELINE.map((e, i) =>
      i === 2 ? event('2020-06-14', 'day', [alpha]) : e,
    );
    const png = renderPng(buildTimelineSvg(changed, TITLE).svg, { zoom: 1 }).png;
    expect(withinTolerance(difference(readFileSync(GOLDEN), png))).toBe(false);
  });
});
