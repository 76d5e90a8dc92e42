/**
 * The chart's alt text (Discord's attachment `description`): what the picture shows, in words,
 * for screen readers and for anyone whose client does not show images. It names every source
 * (outlet and short title) with its colour and shape, then the rows in order until the 1,024 characters run out.
 */
import { MAX_ATTACHMENT_DESCRIPTION } from '../framework/limits.js';
import { truncate } from '../framework/text.js';
import type { SourceRef } from '../engine/types.js';
import type { SourceStyle } from './palette.js';
import { COLOR_NAMES } from './palette.js';
import type { TimelineChart } from './timeline-svg.js';
import { dateLabel } from './timeline-svg.js';
import { counted, pick } from '../text/plural.js';

/** Longest outlet and title shown for one source in the alt text, in characters. */
const MAX_OUTLET = 40;
const MAX_TITLE = 48;

/**
 * A source as the alt text names it: its outlet and its title, each cut to a bounded length
 * ("Velmora Courier · Harlow Bridge reopens"), so two articles of one outlet stay apart; the
 * title alone when the article states no outlet (never a guessed one).
 */
function sourceName(source: SourceRef): string {
  const title = truncate(source.title.trim() || 'untitled', MAX_TITLE);
  const outlet = source.outlet?.trim();
  return outlet ? `${truncate(outlet, MAX_OUTLET)} · ${title}` : title;
}

function styleName(style: SourceStyle): string {
  return `${COLOR_NAMES[style.color] ?? style.color} ${style.shape.replace('-', ' ')}`;
}

/**
 * Describes `chart` in at most {@link MAX_ATTACHMENT_DESCRIPTION} characters.
 *
 * @param what the picture's subject, e.g. "Timeline of events 1–10 of 19".
 */
export function timelineAltText(chart: TimelineChart, what: string): string {
  const parts: string[] = [];
  const first = chart.ticks[0];
  const last = chart.ticks[chart.ticks.length - 1];
  parts.push(
    `${what}: a chart with one row per event, oldest at the top, on a time axis from ${first} to ${last}.`,
  );
  const styleOf = new Map(chart.legend.map((l) => [l.source.id, l.style]));
  const legend = chart.legend.map((l) => `${styleName(l.style)}: ${sourceName(l.source)}`);
  if (chart.otherSources > 0)
    legend.push(`grey cross: ${counted(chart.otherSources, 'other source')}`);
  if (legend.length > 0) parts.push(`Sources: ${legend.join('; ')}.`);
  if (chart.undated > 0)
    parts.push(
      `${counted(chart.undated, 'event')} without a year ${pick(chart.undated, 'is', 'are')} not drawn.`,
    );
  const rows = chart.drawn.map(({ event }) => {
    const names = [...new Set(event.quotes.map((q) => q.source.id))].map((id) => {
      const style = styleOf.get(id);
      return style ? styleName(style) : 'grey cross';
    });
    return `${dateLabel(event)}${event.future ? ' (planned or expected)' : ''}: ${names.join(', ')}`;
  });
  if (rows.length > 0) parts.push(`Rows: ${rows.join('; ')}.`);
  return truncate(parts.join(' '), MAX_ATTACHMENT_DESCRIPTION);
}
