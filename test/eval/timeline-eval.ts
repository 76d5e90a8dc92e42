/**
 * Timeline evaluation: date-selection precision, recall and F1 as in timeline-summarisation
 * research, matching produced and gold entries on (date, precision). A produced date absent
 * from the gold is wrong; a gold date never produced is missed.
 */
import type { DatePrecision, TimelineEvent } from '../../src/engine/types.js';

/** One gold entry: a date a careful reader lists, with the articles that date it. */
export interface GoldDate {
  date: string;
  /** The last day, month or year of a range ("the years 2021-2023"). */
  end?: string;
  precision: DatePrecision;
  articles: string[];
  event: string;
}

/** The gold timeline file (`test/eval/timeline-gold.json`). */
export interface TimelineGold {
  dates: GoldDate[];
}

/** A produced date that is not in the gold, with what it quoted. */
export interface WrongDate {
  date: string;
  precision: DatePrecision;
  sources: string[];
  quote: string;
}

/** The result of {@link evaluateTimeline}. */
export interface TimelineEvalResult {
  precision: number;
  recall: number;
  f1: number;
  produced: number;
  gold: number;
  matched: number;
  wrong: WrongDate[];
  missed: GoldDate[];
  /** Entries shown with their year marked as not stated: not dates, so not scored. */
  yearNotStated: WrongDate[];
}

const key = (date: string, precision: DatePrecision, end?: string): string =>
  `${date}${end ? `/${end}` : ''}|${precision}`;

/**
 * Scores a timeline against the gold. Every produced entry counts once per distinct
 * (date, precision), so several events on one day are one selected date.
 */
export function evaluateTimeline(
  events: readonly TimelineEvent[],
  gold: TimelineGold,
): TimelineEvalResult {
  const goldKeys = new Map(gold.dates.map((g) => [key(g.date, g.precision, g.end), g]));
  const produced = new Map<string, TimelineEvent>();
  const yearNotStated: WrongDate[] = [];
  for (const event of events) {
    if (!event.yearStated) {
      yearNotStated.push(describe(event));
      continue;
    }
    const k = key(event.date, event.precision, event.end);
    if (!produced.has(k)) produced.set(k, event);
  }
  const matched = [...produced.keys()].filter((k) => goldKeys.has(k)).length;
  const wrong: WrongDate[] = [...produced.entries()]
    .filter(([k]) => !goldKeys.has(k))
    .map(([, e]) => describe(e));
  const missed = [...goldKeys.entries()].filter(([k]) => !produced.has(k)).map(([, g]) => g);
  const precision = produced.size === 0 ? 0 : matched / produced.size;
  const recall = goldKeys.size === 0 ? 0 : matched / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    produced: produced.size,
    gold: goldKeys.size,
    matched,
    wrong,
    missed,
    yearNotStated,
  };
}

function describe(e: TimelineEvent): WrongDate {
  return {
    date: e.end ? `${e.date}/${e.end}` : e.date,
    precision: e.precision,
    sources: e.quotes.map((q) => q.source.id),
    quote: e.quotes[0]?.quote ?? '',
  };
}

const cut = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** A plain-text report of an evaluation, for `npm run eval`. */
export function formatTimelineEval(result: TimelineEvalResult): string {
  const lines = [
    `timeline dates: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, F1 ${result.f1.toFixed(3)} ` +
      `(${result.matched} of ${result.gold} gold dates, ${result.produced} produced)`,
    `wrong dates: ${result.wrong.length === 0 ? 'none' : result.wrong.length}`,
  ];
  for (const w of result.wrong)
    lines.push(
      `  wrong ${w.date} (${w.precision}) from ${w.sources.join(', ')}: "${cut(w.quote, 100)}"`,
    );
  lines.push(`missed dates: ${result.missed.length === 0 ? 'none' : result.missed.length}`);
  for (const m of result.missed) lines.push(`  missed ${m.date} (${m.precision}): ${m.event}`);
  lines.push(
    `shown with the year not stated (not scored): ${result.yearNotStated.length === 0 ? 'none' : result.yearNotStated.length}`,
  );
  for (const y of result.yearNotStated)
    lines.push(`  ${y.date} from ${y.sources.join(', ')}: "${cut(y.quote, 100)}"`);
  return lines.join('\n');
}

/** Scores the timeline of a corpus folder against a gold file (defaults: the bundled ones). */
export async function evaluateCorpusTimeline(
  corpusDir = 'corpus',
  goldPath = 'test/eval/timeline-gold.json',
): Promise<TimelineEvalResult> {
  const [{ readFile }, { loadCorpus }, { buildTimeline }] = await Promise.all([
    import('node:fs/promises'),
    import('../../src/corpus/load.js'),
    import('../../src/timeline/index.js'),
  ]);
  const gold = JSON.parse(await readFile(goldPath, 'utf8')) as TimelineGold;
  return evaluateTimeline(buildTimeline(await loadCorpus(corpusDir)), gold);
}

// `npx tsx test/eval/timeline-eval.ts [corpusDir] [goldPath]` prints the report on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  evaluateCorpusTimeline(process.argv[2], process.argv[3]).then(
    (result) => console.log(formatTimelineEval(result)),
    (error: unknown) => {
      console.error(`timeline eval: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
