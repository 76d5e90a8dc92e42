/**
 * A newsletter's nameplate set as its name over the kind of publication it is: "QUAYSIDE
 * TOGETHER" / "Members' bulletin", "Vale Rowing Club" / "Club newsletter". The kind line says
 * what the publication is, not what the story is, as an issue line does without its date
 * (issue-line.ts): the two lines are the nameplate, never the title nor a passage.
 *
 * A kind line alone is no evidence that the line over it is a name ("FLOOD WARNING" / "Residents'
 * update" may be a story's heading): the message must name it as its own publication, by its
 * `From` (RFC 5322 §3.4: the sender's display name, "Quayside Together <hello@…>") or by its
 * `Subject` (RFC 5322 §3.6.5, the message's topic, which a newsletter gives as its name and its
 * issue's headline: "Quayside Together bulletin: after the bomb").
 */
import { outletKey } from './copyright.js';
import { isMastheadShape } from './masthead.js';
import { KIND } from './issue-line.js';

/** A publication's kind alone, with at most three words before it: "Members' bulletin", "Newsletter". */
const KIND_LINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}\s+)?${KIND}$`,
  'iu',
);

/**
 * True for a line naming only a publication's kind ("Members' bulletin", "Club newsletter",
 * "Parish news"), opening with a capital: no date, no number, no sentence.
 *
 * @example
 * isKindLine("Members' bulletin") // true
 * isKindLine('Ferry fares rise again in the spring') // false
 */
export function isKindLine(line: string): boolean {
  const trimmed = line.trim();
  return /^\p{Lu}/u.test(trimmed) && KIND_LINE.test(trimmed);
}

/** The lower-case words of `text`, punctuation aside. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’&]+/u)
    .filter((word) => word.length > 0);

/** True when `words` run, whole, somewhere in `within`. */
function runIn(words: readonly string[], within: readonly string[]): boolean {
  for (let start = 0; start + words.length <= within.length; start += 1)
    if (words.every((word, index) => within[start + index] === word)) return true;
  return false;
}

/**
 * True when `name`, a masthead's shape (capitalised words or capitals, no section's name), is the
 * message's own publication: the sender's display name (compared by {@link outletKey}: case, a
 * leading "The" and a legal form aside), or a run of two words or more the `Subject` states
 * whole ("Quayside Together" in "Quayside Together bulletin: after the bomb").
 *
 * @example
 * isMessagePublication('QUAYSIDE TOGETHER', { sender: null, subject: 'Quayside Together bulletin: after the bomb' }) // true
 * isMessagePublication('FLOOD WARNING', { sender: 'Ana Ruiz', subject: 'Read this' }) // false
 */
export function isMessagePublication(
  name: string,
  message: { sender: string | null; subject: string | null },
): boolean {
  if (!isMastheadShape(name)) return false;
  if (message.sender !== null && outletKey(name) === outletKey(message.sender)) return true;
  const words = wordsOf(name);
  return message.subject !== null && words.length >= 2 && runIn(words, wordsOf(message.subject));
}
