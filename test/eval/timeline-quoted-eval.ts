/**
 * Timeline evaluation against an event-level gold: each gold event names its article, a
 * verbatim snippet of the sentence that dates it, and the date a careful reader gives it from
 * the text alone (`test/eval/corpora/news/timeline-gold.json`, written blind).
 *
 * Every (entry, quote) pair the timeline shows is one dated claim: "this sentence happened on
 * this date". A claim is right when a gold event of that sentence has a date it agrees with
 * (the same date, or one inside the other: "spring 2022" agrees with "2022"; "December 17, year
 * not stated" with any December 17, though it recalls only a gold event without a year either), wrong otherwise
 * (including a claim on a sentence the gold does not date at all). Recall is the share of gold
 * events with a right claim on their sentence.
 */
import { parseIsoDate, intervalOf } from '../../src/text/calendar.js';
import type { TimelineEvent } from '../../src/engine/types.js';

/** One gold event, as the blind gold file states it. */
export interface QuotedGoldEvent {
  /** The article's file name. */
  file: string;
  /** A verbatim snippet of the sentence that dates the event. */
  quote: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` / `--MM` when no year can be known. */
  date: string;
  end?: string;
  yearStated: boolean;
  future: boolean;
}

/** The gold file. */
export interface QuotedGold {
  articles: Record<string, { published: string | null }>;
  events: QuotedGoldEvent[];
  notDates: Array<{ file: string; text: string }>;
}

/** A claim the timeline made that the gold does not support. */
export interface WrongClaim {
  file: string;
  date: string;
  quote: string;
  /** The gold dates of that sentence, empty when the gold dates nothing in it. */
  gold: string[];
}

/** The result of {@link evaluateQuotedTimeline}. */
export interface QuotedEvalResult {
  files: string[];
  claims: number;
  right: number;
  precision: number;
  goldEvents: number;
  recalled: number;
  recall: number;
  /** Right claims whose `future` flag agrees with the gold's. */
  futureAgrees: number;
  wrong: WrongClaim[];
  missed: QuotedGoldEvent[];
}

const squash = (text: string): string =>
  text.normalize('NFC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The days a gold or produced date covers, or null for a date without a year. */
function span(date: string, end?: string): { first: number; last: number } | null {
  const a = parseIsoDate(date);
  const b = end === undefined ? a : parseIsoDate(end);
  if (!a || !b) return null;
  return { first: intervalOf(a).first, last: intervalOf(b).last };
}

/**
 * True when two dates agree: equal, or one lies inside the other. A date shown without its
 * year ("--12-17") agrees with a gold date of that month and day in any year: it says less,
 * nothing false.
 */
export function datesAgree(
  produced: { date: string; end?: string },
  gold: { date: string; end?: string },
): boolean {
  if (produced.date === gold.date && produced.end === gold.end) return true;
  if (produced.date.startsWith('--'))
    return produced.end === undefined && gold.date.slice(5).startsWith(produced.date.slice(2));
  const p = span(produced.date, produced.end);
  const g = span(gold.date, gold.end);
  if (!p || !g) return false;
  return (p.first >= g.first && p.last <= g.last) || (g.first >= p.first && g.last <= p.last);
}

const fileId = (file: string): string => file.replace(/\.[^.]+$/, '');

function shown(e: { date: string; end?: string }): string {
  return e.end ? `${e.date}/${e.end}` : e.date;
}

/**
 * Scores a timeline against an event-level gold, on the articles the corpus holds.
 *
 * @param events the whole timeline
 * @param gold the gold file
 * @param ids the ids of the articles the corpus loaded (a gold article missing from it, say an
 *   `.html` file the loader does not read, is left out of the score and not counted as missed)
 */
export function evaluateQuotedTimeline(
  events: readonly TimelineEvent[],
  gold: QuotedGold,
  ids: readonly string[],
): QuotedEvalResult {
  const loaded = new Set(ids);
  const goldEvents = gold.events.filter((g) => loaded.has(fileId(g.file)));
  const files = [...new Set(goldEvents.map((g) => g.file))].sort();
  const goldOf = (id: string, quote: string) =>
    goldEvents.filter((g) => fileId(g.file) === id && squash(quote).includes(squash(g.quote)));
  const recalled = new Set<QuotedGoldEvent>();
  const wrong: WrongClaim[] = [];
  let claims = 0;
  let right = 0;
  let futureAgrees = 0;
  for (const event of events) {
    for (const q of event.quotes) {
      if (!loaded.has(q.source.id)) continue;
      claims++;
      const candidates = goldOf(q.source.id, q.quote);
      const agreeing = candidates.filter((g) => datesAgree(event, g));
      if (agreeing.length === 0) {
        wrong.push({
          file: q.source.id,
          date: shown(event),
          quote: q.quote,
          gold: candidates.map(shown),
        });
        continue;
      }
      right++;
      if (agreeing.some((g) => g.future === event.future)) futureAgrees++;
      // A date shown without its year recalls only a gold event that has none either.
      agreeing
        .filter((g) => event.yearStated || g.date.startsWith('--'))
        .forEach((g) => recalled.add(g));
    }
  }
  return {
    files,
    claims,
    right,
    precision: claims === 0 ? 0 : right / claims,
    goldEvents: goldEvents.length,
    recalled: recalled.size,
    recall: goldEvents.length === 0 ? 0 : recalled.size / goldEvents.length,
    futureAgrees,
    wrong,
    missed: goldEvents.filter((g) => !recalled.has(g)),
  };
}

const cut = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** A plain-text report, for `npm run eval`. */
export function formatQuotedEval(result: QuotedEvalResult, verbose = true): string {
  const lines = [
    `timeline claims: precision ${result.precision.toFixed(3)} (${result.right} of ${result.claims} dated quotes right), ` +
      `recall ${result.recall.toFixed(3)} (${result.recalled} of ${result.goldEvents} gold events), ` +
      `future flag agrees on ${result.futureAgrees} of ${result.right}`,
    `articles scored: ${result.files.length} (${result.files.join(', ')})`,
    `wrong dates: ${result.wrong.length === 0 ? 'none' : result.wrong.length}`,
  ];
  for (const w of result.wrong)
    lines.push(
      `  wrong ${w.date} in ${w.file} (gold: ${w.gold.length ? w.gold.join(', ') : 'no date'}): "${cut(w.quote, 110)}"`,
    );
  lines.push(`missed events: ${result.missed.length === 0 ? 'none' : result.missed.length}`);
  if (verbose)
    for (const m of result.missed)
      lines.push(`  missed ${shown(m)} in ${m.file}: "${cut(m.quote, 90)}"`);
  return lines.join('\n');
}

/**
 * Scores the timeline of a corpus folder against its `timeline-gold.json`, twice: with each
 * article's publication date as the gold states it (what the article's own dateline or byline
 * says, so the figure measures the timeline and not dateline reading), and as the corpus layer
 * reads it from the files (what an administrator gets with no `articles.json`).
 */
export async function evaluateNewsTimeline(
  corpusDir = 'test/eval/corpora/news',
): Promise<{ statedDates: QuotedEvalResult; asLoaded: QuotedEvalResult }> {
  const [{ readFile }, path, { loadCorpus }, { buildTimeline }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('../../src/corpus/load.js'),
    import('../../src/timeline/index.js'),
  ]);
  const gold = JSON.parse(
    await readFile(path.join(corpusDir, 'timeline-gold.json'), 'utf8'),
  ) as QuotedGold;
  const corpus = await loadCorpus(corpusDir);
  const ids = corpus.articles.map((a) => a.meta.id);
  const asLoaded = evaluateQuotedTimeline(buildTimeline(corpus), gold, ids);
  const published = new Map(
    Object.entries(gold.articles).map(([file, a]) => [fileId(file), a.published]),
  );
  const stated = {
    ...corpus,
    articles: corpus.articles.map((a) => ({
      ...a,
      meta: {
        ...a.meta,
        published: published.has(a.meta.id) ? (published.get(a.meta.id) ?? null) : a.meta.published,
      },
    })),
  };
  return { statedDates: evaluateQuotedTimeline(buildTimeline(stated), gold, ids), asLoaded };
}

/** Both figures of {@link evaluateNewsTimeline}, for `npm run eval`. */
export function formatNewsEval(
  result: { statedDates: QuotedEvalResult; asLoaded: QuotedEvalResult },
  verbose = true,
): string {
  const loaded = result.asLoaded;
  return [
    'With the publication dates the articles state (as the gold gives them):',
    formatQuotedEval(result.statedDates, verbose),
    `With the publication dates the corpus layer reads from the files: precision ${loaded.precision.toFixed(3)}, recall ${loaded.recall.toFixed(3)}, ${loaded.wrong.length} wrong`,
  ].join('\n');
}

// `npx tsx test/eval/timeline-quoted-eval.ts [corpusDir]` prints the report on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  evaluateNewsTimeline(process.argv[2]).then(
    (result) => console.log(formatNewsEval(result)),
    (error: unknown) => {
      console.error(`timeline eval: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
