/**
 * Dates whose year no article states. "The European Union on December 17 imposed…" in an
 * article with no publication date and no year near it: the month and day are the text's own,
 * the year is not, and guessing one would put a real quote under a made-up date. Such a quote
 * is shown under its month and day with the year marked as not stated, after every dated
 * entry, unless it already joined a dated entry as one more source (see attach.ts).
 */
import type { TimelineEvent } from '../types/timeline.js';
import type { UndatedMention } from './events.js';
import { YEAR_NOT_STATED } from './year-rules.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Turns the yearless calendar dates left undated into entries with `yearStated: false`, one per
 * sentence and month-day, in calendar order of month and day, a range after the single dates
 * it starts with (then reading order).
 *
 * @returns those entries, and the mentions that remain undated (weekdays without a publication
 *   day, relative dates without an anchor, …)
 */
export function yearNotStatedEvents(undated: readonly UndatedMention[]): {
  events: TimelineEvent[];
  undated: UndatedMention[];
} {
  const byKey = new Map<string, { event: TimelineEvent; order: number[] }>();
  const left: UndatedMention[] = [];
  for (const mention of undated) {
    const partial = mention.partial;
    if (!partial || mention.reason !== YEAR_NOT_STATED) {
      left.push(mention);
      continue;
    }
    const monthDay = (md: { month: number; day?: number }): string =>
      md.day === undefined ? `--${pad(md.month)}` : `--${pad(md.month)}-${pad(md.day)}`;
    const date = monthDay(partial);
    const end = partial.until ? monthDay(partial.until) : undefined;
    // A sentence the article repeats word for word is one entry, quoted where it first stands.
    const key = `${date}|${mention.quote.source.id}|${mention.quote.quote}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      event: {
        date,
        ...(end && end !== date ? { end } : {}),
        precision: partial.day === undefined ? 'month' : 'day',
        yearStated: false,
        future: mention.tense === 'future',
        ...(mention.deadline ? { deadline: true as const } : {}),
        ...(mention.doneBy ? { doneBy: true as const } : {}),
        quotes: [mention.quote],
      },
      // A range after the single dates it starts with (by its end), so a date has one heading.
      order: [
        partial.month,
        partial.day ?? 0,
        partial.until?.month ?? partial.month,
        partial.until ? (partial.until.day ?? 0) : (partial.day ?? 0),
        mention.article,
        mention.quote.start,
      ],
    });
  }
  const events = [...byKey.values()]
    .sort((a, b) => {
      for (let i = 0; i < a.order.length; i++) {
        const d = (a.order[i] as number) - (b.order[i] as number);
        if (d !== 0) return d;
      }
      return 0;
    })
    .map((x) => x.event);
  return { events, undated: left };
}
