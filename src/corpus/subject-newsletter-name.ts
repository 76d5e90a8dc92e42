/**
 * A newsletter's own name as its message's `Subject` states it before the issue's headline ("The
 * Harbourside Briefing: Pier appeal passes £250,000"; a subject is "a short string identifying
 * the topic of the message", RFC 5322 §3.6.5, which a newsletter gives as its name and its
 * issue's headline). The same name set as a line of its own at the top of the body ("THE
 * HARBOURSIDE BRIEFING") is the newsletter's masthead: the message states the name twice, so the
 * line is its name, never the article's words nor a passage.
 *
 * It names the newsletter, a product, not a publication: "Harbourside" of "Harbourside Briefing"
 * would be a guess (newsletter-masthead.ts). The outlet is still what the articles' lines, the
 * footer or the sender's name state (mailing-outlet.ts).
 */
import { outletKey } from './copyright.js';
import { isOutletNameLast } from './credit-fields.js';
import { isMastheadShape } from './masthead.js';
import { newsletterProductName } from './newsletter-masthead.js';

/** What sets a newsletter's name apart from the headline after it: a colon, a spaced dash, a bar. */
const LEAD_SEPARATOR = /\s*:\s+|\s+[-–—|]\s+|\s*\|\s*/;

/**
 * The name a `subject` sets before its first separator when it names a newsletter as a product:
 * capitalised words ending in a newsletter's words after a name that names no outlet ("The
 * Harbourside Briefing", "Echo Daily Briefing": newsletter-masthead.ts newsletterProductName),
 * with a headline after it; else null. A name that names itself as an outlet ("Tarn Digest",
 * "Copper Valley Weekly": credit-fields.ts isOutletNameLast) is a masthead's, read as one.
 *
 * @example
 * subjectNewsletterName('The Harbourside Briefing: Pier appeal passes £250,000') // 'The Harbourside Briefing'
 * subjectNewsletterName('Flood warning: river to peak tonight') // null
 */
export function subjectNewsletterName(subject: string): string | null {
  const match = LEAD_SEPARATOR.exec(subject);
  if (match === null || match.index === 0) return null;
  const name = subject.slice(0, match.index).trim();
  const rest = subject.slice(match.index + match[0].length).trim();
  if (rest.length === 0 || !isMastheadShape(name)) return null;
  return !isOutletNameLast(name) && newsletterProductName(name) !== null ? name : null;
}

/**
 * True when `line`, a masthead's shape, is the newsletter's name `subject` states before its
 * headline ({@link subjectNewsletterName}), compared by outletKey (case and a leading "The"
 * aside): "THE HARBOURSIDE BRIEFING" under "The Harbourside Briefing: Pier appeal …".
 */
export function isSubjectNewsletterName(line: string, subject: string | null): boolean {
  if (subject === null || !isMastheadShape(line)) return false;
  const name = subjectNewsletterName(subject);
  return name !== null && outletKey(line) === outletKey(name);
}
