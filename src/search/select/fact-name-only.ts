/**
 * Whether two reports share only who or what they are about: every term they share stands, in
 * one of them at least, in a phrase naming a person or thing. A clause is a subject and a
 * predicate, what is said of it (Huddleston & Pullum, "The Cambridge Grammar of the English
 * Language", 2002, ch. 4): "For farmer Ana Brey the frost has been a disaster" and "Farmer
 * Ana Brey is still heating her glasshouses" name one woman and say two things of her. A name
 * phrase is a capitalised name and the false title written before it (the lower-case job or
 * description that premodifies a name, "hill farmer Owen Pryce", "grower Ana Brey": what the
 * Guardian and Observer style guide calls a false title; the AP Stylebook's "titles" entry
 * lowercases such an occupational description): the title says which person, not what happened.
 */
import { isUsuallyNoun } from '../../text/nouns.js';
import type { UnitOccurrence } from './fact-participants.js';

/** What {@link sharesOnlyNames} reads of a report: its text and its content units in order. */
export interface NamedSource {
  text: string;
  sequence: readonly UnitOccurrence[];
}

/**
 * True when `a` and `b` share at least one term and every shared term (the same key, or a pair
 * `same` holds, such as WordNet synonyms) stands in a name phrase of `a` or of `b`
 * ({@link nameTerms}).
 */
export function sharesOnlyNames(
  a: NamedSource,
  b: NamedSource,
  same: (x: string, y: string) => boolean = () => false,
): boolean {
  const namesA = nameTerms(a);
  const namesB = nameTerms(b);
  const keysB = b.sequence.flatMap((unit) => unit.keys);
  let shared = false;
  for (const x of a.sequence.flatMap((unit) => unit.keys))
    for (const y of keysB) {
      if (x !== y && !same(x, y)) continue;
      shared = true;
      if (!namesA.has(x) && !namesB.has(y)) return false;
    }
  return shared;
}

/**
 * The terms of a report's name phrases: each unit of capitalised words (not a text's first word
 * alone, which is capitalised whatever it is), with the lower-case words right before it that
 * are usually nouns (text/nouns.ts), its false title: "hill farmer Owen Pryce" → hill, farmer,
 * owen, pryce; "Police arrested Owen Pryce" → owen, pryce.
 */
export function nameTerms(source: NamedSource): Set<string> {
  const found = new Set<string>();
  const units = source.sequence;
  for (const [index, unit] of units.entries()) {
    if (!isNameUnit(source, unit)) continue;
    for (const key of unit.keys) found.add(key);
    let end = unit.start;
    for (let i = index - 1; i >= 0; i--) {
      const before = units[i]!;
      const word = source.text.slice(before.start, before.end);
      if (before.name || !/^\s+$/u.test(source.text.slice(before.end, end))) break;
      if (!isUsuallyNoun(word)) break;
      for (const key of before.keys) found.add(key);
      end = before.start;
    }
  }
  return found;
}

/**
 * True when a content unit of a report is a name: capitalised words, but not the text's first
 * word alone, which is capitalised whatever it is ("Police arrested …").
 */
export function isNameUnit(source: NamedSource, unit: UnitOccurrence): boolean {
  return unit.name && (unit.keys.length > 1 || !/^\W*$/u.test(source.text.slice(0, unit.start)));
}

/**
 * The terms of a report that stand only in its names ({@link isNameUnit}), in no other place of
 * it: "North Stand" → north, stand, unless "stand" is also written outside the name.
 */
export function onlyInNames(source: NamedSource): Set<string> {
  const inNames = new Set<string>();
  const elsewhere = new Set<string>();
  for (const unit of source.sequence)
    for (const key of unit.keys) (isNameUnit(source, unit) ? inNames : elsewhere).add(key);
  for (const key of elsewhere) inNames.delete(key);
  return inNames;
}
