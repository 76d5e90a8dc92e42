/**
 * A name and its second reference. News style names a place or body in full once and after that
 * by the common noun that ends its name: "Hallam Country Park" then "the park", "Dunmere
 * Primary School" then "the school" (the AP Stylebook's and the Guardian style guide's "second
 * reference"; Quirk et al. 1985, §5.31, anaphoric "the"). So one report's "Cobb Mill Bridge"
 * and another's "the bridge" may name one thing, the other report saying less of it: the name's
 * other words are set aside when two reports' words are compared for nearly the same wording
 * (fact-relation.ts), as a modifier before a noun the other names bare is (fact-premodifiers.ts).
 *
 * Only the definite article counts ("a bridge" names none in particular), only a name of two or
 * more capitalised words whose last is that noun, and only when the other report writes no name
 * the first lacks ("Tarvel Bridge", "the bridge at Tarvel"): "the bridge" may then be the one it
 * names, so which thing is meant is a value, compared as names are (fact-places.ts).
 */
import type { ParticipantsSource } from './fact-participants.js';

/** A passage as read here: its text, its units in order and its terms (fact-relation.ts). */
type Source = ParticipantsSource & { terms: ReadonlyMap<string, number> };

/** "the" right before a word, with only spaces between. */
const THE_BEFORE = /\bthe\s+$/i;

/**
 * The terms of `a`'s names that `b` refers to by the name's last word after "the", `b` writing
 * no name `a` lacks; each name's last word is kept, and so is any term `b` holds. "The parish
 * last examined Cobb Mill Bridge in June" against "the parish had last examined the bridge in
 * June" → {"cobb", "mill"}. Terms as fact-relation.ts compares them.
 */
export function secondReferenceNames(a: Source, b: Source): Set<string> {
  const found = new Set<string>();
  const definite = new Set<string>();
  for (const unit of b.sequence) {
    if (unit.name && unit.keys.some((key) => !a.terms.has(key))) return found;
    if (!unit.name && unit.keys.length === 1 && THE_BEFORE.test(b.text.slice(0, unit.start)))
      definite.add(unit.keys[0] as string);
  }
  for (const unit of a.sequence) {
    const head = unit.keys[unit.keys.length - 1] as string;
    if (!unit.name || unit.keys.length < 2 || !definite.has(head)) continue;
    for (const key of unit.keys.slice(0, -1)) if (!b.terms.has(key)) found.add(key);
  }
  return found;
}
