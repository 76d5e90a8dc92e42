/**
 * Queries over a built timeline: date range, source, keyword, paging. Pure and total: it never
 * throws, whatever the filters hold.
 */
import type { TimelineEvent, TimelineFilters, TimelinePage } from '../types/timeline.js';
import { escapeRegExp } from '../text/escape.js';
import { intervalOf, parseIsoDate } from '../text/calendar.js';
import type { DateValue, DayInterval } from '../text/calendar.js';
import { stem } from '../text/terms.js';
import { keywordProblem } from './keyword-problem.js';

/** Entries per page when the caller does not say. */
export const DEFAULT_LIMIT = 10;
/** Most entries one page may hold. */
export const MAX_LIMIT = 50;
/** Longest keyword accepted. */
export const MAX_KEYWORD_LENGTH = 100;

const DATE_HINT = 'use YYYY, YYYY-MM or YYYY-MM-DD';

/** A value as a message can show it; never throws, even on hostile objects. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** How a caller's interface writes a filter's option: "from" for the bot, "--from" for the CLI. */
export type OptionName = (filter: keyof TimelineFilters) => string;

function checkDate(name: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || parseIsoDate(value.trim()) === null) {
    return `${name}: '${shown(value)}' is not a date; ${DATE_HINT}`;
  }
  return null;
}

function checkWhole(name: string, value: unknown, min: number, max: number): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER
        ? `a whole number ≥ ${min}`
        : `a whole number from ${min} to ${max}`;
    return `${name}: '${shown(value)}' must be ${range}`;
  }
  return null;
}

/**
 * Checks timeline filters as a user typed them.
 *
 * @param knownSources when given, a `source` outside it is reported
 * @param optionName each filter's option as the message names it (default: the filter's own
 *   name, as the bot's options are named)
 * @returns a one-line message naming the problem, or null when the filters are valid
 * @example
 * checkTimelineFilters({ from: '2020-13' }) // "from: '2020-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
 */
export function checkTimelineFilters(
  given: TimelineFilters,
  knownSources?: readonly string[],
  optionName: OptionName = (filter) => filter,
): string | null {
  const filters: TimelineFilters = given ?? {};
  const problem =
    checkDate(optionName('from'), filters.from) ??
    checkDate(optionName('to'), filters.to) ??
    checkWhole(optionName('offset'), filters.offset, 0, Number.MAX_SAFE_INTEGER) ??
    checkWhole(optionName('limit'), filters.limit, 1, MAX_LIMIT);
  if (problem) return problem;
  const from = filters.from === undefined ? null : parseIsoDate(filters.from.trim());
  const to = filters.to === undefined ? null : parseIsoDate(filters.to.trim());
  if (from && to && intervalOf(from).first > intervalOf(to).last) {
    return `${optionName('from')}: '${filters.from}' is after ${optionName('to')}: '${filters.to}'`;
  }
  if (filters.keyword !== undefined) {
    if (typeof filters.keyword !== 'string' || filters.keyword.trim() === '')
      return `${optionName('keyword')}: must not be empty`;
    if (filters.keyword.length > MAX_KEYWORD_LENGTH)
      return `${optionName('keyword')}: longer than ${MAX_KEYWORD_LENGTH} characters`;
    const problem = keywordProblem(filters.keyword.trim(), optionName('keyword'));
    if (problem !== null) return problem;
  }
  if (filters.source !== undefined) {
    if (typeof filters.source !== 'string' || filters.source.trim() === '')
      return `${optionName('source')}: must not be empty`;
    if (knownSources && !knownSources.includes(filters.source))
      return `${optionName('source')}: no article with id '${filters.source}'`;
  }
  return null;
}

/** Folds typographic apostrophes and quotes so a typed keyword matches the article's spelling. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”„]/g, '"');
}

/** Words of a folded text, for comparing word forms. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** True when `run` occurs in `words` as consecutive items. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * A keyword test. Each spelling (the keyword and, when it is a member of an alias group, every
 * member of that group: "Rosgvardia" finds "Rosgvardiya") matches where it begins a word
 * ("war" finds "war" and "warfare", not "toward"), and also matches the other forms of its
 * words, in order ("agreements" finds "agreement", "harbour closures" finds "harbour closure").
 */
