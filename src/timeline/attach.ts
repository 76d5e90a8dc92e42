/**
 * Corroboration by yearless quotes. An article that states no publication date may say "In Sochi
 * on September 14, Putin and Lukashenka agreed…" with no year anywhere near: its date cannot
 * be resolved, and it never creates an entry. But when exactly one entry of the timeline has
 * that month and day (or that month), and its quotes tell of the same thing in clearly
 * overlapping words, the yearless quote is added to that entry as one more source. The entry's
 * date still comes only from the articles that state it.
 */
import type { TimelineEvent } from '../types/timeline.js';
import type { UndatedMention } from './events.js';
import { contentWords, inverseFrequencies, similarity, weightOf } from './words.js';

/** Similarity a yearless quote needs with an entry's quote: stricter than merging dated quotes. */
export const YEARLESS_THRESHOLD = 0.25;

interface Candidate {
  event: TimelineEvent;
  quotes: Array<{ words: Set<string>; weight: number }>;
}

function monthDayOf(event: TimelineEvent): { month: number; day?: number } | null {
  if (event.precision !== 'day' && event.precision !== 'month') return null;
  const [, month, day] = event.date.split('-').map(Number);
  if (month === undefined) return null;
  return { month, day };
}

/**
 * Adds yearless quotes to the one entry each clearly belongs to.
 *
 * @returns the entries (the same objects, some with more quotes) and the mentions left undated
 */
export function attachYearless(
  events: TimelineEvent[],
  undated: readonly UndatedMention[],
): { events: TimelineEvent[]; undated: UndatedMention[] } {
  const wordsOf = (text: string, date: string) => contentWords(text.replace(date, ' '));
  const idf = inverseFrequencies([
    ...events.flatMap((e) =>
      e.quotes.map((q) => ({ words: contentWords(q.quote), key: `${q.source.id}:${q.start}` })),
    ),
    ...undated.map((u) => ({
      words: contentWords(u.quote.quote),
      key: `${u.quote.source.id}:${u.quote.start}`,
    })),
  ]);
  const byMonthDay = new Map<string, Candidate[]>();
  for (const event of events) {
    const md = monthDayOf(event);
    if (!md) continue;
    const candidate = {
      event,
      quotes: event.quotes.map((q) => ({ words: contentWords(q.quote), weight: 0 })),
    };
    candidate.quotes.forEach((q) => (q.weight = weightOf(q.words, idf)));
    for (const key of md.day === undefined
      ? [`${md.month}`]
      : [`${md.month}-${md.day}`, `${md.month}`]) {
      byMonthDay.set(key, [...(byMonthDay.get(key) ?? []), candidate]);
    }
  }
  const left: UndatedMention[] = [];
  for (const mention of undated) {
    // Only articles that state no publication date at all: where the year is known, even
    // roughly, the date was left out for a reason (often a recurring date, "June 30").
    const partial = mention.quote.source.published === null ? mention.partial : undefined;
    const candidates = partial
      ? (byMonthDay.get(
          partial.day === undefined ? `${partial.month}` : `${partial.month}-${partial.day}`,
        ) ?? [])
      : [];
    const words = wordsOf(mention.quote.quote, mention.text);
    const own = { words, weight: weightOf(words, idf) };
    const matching = candidates.filter(
      (c) =>
        !c.event.quotes.some((q) => q.source.id === mention.quote.source.id) &&
        // A quote telling as past what the entry's sources all put ahead is not corroboration.
        !(c.event.future && mention.tense === 'past') &&
        c.quotes.some((q) => similarity(own, q, idf) >= YEARLESS_THRESHOLD),
    );
    const only = matching.length === 1 ? matching[0] : undefined;
    if (only) {
      only.event.quotes.push(mention.quote);
      only.quotes.push(own);
    } else {
      left.push(mention);
    }
  }
  return { events, undated: left };
}
