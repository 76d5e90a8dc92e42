/**
 * The outlet an e-mailed newsletter states outside its articles' lines: its footer's "you
 * subscribed to Copper Valley Weekly", or its sender's display name ("From: Copper Valley Weekly
 * <news@cvw.example>", RFC 5322 §3.4), read only when nothing else names the outlet (load.ts).
 *
 * The footer says what its reader subscribed to: a publication, so its name there is stated as
 * the sender of the issue. The `From` may be a person's (a reporter, or a reader forwarding the
 * issue: "Jane Doe <jane@…>") or no name at all ("noreply@…", a bare address): its display name
 * states an outlet only when it names itself as one, ending in a news outlet's noun ("Copper
 * Valley Weekly", "The Harbour Times"; credit-fields.ts isOutletNameLast), as a byline's outlet
 * field must; a person's name is never read as an outlet. A newsletter named as a product ("Echo
 * Daily Briefing") states no publication (newsletter-masthead.ts): its words aside, what is left
 * must name itself as an outlet ("Marrow Bay Gazette" of "Marrow Bay Gazette Daily Briefing").
 */
import { isMailingFurniture } from './call-to-action.js';
import { isCapitalisedWords, isOutletNameLast, isSectionName } from './credit-fields.js';
import type { DroppedLine } from './extraction.js';
import { endsInBodyNoun, namesBodyByNounOf } from './issuer-name.js';
import { nameWords, newsletterProductName, publicationWords } from './newsletter-masthead.js';

/** The rest of a word of a name: a full stop inside it ("co.uk"), never one ending the sentence. */
const NAME_WORD = String.raw`[\p{L}\d'’&-]*(?:\.[\p{L}\d'’&-]+)*`;

/**
 * What a mailing's footer says its reader subscribed to, a run of capitalised words up to the
 * sentence's end ("… because you subscribed to Copper Valley Weekly."), "the" before it aside.
 */
const SUBSCRIBED_TO = new RegExp(
  String.raw`\b(?:subscribed|signed up|opted in|registered)\s+(?:to|for)\s+(?:the\s+(?=\p{Lu}))?(\p{Lu}${NAME_WORD}(?:\s+(?:[\p{Lu}\d]${NAME_WORD}|of|and|&))*)`,
  'u',
);

/** An address or a web domain given where a name stands ("news@cvw.example", "cvw.example"). */
const ADDRESS = /@|\.[a-z]{2,}(?:\s|$)/i;

/**
 * A newsroom's desk after its outlet's name ("Fellside Gazette Newsdesk", "… News Desk", "…
 * Newsroom"): a department of the outlet, whose staff send its mailings, so what stands before
 * it is the outlet's name, read as a sender's name is.
 */
const NEWSROOM_DESK = /\s+(?:news\s?desk|newsroom)$/iu;

/**
 * The publication a sender's display name states ({@link mailingOutlet}), trimmed; null for a
 * person's name, an address, a product's name or a name naming no outlet.
 *
 * @example
 * senderPublication('Copper Valley Weekly') // 'Copper Valley Weekly'
 * senderPublication('Fellside Gazette Newsdesk') // 'Fellside Gazette'
 * senderPublication('Marrow Bay Gazette Daily Briefing') // 'Marrow Bay Gazette'
 * senderPublication('Jane Doe') // null
 * senderPublication('noreply@cvw.example') // null
 */
export function senderPublication(sender: string): string | null {
  const name = sender.trim().replace(NEWSROOM_DESK, '');
  if (ADDRESS.test(name)) return null;
  if (isOutletNameLast(name)) return name;
  const publication = publicationWords(name);
  if (publication.length === 0 || publication.length === nameWords(name).length) return null;
  const words = publication.join(' ');
  return isOutletNameLast(words) ? words : null;
}

/**
 * The publication a mailing's footer among `dropped` names as what its reader subscribed to
 * ({@link SUBSCRIBED_TO}; call-to-action.ts isMailingFurniture), without a newsletter's words
 * when the rest names itself as an outlet ("Marrow Bay Gazette" of "the Marrow Bay Gazette Morning
 * Briefing", as {@link senderPublication} reads a sender), else as the footer names it; null when
 * no footer line names one (a lower-case "our mailing list", a section's name) or it names a
 * newsletter as a product ("the Harbourside Briefing": newsletter words after a name that names
 * no outlet; "Harbourside" would be a guess, as of a sender's name).
 */
export function subscribedPublication(dropped: readonly DroppedLine[]): string | null {
  for (const { line } of dropped) {
    if (!isMailingFurniture(line)) continue;
    const name = SUBSCRIBED_TO.exec(line)?.[1];
    if (name === undefined || !isCapitalisedWords(name) || isSectionName(name)) continue;
    // "the Marrow Bay Gazette Morning Briefing": the product's words aside, as in a sender's name;
    // a newsletter named as a product ("the Harbourside Briefing") names no publication.
    const publication = senderPublication(name);
    if (publication !== null) return publication;
    if (newsletterProductName(name) === null) return name;
  }
  return null;
}

/**
 * The body a sender's display name names ("Carrow Vale Trust", "Ministry of Heritage":
 * issuer-name.ts), trimmed; null for any other name or an address. A body that sends its own
 * mailing issues it, as it issues a press release (press-release.ts): the issuer publishes it,
 * as an outlet publishes an article.
 *
 * @example
 * issuingBody('Carrow Vale Trust') // 'Carrow Vale Trust'
 * issuingBody('Jane Doe') // null
 */
export function issuingBody(sender: string): string | null {
  const name = sender.trim();
  if (ADDRESS.test(name) || !isCapitalisedWords(name)) return null;
  return endsInBodyNoun(name) || namesBodyByNounOf(name) ? name : null;
}

/**
 * The outlet a mailing states outside its articles' lines: its footer's ({@link
 * subscribedPublication}), else its sender's when the sender is the message's own (`forwarded`
 * false: a forwarder's `From` names whoever forwarded it): the publication its name states
 * ({@link senderPublication}), or, when the message is the sender's own mailing (`own`:
 * own-mailing.ts isOwnMailing), the body it names ({@link issuingBody}); null when none states
 * one.
 */
export function mailingOutlet(
  dropped: readonly DroppedLine[],
  sender: string | undefined,
  forwarded: boolean,
  own: boolean,
): string | null {
  const subscribed = subscribedPublication(dropped);
  if (subscribed !== null || sender === undefined || forwarded) return subscribed;
  return senderPublication(sender) ?? (own ? issuingBody(sender) : null);
}
