/**
 * A year given as a deadline sets no narrative year. In "has agreed to recruit 80 midwives by the
 * end of 2029, with the first intake due to start in October" the year bounds when the hiring is
 * done; the story is not told in 2029, so "October" is not October 2029 but, like any yearless
 * date, placed from the publication day by its tense (year-rules.ts `publicationYear`). A year
 * that is the time of an act ("opened in 2029, with a second wing in October") still is one.
 */
import type { DateValue } from '../text/calendar.js';
import { isDeadline } from './deadline.js';
import type { PlacedMention } from './resolve.js';

/**
 * True when `placed`, resolved to `date`, is a whole year given as a deadline ("by 2029", "by
 * the end of 2029", "no later than 2029"), which later yearless dates must not take as theirs.
 */
export function isDeadlineYear(placed: PlacedMention, date: DateValue): boolean {
  return (
    date.precision === 'year' &&
    placed.text !== undefined &&
    isDeadline(placed.text, placed.mention.start, placed.mention.end)
  );
}
