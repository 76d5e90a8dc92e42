/**
 * The timeline as the index file saves it. Every quote of an entry is a span of its article's
 * cleaned text, citing that article's metadata (timeline/events.ts), and the index file holds
 * both: a quote is saved as its article's number and offsets alone, and its text and source are
 * made again when the index is read. Saving them whole stored the quoted text twice (a
 * fifteenth of the State of the Union index) and made a source object per quote at every load.
 */
import type { CleanArticle } from '../corpus/types.js';
import { sourceOf } from '../timeline/events.js';
import type { SourceRef } from '../types/quote.js';
import type { PlanOutcome, TimelineEvent, TimelineQuote } from '../types/timeline.js';

/** A timeline quote as saved: its article (an index into the corpus's articles) for its text and source. */
export type SavedTimelineQuote = Omit<TimelineQuote, 'quote' | 'source'> & { article: number };

/** A later report of a planned entry's outcome as saved: its quote as a timeline quote is. */
export type SavedPlanOutcome = Omit<PlanOutcome, 'quote'> & { quote: SavedTimelineQuote };

/** A timeline entry as saved. */
export type SavedTimelineEvent = Omit<TimelineEvent, 'quotes' | 'outcomes'> & {
  quotes: SavedTimelineQuote[];
  outcomes?: SavedPlanOutcome[];
};

/**
 * The timeline for saving. Throws when a quote is not the span of an article it names at its
 * offsets, or cites other values than its article's metadata: it could not be made again.
 */
export function saveTimeline(
  events: readonly TimelineEvent[],
  articles: readonly CleanArticle[],
): SavedTimelineEvent[] {
  const articleById = new Map(articles.map((article, i) => [article.meta.id, i]));
  const save = <Q extends TimelineQuote>({
    quote,
    source,
    ...rest
  }: Q): Omit<Q, 'quote' | 'source'> & { article: number } => {
    const article = articleById.get(source.id);
    const cleaned = article === undefined ? undefined : articles[article];
    if (
      article === undefined ||
      cleaned?.text.slice(rest.start, rest.end) !== quote ||
      !sameSource(source, sourceOf(cleaned))
    )
      throw new Error(`index: a timeline quote of "${source.id}" is not its article's text`);
    return { article, ...rest };
  };
  // Spread and replaced, so the fields keep their order (JSON written of an entry is unchanged).
  return events.map(({ outcomes, ...event }) => ({
    ...event,
    quotes: event.quotes.map(save),
    ...(outcomes ? { outcomes: outcomes.map((o) => ({ ...o, quote: save(o.quote) })) } : {}),
  }));
}

function sameSource(a: SourceRef, b: SourceRef): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.outlet === b.outlet &&
    a.published === b.published &&
    a.url === b.url &&
    a.author === b.author
  );
}

/**
 * The timeline saved by {@link saveTimeline}, its quotes made again from `articles`: each
 * quote's text a slice of its article's, one source per article shared by its quotes (plain
 * data, never changed): `sourceOfArticle(i)` when it gives one for article `i` (the engine's
 * own, which also say what articles.json withholds), else the article's metadata's.
 * Throws when a quote names no article or offsets outside its text.
 */
export function readTimeline(
  saved: readonly SavedTimelineEvent[],
  articles: readonly CleanArticle[],
  sourceOfArticle: (article: number) => SourceRef | undefined = () => undefined,
): TimelineEvent[] {
  const sources: Array<SourceRef | undefined> = new Array(articles.length).fill(undefined);
  const read = ({ article, ...rest }: SavedTimelineQuote): TimelineQuote => {
    const cleaned = articles[article];
    if (cleaned === undefined || !(rest.start <= rest.end && rest.end <= cleaned.text.length))
      throw new Error('index: a timeline quote names no article of the corpus');
    const source = (sources[article] ??= sourceOfArticle(article) ?? sourceOf(cleaned));
    return { quote: cleaned.text.slice(rest.start, rest.end), source, ...rest };
  };
  return saved.map((event) => {
    const { outcomes, ...rest } = event;
    return {
      ...rest,
      quotes: event.quotes.map(read),
      ...(outcomes ? { outcomes: outcomes.map((o) => ({ ...o, quote: read(o.quote) })) } : {}),
    };
  });
}
