/** The picture attached to `/timeline`: one page's events as a chart, with its alt text. */
import type { TimelineFilters, TimelinePage } from '../engine/types.js';
import type { ReplyFile } from '../framework/payload.js';
import type { SourceScope } from '../framework/render/scope.js';
import { describeFilters } from '../framework/render/timeline.js';
import { timelineAltText } from './alt-text.js';
import { buildTimelineSvg } from './timeline-svg.js';

/** The attachment's file name. */
export const TIMELINE_CHART_NAME = 'timeline.png';

/**
 * The chart of one page of the timeline, or null when no event on it can be placed on a time
 * axis. Its title names the filters as the reply's does ({@link describeFilters}).
 */
export function timelineChartFile(
  page: TimelinePage,
  filters: TimelineFilters,
  scope?: SourceScope,
): ReplyFile | null {
  if (page.events.length === 0) return null;
  const filterText = describeFilters(filters, scope);
  const range = `events ${page.offset + 1}–${page.offset + page.events.length} of ${page.total}`;
  const chart = buildTimelineSvg(page.events, {
    title: `Timeline${filterText ? `: ${filterText}` : ''} · ${range}`,
  });
  if (chart.drawn.length === 0) return null;
  return {
    name: TIMELINE_CHART_NAME,
    description: timelineAltText(chart, `Timeline of ${range}`),
    svg: chart.svg,
  };
}
