/**
 * A newsletter's masthead: the line an e-mailed newsletter sets as its name, a paragraph of its
 * own ("MARROW BAY GAZETTE BRIEFING", "Marrow Bay Gazette: The Morning Digest"), naming the
 * publication that sends it. The message's `From` (RFC 5322 §3.4) names the same publication
 * ("Marrow Bay Gazette <briefing@…>"): the two statements agree, so the line is the newsletter's
 * name, never the article's words. `From` alone states an outlet only when its name names itself
 * as one (mailing-outlet.ts: a reporter or a reader may send a message), and a line naming
 * anything else stays.
 *
 * The publication is the outlet only where one of them states it: the sender's name is the
 * publication alone ("Marrow Bay Gazette"), the line is ("MARROW BAY GAZETTE" from "Marrow Bay
 * Gazette Daily Briefing"), or what is left without the newsletter's words names itself as an
 * outlet ("Marrow Bay Gazette"). A newsletter named as a product ("Echo Daily Briefing", in its
 * `From` and its masthead) states no publication: "Echo" would be a guess. Its name, as the
 * sender states it, is shown only when no line of the articles names their outlet.
 */
import { outletKey } from './copyright.js';
import { withStatedThe } from './stated-case.js';
import { isCapitalisedWords, isOutletName } from './credit-fields.js';
import type { DroppedLine } from './extraction.js';
import { nameBeforeTagline, splitSlogan } from './masthead.js';

/**
 * Words a newsletter's name adds to its publication's: "… Briefing", "… Morning Digest",
 * "…: The Weekly Roundup", and the day it is sent, as "daily" says how often: "… Friday Briefing".
 */
