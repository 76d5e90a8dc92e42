/**
 * Where a dated quote's date stands: its own sentence and its character offsets there. A quote
 * may hold more than that sentence (the one before it, which a pronoun subject leans on; a
 * correction after it), and either may hold the same words ("voted on Monday … It will sell the
 * library on Monday"), so a date is never looked for by its words: every reader of a quote's date
 * reads it here. So ISO-TimeML (ISO 24617-1) anchors each TIMEX3 to the segment of text it
 * annotates, by position (standoff annotation), not by its string.
 */
import type { Quote } from '../types/quote.js';

/** A date's place: its sentence's offsets in the article's text (as a quote's are), and its own in that sentence. */
export interface DateSpan {
  /** The date's own sentence: its start and end offsets in the article's text. */
  sentence: { start: number; end: number };
  /** Offset of the date in its sentence. */
  start: number;
  /** Offset just after the date in its sentence. */
  end: number;
}

/** A quote as a date's readers read it: its text and its start offset in the article. */
type QuoteText = Pick<Quote, 'quote' | 'start'>;

/**
 * The date's own sentence, as written, from a quote that holds it.
 *
 * @throws Error when the quote does not hold the sentence (a programming error: a span of
 *   another quote)
 */
export function sentenceOf(quote: QuoteText, span: DateSpan): string {
  const from = span.sentence.start - quote.start;
  const to = span.sentence.end - quote.start;
  if (from < 0 || to > quote.quote.length)
    throw new Error(`the date's sentence (${span.sentence.start}) lies outside its quote`);
  return quote.quote.slice(from, to);
}

/** The date's start and end offsets in `quote`, which holds its sentence. */
export function spanInQuote(quote: QuoteText, span: DateSpan): { start: number; end: number } {
  const from = span.sentence.start - quote.start;
  return { start: from + span.start, end: from + span.end };
}

/**
 * The quote's text with its date (only that occurrence) replaced by one space: the words the
 * quote says beside its date, which tell what it dates.
 */
export function withoutDate(quote: QuoteText, span: DateSpan): string {
  const { start, end } = spanInQuote(quote, span);
  return `${quote.quote.slice(0, start)} ${quote.quote.slice(end)}`;
}

/** A key for the date's sentence in article `article`: two dates of one sentence share it. */
export const sentenceKey = (article: number, span: DateSpan): string =>
  `${article}:${span.sentence.start}`;

/** A key for one date of one sentence: the same words elsewhere, even in its quote, are another. */
export const spanKey = (article: number, span: DateSpan): string =>
  `${sentenceKey(article, span)}:${span.start}-${span.end}`;
