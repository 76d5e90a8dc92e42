/**
 * A newsletter's masthead: the line an e-mailed newsletter sets as its name, a paragraph of its
 * own ("MARROW BAY GAZETTE BRIEFING", "Marrow Bay Gazette: The Morning Digest"), naming the
 * publication that sends it. The message's `From` (RFC 5322 §3.4) names the same publication
 * ("Marrow Bay Gazette <briefing@…>"): the two statements agree, so the line is the newsletter's
 * name, never the article's words, and the publication is the outlet. `From` alone states no
 * outlet (a reporter or a reader may send a message), and a line naming anything else stays.
 */
import { outletKey } from './copyright.js';
import { isCapitalisedWords, isOutletName } from './credit-fields.js';

/**
 * Words a newsletter's name adds to its publication's: "… Briefing", "… Morning Digest",
 * "…: The Weekly Roundup".
 */
const NEWSLETTER_WORD =
  /^(?:the|briefings?|newsletters?|digests?|bulletins?|round-?ups?|updates?|dispatch(?:es)?|daily|weekly|morning|evening|weekend|today|editions?|headlines|alerts?)$/i;
/** Separators a newsletter's name may set between the publication and the rest: "Gazette: The Briefing". */
const NAME_SEPARATOR = /\s*[:|·•–—]\s*|\s+-\s+/g;

const wordsOf = (name: string) =>
  name.replace(NAME_SEPARATOR, ' ').trim().split(/\s+/).filter(Boolean);

/** The words of a name without a leading "The" and without newsletter words at its end. */
function publicationWords(name: string): string[] {
  const words = wordsOf(name);
  if (/^the$/i.test(words[0] ?? '')) words.shift();
  while (words.length > 0 && NEWSLETTER_WORD.test(words[words.length - 1] ?? '')) words.pop();
  return words;
}

/**
 * The publication a newsletter's masthead line names, as the sender's display name spells it
 * (without a leading "The"),
 * when `line` is that publication's name followed only by newsletter words ("MARROW BAY GAZETTE
 * BRIEFING" from "Marrow Bay Gazette", compared by {@link outletKey}: case, a leading "The" and
 * a legal form aside). With no newsletter word, the line must be the publication's name alone
 * and name itself as an outlet ("KELLAN COURIER" from "Kellan Courier"; credit-fields.ts), so a
 * sender's personal name set in capitals is no outlet. Else null.
 *
 * @example
 * newsletterPublication('MARROW BAY GAZETTE BRIEFING', 'Marrow Bay Gazette') // 'Marrow Bay Gazette'
 * newsletterPublication('HARBOUR FEES RISE', 'Marrow Bay Gazette') // null
 */
export function newsletterPublication(line: string, sender: string): string | null {
  const publication = publicationWords(sender);
  if (publication.length === 0) return null;
  const words = wordsOf(line);
  if (words.length === 0 || !isCapitalisedWords(words.join(' '))) return null;
  if (/^the$/i.test(words[0] ?? '')) words.shift();
  const named = words.slice(0, publication.length).join(' ');
  const added = words.slice(publication.length);
  const name = publication.join(' ');
  if (outletKey(named) !== outletKey(name) || !added.every((word) => NEWSLETTER_WORD.test(word)))
    return null;
  return added.length > 0 || isOutletName(name) ? name : null;
}
