/** /timeline: the dated events of the coverage, each with its quotes and sources, ten a page. */
import { ApplicationCommandOptionType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import { checkTimelineFilters } from '../src/engine/index.js';
import type { TimelineFilters } from '../src/engine/types.js';
import type { Command, CommandContext } from '../src/framework/command.js';
import { encodeButtonId } from '../src/framework/custom-id.js';
import { hiddenNotice } from '../src/framework/payload.js';
import { renderTimeline, TIMELINE_PAGE_SIZE } from '../src/framework/render/timeline.js';
import {
  resolveSource,
  sourceChoices,
  unknownSourceMessage,
} from '../src/framework/source-option.js';

const DATE_HELP = 'a date like 2020, 2020-11 or 2020-11-19';
const date = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, `must be ${DATE_HELP}`);

const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'timeline',
  description: 'Browse the dated events of the coverage, with their quotes and sources.',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'from',
      description: `From ${DATE_HELP}`,
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'to',
      description: `Up to ${DATE_HELP}`,
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'source',
      description: 'Only events from this article',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'keyword',
      description: 'Only events whose quotes contain this word',
      max_length: 100,
    },
  ],
};

const options = z.object({
  from: date.optional(),
  to: date.optional(),
  source: z.string().max(100).optional(),
  keyword: z.string().trim().max(100, 'a keyword is at most 100 characters').optional(),
});

function showPage(
  ctx: CommandContext,
  filters: TimelineFilters,
  key: string,
  owner: string,
  page: number,
) {
  const result = ctx.engine.timeline({
    ...filters,
    offset: page * TIMELINE_PAGE_SIZE,
    limit: TIMELINE_PAGE_SIZE,
  });
  return renderTimeline(result, filters, {
    page: (p) => encodeButtonId({ command: 'timeline', action: 'page', owner, key, arg: p }),
  });
}

export default {
  data,
  options,
  run(ctx, opts) {
    const filters: TimelineFilters = {};
    if (opts.from) filters.from = opts.from;
    if (opts.to) filters.to = opts.to;
    if (opts.keyword) filters.keyword = opts.keyword;
    // The timeline's own check: real dates (no 2020-02-31), "from" not after "to".
    const problem = checkTimelineFilters(filters);
    if (problem) return hiddenNotice(`/timeline: ${problem}`);
    if (opts.source !== undefined && opts.source.trim() !== '') {
      const found = resolveSource(ctx.engine, opts.source);
      if (!found) return hiddenNotice(unknownSourceMessage(opts.source));
      filters.source = found.id;
    }
    const key = ctx.state.put(filters);
    return showPage(ctx, filters, key, ctx.userId, 0);
  },
  autocomplete(ctx, focused) {
    return focused.name === 'source' ? sourceChoices(ctx.engine, focused.value) : [];
  },
  press(ctx, id) {
    const filters = ctx.state.get(id.key) as TimelineFilters | undefined;
    if (!filters) return null;
    return { kind: 'update', payload: showPage(ctx, filters, id.key, ctx.userId, id.arg) };
  },
} satisfies Command<z.infer<typeof options>>;
