/**
 * A press release's contact card: the label ("Media contact:", "Press enquiries", "For further
 * information:", "Contact:") and, on its line or under it, who journalists write to or call. It
 * is for journalists, never the release's text: under the label alone (release-notes.ts) or, on
 * one line with the contact, wherever it stands as a paragraph of its own ("Media contact:
 * press@nessby-orchards.example" closing the release).
 */

/** A contact card's label, alone on its line or before the contact. */
export const CONTACT_LABEL =
  /^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office|desk)|for\s+(?:media|press|further)\s+(?:enquiries|inquiries|information)|contacts?)\s*(?::|$)/i;

/** An e-mail address or a phone number: how to reach the contact. */
export const CONTACT_DETAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|\b0)\d[\d ]{7,14}\d\b/;

/** Longest contact after its label, in characters: a name, a role and a way to reach them. */
const MAX_CONTACT_LENGTH = 120;

/**
 * True for a contact card on one line: its label, a colon, then a name, a role and an e-mail
 * address or phone number, no sentence ("Media contact: Jane Roe, 01632 960 300"). Standalone
 * only: the caller knows (furniture.ts).
 *
 * @example
 * isContactCardLine('Media contact: press@nessby-orchards.example') // true
 * isContactCardLine('Contact: the council said it would call every household.') // false
 */
export function isContactCardLine(line: string): boolean {
  const label = CONTACT_LABEL.exec(line.trim());
  if (label === null || !label[0].endsWith(':')) return false;
  const contact = line.trim().slice(label[0].length).trim();
  return (
    contact.length <= MAX_CONTACT_LENGTH &&
    CONTACT_DETAIL.test(contact) &&
    // A name, a role and the address or number, in fields: no sentence among them.
    !/[.!?]\s+\p{Lu}/u.test(contact) &&
    !/\b(?:said|says|will|would|was|were|is|are|has|have)\b/i.test(contact)
  );
}
