/**
 * Shapes of the corpus layer: articles as stored, their metadata and their sentences.
 *
 * Offsets (`start`, `end`) always index into {@link CleanArticle.text}, the article after
 * ingestion cleaning, so `text.slice(start, end)` is the span a quote shows: verbatim in its
 * file, whitespace aside, piece by piece between the "…" cleaning sets where it left text out
 * inside a paragraph (omissions.ts).
 */
import type { NullableMetaField } from '../types/quote.js';
import type { PageLine } from './page-lines.js';

/** What an article states about itself. A field the article does not state is `null`. */
export interface ArticleMeta {
  /** Stable identifier, unique in the corpus (by default the file's path without its extension). */
  id: string;
  /** The file the article was read from, relative to the folder holding the articles. */
  file: string;
  /** The headline; the empty string when unknown (shown as untitled). */
  title: string;
  outlet: string | null;
  /** Publication date as the article states it, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  published: string | null;
  /**
   * With `published` null, the day and month the article states for it without a year (a wire
   * dateline's "May 15"), as `--MM-DD` (text/dates.ts MonthDay): shown as stated, the year
   * unknown. Never read as a date with a year, so it anchors nothing (no timeline, no source
   * matching by year). Absent otherwise, and when `articles.json` sets `published` to null.
   */
  publishedMonthDay?: string;
  /**
   * With `published` null and no `publishedMonthDay`, the text of a date the article states in
   * a form no rule reads (its front matter's `date: around midsummer 2025`, `date: 32/13/2025`),
   * whitespace collapsed, at most 80 characters: shown quoted and marked as not read, so the
   * date is neither "not stated" (untrue) nor guessed. Never read as a date: it anchors nothing
   * (no timeline, no source matching by date). Absent otherwise, and when `articles.json` sets
   * `published`.
   */
  publishedUnread?: string;
  /**
   * The day, `YYYY-MM-DD`, a dateline's weekday names ("KESTREL BAY, Saturday —") when it falls
   * in the six days before a `published` day (dateline-day.ts): the day the story speaks from,
   * which its "today" and "yesterday" count from. Absent otherwise.
   */
  datelineDay?: string;
  url: string | null;
  /** Who wrote it, as its byline or metadata states it. */
  author: string | null;
  /**
   * The fields the article's `articles.json` entry sets to `null` (unknown there), in
   * {@link NULLABLE_META_FIELDS} order. For those the article's own statement, if any, is not
   * used, so a reply saying "not stated" would be untrue of it. Absent when none.
   */
  nullInArticlesJson?: NullableMetaField[];
  /**
   * True when the outlet is null though the page sets a name where an outlet's stands that no
   * rule confirms (StatedMeta.outletCandidate): the outlet is unknown, and a reply saying "not
   * stated" would be untrue. Absent otherwise.
   */
  outletUnconfirmed?: true;
  /**
   * True when no date is known (`published` null, no `publishedMonthDay`, no `publishedUnread`)
   * though the file's package gives a sending date no rule reads as the publication date (an
   * e-mail's `Date`, sending-unknown.ts): the date is unknown, and "not stated" would be untrue.
   * Absent otherwise.
   */
  publishedUnconfirmed?: true;
}

/** The role a paragraph plays in the cleaned article. */
export type ParagraphKind = 'body' | 'heading';

/** A paragraph of the cleaned text. */
export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
}

/** An article after cleaning: its own wording, without page furniture. */
export interface CleanArticle {
  meta: ArticleMeta;
  /** Cleaned text: paragraphs separated by a blank line, hard-wrapped lines rejoined. */
  text: string;
  paragraphs: Paragraph[];
  /**
   * The page lines cleaning dropped that say something about the article (captions, credits,
   * byline, dateline: page-lines.ts), never part of `text`. Absent: none known.
   */
  page?: PageLine[];
  /**
   * The heading cleaning read as the article's headline, if any. It is metadata whatever
   * `articles.json` says of the title (a title written there, or `null`: not stated there), so
   * it is never quoted. Absent: none.
   */
  headline?: string;
}

/** One sentence of a cleaned article. */
export interface Sentence {
  /** Index of the article in the corpus's article list. */
  article: number;
  /** Index of the paragraph within the article. */
  paragraph: number;
  start: number;
  end: number;
  kind: ParagraphKind;
}

/** A loaded corpus: cleaned articles and their sentences, in a stable order. */
export interface Corpus {
  articles: CleanArticle[];
  sentences: Sentence[];
}
