/**
 * `npm run timeline`: the key dated events of the coverage, each with its quotes and sources.
 *
 *   npm run timeline -- [--from 2020-08] [--to 2020-12-31] [--source ID|OUTLET|TITLE] [--keyword WORD]
 *                       [--offset N] [--limit N] [--corpus DIR] [--json]
 *
 * `--json` prints `{"events": [{"date", "precision", "season"?, "end"?, "yearStated", "future", "quotes": [{"quote",
 * "source": {"id", "title", "outlet", "published", "url"}, "yearStated"?, "precision"?, "dates"?, "approximate"?}],
 * "outcomes"?: [{"outcome", "quote", "source"}]}], "total", "offset", "limit"}` (`outcomes`: later
 * reports that a planned entry was called off, postponed, moved or put on hold)
 * and nothing else on standard output; logs go to standard error. Bad flags: a one-line error
 * and exit code 2.
 */
import { checkTimelineFilters } from '../engine/index.js';
import type { TimelineFilters, TimelinePage } from '../engine/types.js';
import {
  COMMON_FLAGS,
  EXIT,
  UsageError,
  cliSettings,
  resolveSourceFlag,
  describeSource,
  parseCommandLine,
  type CliCommand,
  type CliIO,
} from './common.js';
import { openCliEngine } from './open-engine.js';
import { inQuoteMarks } from '../text/quotation.js';
import { optionProblem } from './argument-problem.js';
import {
  groupByDate,
  groupNotes,
  outcomeLabel,
  ownNotes,
  pastTheEnd,
  quoteNotes,
} from '../framework/render/timeline-headings.js';

const USAGE =
  'usage: npm run -s timeline -- [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--source ID|OUTLET|TITLE] [--keyword WORD] [--offset N] [--limit N] [--corpus DIR] [--json] [--verbose]';

interface Options {
  filters: TimelineFilters;
  /** `--corpus` when given; otherwise the shared rule (CORPUS_DIR, then ./corpus) decides. */
  corpus: string | undefined;
  json: boolean;
  verbose: boolean;
}

/** A filter's option as the command line writes it: its flag. */
const asFlag = (filter: keyof TimelineFilters): string => `--${filter}`;

function wholeNumber(name: 'offset' | 'limit', value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()))
    throw new UsageError(optionProblem(asFlag(name), `'${value}' is not a whole number`));
  // Past 2^53 a number no longer reads back as typed: say so with the value as typed.
  if (!Number.isSafeInteger(Number(value)))
    throw new UsageError(optionProblem(asFlag(name), `'${value.trim()}' is too large`));
  return Number(value);
}

/** Reads the command line into filters; throws a {@link UsageError} naming the problem. */
export function parseTimelineArgs(argv: string[]): Options {
  const parsed = parseCommandLine(argv, {
    ...COMMON_FLAGS,
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    keyword: { type: 'string' },
    offset: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const v = parsed.values;
  const filters: TimelineFilters = {};
  if (v.from !== undefined) filters.from = v.from;
  if (v.to !== undefined) filters.to = v.to;
  if (v.source !== undefined) filters.source = v.source;
  if (v.keyword !== undefined) filters.keyword = v.keyword;
  const offset = wholeNumber('offset', v.offset);
  const limit = wholeNumber('limit', v.limit);
  if (offset !== undefined) filters.offset = offset;
  if (limit !== undefined) filters.limit = limit;
  const problem = checkTimelineFilters(filters, undefined, asFlag);
  if (problem) throw new UsageError(problem);
  return {
    filters,
    corpus: v.corpus,
    json: v.json ?? false,
    verbose: v.verbose ?? false,
  };
}

/** The page as people read it: one heading per date, its events under it with their sources. */
export function formatTimelinePage(page: TimelinePage): string {
  if (page.total === 0) return 'No dated events match.';
  if (page.events.length === 0) return pastTheEnd(page.offset, page.total, page.limit);
  const last = page.offset + page.events.length;
  const lines = [`Timeline: events ${page.offset + 1}–${last} of ${page.total}`];
  for (const group of groupByDate(page.events)) {
    const shared = groupNotes(group);
    lines.push('', shared.length > 0 ? `${group.label}  (${shared.join('; ')})` : group.label);
    for (const event of group.events) {
      const notes = ownNotes(event, group);
      const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
      event.quotes.forEach((quote, i) => {
        const bullet = i === 0 && group.events.length > 1 ? '• ' : '  ';
        // A year this source does not state, only the month stated: the quote says so itself.
        const notes = quoteNotes(quote);
        const own = notes.length > 0 ? ` (${notes.join('; ')})` : '';
        lines.push(`  ${bullet}${inQuoteMarks(quote.quote)}${i === 0 ? note : ''}${own}`);
        lines.push(`      — ${describeSource(quote.source)}`);
      });
      for (const outcome of event.outcomes ?? []) {
        lines.push(`    ↳ ${outcomeLabel(outcome)} ${inQuoteMarks(outcome.quote.quote)}`);
        lines.push(`      — ${describeSource(outcome.quote.source)}`);
      }
    }
  }
  if (last < page.total) lines.push('', `More: --offset ${last}`);
  return lines.join('\n');
}

/** The JSON shape of a page: events with their quotes and sources, offsets left out. */
export function timelineJson(page: TimelinePage): unknown {
  return {
    events: page.events.map((e) => ({
      date: e.date,
      precision: e.precision,
      ...(e.season ? { season: e.season } : {}),
      ...(e.end ? { end: e.end } : {}),
      yearStated: e.yearStated,
      future: e.future,
      ...(e.ongoing ? { ongoing: true } : {}),
      ...(e.deadline ? { deadline: true } : {}),
      ...(e.doneBy ? { doneBy: true } : {}),
      ...(e.givenUp ? { givenUp: true } : {}),
      quotes: e.quotes.map((q) => ({
        quote: q.quote,
        source: q.source,
        ...(q.yearStated === undefined ? {} : { yearStated: q.yearStated }),
        ...(q.precision === undefined ? {} : { precision: q.precision }),
        ...(q.dates === undefined ? {} : { dates: q.dates }),
        ...(q.approximate ? { approximate: true } : {}),
      })),
      ...(e.outcomes
        ? {
            outcomes: e.outcomes.map((o) => ({
              outcome: o.outcome,
              quote: o.quote.quote,
              source: o.quote.source,
            })),
          }
        : {}),
    })),
    total: page.total,
    offset: page.offset,
    limit: page.limit,
  };
}

async function main(argv: string[], io: CliIO): Promise<number> {
  const options = parseTimelineArgs(argv);
  const engine = await openCliEngine(cliSettings('timeline', io, options), io);
  const { source, ...rest } = options.filters;
  const filters: TimelineFilters =
    source === undefined ? rest : { ...rest, ...resolveSourceFlag(engine, source) };
  const problem = checkTimelineFilters(
    filters,
    engine.sources().map((s) => s.id),
    asFlag,
  );
  if (problem) throw new UsageError(problem);
  const page = engine.timeline(filters);
  io.stdout.write(
    options.json
      ? `${JSON.stringify(timelineJson(page), null, 2)}\n`
      : `${formatTimelinePage(page)}\n`,
  );
  return EXIT.ok;
}

/** `timeline`: see the file header. */
export const timelineCommand: CliCommand = { name: 'timeline', usage: USAGE, main };
