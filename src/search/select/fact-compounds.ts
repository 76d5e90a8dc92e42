/**
 * A noun compound one report writes where the other writes its first word alone: "Tarvian wheat
 * futures climbed 1.8 percent" / "Tarvian wheat climbed 2.1 percent". In an English noun
 * compound the last word is the head, the thing meant, and the words before it say of what
 * ("wheat futures" are contracts, not grain): the two reports measure two things, so their
 * figures are not two values of one measure, and no dispute is claimed from them. The one-sided
 * word must stand between the two shared words the other report writes one after the other, with
 * only spaces on either side of it: inside one run of words, as a compound's head stands, not
 * after a preposition ("the cost of the work" only says which cost) or a verb's object set off
 * by one ("sanctioned dozens of officials").
 */
import type { ParticipantsSource } from './fact-participants.js';

/** Only spaces between two words: the first modifies the second. */
const ADJACENT = /^ +$/;

/**
 * True when `a` writes a word, not a name, between two units `b` writes next to each other
 * (content words in order), with only spaces on either side ("wheat futures climbed" / "wheat
 * climbed"). Terms as fact-relation.ts compares them.
 */
function headAdded(a: ParticipantsSource, b: ParticipantsSource): boolean {
  const follows = new Set<string>();
  b.sequence.forEach((unit, i) => {
    const next = b.sequence[i + 1];
    if (next !== undefined) follows.add(`${unit.keys.join(' ')}\u0000${next.keys.join(' ')}`);
  });
  const inB = new Set(b.sequence.flatMap((unit) => unit.keys));
  return a.sequence.some((head, i) => {
    const before = a.sequence[i - 1];
    const after = a.sequence[i + 1];
    return (
      before !== undefined &&
      after !== undefined &&
      !head.name &&
      !head.keys.some((key) => inB.has(key)) &&
      ADJACENT.test(a.text.slice(before.end, head.start)) &&
      ADJACENT.test(a.text.slice(head.end, after.start)) &&
      follows.has(`${before.keys.join(' ')}\u0000${after.keys.join(' ')}`)
    );
  });
}

/** {@link headAdded} either way round. */
export function compoundHeadsApart(a: ParticipantsSource, b: ParticipantsSource): boolean {
  return headAdded(a, b) || headAdded(b, a);
}
