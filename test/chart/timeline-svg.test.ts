import { describe, expect, it } from 'vitest';
import { timelineAltText } from '../../src/chart/alt-text.js';
import { OTHER_SOURCE, SHAPES } from '../../src/chart/palette.js';
import { renderPng } from '../../src/chart/render-png.js';
import { buildTimelineSvg, dateLabel } from '../../src/chart/timeline-svg.js';
import { MAX_ATTACHMENT_DESCRIPTION } from '../../src/framework/limits.js';
import { HOSTILE, hostileText, source } from '../support/fake-engine.js';
import { alpha, beta, event, gamma, SMALL_TIMELINE } from './fixtures.js';

const TITLE = { title: 'Timeline · events 1–4 of 4' };

describe('buildTimelineSvg', () => {
  it('gives the same bytes for the same events', () => {
    expect(buildTimelineSvg(SMALL_TIMELINE, TITLE).svg).toBe(
      buildTimelineSvg(structuredClone(SMALL_TIMELINE), TITLE).svg,
    );
  });

  it('places events left to right by date, each as wide as the time its date covers', () => {
    const chart = buildTimelineSvg(SMALL_TIMELINE, TITLE);
    const [year, season, day, month] = chart.drawn;
    expect(chart.drawn).toHaveLength(4);
    expect(year!.x0).toBeLessThan(season!.x0);
    expect(season!.x0).toBeLessThan(day!.x0);
    expect(day!.x0).toBeLessThan(month!.x0);
    const width = (d: { x0: number; x1: number }) => d.x1 - d.x0;
    // A year spans about twelve months and a season three (calendar months differ by a few days).
    expect(width(year!) / width(month!)).toBeGreaterThan(11);
    expect(width(year!) / width(month!)).toBeLessThan(13);
    expect(width(season!) / width(month!)).toBeGreaterThan(2.8);
    // A day is far narrower than a month at this scale: drawn at the 2-unit minimum, as a tick.
    expect(width(day!)).toBe(2);
    expect(chart.ticks).toContain('2020');
  });

  it('gives each source its own shape and colour, in order of first appearance', () => {
    const chart = buildTimelineSvg(SMALL_TIMELINE, TITLE);
    expect(chart.legend.map((l) => l.source.id)).toEqual(['alpha', 'beta', 'gamma']);
    const pairs = chart.legend.map((l) => `${l.style.shape} ${l.style.color}`);
    expect(new Set(pairs).size).toBe(3);
    expect(chart.otherSources).toBe(0);
  });

  it('draws sources past the shapes as one grey cross, counted in the legend', () => {
    const many = Array.from({ length: SHAPES.length + 3 }, (_, i) => source(`s${i}`));
    const chart = buildTimelineSvg(
      many.map((s, i) => event(`20${10 + i}`, 'year', [s])),
      TITLE,
    );
    expect(chart.legend).toHaveLength(SHAPES.length);
    expect(chart.otherSources).toBe(3);
    expect(chart.svg).toContain(`stroke="${OTHER_SOURCE.color}"`);
    expect(chart.svg).toContain('3 other sources');
  });

  it('draws a planned event hollow and says what hollow means', () => {
    const planned = buildTimelineSvg([event('2021', 'year', [alpha], { future: true })], TITLE);
    const done = buildTimelineSvg([event('2021', 'year', [alpha])], TITLE);
    expect(planned.svg).toContain('Hollow shape: planned or expected');
    expect(planned.svg).toMatch(/<circle [^>]*stroke="#e69f00"/);
    expect(done.svg).not.toContain('Hollow shape');
    expect(done.svg).not.toMatch(/<circle [^>]*stroke="#e69f00"/);
  });

  it('counts events without a year instead of guessing where they go', () => {
    const chart = buildTimelineSvg(
      [event('--06-14', 'day', [beta], { yearStated: false }), ...SMALL_TIMELINE],
      TITLE,
    );
    expect(chart.drawn).toHaveLength(4);
    expect(chart.undated).toBe(1);
    expect(chart.svg).toContain('Not drawn: 1 event whose date has no year');
    expect(timelineAltText(chart, 'Timeline')).toContain('1 event without a year is not drawn.');
  });

  it('draws nothing for a page whose events cannot be placed, without failing', () => {
    const chart = buildTimelineSvg([event('--06', 'month', [beta], { yearStated: false })], TITLE);
    expect(chart.drawn).toEqual([]);
    expect(() => renderPng(chart.svg, { zoom: 1 })).not.toThrow();
  });

  it('spreads one day over a readable stretch instead of dividing by zero', () => {
    const chart = buildTimelineSvg([event('2020-06-14', 'day', [alpha])], TITLE);
    expect(Number.isFinite(chart.drawn[0]!.x0)).toBe(true);
    expect(chart.svg).not.toContain('NaN');
  });

  it('escapes hostile text and drops characters XML cannot hold, so the SVG still parses', () => {
    const evil = source('evil', {
      title: `<script>alert(1)</script> & ${HOSTILE}\u0000\u0007\ud800`,
      outlet: '"><svg onload=x>',
    });
    const chart = buildTimelineSvg(
      [
        event('2020', 'year', [evil], {
          quotes: [
            {
              quote: `</text><script>x</script>\u0001${hostileText(3000)}`,
              source: evil,
              start: 0,
              end: 1,
            },
          ],
        }),
      ],
      { title: '<title> & "quotes"' },
    );
    expect(chart.svg).not.toContain('<script');
    expect(chart.svg).not.toContain('<svg onload');
    expect([...chart.svg].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    expect(() => renderPng(chart.svg, { zoom: 1 })).not.toThrow();
  });

  it('cuts long quotes to a short label that ends in an ellipsis', () => {
    const long = event('2020', 'year', [alpha], {
      quotes: [{ quote: 'word '.repeat(200), source: alpha, start: 0, end: 1000 }],
    });
    const chart = buildTimelineSvg([long], TITLE);
    expect(chart.drawn[0]!.label.length).toBeLessThan(90);
    expect(chart.drawn[0]!.label).toMatch(/…”$/);
  });

  it('labels a span as wide as the axis over it, with room for its words', () => {
    const chart = buildTimelineSvg(
      [event('2000', 'year', [alpha]), event('2000-06-01', 'day', [beta])],
      TITLE,
    );
    expect(chart.drawn[0]!.x1 - chart.drawn[0]!.x0).toBeGreaterThan(400);
    expect(chart.drawn[0]!.label.length).toBeGreaterThan(40);
    // The span runs thinner along the foot of its row, under the label.
    expect(chart.svg).toMatch(/<rect [^>]*height="4" rx="2"/);
  });

  it('says the year at both ends of the axis, even when ticks name months', () => {
    const chart = buildTimelineSvg(
      [event('2020-10', 'month', [alpha]), event('2021-09', 'month', [beta])],
      TITLE,
    );
    expect(chart.ticks[0]).toMatch(/\d{4}/);
    expect(chart.ticks.at(-1)).toMatch(/\d{4}/);
    expect(chart.ticks.some((t) => !/\d/.test(t))).toBe(true);
  });

  it('shows dates as written: seasons by name, ranges with both ends', () => {
    expect(dateLabel(event('2020-03', 'season', [alpha], { season: 'spring' }))).toBe(
      'spring 2020',
    );
    expect(dateLabel(event('2020-11-19', 'day', [alpha], { end: '2020-11-21' }))).toBe(
      '2020-11-19 – 2020-11-21',
    );
  });
});

describe('timelineAltText', () => {
  it('names the axis, every source with its colour and shape, and each row', () => {
    const alt = timelineAltText(
      buildTimelineSvg(SMALL_TIMELINE, TITLE),
      'Timeline of events 1–4 of 4',
    );
    expect(alt).toMatch(/^Timeline of events 1–4 of 4: a chart/);
    // Each source by its outlet and title, so articles of one outlet stay apart.
    expect(alt).toContain('orange circle: Harbour Herald · Council meets');
    // An article that states no outlet is named by its title, never by a guess.
    expect(alt).toContain('sky blue square: Ferry strike ends;');
    expect(alt).toContain('green triangle: Valley Times · Budget passed');
    expect(alt).toContain('spring 2020: sky blue square');
    expect(alt).toContain('2020-11 (planned or expected): green triangle');
  });

  it('tells apart two articles of one outlet by their titles, each cut to a bounded length', () => {
    const long = 'Quay Street cafés count the cost of the closure as the winter trade falls away';
    const one = source('one', { outlet: 'Velmora Courier', title: 'Harlow Bridge reopens' });
    const two = source('two', { outlet: 'Velmora Courier', title: long });
    const alt = timelineAltText(
      buildTimelineSvg(
        [event('2025-04-14', 'day', [one]), event('2025-12-01', 'day', [two])],
        TITLE,
      ),
      'Timeline',
    );
    expect(alt).toContain(': Velmora Courier · Harlow Bridge reopens;');
    const second = /: Velmora Courier · (Quay Street[^;.]*)/.exec(alt)?.[1] ?? '';
    expect(second.startsWith('Quay Street cafés')).toBe(true);
    expect(second.endsWith('…')).toBe(true);
    expect(second.length).toBeLessThan(long.length);
  });

  it('stays within Discord’s 1,024 characters however many events and sources', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      event(`19${50 + i}`, 'year', [source(`s${i}`, { outlet: hostileText(300) }), gamma]),
    );
    const alt = timelineAltText(buildTimelineSvg(many, TITLE), 'Timeline');
    expect(alt.length).toBeLessThanOrEqual(MAX_ATTACHMENT_DESCRIPTION);
    expect(alt.endsWith('…')).toBe(true);
  });
});
