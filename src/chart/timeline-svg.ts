/**
 * The timeline as an SVG picture: one row per dated event, in the order given; a shared time axis
 * under the rows; each event's stretch of time drawn as a bar (or a tick for a single day), its
 * sources as coloured shapes beside it, and the start of its first quote as a short label. Pure:
 * the same events give the same bytes.
 */
import { scaleUtc } from 'd3-scale';
import type { SourceRef } from '../engine/types.js';
import { truncate } from '../framework/text.js';
import type { ChartEvent, Span } from './event-span.js';
import { eventSpan } from './event-span.js';
import { marker } from './markers.js';
import { CARD, SHAPES, sourceStyle } from './palette.js';
import type { SourceStyle } from './palette.js';
import { escapeXml, num } from './svg.js';
import { counted } from '../text/plural.js';
import { inQuoteMarks } from '../text/quotation.js';
import { MS_PER_DAY } from '../text/calendar.js';

/** Width of the picture in SVG units (pixels at zoom 1). */
export const CHART_WIDTH = 720;
/** Most events drawn: one page of `/timeline`. More are cut, and the title says so. */
export const MAX_CHART_EVENTS = 25;

const PAD = 16;
const TITLE_Y = 30;
const ROWS_TOP = 52;
const ROW_HEIGHT = 28;
const DATE_COLUMN_RIGHT = 148;
const PLOT_LEFT = 166;
const PLOT_RIGHT = CHART_WIDTH - 24;
const AXIS_GAP = 10;
const LEGEND_LINE = 22;
const MARKER_R = 6;
const MARKER_STEP = 16;
/** Sources drawn beside one event; the rest are counted ("+2"). */
const MARKERS_PER_EVENT = 4;
/**
 * A generous average advance of the font at 13 px (Inter averages about 0.55 em): labels are
 * cut to the room this predicts, so they stay inside the card.
 */
const CHAR_WIDTH = 7.4;
const FONT = 'font-family="Inter"';
/** Least room beside a span for its markers and label; with less on both sides, they go over it. */
const MIN_LABEL_ROOM = 200;
/** Shortest stretch of time on the axis, so one day's events are not drawn across the width. */
const MIN_DOMAIN_MS = 30 * MS_PER_DAY;

/** A source on the chart and how it is drawn. */
export interface LegendEntry {
  source: SourceRef;
  style: SourceStyle;
}

/** What {@link buildTimelineSvg} drew, for the alt text and the tests. */
export interface TimelineChart {
  svg: string;
  width: number;
  height: number;
  /** The events drawn, in order: their stretch of time, where it lies (SVG x) and their label. */
  drawn: Array<{ event: ChartEvent; span: Span; x0: number; x1: number; label: string }>;
  /** Events left out: no year stated, or a date that cannot be placed on the axis. */
  undated: number;
  /** Sources with their own shape and colour, in order of first appearance. */
  legend: LegendEntry[];
  /** Distinct sources past the legend's shapes, drawn as one grey cross. */
  otherSources: number;
  /** The axis ticks as labelled. */
  ticks: string[];
}

/** Options of {@link buildTimelineSvg}. */
export interface TimelineChartOptions {
  /** The title line, e.g. "Timeline: from 2020 · events 1–10 of 23". Plain text. */
  title: string;
}

/**
 * The date as the row shows it: as written, a season by name, a range with both ends; a
 * deadline, or an act reported done by the date, after "by" ("by 2026-03-31"), since its events
 * fall on or before it, not on it.
 */
export function dateLabel(event: ChartEvent): string {
  const when =
    event.precision === 'season' && event.season
      ? `${event.season} ${event.date.slice(0, 4)}`
      : event.date;
  return `${event.deadline || event.doneBy ? 'by ' : ''}${event.end ? `${when} – ${event.end}` : when}`;
}

function legendName(source: SourceRef): string {
  const title = source.title.trim() || 'untitled';
  const outlet = source.outlet?.trim();
  const date = source.published?.trim();
  return `${outlet ? `${outlet} · ` : ''}${title}${date ? ` (${date})` : ''}`;
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size?: number; fill?: string; anchor?: 'start' | 'end' | 'middle'; weight?: number },
): string {
  const anchor = attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : '';
  const weight = attrs.weight ? ` font-weight="${attrs.weight}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" ${FONT} font-size="${attrs.size ?? 13}" fill="${attrs.fill ?? CARD.text}"${anchor}${weight}>${escapeXml(content)}</text>`;
}

function fitChars(px: number): number {
  return Math.max(0, Math.floor(px / CHAR_WIDTH));
}

/**
 * Builds the chart of `events` (at most {@link MAX_CHART_EVENTS} are drawn; events with no year
 * are counted, not drawn).
 *
 * @returns the SVG document and what it shows; `drawn` is empty when no event has a placeable date.
 */
