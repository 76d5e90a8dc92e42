/**
 * `npm run timeline`: the key dated events of the coverage, each with its quotes and sources.
 *
 *   npm run timeline -- [--from 2020-08] [--to 2020-12-31] [--source ID] [--keyword WORD]
 *                       [--offset N] [--limit N] [--corpus DIR] [--json]
 *
 * `--json` prints `{"events": [{"date", "precision", "future", "season"?, "quotes": [{"quote",
 * "source": {"id", "title", "outlet", "published", "url"}}]}], "total", "offset", "limit"}`
 * and nothing else on standard output; logs go to standard error. Bad flags: a one-line error
 * and exit code 2.
 */
import { parseArgs } from 'node:util';
import { openEngine, DEFAULT_CORPUS_DIR } from '../engine/index.js';
import type { TimelineEvent, TimelineFilters, TimelinePage } from '../engine/types.js';
import { createLogger } from '../log.js';
import { checkTimelineFilters } from '../timeline/query.js';

const USAGE =
  'usage: npm run timeline -- [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--source ID] [--keyword WORD] [--offset N] [--limit N] [--corpus DIR] [--json]';

/** A problem with the command line: reported in one line, exit code 2. */
class UsageError extends Error {}

interface Options {
  filters: TimelineFilters;
  corpus: string;
  json: boolean;
  help: boolean;
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${name}: '${value}' is not a whole number`);
  return Number(value);
}

/** Reads the command line into filters; throws a {@link UsageError} naming the problem. */
export function parseTimelineArgs(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        source: { type: 'string' },
        keyword: { type: 'string' },
        offset: { type: 'string' },
        limit: { type: 'string' },
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
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
  const problem = checkTimelineFilters(filters);
  if (problem) throw new UsageError(problem);
  return { filters, corpus: v.corpus ?? DEFAULT_CORPUS_DIR, json: v.json ?? false, help: v.help ?? false };
}

function dateLabel(event: TimelineEvent): string {
  const label = event.season ? `${event.season} ${event.date.slice(0, 4)}` : event.date;
  return event.future ? `${label}  (expected at the time of writing)` : label;
}

/** The page as people read it: one block per event, each quote with its source. */
export function formatTimelinePage(page: TimelinePage): string {
  if (page.total === 0) return 'No dated events match.';
  const last = page.offset + page.events.length;
  const lines = [`Timeline: events ${page.offset + 1}–${last} of ${page.total}`];
  for (const event of page.events) {
    lines.push('', dateLabel(event));
    for (const quote of event.quotes) {
      const s = quote.source;
      const where = [s.title, s.outlet ?? 'outlet unknown', s.published ?? 'date unknown'].join(', ');
      lines.push(`  “${quote.quote}”`, `    — ${where} [${s.id}]`);
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
      future: e.future,
      quotes: e.quotes.map((q) => ({ quote: q.quote, source: q.source })),
    })),
    total: page.total,
    offset: page.offset,
    limit: page.limit,
  };
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseTimelineArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`timeline: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const logger = createLogger({ level: 'info' });
  const engine = await openEngine({ corpusDir: options.corpus, logger });
  const problem = checkTimelineFilters(options.filters, engine.sources().map((s) => s.id));
  if (problem) {
    process.stderr.write(`timeline: ${problem}\n`);
    return 2;
  }
  const page = engine.timeline(options.filters);
  process.stdout.write(options.json ? `${JSON.stringify(timelineJson(page), null, 2)}\n` : `${formatTimelinePage(page)}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`timeline: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