const NEWSLETTER_WORD =
  /^(?:the|briefings?|newsletters?|digests?|bulletins?|round-?ups?|updates?|dispatch(?:es)?|daily|weekly|morning|evening|weekend|today|editions?|headlines|alerts?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Separators a newsletter's name may set between the publication and the rest: "Gazette: The Briefing". */
const NAME_SEPARATOR = /\s*[:|·•–—]\s*|\s+-\s+/g;

const wordsOf = (name: string) =>
  name.replace(NAME_SEPARATOR, ' ').trim().split(/\s+/).filter(Boolean);

/** The words of a name without a leading "The". */
export function nameWords(name: string): string[] {
  const words = wordsOf(name);
  if (/^the$/i.test(words[0] ?? '')) words.shift();
  return words;
}

/** The words of a name without a leading "The" and without newsletter words at its end. */
export function publicationWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 0 && NEWSLETTER_WORD.test(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/**
 * The initials of a name of two or more capitalised words, joining words aside ("MMR" of
 * "Metals & Mining Review", "KBG" of "Kellan Bay Gazette"); null for a shorter name.
 */
export function initialsOf(words: readonly string[]): string | null {
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length > 1 ? capitalised.map((word) => word[0]).join('') : null;
}

/**
 * True when a publication's words, left without the newsletter's, are a name that names itself
 * as an outlet ("Marrow Bay Gazette"): not an outlet's noun alone ("Gazette" of "Gazette Morning
 * Digest" is a word of the product's name, not a publication's).
 */
const namesOutlet = (words: readonly string[]) => words.length > 1 && isOutletName(words.join(' '));

/**
 * The sender's display name when it names a newsletter as a product and states no publication
 * ("Echo Daily Briefing", "The Morning Briefing": newsletter words after a name that is no
 * outlet's, or after none), trimmed; else null ("Marrow Bay Gazette", "Marrow Bay Gazette Daily
 * Briefing", "Kestrel").
 */
export function newsletterProductName(sender: string): string | null {
  const publication = publicationWords(sender);
  if (publication.length === nameWords(sender).length) return null;
  return namesOutlet(publication) ? null : sender.trim();
}

/** What a newsletter's masthead line states. */
export interface NewsletterMasthead {
  /**
   * The publication as the sender's display name spells it, with a leading "The" where the line
   * or the sender's name of the publication alone states one (stated-case.ts `withStatedThe`),
   * when the line or the sender states it (see the file header); null for a newsletter named as
   * a product.
   */
  publication: string | null;
  /** The newsletter's name as the sender states it ("Echo Daily Briefing"). */
  newsletter: string;
}

/**
 * Reads `line` as the masthead of a newsletter `sender` sends: the sender's publication followed
 * only by newsletter words ("MARROW BAY GAZETTE BRIEFING" from "Marrow Bay Gazette", compared by
 * {@link outletKey}: case, a leading "The" and a legal form aside; or by its initials, "MBG
 * DAILY"), or the sender's whole name
 * when that is a newsletter's ("ECHO DAILY BRIEFING" from "Echo Daily Briefing"). With no
 * newsletter word, the line must be the publication's name alone and name itself as an outlet
 * ("KELLAN COURIER" from "Kellan Courier"; credit-fields.ts), so a sender's personal name set in
 * capitals is no masthead. The name may carry its tagline after a spaced dash or bar ("OSPREY
 * WEEKLY — stories from the estuary"; masthead.ts splitSlogan): the line is the masthead whole;
 * or its issue number ("HARBOUR NOTES - Issue 48"), which makes the sender's name, as the line
 * spells it, a publication's masthead whatever its words.
 * Else null.
 *
 * @example
 * newsletterMasthead('MARROW BAY GAZETTE BRIEFING', 'Marrow Bay Gazette')
 * // { publication: 'Marrow Bay Gazette', newsletter: 'Marrow Bay Gazette' }
 * newsletterMasthead('KBG DAILY', 'Kellan Bay Gazette')
 * // { publication: 'Kellan Bay Gazette', newsletter: 'Kellan Bay Gazette' }
 * newsletterMasthead('ECHO DAILY BRIEFING', 'Echo Daily Briefing')
 * // { publication: null, newsletter: 'Echo Daily Briefing' }
 * newsletterMasthead('OSPREY WEEKLY — stories from the estuary', 'Osprey Weekly')
 * // { publication: null, newsletter: 'Osprey Weekly' }
 * newsletterMasthead('HARBOUR NOTES - Issue 48', 'Harbour Notes')
 * // { publication: null, newsletter: 'Harbour Notes' }
 * newsletterMasthead('HARBOUR FEES RISE', 'Marrow Bay Gazette') // null
 */
export function newsletterMasthead(line: string, sender: string): NewsletterMasthead | null {
  const named = newsletterName(line, sender);
  if (named !== null) return named;
  // The name with its tagline ("OSPREY WEEKLY — stories from the estuary"): the masthead whole,
  // as a paper sets its slogan under its name; never a headline with the name as its kicker.
  const parts = splitSlogan(line);
  if (parts !== null) return newsletterName(parts.name, sender);
  // The name with its issue number ("HARBOUR NOTES - Issue 48"): the field says the name is a
  // publication's, so the sender's whole name, whatever its words, is the masthead.
  const issued = nameBeforeTagline(line);
  if (issued === null) return null;
  const byIssue = newsletterName(issued, sender);
  if (byIssue !== null || outletKey(issued) !== outletKey(sender)) return byIssue;
  return { publication: null, newsletter: sender.trim() };
}

/** {@link newsletterMasthead} for a line of the name alone. */
function newsletterName(line: string, sender: string): NewsletterMasthead | null {
  const words = nameWords(line);
  if (words.length === 0 || !isCapitalisedWords(words.join(' '))) return null;
  const newsletter = sender.trim();
  const publication = publicationWords(sender);
  if (publication.length === 0)
    return outletKey(words.join(' ')) === outletKey(nameWords(sender).join(' '))
      ? { publication: null, newsletter }
      : null;
  const name = publication.join(' ');
  // "MMR DAILY" from "Metals & Mining Review": the publication by its initials, then the
  // newsletter's words (with none, a word in capitals could be anything's initials).
  const byInitials = words.length > 1 && words[0] === initialsOf(publication);
  const named = byInitials ? name : words.slice(0, publication.length).join(' ');
  const added = words.slice(byInitials ? 1 : publication.length);
  if (outletKey(named) !== outletKey(name) || !added.every((word) => NEWSLETTER_WORD.test(word)))
    return null;
  if (added.length === 0 && !isOutletName(name)) return null;
  const whole = publication.length === nameWords(sender).length;
  const stated = whole || namesOutlet(publication);
  // "The" is the publication's where the line or the sender's name states the publication's
  // name alone with it ("THE HARBOUR TIMES", "The Harbour Times"); before newsletter words it
  // may be the newsletter's ("The Harbour Times Daily Briefing").
  const spelled = withStatedThe(
    whole ? sender : '',
    withStatedThe(added.length === 0 ? line : '', name),
  );
  return { publication: stated ? spelled : null, newsletter };
}

/**
 * The newsletter masthead among the lines a page reader left outside an e-mail's article body
 * (a newsletter's layout sets its name in a table cell of its own, which Readability leaves
 * out), read as {@link newsletterMasthead} reads a line of the text: `dropped` with that line's
 * reason made "masthead", and the outlet it states (the publication, else the newsletter's name
 * as a product); null when no such line is one.
 */
export function mastheadOutsideBody(
  dropped: readonly DroppedLine[],
  sender: string,
): { dropped: DroppedLine[]; outlet: string } | null {
  for (const [index, line] of dropped.entries()) {
    if (line.reason !== 'outside the article body') continue;
    const masthead = newsletterMasthead(line.line, sender);
    if (masthead === null) continue;
    const relabelled = dropped.map((entry, i) =>
      i === index ? { ...entry, reason: 'masthead' as const } : entry,
    );
    return { dropped: relabelled, outlet: masthead.publication ?? masthead.newsletter };
  }
  return null;
}
