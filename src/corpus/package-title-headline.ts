/**
 * The headline a package's title restates (an e-mail's `Subject`, clean.ts). A newsletter's
 * subject is its story's headline, alone or beside the newsletter's name ("Tarn Digest: Bridge
 * repairs to start in June", "Bridge repairs to start in June | Tarn Digest"), while the top of
 * its body may set the newsletter's nameplate (its name, a slogan, a pre-header) as headings
 * above the headline. The heading the subject restates is then the headline, whatever stands
 * above it: the message names it so itself.
 */
import { escapeRegExp } from '../text/escape.js';
import { contentWords } from './nameplate.js';
import type { Paragraph } from './types.js';

/** What may stand between a title's headline and the newsletter's name beside it. */
const SEPARATOR = '[:|·•–—-]';
const SEPARATOR_LAST = new RegExp(`${SEPARATOR}$`, 'u');
const SEPARATOR_FIRST = new RegExp(`^${SEPARATOR}`, 'u');

/** Runs of anything but letters and figures: punctuation a subject may set otherwise. */
const NON_WORD = /[^\p{L}\p{N}]+/u;

/**
 * True when `title` is `heading`, or `heading` with a name before it ending in a separator
 * ("Tarn Digest: …", "Tarn Digest – …") or after it beginning with one ("… | Tarn Digest"),
 * case, spacing and the punctuation between the heading's words aside: a subject line is
 * retyped for the mail program, its case and punctuation the sender's ("Quarry plan - council
 * rejects expansion" restates "QUARRY PLAN: COUNCIL REJECTS EXPANSION"), while its words are
 * the headline's. A heading of one word is never matched: too short to tell a headline.
 */
export function restatesHeading(title: string, heading: string): boolean {
  const words = heading
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word.length > 0);
  if (words.length < 2) return false;
  const run = `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join(NON_WORD.source)}(?![\\p{L}\\p{N}])`;
  const match = new RegExp(`^(.*?)${run}(.*)$`, 'iu').exec(title.trim());
  if (match === null) return false;
  const before = (match[1] ?? '').trim();
  const after = (match[2] ?? '').trim();
  // Punctuation closing the headline ("…ban!") is the headline's; anything else beside it must be
  // a name set apart by a separator.
  if (after.length === 0 || /^[^\p{L}\p{N}]+$/u.test(after))
    return before.length === 0 || SEPARATOR_LAST.test(before);
  return before.length === 0 && SEPARATOR_FIRST.test(after);
}

/** The parts of a title a separator sets apart: "Tarn Digest" and "bridge to reopen". */
const TITLE_PARTS = new RegExp(`\\s*${SEPARATOR}\\s+|\\s+${SEPARATOR}\\s*|:\\s*`, 'u');
/** Fewest content words a part of the title must share to restate a heading in part. */
const MIN_SHARED = 2;

/**
 * True when a part of `title` restates `heading` in part: a part set apart by a separator, or the
 * title whole, whose content words (four letters or more: nameplate.ts contentWords), at least
 * {@link MIN_SHARED}, all recur in the heading ("after the bomb" of "Quayside Together bulletin:
 * after the bomb" in "After the bomb: what happens next"). A subject is the message's topic in
 * short (RFC 5322 §3.6.5: "a short string identifying the topic of the message"): a newsletter's
 * gives its headline cut to its opening or key words, and adds none the headline lacks.
 */
export function restatesHeadingInPart(title: string, heading: string): boolean {
  const used = new Set(contentWords(heading));
  return [title, ...title.split(TITLE_PARTS)].some((part) => {
    const words = new Set(contentWords(part));
    return words.size >= MIN_SHARED && [...words].every((word) => used.has(word));
  });
}

/**
 * The heading among the paragraphs above the article's first body paragraph that the package's
 * title (`packageTitle`, an e-mail's `Subject`) restates ({@link restatesHeading}), else the one
 * it restates in part ({@link restatesHeadingInPart}), else null. The subject restates the
 * newsletter's name beside the headline too ("Tarn Digest: Bridge …" over the headings "TARN
 * DIGEST" and "BRIDGE …"): a nameplate stands above the headline, so of two headings the subject
 * restates, the lower is the headline.
 *
 * @param text the cleaned text the paragraphs' offsets index
 */
export function restatedHeadline(
  packageTitle: string,
  text: string,
  paragraphs: readonly Paragraph[],
): string | null {
  let restated: string | null = null;
  let inPart: string | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body') break;
    const heading = text.slice(paragraph.start, paragraph.end);
    if (restatesHeading(packageTitle, heading)) restated = heading;
    else if (restatesHeadingInPart(packageTitle, heading)) inPart = heading;
  }
  return restated ?? inPart;
}
