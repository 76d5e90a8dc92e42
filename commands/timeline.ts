/** /timeline: the dated events of the coverage, each with its quotes and sources, ten a page. */
import { timelineChartFile } from '../src/chart/timeline-chart.js';
import { checkTimelineFilters } from '../src/engine/index.js';
import type { TimelineFilters } from '../src/engine/types.js';
import { defineCommand } from '../src/framework/command.js';
import type { CommandContext } from '../src/framework/command.js';
import { encodeButtonId } from '../src/framework/custom-id.js';
import { hiddenNotice } from '../src/framework/payload.js';
import { isPartialDate } from '../src/text/dates.js';
import type { SourceScope } from '../src/framework/render/scope.js';
import { renderTimeline, TIMELINE_PAGE_SIZE } from '../src/framework/render/timeline.js';
import { matchSource, sourceChoices, sourceProblem } from '../src/framework/source-option.js';

const DATE_HELP = 'a date like 2020, 2020-11 or 2020-11-19';
const dateCheck = (name: string) => (value: string) =>
  isPartialDate(value.trim()) ? null : `${name} must be ${DATE_HELP}.`;

/** What a page is drawn from, kept for the page buttons: the filters and what `source:` named. */
interface TimelineQuery {
  filters: TimelineFilters;
  scope?: SourceScope;
}

function showPage(
  ctx: CommandContext,
  { filters, scope }: TimelineQuery,
  key: string,
  owner: string,
  page: number,
) {
  const result = ctx.engine.timeline({
    ...filters,
    offset: page * TIMELINE_PAGE_SIZE,
    limit: TIMELINE_PAGE_SIZE,
  });
  const payload = renderTimeline(
    result,
    filters,
    { page: (p) => encodeButtonId({ command: 'timeline', action: 'page', owner, key, arg: p }) },
    scope,
  );
  const chart = timelineChartFile(result, filters, scope);
  if (chart) payload.files = [chart];
  return payload;
}

export default defineCommand({
  name: 'timeline',
  description: 'Browse the dated events of the coverage, with their quotes and sources.',
  options: {
    from: {
      type: 'string',
      description: `From ${DATE_HELP}`,
      maxLength: 10,
      check: dateCheck('from'),
    },
    to: {
      type: 'string',
      description: `Up to ${DATE_HELP}`,
      maxLength: 10,
      check: dateCheck('to'),
    },
    source: {
      type: 'string',
      description:
        'Only events from these articles: an id, an outlet (all its articles), or a word or start of a title',
      autocomplete: true,
      maxLength: 100,
    },
    keyword: {
      type: 'string',
      description: 'Only events whose quotes contain this word (any form, any alias spelling)',
      maxLength: 100,
    },
  },
  run(ctx, opts) {
    const filters: TimelineFilters = {};
    if (opts.from) filters.from = opts.from.trim();
    if (opts.to) filters.to = opts.to.trim();
    if (opts.keyword?.trim()) filters.keyword = opts.keyword.trim();
    // The timeline's own check: "from" not after "to", and every filter within bounds.
    const problem = checkTimelineFilters(filters);
    if (problem) return hiddenNotice(`/timeline: ${problem}.`);
    const query: TimelineQuery = { filters };
    if (opts.source !== undefined && opts.source.trim() !== '') {
      const match = matchSource(ctx.engine, opts.source);
      if (match.kind === 'one') {
        filters.source = match.source.id;
        query.scope = match.source;
      } else if (match.kind === 'outlet') {
        // Naming an outlet means all of its articles.
        filters.sources = match.sources.map((s) => s.id);
        query.scope = { outlet: match.outlet };
      } else return hiddenNotice(sourceProblem(opts.source, match));
    }
    const key = ctx.state.put(query);
    return showPage(ctx, query, key, ctx.userId, 0);
  },
  autocomplete(ctx, focused) {
    return focused.name === 'source' ? sourceChoices(ctx.engine, focused.value) : [];
  },
  press(ctx, id) {
    const query = ctx.state.get(id.key) as TimelineQuery | undefined;
    if (!query) return null;
    return { kind: 'update', payload: showPage(ctx, query, id.key, ctx.userId, id.arg) };
  },
});
