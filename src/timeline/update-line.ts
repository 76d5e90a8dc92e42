/**
 * Update lines: "Update, May 4, 2026: This story has been updated with the revised total." Such
 * a line states that the text runs to its date, later than publication, and does not say which
 * sentences were written then. A day counted from the time of writing ("on Monday", "yesterday")
 * may then be counted from either day; when the two counts differ, the day is in doubt and left
 * undated (resolve.ts), never put on a day the text may contradict ("initially said … On Monday,
 * it revised that figure" counted from a Sunday publication would fall before the sale it revises).
 *
 * Inside the note itself the writer's time is the note's own: "Update, 10 April, 09:15: The club
 * said on Friday that …" was written on 10 April, so its "Friday" is counted from that day, as a
 * dateline's date anchors its story (news style: the reference time is the time of writing,
 * HeidelTime's document-creation time), not from the publication day before it.
 *
 * The stamp's own date is no event of the story: it says when the article changed, as a
 * publication line says when it appeared ("Correction, 12 June 2026: An earlier version of this
 * article gave the wrong name …" tells nothing that happened on 12 June). It still anchors the
 * note's paragraph (above) and stays article text, quotable when a question asks about the
 * article itself ("when was this article corrected?"); the timeline leaves it out (events.ts).
 */
import { dayNumber, intervalOf } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { NOTE_LABEL } from './dated-furniture.js';
import type { PlacedMention } from './resolve.js';

/**
 * The latest day stated, with its year, by an update or correction line of the article (a
 * sentence opening with NOTE_LABEL: dated-furniture.ts) after the publication day, or null.
 *
 * @param mentions the article's placed mentions
 * @param published the publication date, at day precision (else null is returned)
 */
export function updatedOn(
  mentions: readonly PlacedMention[],
  published: DateValue | null,
): DateValue | null {
  if (published?.precision !== 'day') return null;
  let latest: DateValue | null = null;
  for (const { mention: m, text } of mentions) {
    if (m.kind !== 'calendar' || m.year === undefined || m.month === undefined) continue;
    if (m.day === undefined || m.until !== undefined || text === undefined) continue;
    if (!NOTE_LABEL.test(text)) continue;
    const date: DateValue = { year: m.year, month: m.month, day: m.day, precision: 'day' };
    const day = dayNumber(m.year, m.month, m.day);
    if (day > intervalOf(published).last && (!latest || day > intervalOf(latest).last))
      latest = date;
  }
  return latest;
}

/**
 * Offset in `sentence` where the date stamp of a note (a sentence opening with NOTE_LABEL) ends:
 * its first colon before a space or the end ("Update, 10 April, 09:15: …", "Correction (16 June
 * 2026): …"; not the colon of a time). Null when the sentence is no note or has no such colon.
 */
export function noteStampEnd(sentence: string): number | null {
  if (!NOTE_LABEL.test(sentence)) return null;
  const colon = /:(?=\s|$)/u.exec(sentence);
  return colon === null ? null : colon.index;
}

/**
 * True when the date at `start`–`end` of `sentence` lies in the date stamp of a note
 * ({@link noteStampEnd}: "Update, 12 June 2026, 16:40: …"): the day the article changed, not a
 * day of its story. A date after the stamp ("Update, 10 April: The club said on Friday …") is
 * the note's story and stays.
 */
export function inNoteStamp(sentence: string, start: number, end: number): boolean {
  const stampEnd = noteStampEnd(sentence);
  return stampEnd !== null && start < stampEnd && end <= stampEnd;
}
