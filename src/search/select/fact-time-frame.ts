/**
 * The time frame a figure is given for: "70 jobs would go this year" / "95 jobs would go by
 * 2030". A count or sum scoped by a span of time ("this year", "next year", "by 2030", "by the
 * end of the year", "within five years", "over the next decade", "in 2027") is the quantity over
 * that span, so two reports scoping their figures by different spans tell two quantities (a
 * year's cuts and the cuts up to a deadline), never one figure told two ways: the frame is a
 * time adjunct of span or of the end point (Quirk et al. 1985, ch. 8, on adjuncts of time
 * "position", "span" and "relationship"). Two frames are apart when each report states one and
 * none of one is a frame of the other. A frame relative to the time of writing ("this year",
 * "next year", "by the end of the year", "by the end of the decade") is first resolved against
 * its article's year of publication, so two spellings of one span ("this year" in an article of
 * 2026 and "in 2026") are one frame; where the year is not known the frame is compared as
 * written, as a precision-first reading of a dispute must. The end of a decade is the turn of
 * the next one ("by the end of the decade" in 2026 is "by 2030"), as news style uses the two.
 */

import { EARLY_YEAR_DIGITS, YEAR_DIGITS } from '../../text/year.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * A frame of time scoping a figure, as written. Its year is one in prose (text/year.ts): after
 * "by" from 1500 ("rose by 1000" is a count), after "in" from 1000 ("in 1340").
 */
const FRAME = new RegExp(
  String.raw`\b(?:(?:this|next|last|the coming|the next|the past)\s+(?:year|month|week|decade|financial year)|by\s+(?:the\s+end\s+of\s+)?(?:${YEAR_DIGITS}|next\s+year|this\s+year|the\s+year|the\s+decade)|within\s+(?:the\s+next\s+)?(?:\w+\s+)?(?:years?|months?|weeks?)|over\s+the\s+(?:next|coming|past)\s+(?:\w+\s+)?(?:years?|months?|decade)|in\s+(?:${EARLY_YEAR_DIGITS}|${YEAR_DIGITS}))\b`,
  'giu',
);

/** The frames `text` states, lower case, spaces folded, each resolved against `year` if known. */
function framesOf(text: string, year: number | null): Set<string> {
  return new Set(
    [...matchesOf(text, FRAME)].map((m) => resolved(m[0].toLowerCase().replace(/\s+/g, ' '), year)),
  );
}

/** Years after the year of writing that a relative year names. */
const RELATIVE_YEAR: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

/**
 * A frame relative to the time of writing, written as the absolute frame it names in an article
 * of `year` ("this year" → "in 2026", "by the end of next year" → "by the end of 2027", "by the
 * end of the decade" → "by 2030"); any other frame, or any frame when `year` is null, as given.
 */
function resolved(frame: string, year: number | null): string {
  if (year === null) return frame;
  const span = /^(this|next|last) year$/.exec(frame);
  if (span) return `in ${year + (RELATIVE_YEAR[span[1] as string] as number)}`;
  const by = /^by (?:the end of )?(?:(this|next) year|the year)$/.exec(frame);
  if (by) {
    const at = year + (RELATIVE_YEAR[by[1] ?? 'this'] as number);
    return frame.includes('the end of') || by[1] === undefined ? `by the end of ${at}` : `by ${at}`;
  }
  if (frame === 'by the end of the decade') return `by ${year - (year % 10) + 10}`;
  return frame;
}

/** The year of a publication date (`YYYY-MM-DD`), or null. */
function yearOf(date: string | null | undefined): number | null {
  const year = /^(\d{4})/.exec(date ?? '')?.[1];
  return year === undefined ? null : Number(year);
}

/**
 * True when both texts scope their figures by a time frame and no frame of one is a frame of
 * the other (see the file's comment). `published`: the two articles' publication dates
 * (`YYYY-MM-DD`, null when not stated), against which relative frames are resolved.
 *
 * @example
 * timeFramesApart('70 jobs would go this year.', '95 jobs would go by 2030.') // true
 * timeFramesApart('70 jobs would go this year.', 'Some 95 jobs would go this year.') // false
 * timeFramesApart('70 jobs would go this year.', '95 jobs would go in 2026.', ['2026-03-01', '2026-03-02']) // false
 */
export function timeFramesApart(
  a: string,
  b: string,
  published: readonly [string | null, string | null] = [null, null],
): boolean {
  const x = framesOf(a, yearOf(published[0]));
  const y = framesOf(b, yearOf(published[1]));
  return x.size > 0 && y.size > 0 && ![...x].some((frame) => y.has(frame));
}
