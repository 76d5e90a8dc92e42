/** Renders a {@link TimelinePage}: one field per date, its events under it with their quotes and sources. */
import type { TimelineEvent, TimelineFilters, TimelinePage } from '../../engine/types.js';
import type { PlanOutcome } from '../../types/timeline.js';
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
} from '../limits.js';
import type { ReplyPayload } from '../payload.js';
import { reply } from '../payload.js';
import { fitEscaped, fitQuote, truncate } from '../text.js';
import { COLOR_LIST, embedTextLength, footer } from './common.js';
import type { PageControls } from './pager.js';
import { pagerRow } from './pager.js';
import { scopeName, type SourceScope } from './scope.js';
import { sourceLine } from './source.js';
import { shrinkToFit } from '../shrink.js';
import {
  groupByDate,
  groupNotes,
  outcomeLabel,
  ownNotes,
  pastTheEnd,
  quoteNotes,
} from './timeline-headings.js';
import type { DateGroup } from './timeline-headings.js';
import { counted } from '../../text/plural.js';

/** Events on one page of `/timeline`. */
export const TIMELINE_PAGE_SIZE = 10;
/** Room kept free under the 6,000-character embed total. */
const EMBED_TOTAL_MARGIN = 50;

/**
 * The heading of a date: the date as precisely as it is known, whether it was still ahead and
 * whether it is a deadline.
 */
export function groupHeading(group: DateGroup): string {
  return fitEscaped([group.label, ...groupNotes(group)].join(' · '), MAX_FIELD_NAME);
}

/** Longest quote shown for one source of a timeline event. */
export const MAX_TIMELINE_QUOTE = 300;

function moreSources(n: number): string {
  return `…and ${counted(n, 'more source', 'more sources')}`;
}

/** Most room kept, among an event's quotes, for its first later report of the plan's outcome. */
const OUTCOME_ROOM = 220;
/** Fewest characters for a quote of a later report: less would say too little of it. */
const MIN_OUTCOME_QUOTE = 40;

/**
 * The later reports of a planned event's outcome, each `↳ later report (called off): “…” —
 * source`, in at most `max` characters: as many as fit whole, the last one's quote shortened.
 */