export function buildTimelineSvg(
  events: readonly ChartEvent[],
  options: TimelineChartOptions,
): TimelineChart {
  const placed: Array<{ event: ChartEvent; span: Span }> = [];
  let undated = 0;
  for (const event of events.slice(0, MAX_CHART_EVENTS)) {
    const span = eventSpan(event);
    if (span) placed.push({ event, span });
    else undated += 1;
  }

  // Each distinct source gets the next shape and colour, in order of first appearance.
  const styles = new Map<string, SourceStyle>();
  const legend: LegendEntry[] = [];
  const others = new Set<string>();
  for (const { event } of placed) {
    for (const q of event.quotes) {
      if (styles.has(q.source.id)) continue;
      const style = sourceStyle(styles.size);
      styles.set(q.source.id, style);
      if (legend.length < SHAPES.length) legend.push({ source: q.source, style });
      else others.add(q.source.id);
    }
  }

  let start = Math.min(...placed.map((p) => p.span.start));
  let end = Math.max(...placed.map((p) => p.span.end));
  if (placed.length === 0) [start, end] = [0, MIN_DOMAIN_MS];
  if (end - start < MIN_DOMAIN_MS) {
    const middle = (start + end) / 2;
    [start, end] = [middle - MIN_DOMAIN_MS / 2, middle + MIN_DOMAIN_MS / 2];
  }
  const x = scaleUtc()
    .domain([new Date(start), new Date(end)])
    .range([PLOT_LEFT, PLOT_RIGHT])
    .nice(6);
  const tickDates = x.ticks(6);
  const format = x.tickFormat(6);
  const ticks = tickDates.map((d) => format(d));
  // d3 names a month tick by the month alone ("October"); the axis's ends also say the year.
  for (const i of new Set([0, ticks.length - 1])) {
    const d = tickDates[i];
    if (d && ticks[i] !== undefined && !/\d{4}/.test(ticks[i]!))
      ticks[i] = `${ticks[i]} ${d.getUTCFullYear()}`;
  }

  const rowsBottom = ROWS_TOP + placed.length * ROW_HEIGHT;
  const axisY = rowsBottom + AXIS_GAP;
  const notes: string[] = [];
  if (placed.some((p) => p.event.future || p.event.givenUp))
    notes.push(
      placed.some((p) => p.event.givenUp)
        ? 'Hollow shape: planned or expected at the time of writing, or a day once planned, a plan since changed.'
        : 'Hollow shape: planned or expected at the time of writing.',
    );
  if (undated > 0)
    notes.push(
      `Not drawn: ${counted(undated, 'event')} whose date has no year or cannot be placed.`,
    );
  const legendTop = axisY + 40;
  const legendLines = legend.length + (others.size > 0 ? 1 : 0) + notes.length;
  const height = legendTop + legendLines * LEGEND_LINE + PAD - 6;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">`,
    `<defs><clipPath id="card"><rect x="${PAD / 2}" y="${PAD / 2}" width="${CHART_WIDTH - PAD}" height="${height - PAD}"/></clipPath></defs>`,
    `<rect x="1" y="1" width="${CHART_WIDTH - 2}" height="${height - 2}" rx="12" fill="${CARD.background}" stroke="${CARD.border}" stroke-width="2"/>`,
    `<g clip-path="url(#card)">`,
    text(PAD + 4, TITLE_Y, truncate(options.title, fitChars(CHART_WIDTH - 2 * PAD) - 2), {
      size: 16,
      weight: 600,
    }),
  );

  // Grid and axis first, so marks and labels draw over them.
  for (const [i, d] of tickDates.entries()) {
    const tx = x(d);
    out.push(
      `<line x1="${num(tx)}" y1="${ROWS_TOP - 6}" x2="${num(tx)}" y2="${axisY}" stroke="${CARD.grid}" stroke-width="1"/>`,
      text(tx, axisY + 18, ticks[i]!, { size: 12, fill: CARD.muted, anchor: 'middle' }),
    );
  }
  out.push(
    `<line x1="${PLOT_LEFT}" y1="${axisY}" x2="${PLOT_RIGHT}" y2="${axisY}" stroke="${CARD.muted}" stroke-width="1.5"/>`,
  );

  const drawn: TimelineChart['drawn'] = [];
  for (const [row, { event, span }] of placed.entries()) {
    const cy = ROWS_TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    const x0 = x(new Date(span.start));
    const x1 = Math.max(x(new Date(span.end)), x0 + 2);
    if (row % 2 === 1)
      out.push(
        `<rect x="${PAD}" y="${num(cy - ROW_HEIGHT / 2)}" width="${CHART_WIDTH - 2 * PAD}" height="${ROW_HEIGHT}" fill="#ffffff" fill-opacity="0.04"/>`,
      );
    out.push(
      text(DATE_COLUMN_RIGHT, cy + 4.5, dateLabel(event), { fill: CARD.muted, anchor: 'end' }),
    );
    const roomRight = CHART_WIDTH - PAD - (x1 + 10);
    const roomLeft = x0 - 10 - (DATE_COLUMN_RIGHT + 8);
    // A label goes on the side with more room; when a long span leaves too little on both, it
    // goes over the span, which then runs thinner along the foot of the row.
    const inside = Math.max(roomRight, roomLeft) < MIN_LABEL_ROOM;
    if (inside)
      out.push(
        `<rect x="${num(x0)}" y="${num(cy + 8)}" width="${num(x1 - x0)}" height="4" rx="2" fill="${CARD.mark}"/>`,
      );
    else if (x1 - x0 >= 6)
      out.push(
        `<rect x="${num(x0)}" y="${num(cy - 3)}" width="${num(x1 - x0)}" height="6" rx="3" fill="${CARD.mark}"/>`,
      );
    else
      out.push(
        `<line x1="${num((x0 + x1) / 2)}" y1="${num(cy - 8)}" x2="${num((x0 + x1) / 2)}" y2="${num(cy + 8)}" stroke="${CARD.mark}" stroke-width="2.5" stroke-linecap="round"/>`,
      );

    const seen: string[] = [];
    for (const q of event.quotes) if (!seen.includes(q.source.id)) seen.push(q.source.id);
    const shown = seen.slice(0, MARKERS_PER_EVENT);
    const more = seen.length - shown.length;
    const moreText = more > 0 ? `+${more}` : '';
    const clusterWidth =
      shown.length * MARKER_STEP + (moreText ? moreText.length * CHAR_WIDTH + 4 : 0);
    const insideStart = Math.max(x0, PLOT_LEFT) + 4;
    const right = inside || roomRight >= roomLeft;
    const room = inside ? CHART_WIDTH - PAD - insideStart : right ? roomRight : roomLeft;
    const quote = event.quotes[0]?.quote.replace(/\s+/g, ' ').trim() ?? '';
    const label = quote
      ? inQuoteMarks(truncate(quote, Math.max(4, fitChars(room - clusterWidth - 8) - 2)))
      : '';
    let cursor = inside ? insideStart + MARKER_R : right ? x1 + 10 + MARKER_R : x0 - 10 - MARKER_R;
    const step = right ? MARKER_STEP : -MARKER_STEP;
    const ordered = right ? shown : [...shown].reverse();
    const markers = ordered.map((id) => {
      const m = marker(
        styles.get(id)!,
        cursor,
        cy,
        MARKER_R,
        event.future || event.givenUp === true,
        CARD.background,
      );
      cursor += step;
      return m;
    });
    if (!right && moreText) {
      out.push(
        text(cursor + MARKER_R, cy + 4.5, moreText, { size: 12, fill: CARD.muted, anchor: 'end' }),
      );
      cursor -= moreText.length * CHAR_WIDTH + 4;
    }
    out.push(...markers);
    if (right && moreText) {
      out.push(text(cursor - MARKER_R + 2, cy + 4.5, moreText, { size: 12, fill: CARD.muted }));
      cursor += moreText.length * CHAR_WIDTH + 4;
    }
    if (label)
      out.push(
        right
          ? text(cursor - MARKER_R + 4, cy + 4.5, label, {})
          : text(cursor + MARKER_R - 4, cy + 4.5, label, { anchor: 'end' }),
      );
    drawn.push({ event, span, x0, x1, label });
  }

  let ly = legendTop;
  const legendChars = fitChars(CHART_WIDTH - 2 * PAD - 28);
  for (const { source, style } of legend) {
    out.push(
      marker(style, PAD + 12, ly - 4.5, MARKER_R, false, CARD.background),
      text(PAD + 26, ly, truncate(legendName(source), legendChars), {}),
    );
    ly += LEGEND_LINE;
  }
  if (others.size > 0) {
    out.push(
      marker(sourceStyle(SHAPES.length), PAD + 12, ly - 4.5, MARKER_R, false, CARD.background),
      text(PAD + 26, ly, counted(others.size, 'other source'), {}),
    );
    ly += LEGEND_LINE;
  }
  for (const note of notes) {
    out.push(text(PAD + 4, ly, note, { size: 12, fill: CARD.muted }));
    ly += LEGEND_LINE;
  }
  out.push('</g>', '</svg>');

  return {
    svg: out.join('\n'),
    width: CHART_WIDTH,
    height,
    drawn,
    undated,
    legend,
    otherSources: others.size,
    ticks,
  };
}
