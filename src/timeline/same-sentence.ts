/**
 * Dates of one sentence read together. A sentence may name one time twice, at two precisions,
 * or set the present against a past event; either way it tells one dated event, and listing it
 * under both dates would show a vaguer reading that adds nothing.
 *
 * - Apposition: "Earlier this month, on 2 September, prosecutors charged…", "during the summer
 *   season, from June to September": the second expression restates the first, more precisely
 *   (the grammar of apposition: two phrases side by side, set off by a comma, a bracket or a
 *   dash, with one referent). When their readings overlap, the vaguer is dropped. Two dates
 *   joined by anything else ("ordered in September and delivered on 28 September") are two
 *   events and both stay; so do two readings that do not overlap (one of them is then misread,
 *   and which one is in doubt). Two dates of which neither states a year ("during the summer
 *   season, from June to September") name the same stretch of the calendar whenever their
 *   months overlap; the year each was given is the resolver's, and a season (its first month
 *   against the publication day) can get another year than the range it restates (by its end):
 *   the precise one's reading governs, and the vaguer is dropped.
 * - "Today" as the present: "Today the reef is marked by four lit buoys, installed by the harbour
 *   authority in July." Besides "on this day", "today" means "at the present time, nowadays"
 *   (a sense every dictionary gives, e.g. Merriam-Webster, "today", adverb, sense 2). Governed by
 *   a verb in the present while another date of the sentence is told as past, it sets the state
 *   now against the event then: the event is the past date, and the present is no event of the
 *   publication day. "The ferry sank in July and was raised today" keeps both (a past verb
 *   governs "today"). So does a copula in the present, whatever else the sentence dates or
 *   whoever reports it (not under a future cue: "the vote is expected today"):
 *   "Today the town is quiet", "the harbour is closed today" describe the present, while "The
 *   council votes today" tells of an event of the publication day (see copula.ts).
 */
import { intervalOf, PRECISION_RANK } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import type { Mention } from './mention.js';
import type { Tense } from './tense.js';
import { inPresentStateClause } from './copula.js';

/** A mention of a sentence as this module needs it. */
export interface SentenceMention {
  mention: Mention;
  /** Index of the sentence in its article. */
  sentence: number;
  tense: Tense;
  /** The sentence (none: no apposition is read). */
  text?: string;
}

/** Its resolved reading, or null when left undated. */
export interface Reading {
  date: DateValue | null;
  end?: DateValue;
}

/**
 * What may stand between two expressions in apposition: a comma, an opening bracket or a dash,
 * then at most a preposition ("Earlier this month, on 2 September"; "in September (on the
 * 2nd)"); the first may end in a word for a stretch of the calendar ("the summer season, from
 * June to September").
 */
const APPOSITION_GAP =
  /^(?:\s+(?:season|term|period))?\s*[,(—–]\s*(?:(?:on|in|at|during|from|between)\s+)?(?:the\s+)?$/iu;

function span(reading: Reading): { first: number; last: number } | null {
  if (!reading.date) return null;
  return {
    first: intervalOf(reading.date).first,
    last: intervalOf(reading.end ?? reading.date).last,
  };
}

/** A calendar date whose year the text does not give: the resolver chose it. */
const yearless = (m: Mention): boolean =>
  m.kind === 'calendar' && m.year === undefined && m.yearOffset === undefined && m.shift === null;

/** The reading moved by whole years (both its start and its end). */
function movedBy(reading: Reading, years: number): Reading {
  if (!reading.date) return reading;
  const move = (d: DateValue): DateValue => ({ ...d, year: d.year + years });
  return { date: move(reading.date), ...(reading.end ? { end: move(reading.end) } : {}) };
}

const overlap = (
  a: { first: number; last: number } | null,
  b: { first: number; last: number } | null,
): boolean => a !== null && b !== null && a.first <= b.last && b.first <= a.last;

/**
 * True when two yearless readings name overlapping months in some year: the vaguer, moved to
 * the precise one's year or a year either side (a winter runs into the next year), overlaps it.
 */
function sameMonthsOfYear(vaguer: Reading, precise: Reading): boolean {
  const from = vaguer.date?.year;
  const to = precise.date?.year;
  if (from === undefined || to === undefined) return false;
  const target = span(precise);
  return [-1, 0, 1].some((delta) => overlap(span(movedBy(vaguer, to - from + delta)), target));
}

const isToday = (m: Mention): boolean =>
  m.kind === 'relative' && m.unit === 'day' && m.offset === 0 && /^today$/iu.test(m.text);

const isSince = (m: Mention): boolean => m.kind === 'calendar' && m.since;

/**
 * The mentions whose reading adds nothing to another of their sentence (see the module note).
 *
 * @param mentions an article's mentions in reading order
 * @param readings their readings, in the same order
 * @returns the indices to leave out of the timeline
 */
export function redundantReadings(
  mentions: readonly SentenceMention[],
  readings: readonly Reading[],
): Set<number> {
  const dropped = new Set<number>();
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    const ra = readings[i] as Reading;
    const rb = readings[i + 1];
    if (!b || !rb || b.sentence !== a.sentence) return;
    if (isSince(a.mention) || isSince(b.mention)) return;
    if (a.text === undefined) return;
    if (!APPOSITION_GAP.test(a.text.slice(a.mention.end, b.mention.start))) return;
    if (!ra.date || !rb.date) return;
    const rankA = PRECISION_RANK[ra.date.precision];
    const rankB = PRECISION_RANK[rb.date.precision];
    if (rankA === rankB) return;
    const [vaguer, precise] = rankA < rankB ? [ra, rb] : [rb, ra];
    const same =
      overlap(span(ra), span(rb)) ||
      (yearless(a.mention) && yearless(b.mention) && sameMonthsOfYear(vaguer, precise));
    if (same) dropped.add(rankA < rankB ? i : i + 1);
  });
  mentions.forEach((m, i) => {
    if (!isToday(m.mention) || m.tense === 'future') return;
    // "The harbour is closed today, the board said": the state holds now, whoever reports it.
    const state =
      m.text !== undefined && inPresentStateClause(m.text, m.mention.start, m.mention.end);
    const pastEvent =
      m.tense === null &&
      mentions.some(
        (other, j) =>
          j !== i && other.sentence === m.sentence && other.tense === 'past' && readings[j]?.date,
      );
    if (pastEvent || state) dropped.add(i);
  });
  return dropped;
}
