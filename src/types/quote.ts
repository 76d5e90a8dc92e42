/**
 * A quote and its source: the data every layer passes around (search and timeline produce
 * them, the engine returns them, every front end renders them). Plain, JSON-serialisable.
 */

/**
 * The metadata fields an `articles.json` entry may set to `null`. The index saves which of them
 * each article's entry sets so (corpus/load.ts): changing the list changes the index format.
 */
export const NULLABLE_META_FIELDS = ['title', 'outlet', 'published', 'url', 'author'] as const;

/** A metadata field an `articles.json` entry may set to `null`. */
export type NullableMetaField = (typeof NULLABLE_META_FIELDS)[number];

/** Where a quote comes from. Unknown metadata is `null`, never guessed. */
export interface SourceRef {
  id: string;
  title: string;
  outlet: string | null;
  /** `YYYY-MM-DD` (or coarser) as the article states it. */
  published: string | null;
  url: string | null;
  /** The author as the article's byline or metadata states it. */
  author: string | null;
  /**
   * The fields `articles.json` sets to null (unknown there): for those the article's own
   * statement, if any, is not used, so "not stated" would be untrue. Absent when none.
   */
  nullInArticlesJson?: NullableMetaField[];
  /**
   * True when the outlet is null though the article sets a name where an outlet's stands that
   * nothing confirms: the outlet is unknown, so "not stated" would be untrue. Absent otherwise.
   */
  outletUnconfirmed?: true;
  /**
   * True when no date is known though the article's package gives a sending date that is not
   * its publication date (an e-mail's `Date`): the date is unknown, so "not stated" would be
   * untrue. Absent otherwise.
   */
  publishedUnconfirmed?: true;
  /**
   * With `published` null, the day and month the article states without a year (a wire
   * dateline's "May 15"), as `--MM-DD`: "15 May, year not stated", never a date with a year.
   * Absent otherwise.
   */
  publishedMonthDay?: string;
  /**
   * With `published` null, the text of a date the article states in a form no rule reads
   * ("around midsummer 2025"): shown quoted as not read, never as a date. Absent otherwise.
   */
  publishedUnread?: string;
}

/** A verbatim span of an article's cleaned text, with its source. */
export interface Quote {
  quote: string;
  source: SourceRef;
  /** Offsets of the quote in the article's cleaned text. */
  start: number;
  end: number;
}
