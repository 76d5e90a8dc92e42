/**
 * The names coordinated with a name a text has just given: the conjuncts of a list such as "in
 * Harrowby, Kelby, Tarnside and Low Ashby" or "from Ormby or Tarnfield". Coordinated noun phrases
 * share the function of the first (Huddleston & Pullum 2002, ch. 15 §1), so each conjunct of a
 * list after "in" is a place as the first is. A list is read only when it closes with "and" or
 * "or" before its last name: a comma alone after a name ("in Kelby, Mayor Ruiz said") opens
 * another phrase as often as it lists, and is no list.
 */

import { matchesOf } from './matches-of.js';

/** A capitalised name of up to four words, as place and actor patterns read one. */
const NAME = String.raw`[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,3}`;

/**
 * What may follow a name to list more of them: ", B" any number of times, then ", and C" / "
 * and C" / " or C" (an optional "the" before each), anchored where the first name ends.
 */
const LIST_AFTER = new RegExp(
  String.raw`((?:,\s+(?:the\s+)?${NAME})*),?\s+(?:and|or)\s+(?:the\s+)?(${NAME})`,
  'uy',
);

/** One conjunct of the ", B, C" run of {@link LIST_AFTER}. */
const CONJUNCT = new RegExp(String.raw`,\s+(?:the\s+)?(${NAME})`, 'gu');

/**
 * The names listed after the name that ends at offset `end` of `text` (UTF-16 units), each
 * with its offset, in order; empty when no list ending in "and"/"or" follows.
 *
 * @example
 * namesCoordinatedAfter('sites in Harrowby, Kelby and Low Ashby.', 17)
 * // [{ name: 'Kelby', at: 19 }, { name: 'Low Ashby', at: 29 }]
 * namesCoordinatedAfter('in Kelby, Mayor Ruiz said.', 8) // []
 */
export function namesCoordinatedAfter(
  text: string,
  end: number,
): Array<{ name: string; at: number }> {
  LIST_AFTER.lastIndex = end;
  const list = LIST_AFTER.exec(text);
  if (list === null) return [];
  const names: Array<{ name: string; at: number }> = [];
  for (const conjunct of matchesOf(list[1] ?? '', CONJUNCT)) {
    const name = conjunct[1] as string;
    names.push({ name, at: end + conjunct.index + conjunct[0].length - name.length });
  }
  const last = list[2] as string;
  names.push({ name: last, at: list.index + list[0].length - last.length });
  return names;
}
