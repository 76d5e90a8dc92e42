/**
 * A message its sender issued as its own mailing, as its text shows: a newsletter is published by
 * being sent, so such a message's `Date` (RFC 5322 §3.6.1, when it was sent) is its publication
 * date, as a mailing list's is (email.ts). A message whose text is someone else's (an article a
 * reader or a colleague passes on) shows none of these, and its `Date` is only when it was sent.
 *
 * The text shows it by what only the sender's own mailing carries: a sign-off signing as the
 * sender ("Best wishes," / "Fellside Parish Council": sender-sign-off.ts), a masthead naming the
 * sender (newsletter-masthead.ts, or its name alone as a nameplate's over its kind of
 * publication, "QUAYSIDE TOGETHER" / "Members' bulletin": kind-nameplate.ts), the sender's postal address ("Fellside Parish Council, Village
 * Hall, Fellside": a bulk mailing must give "a valid physical postal address of the sender", US
 * CAN-SPAM Act, 15 U.S.C. §7704(a)(5)(A)(iii); postal-address.ts), or the mailing's own lines to
 * its recipient ("You are receiving this because you subscribed …", "Unsubscribe", "View this
 * email in your browser": call-to-action.ts isMailingFurniture), the footer RFC 2369's
 * `List-Unsubscribe` header puts in the message's headers.
 */
import { isMailingFurniture } from './call-to-action.js';
import type { DroppedLine } from './extraction.js';
import { newsletterMasthead } from './newsletter-masthead.js';
import { signsAsSender } from './sender-sign-off.js';

/**
 * True when the lines cleaning dropped from a message (`dropped`, with their reasons) show it the
 * own mailing of `sender` (the `From` display name; never a person's: personal-mailbox.ts), as
 * the file's comment says. The caller rules out a forwarded message, whose lines are the original
 * sender's, not the forwarder's.
 *
 * @example
 * isOwnMailing([{ line: 'Fellside Parish Council', reason: 'signature block' }], 'Fellside Parish Council') // true
 * isOwnMailing([{ line: 'Ana Ruiz', reason: 'signature block' }], 'Fellside Parish Council') // false
 */
export function isOwnMailing(dropped: readonly DroppedLine[], sender: string): boolean {
  return dropped.some(
    ({ line, reason }) =>
      (reason === 'signature block' && signsAsSender(line, sender)) ||
      (reason === 'masthead' &&
        (newsletterMasthead(line, sender) !== null || signsAsSender(line, sender))) ||
      (reason === 'postal address' && signsAsSender(line.split(',')[0] ?? '', sender)) ||
      // Whatever cleaning named the block it stood in ("call to action", or "note to readers"
      // for a footer under a rule): the line is the mailing's own all the same.
      isMailingFurniture(line),
  );
}