function outcomeLines(outcomes: readonly PlanOutcome[], max: number): string[] {
  const lines: string[] = [];
  let used = 0;
  for (const o of outcomes) {
    const head = `↳ ${outcomeLabel(o)} `;
    const source = ` — ${sourceLine(o.quote.source, 60)}`;
    const room = Math.min(MAX_TIMELINE_QUOTE, max - used - head.length - source.length - 1);
    if (room < MIN_OUTCOME_QUOTE) break;
    const line = head + fitQuote(o.quote.quote, [], room).text + source;
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

function eventValue(event: TimelineEvent, max: number, prefix = ''): string {
  max -= prefix.length;
  const outcomes = event.outcomes ?? [];
  // A later report that the plan was called off says more than a second source of the plan: room
  // is kept for the first one.
  const outcomeRoom = outcomes.length > 0 ? Math.min(OUTCOME_ROOM, Math.floor(max / 2)) : 0;
  const reserve = moreSources(event.quotes.length).length + 1 + outcomeRoom;
  const lines: string[] = [];
  for (const q of event.quotes) {
    const source = ` — ${sourceLine(q.source, 60)}`;
    // A year this source does not state, only the month stated: the quote says so itself.
    const notes = quoteNotes(q);
    const own = notes.length > 0 ? `(${notes.join('; ')}) ` : '';
    const used = lines.reduce((n, l) => n + l.length + 1, 0);
    const room = Math.min(MAX_TIMELINE_QUOTE, max - reserve - used - source.length - own.length);
    if (room < 40) break;
    lines.push(own + fitQuote(q.quote, [], room).text + source);
  }
  const left = event.quotes.length - lines.length;
  const first = event.quotes[0];
  if (lines.length === 0 && first) {
    // Not even one quote with its full source line fits: the first quote's opening words with a
    // shorter source line. A source line alone would set the article's title in quote marks
    // where the event's quote belongs.
    const source = ` — ${sourceLine(first.source, 30)}`;
    const more = left > 1 ? `\n${moreSources(left - 1)}` : '';
    const quote = fitQuote(first.quote, [], max - source.length - more.length).text;
    return prefix + truncate(quote + source + more, max);
  }
  if (left > 0) lines.push(moreSources(left));
  const used = lines.reduce((n, l) => n + l.length + 1, 0);
  lines.push(...outcomeLines(outcomes, max - used));
  return prefix + (lines.length > 0 ? truncate(lines.join('\n'), max) : 'No quote.');
}

/** The events of one date: each a bullet (marked when only some were still ahead or deadlines). */
function groupValue(group: DateGroup, max: number): string {
  if (group.events.length === 1) return eventValue(group.events[0] as TimelineEvent, max);
  // Each event an equal share, so every event of the date shows its own quote; room an event
  // leaves unused passes to the ones after it.
  let room = max - (group.events.length - 1);
  const parts: string[] = [];
  group.events.forEach((e, i) => {
    const share = Math.floor(room / (group.events.length - i));
    const notes = ownNotes(e, group);
    const part = eventValue(e, share, `• ${notes.length > 0 ? `(${notes.join('; ')}) ` : ''}`);
    parts.push(part);
    room -= part.length;
  });
  return parts.join('\n');
}

/**
 * A one-line summary of the filters, for the title, plain text. `scope`: what the `source:`
 * option named, said as /ask says it ({@link scopeName}: "the article “Title”", "the articles
 * of DW"); without it a `source` filter is shown by its id.
 */
export function describeFilters(filters: TimelineFilters, scope?: SourceScope): string {
  const parts: string[] = [];
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (scope) parts.push(scopeName(scope));
  else if (filters.source) parts.push(`source ${filters.source}`);
  if (filters.keyword) parts.push(`“${filters.keyword}”`);
  return parts.join(', ');
}

/**
 * Renders one page of the timeline, with Previous / Next when there are more events; the title
 * names the filters ({@link describeFilters}, `scope` as there).
 */
export function renderTimeline(
  page: TimelinePage,
  filters: TimelineFilters,
  controls?: PageControls,
  scope?: SourceScope,
): ReplyPayload {
  const size = Math.max(1, page.limit || TIMELINE_PAGE_SIZE);
  const index = Math.floor(page.offset / size);
  const count = Math.max(1, Math.ceil(page.total / size));
  const filterText = describeFilters(filters, scope);
  const title = fitEscaped(`Timeline${filterText ? `: ${filterText}` : ''}`, MAX_EMBED_TITLE);
  const description =
    page.total === 0
      ? 'No dated events match these filters. Try a wider range, or `/sources` to see the articles.'
      : page.events.length === 0
        ? pastTheEnd(page.offset, page.total, size)
        : `Events ${page.offset + 1}–${page.offset + page.events.length} of ${page.total}, oldest first, one heading per date; dates whose year no article states come last. Quotes are verbatim; each names its source.`;
  const groups = groupByDate(page.events);
  const build = (perGroup: number) => ({
    title,
    description: truncate(description, MAX_EMBED_DESCRIPTION),
    color: COLOR_LIST,
    fields: groups.map((g) => ({ name: groupHeading(g), value: groupValue(g, perGroup) })),
    footer: footer({ index, count }),
  });
  const embed = shrinkToFit({
    start: MAX_FIELD_VALUE,
    floor: 80,
    limit: MAX_EMBED_TOTAL - EMBED_TOTAL_MARGIN,
    shares: groups.length,
    minStep: 10,
    build,
    size: embedTextLength,
  }).value;
  const payload = reply({ embeds: [embed] });
  const components = pagerRow(index, count, controls);
  if (components.length > 0) payload.components = components;
  return payload;
}
