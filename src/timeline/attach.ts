/**
 * Corroboration by yearless quotes. An article that states no publication date may say "In Sochi
 * on September 14, Putin and Lukashenka agreed…" with no year anywhere near: its date cannot
 * be resolved, and it never creates an entry. But when exactly one entry of the timeline has
 * what the quote states at the entry's own precision (that month and day under a day; that
 * month under a month; the same range end), and its quotes tell of the same thing in clearly
 * overlapping words, the yearless quote is added to that entry as one more source, marked
 * `yearStated: false`. The entry's date still comes only from the articles that state it.
 * Only a report of what happened joins, and only an entry that is no plan nor deadline (see
 * merge.ts). A plan or a deadline never joins: "repairs should be finished by the end of April"
 * is counted from its article's time of writing, which an undated article does not state, and
 * a plan missed is set again, in the same words, for the same month of a later year; shown under
 * a dated heading it would be given that heading's year, a year its article never states. It
 * stays in its own "April (year not stated)" entry (yearless.ts). Resembling a source of the
 * entry that dates it at another precision (a month-level source of a day entry) counts only
 * when the two tell the same action, the rule merging follows (see actionAgreement in action.ts).
 *
 * A quote never joins a heading more precise than itself: "at the end of August" states no
 * day, so shown under 2020-08-27 it would read as stating the 27th. It joins an August entry
 * of the same event, or stays in its own "August (year not stated)" entry.
 */
import type { TimelineEvent } from '../types/timeline.js';
import { actionAgreement, type ActionSource } from './action.js';
import type { UndatedMention } from './events.js';
import { actionSource, type MergedEntry } from './merge.js';
import { withoutDate } from './date-span.js';
import { contentWords, inverseFrequencies, similarity, weightOf } from './words.js';

/** Similarity a yearless quote needs with an entry's quote: stricter than merging dated quotes. */
export const YEARLESS_THRESHOLD = 0.25;

interface Candidate {
  event: TimelineEvent;
  quotes: Array<{ words: Set<string>; weight: number; source: ActionSource }>;
}

const pad = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'));

/** Month, day and range end of a yearless date, at its own precision: "08-27", "10", "06-03/06-07". */
function yearlessKey(md: {
  month: number;
  day?: number;
  until?: { month: number; day?: number };
}): string {
  const point = (x: { month: number; day?: number }): string =>
    x.day === undefined ? pad(x.month) : `${pad(x.month)}-${pad(x.day)}`;
  return md.until ? `${point(md)}/${point(md.until)}` : point(md);
}

/** {@link yearlessKey} of an entry's date with its year dropped; null for years and seasons. */
function entryKey(event: TimelineEvent): string | null {
  if (event.precision !== 'day' && event.precision !== 'month') return null;
  const monthDay = (date: string): { month: number; day?: number } | null => {
    const [, month, day] = date.split('-').map(Number);
    return month === undefined ? null : { month, day };
  };
  const start = monthDay(event.date);
  const end = event.end === undefined ? undefined : monthDay(event.end);
  if (!start || end === null) return null;
  return yearlessKey(end ? { ...start, until: end } : start);
}

/**
 * Adds yearless quotes to the one entry each clearly belongs to.
 *
 * @returns the entries (the same objects, some with more quotes) and the mentions left undated
 */
export function attachYearless(
  entries: readonly MergedEntry[],
  undated: readonly UndatedMention[],
): { events: TimelineEvent[]; undated: UndatedMention[] } {
  const events = entries.map((e) => e.event);
  // Only articles that state no publication date at all: where the year is known, even
  // roughly, the date was left out for a reason (often a recurring date, "June 30").
  const yearlessOf = (m: UndatedMention) =>
    m.quote.source.published === null ? m.partial : undefined;
  // The month-days some yearless quote states: only entries of these can gain a source, so a
  // corpus whose articles all state a publication date costs nothing here.
  const wanted = new Set(
    undated.flatMap((m) => {
      const partial = yearlessOf(m);
      return partial ? [yearlessKey(partial)] : [];
    }),
  );
  if (wanted.size === 0) return { events, undated: [...undated] };
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
  for (const { event, members } of entries) {
    const key = entryKey(event);
    if (key === null || !wanted.has(key)) continue;
    const candidate = {
      event,
      quotes: members.map((m) => {
        const words = contentWords(m.quote.quote);
        return { words, weight: weightOf(words, idf), source: actionSource(m) };
      }),
    };
    const same = byMonthDay.get(key);
    if (same) same.push(candidate);
    else byMonthDay.set(key, [candidate]);
  }
  const sameAction = actionAgreement();
  const left: UndatedMention[] = [];
  for (const mention of undated) {
    const partial = yearlessOf(mention);
    // A plan or a deadline ("repairs should be finished by the end of April") is counted from
    // its unstated time of writing: it may be set again, in the same words, for the same month of
    // another year, so a dated plan's year is not this one's (see the file's comment).
    const planned = mention.tense === 'future' || mention.deadline;
    const candidates = partial && !planned ? (byMonthDay.get(yearlessKey(partial)) ?? []) : [];
    const words = contentWords(withoutDate(mention.quote, mention.span));
    const own = {
      words,
      weight: weightOf(words, idf),
      source: {
        article: mention.article,
        quote: mention.quote,
        span: mention.span,
        precision: partial?.day === undefined ? ('month' as const) : ('day' as const),
      },
    };
    const matching = candidates.filter(
      (c) =>
        !c.event.quotes.some((q) => q.source.id === mention.quote.source.id) &&
        // A report joins only an entry that is no plan nor deadline (merge.ts): a plan's sources
        // do not tell that it happened (plans here never reach this: see \`planned\` above); a
        // report of an act done by a date joins only such reports.
        !c.event.future &&
        c.event.deadline !== true &&
        (c.event.doneBy ?? false) === (mention.doneBy ?? false) &&
        c.event.givenUp !== true &&
        c.quotes.some(
          (q) => similarity(own, q, idf) >= YEARLESS_THRESHOLD && sameAction(own.source, q.source),
        ),
    );
    const only = matching.length === 1 ? matching[0] : undefined;
    if (only) {
      // The heading's year is the other sources', not this one's: the quote says so itself.
      only.event.quotes.push({ ...mention.quote, yearStated: false });
      only.quotes.push(own);
    } else {
      left.push(mention);
    }
  }
  return { events, undated: left };
}
