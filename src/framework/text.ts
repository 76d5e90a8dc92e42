/**
 * Text helpers for Discord markdown: escaping, cutting on word boundaries, bold highlights.
 * All lengths are in UTF-16 code units, which is how Discord counts.
 */
import { shrinkToFit } from './shrink.js';
import { quoteMarksFor } from '../text/quotation.js';

/** The marker appended (or prepended) wherever text was cut. */
export const CUT_MARKER = '…';

const MARKDOWN_CHARS = /[\\*_~`|<>[\]()#]/g;
const LINE_START_MARKUP = /^(\s*)([-+]|\d+\.)(?=\s)/;
/** A web address as Discord would link it, up to white space or `<`/`>`; the capture makes `split` keep it. */
const RAW_URL = /(https?:\/\/[^\s<>]+)/;

/** Punctuation that ends a sentence or clause after an address, never part of it when last. */
const TRAILING_PUNCTUATION = /[?!.,:;*_~'"]$/;

/**
 * How much of `text`, a run {@link RAW_URL} matched, is the address: trailing punctuation and a
 * closing parenthesis with no opening one inside the address are left out, so "(see
 * https://x.example/a)." and "[text](https://x.example/a)" keep their ")" and "." outside the
 * link. Source: GitHub Flavored Markdown spec 0.29, 6.9 "Autolinks (extension)", extended
 * autolink path validation, the rule Discord's own link reading follows.
 */
function addressLength(text: string): number {
  let end = text.length;
  for (;;) {
    const last = text.slice(0, end);
    if (TRAILING_PUNCTUATION.test(last)) end -= 1;
    else if (last.endsWith(')') && count(last, ')') > count(last, '(')) end -= 1;
    else return end;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Escapes Discord markdown so the text shows exactly as written: `**x**` stays two asterisks,
 * `<@123>` stays text, `# Title` is no heading. Newlines become spaces (a quote is shown as one
 * paragraph, so no line of it can start a heading, list or block quote). A raw URL becomes
 * `<url>`, which Discord shows as a link without a preview.
 *
 * @example escapeMarkdown('*really*') === '\\*really\\*'
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  // A raw URL is shown as `<url>`: still a link, but Discord makes no preview of it.
  const escapedText = (part: string) => part.replace(MARKDOWN_CHARS, '\\$&');
  const escaped = oneLine
    .split(RAW_URL)
    .map((part, i) => {
      if (i % 2 === 0) return escapedText(part);
      const end = addressLength(part);
      return `<${part.slice(0, end)}>${escapedText(part.slice(end))}`;
    })
    .join('');
  return escaped.replace(
    LINE_START_MARKUP,
    (_m, space: string, mark: string) => `${space}${mark.replace(/[-+.]/, '\\$&')}`,
  );
}

/** Drops a trailing lone high surrogate so a cut never splits an emoji or other astral character. */
function safeSlice(text: string, end: number): string {
  let cut = text.slice(0, Math.max(0, end));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * The length at which to cut `text` so that at most `max` characters remain, backing off to the
 * last word boundary when one is near (within the last 30 % of the budget).
 */
export function wordCutLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const hard = safeSlice(text, max).length;
  const space = text.lastIndexOf(' ', hard);
  const boundary = space > 0 && space >= hard * 0.7 ? space : hard;
  return text.slice(0, boundary).trimEnd().length;
}

/**
 * Cuts plain text to at most `max` characters on a word boundary, ending in {@link CUT_MARKER}.
 * Text that fits is returned unchanged. Do not use on markdown: cut the source text, then render.
 *
 * @example truncate('one two three', 9) === 'one two…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= CUT_MARKER.length) return CUT_MARKER.slice(0, Math.max(0, max));
  return text.slice(0, wordCutLength(text, max - CUT_MARKER.length)) + CUT_MARKER;
}

/** Merges overlapping or touching spans, clips them to `[0, length)`, drops empty ones. */
export function normaliseSpans(
  spans: ReadonlyArray<readonly [number, number]>,
  length: number,
): Array<[number, number]> {
  const clipped = spans
    .map(([s, e]): [number, number] => [
      Math.max(0, Math.min(s, e)),
      Math.min(length, Math.max(s, e)),
    ])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * Renders `text` with markdown escaped and the `highlights` spans in bold. Whitespace at the
 * edges of a span stays outside the `**` (Discord does not bold `** word**`).
 */
export function renderHighlighted(
  text: string,
  highlights: ReadonlyArray<readonly [number, number]>,
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of normaliseSpans(highlights, text.length)) {
    const span = text.slice(start, end);
    const inner = span.trim();
    if (!inner) continue;
    const lead = span.length - span.trimStart().length;
    const innerStart = start + lead;
    const innerEnd = innerStart + inner.length;
    out += escapeMarkdown(text.slice(at, innerStart)) + '**' + escapeMarkdown(inner) + '**';
    at = innerEnd;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** A rendered quote and whether it had to be cut to fit. */
export interface FittedQuote {
  text: string;
  cut: boolean;
}

/**
 * Renders a verbatim quote (escaped, highlights in bold, between curly quotes: single ones when
 * it holds double marks itself) in at most `max` characters. When it does not fit, the quote is
 * cut on a word boundary before rendering, so markup is never broken, and ends in
 * {@link CUT_MARKER}.
 */
export function fitQuote(
  quote: string,
  highlights: ReadonlyArray<readonly [number, number]>,
  max: number,
): FittedQuote {
  const [open, close] = quoteMarksFor(quote);
  const wrap = (body: string, cut: boolean): string =>
    `${open}${body}${cut ? CUT_MARKER : ''}${close}`;
  const whole = wrap(renderHighlighted(quote, highlights), false);
  if (whole.length <= max) return { text: whole, cut: false };
  const cutAt = (keep: number) => {
    const length = wordCutLength(quote, keep);
    return { length, text: wrap(renderHighlighted(quote.slice(0, length), highlights), true) };
  };
  const shrunk = shrinkToFit({
    start: Math.min(quote.length, max),
    floor: 1,
    limit: max,
    // Half the overshoot a round: cutting a character can also drop its escape.
    shares: 2,
    build: cutAt,
    size: (built) => built.text.length,
    used: (built) => built.length,
  });
  if (shrunk.fits) return { text: shrunk.value.text, cut: true };
  return { text: truncate(CUT_MARKER, max), cut: true };
}

/**
 * Escapes plain text and cuts it (before escaping, on a word boundary) so the escaped result
 * is at most `max` characters.
 */
export function fitEscaped(text: string, max: number): string {
  const shrunk = shrinkToFit({
    start: max,
    floor: 1,
    limit: max,
    shares: 2,
    build: (keep) => escapeMarkdown(truncate(text, keep)),
    size: (out) => out.length,
  });
  return shrunk.fits ? shrunk.value : CUT_MARKER.slice(0, max);
}
