/**
 * A time stamp the page states that no rule reads as a date: "Posted: 05/08/2026 18:40", where
 * day and month in figures could be either (text/numeric-date.ts reads no order the page does
 * not settle). The page states when it was published, so "date not stated" would be untrue:
 * kept as the article's unread date (StatedMeta.publishedUnread), shown as not read, never used
 * for dating.
 */
import type { DroppedLine } from './extraction.js';
import { MAX_UNREAD_DATE } from './extraction.js';

/** Reasons under which cleaning drops a line stating when the page was published. */
const STAMP_REASONS: ReadonlySet<string> = new Set([
  'time stamp',
  'byline or time stamp',
  'dateline',
]);
/** A label naming the publication (an update's date is none): "Published", "Posted:". */
const PUBLICATION_LABEL = /(?:^|[|·•]\s*)(?:first\s+)?(?:published|posted)\b/i;
/** A date in figures: "05/08/2026", "5.8.26", "05-08-2026". */
const NUMERIC_DATE = /\b\d{1,2}([./-])\d{1,2}\1\d{2,4}\b/;

/**
 * The first dropped line labelled as the publication's time stamp with a date in figures
 * (`dropped`, as cleaning left them out), whitespace collapsed and cut to
 * {@link MAX_UNREAD_DATE} characters; undefined when there is none. For an article whose date no
 * rule read: the caller checks that.
 *
 * @example
 * unreadTimeStamp([{ line: 'Posted: 05/08/2026 18:40', reason: 'time stamp' }]) // 'Posted: 05/08/2026 18:40'
 */
export function unreadTimeStamp(dropped: readonly DroppedLine[]): string | undefined {
  const stamp = dropped.find(
    ({ line, reason }) =>
      STAMP_REASONS.has(reason) && PUBLICATION_LABEL.test(line) && NUMERIC_DATE.test(line),
  );
  return stamp?.line.replace(/\s+/g, ' ').trim().slice(0, MAX_UNREAD_DATE);
}
