/** Checks on metadata a file states (HTML meta tags, Markdown front matter), kept as stated. */
import { isPartialDate } from '../text/dates.js';
import { findDate, TIME_AFTER_DATE } from './dates.js';
import { numericDate } from '../text/numeric-date.js';

export type { Extraction, StatedMeta } from './extraction.js';

/**
 * The date part of a stated date or timestamp: `2021-05-18T14:02:00-04:00` → `2021-05-18`
 * (the calendar date the page states, not converted to UTC); a written date ("May 18, 2021")
 * is read too, and one in figures whose order is certain ("22/04/2026", text/numeric-date.ts).
 * Undefined when it states no real date.
 */
export function statedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T\s]|$)/.exec(value)?.[1];
  if (iso !== undefined) return isPartialDate(iso) ? iso : undefined;
  // "DATE: 22/04/2026": a date in figures, read only when its order is certain (numeric-date.ts)
  // and nothing but a time follows, as a page's metadata line is (metadata-line.ts).
  const numeric = numericDate(value.trim());
  if (numeric !== null && TIME_AFTER_DATE.test(value.trim().slice(numeric.end).trim()))
    return numeric.date ?? undefined;
  return findDate(value) ?? undefined;
}

/** A stated URL if it is an absolute http(s) URL; a relative or other URL is not kept. */
export function statedUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
