/**
 * A mailing's sign-off: the sender signing its message as itself, "The Harwick Policy Centre
 * team", "Everyone at Osprey Weekly", under a letter's close ("Warm regards,"). An e-mailed
 * newsletter signs as its sender (the message's `From`, RFC 5322 §3.4), so a signature naming
 * that sender is the mailing's furniture, not the article's words, and states the sender's own
 * mailing (own-mailing.ts); a signature naming anyone else states nothing of the sender (a
 * letter's close and signature block are dropped whoever signs: letter-signature.ts).
 */
import { outletKey } from './copyright.js';
import { isLetterClose } from './letter-close.js';

/** Words around the sender's name in its signature: "The … team", "Everyone at …". */
const TEAM_BEFORE = /^(?:(?:the\s+)?(?:team|staff|editors|everyone|all of us)\s+at\s+)/i;
const TEAM_AFTER = /\s+(?:team|staff|editors|editorial team|newsroom)$/i;

/**
 * True when `line` signs as `sender` (its display name): the name alone, or with a team's words
 * ("The Harwick Policy Centre team", "The team at Harwick Policy Centre"), compared by
 * {@link outletKey} (case, a leading "The" and a legal form aside); a dash before it ("— the
 * Harwick Policy Centre team") is a signature's.
 *
 * @example
 * signsAsSender('The Harwick Policy Centre team', 'Harwick Policy Centre') // true
 * signsAsSender('Ana Ruiz, Harwick', 'Harwick Policy Centre') // false
 */
export function signsAsSender(line: string, sender: string): boolean {
  const name = line
    .trim()
    .replace(/^[—–-]\s*/, '')
    .replace(TEAM_BEFORE, '')
    .replace(TEAM_AFTER, '');
  return name.length > 0 && outletKey(name) === outletKey(sender);
}

/**
 * True when the lines of a paragraph (`lines`, read after the body) are the sender's sign-off:
 * a line signing as `sender` ({@link signsAsSender}), alone or under a letter's close ("Warm
 * regards," / "The Harwick Policy Centre team").
 */
export function isSenderSignOff(lines: readonly string[], sender: string): boolean {
  const [first = '', second] = lines;
  if (lines.length === 1) return signsAsSender(first, sender);
  return (
    lines.length === 2 &&
    isLetterClose(first) &&
    second !== undefined &&
    signsAsSender(second, sender)
  );
}
