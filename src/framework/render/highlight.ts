/**
 * Which matched words of a quote to show in bold. Emphasis helps a reader find the words their
 * question was about; when it covers much of the quote or repeats it stops helping and shouts.
 * So: each distinct word is bolded once (its first occurrence), at most
 * {@link MAX_HIGHLIGHTS} of them, and none when they would cover more than
 * {@link MAX_HIGHLIGHT_SHARE} of the quote.
 */
import { normaliseSpans } from '../text.js';

/** Most spans bolded in one quote. */
export const MAX_HIGHLIGHTS = 3;
/** Largest share of a quote's characters that may be bold. */
export const MAX_HIGHLIGHT_SHARE = 0.25;

/**
 * The spans of `highlights` worth showing in `quote`, as offsets into `quote`, in text order.
 * Longer words are preferred when there are more than {@link MAX_HIGHLIGHTS}: they carry more
 * of a question's meaning than short ones.
 */
export function helpfulHighlights(
  quote: string,
  highlights: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const seen = new Set<string>();
  const distinct: Array<[number, number]> = [];
  for (const [start, end] of normaliseSpans(highlights, quote.length)) {
    const word = quote.slice(start, end).trim().toLowerCase();
    if (!word || seen.has(word)) continue;
    seen.add(word);
    distinct.push([start, end]);
  }
  const kept = distinct
    .map((span, order) => ({ span, order }))
    .sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.order - b.order)
    .slice(0, MAX_HIGHLIGHTS)
    .sort((a, b) => a.order - b.order)
    .map((k) => k.span);
  const covered = kept.reduce((n, [s, e]) => n + e - s, 0);
  return covered > quote.length * MAX_HIGHLIGHT_SHARE ? [] : kept;
}
