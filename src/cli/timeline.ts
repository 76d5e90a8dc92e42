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
import { checkTimelineFilters, openEngine, DEFAULT_CORPUS_DIR } from '../engine/index.js';
import type { TimelineEvent, TimelineFilters, TimelinePage } from '../engine/types.js';
import {
  EXIT,
  UsageError,
  cliLogger,
  describeSource,
  parseCommandLine,
  runCommand,
} from './common.js';

const USAGE =
  'usage: npm run timeline -- [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--source ID] [--keyword WORD] [--offset N] [--limit N] [--corpus DIR] [--json]';

interface Options {
  filters: TimelineFilters;
  corpus: string;
  json: boolean;
  help: boolean;
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()))
    throw new UsageError(`${name}: '${value}' is not a whole number`);
  return Number(value);
}

/** Reads the command line into filters; throws a {@link UsageError} naming the problem. */
export function parseTimelineArgs(argv: string[]): Options {
  const parsed = parseCommandLine(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    keyword: { type: 'string' },
    offset: { type: 'string' },
    limit: { type: 'string' },
    corpus: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
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
  const problem = checkTimelineFilters(filters);
  if (problem) throw new UsageError(problem);
  return {
    filters,
    corpus: v.corpus ?? DEFAULT_CORPUS_DIR,
    json: v.json ?? false,
    help: v.help ?? false,
  };
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
      lines.push(`  “${quote.quote}”`, `    — ${describeSource(quote.source)}`);
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
  const options = parseTimelineArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const engine = await openEngine({ corpusDir: options.corpus, logger: cliLogger() });
  const problem = checkTimelineFilters(
    options.filters,
    engine.sources().map((s) => s.id),
  );
  if (problem) throw new UsageError(problem);
  const page = engine.timeline(options.filters);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(timelineJson(page), null, 2)}\n`
      : `${formatTimelinePage(page)}\n`,
  );
  return EXIT.ok;
}

// Run only as a command: the tests import the parsing and formatting above.
if (import.meta.url === `file://${process.argv[1]}`) runCommand('timeline', USAGE, main);