function keywordMatcher(
  keyword: string,
  aliases: readonly (readonly string[])[],
): (text: string) => boolean {
  const typed = fold(keyword.trim());
  const spellings = new Set([typed]);
  for (const group of aliases) {
    if (group.some((member) => fold(member) === typed))
      group.forEach((member) => spellings.add(fold(member)));
  }
  const tests = [...spellings].map((spelling) => {
    const prefix = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}`, 'u');
    const stems = wordsOf(spelling).map(stem);
    return (text: string, textStems: () => string[]) =>
      prefix.test(text) || (stems.length > 0 && containsRun(textStems(), stems));
  });
  return (text) => {
    const folded = fold(text);
    let stems: string[] | undefined;
    const textStems = () => (stems ??= wordsOf(folded).map(stem));
    return tests.some((test) => test(folded, textStems));
  };
}

function eventInterval(event: TimelineEvent): DayInterval | null {
  const date = parseIsoDate(event.date);
  if (!date) return null;
  const value: DateValue = { ...date, precision: event.precision };
  const end = event.end === undefined ? null : parseIsoDate(event.end);
  if (!end) return intervalOf(value);
  return {
    first: intervalOf(value).first,
    last: intervalOf({ ...end, precision: event.precision }).last,
  };
}

function clampWhole(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * Selects a page of the timeline.
 *
 * - `from` / `to` at any precision: an entry matches when its date interval overlaps
 *   [start of `from`, end of `to`]; "2020-11" keeps 2020-11-19 and the year 2020 alike.
 * - `source` / `sources`: entries with a quote from that article (or any of those articles, an
 *   outlet's; given both, from the articles in both), those quotes first. The other
 *   sources stay: an entry's date may come from them (a yearless "September 14" joins the
 *   entry another article dates 2020-09-14), and hiding them would show a date no visible
 *   quote supports.
 * - `keyword`: entries with a quote containing it (case-insensitive, at a word start, any form
 *   of the word, any spelling of its alias group in `aliases`); the entry keeps all its quotes,
 *   since the other sources corroborate the same event.
 * - Entries whose year is not stated match no `from`/`to` range; without one they are kept
 *   (they come last).
 * - A range ("2021" to "2023") matches when any part of it lies in [`from`, `to`].
 * - Paging: `offset` (default 0), `limit` (default 10, at most 50); out-of-range values are
 *   clamped. Filters {@link checkTimelineFilters} rejects give an empty page, never an error.
 */
export function queryTimeline(
  events: readonly TimelineEvent[],
  given: TimelineFilters = {},
  aliases: readonly (readonly string[])[] = [],
): TimelinePage {
  const filters: TimelineFilters = given ?? {};
  const offset = clampWhole(filters.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = clampWhole(filters.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const dateProblem = checkDate('from', filters.from) ?? checkDate('to', filters.to);
  if (dateProblem) return { events: [], total: 0, offset, limit };
  const from = typeof filters.from === 'string' ? parseIsoDate(filters.from.trim()) : null;
  const to = typeof filters.to === 'string' ? parseIsoDate(filters.to.trim()) : null;
  const first = from ? intervalOf(from).first : -Infinity;
  const last = to ? intervalOf(to).last : Infinity;
  const source = sourceIds(filters);
  const keyword =
    typeof filters.keyword === 'string' && filters.keyword.trim() !== ''
      ? keywordMatcher(filters.keyword, aliases)
      : null;

  const matching: TimelineEvent[] = [];
  const dated = from !== null || to !== null;
  for (const event of events) {
    if (event.yearStated === false) {
      // No year, so no place in a date range: shown only when no range is asked for.
      if (dated) continue;
    } else {
      const interval = eventInterval(event);
      if (!interval || interval.last < first || interval.first > last) continue;
    }
    if (source && !event.quotes.some((q) => source.has(q.source.id))) continue;
    if (keyword && !event.quotes.some((q) => keyword(q.quote))) continue;
    const quotes = source
      ? [
          ...event.quotes.filter((q) => source.has(q.source.id)),
          ...event.quotes.filter((q) => !source.has(q.source.id)),
        ]
      : event.quotes;
    matching.push(quotes.every((q, i) => q === event.quotes[i]) ? event : { ...event, quotes });
  }
  return { events: matching.slice(offset, offset + limit), total: matching.length, offset, limit };
}

/** The article ids `source` and `sources` select together (both given: those in both), or null. */
function sourceIds(filters: TimelineFilters): ReadonlySet<string> | null {
  const one =
    typeof filters.source === 'string' && filters.source !== '' ? filters.source : undefined;
  const many = Array.isArray(filters.sources) ? new Set(filters.sources) : undefined;
  if (one === undefined) return many ?? null;
  return new Set(many === undefined || many.has(one) ? [one] : []);
}
