/**
 * The headline a package's title restates (an e-mail's `Subject`, clean.ts). A newsletter's
 * subject is its story's headline, alone or beside the newsletter's name ("Tarn Digest: Bridge
 * repairs to start in June", "Bridge repairs to start in June | Tarn Digest"), while the top of
 * its body may set the newsletter's nameplate (its name, a slogan, a pre-header) as headings
 * above the headline. The heading the subject restates is then the headline, whatever stands
 * above it: the message names it so itself.
 */
import type { Paragraph } from './types.js';

/** What may stand between a title's headline and the newsletter's name beside it. */
const SEPARATOR = '[:|·•–—-]';
const SEPARATOR_LAST = new RegExp(`${SEPARATOR}$`, 'u');
const SEPARATOR_FIRST = new RegExp(`^${SEPARATOR}`, 'u');

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * True when `title` is `heading`, or `heading` with a name before it ending in a separator
 * ("Tarn Digest: …", "Tarn Digest – …") or after it beginning with one ("… | Tarn Digest"),
 * case and spacing aside. A heading of one word is never matched: too short to tell a headline.
 */
export function restatesHeading(title: string, heading: string): boolean {
  const [whole, part] = [normalised(title), normalised(heading)];
  if (!part.includes(' ')) return false;
  if (whole === part) return true;
  if (whole.endsWith(part)) return SEPARATOR_LAST.test(whole.slice(0, -part.length).trim());
  if (whole.startsWith(part)) return SEPARATOR_FIRST.test(whole.slice(part.length).trim());
  return false;
}

/**
 * The heading among the paragraphs above the article's first body paragraph that the package's
 * title (`packageTitle`, an e-mail's `Subject`) restates ({@link restatesHeading}), else null.
 *
 * @param text the cleaned text the paragraphs' offsets index
 */
export function restatedHeadline(
  packageTitle: string,
  text: string,
  paragraphs: readonly Paragraph[],
): string | null {
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body') return null;
    const heading = text.slice(paragraph.start, paragraph.end);
    if (restatesHeading(packageTitle, heading)) return heading;
  }
  return null;
}
