/**
 * A person named in one sentence and described by age in the next: "Marta Olsen watched from
 * the quay." / "The 54-year-old told reporters she saw the ferry capsize." An age compound as
 * subject is news style's second reference to someone just named (the AP Stylebook's "ages";
 * widen.ts reads the same opener as leaning on the sentence before), so the description stands
 * for that person, and the sentence is compared as if it named them with the age in apposition
 * ("Marta Olsen, 54, told reporters …"): against "Marta Olsen, 56, said she saw the ferry
 * capsize" the two differ on her age, as two appositions do (fact-relation.ts).
 *
 * Only when the referent is certain: the sentence before names one person and nothing else by a
 * name of two or more capitalised words (a second such name, a body or a place, may be whom
 * the description means), and the described sentence names no one itself.
 */

import { matchesOf } from '../../text/matches-of.js';

/** "The 54-year-old" opening a sentence, alone or before "man" or "woman", no name after it. */
export const AGE_DESCRIPTION =
  /^(?:The|the)\s+(\d{1,3})-year-old(?:\s+(?:man|woman))?(?=\s+[a-z])/u;

/** A name of two or three capitalised words ("Marta Olsen", "Anna Maria Holt"). */
const FULL_NAME = /(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}(?![\p{L}’'-])/gu;

/** Words that make a run of capitals a body, a place or a title, not a person's name. */
const NOT_A_PERSON =
  /\b(?:The|Council|Ferries|Ferry|Company|Ltd|Group|Association|Authority|Board|Police|Court|Street|Road|Harbour|Bridge|River|Station|Hospital|School|University|Party|Service|Trust|Agency|Ministry|Department|Club|Union|States|Kingdom|Republic|Government|Congress|Senate|Army|Navy|Empire|Bay|Island|Park|County|City|Town|Lake|Mount|North|South|East|West|Royal|National|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * The one person `before` names (a name of two or three capitalised words that is not a body,
 * place or date), or null when it names none, or more than one thing by such a name. A
 * sentence's first word is read only when the next is capitalised too ("Marta Olsen said …").
 */
export function onePersonNamed(before: string): string | null {
  const names = [...matchesOf(before, FULL_NAME)].map((m) => m[0]);
  if (names.length !== 1) return null;
  const [name] = names as [string];
  return NOT_A_PERSON.test(name) ? null : name;
}

/**
 * The names of people `text` holds (names of two or three capitalised words that are no body,
 * place or date), as written, in order: "Karl Voss met Ana Ruiz in Lisbon." → ["Karl Voss",
 * "Ana Ruiz"]. A sentence's first word is read as in {@link onePersonNamed}.
 */
export function personNames(text: string): string[] {
  return [...matchesOf(text, FULL_NAME)]
    .map((m) => m[0])
    .filter((name) => !NOT_A_PERSON.test(name));
}

/**
 * `text` with an age description opening it ("The 54-year-old told …") read as the person the
 * sentence before (`before`, null when there is none in its article) names: "Marta Olsen, 54,
 * told …". `text` itself when it opens with no such description, names someone itself, or the
 * person meant is not certain ({@link onePersonNamed}).
 */
export function withDescribedPerson(text: string, before: string | null): string {
  if (before === null || !/^the\s+\d/iu.test(text)) return text;
  const m = AGE_DESCRIPTION.exec(text);
  if (m === null) return text;
  const rest = text.slice(m[0].length);
  if ([...matchesOf(rest, FULL_NAME)].length > 0) return text;
  const name = onePersonNamed(before);
  return name === null ? text : `${name}, ${m[1]},${rest}`;
}
