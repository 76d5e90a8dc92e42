/**
 * Why a line of an article file did not reach its text: one name per rule, given by the
 * format readers (html.ts, markdown.ts, pdf-pages.ts) and cleaning (clean.ts, furniture.ts), listed by
 * `validate --verbose`, and read by page-lines.ts to keep the informative ones. One list, so a
 * renamed reason cannot silently stop a consumer from recognising it.
 */

/** Every reason a line is dropped, as `validate --verbose` prints it. */
export const DROP_REASONS = [
  // Format readers.
  'outside the article body',
  'headline (the title)',
  "reader view's header",
  "the reader's highlights or notes",
  "the forwarder's note",
  'forwarded message header',
  'image',
  'page number',
  'syndication footer',
  'cut off at the end of the file',
  // Credits and captions.
  'photo caption',
  'photo caption or credit',
  'photo credit',
  'byline',
  'byline or time stamp',
  "byline's job title",
  'staff credits',
  // Dates.
  'dateline',
  'date line',
  'wire dateline',
  'time stamp',
  'correction notice label',
  'correction date',
  // Site furniture.
  'masthead',
  'document kind label',
  'wire handling line',
  'navigation',
  'section heading',
  'navigation bar',
  'call to action',
  'note to readers',
  'signature block',
  'link to another page',
  'bare URL',
  'e-mail address',
  'copyright notice',
  'story status note',
  'horizontal rule',
  'end mark',
  'postal address',
  'registration notice',
] as const;

/** A reason a line is dropped: one of {@link DROP_REASONS}. */
export type DropReason = (typeof DROP_REASONS)[number];
