/**
 * Ordinals before one noun that pick out different members of a series ("The first case was
 * confirmed …" / "The fourth case … was confirmed a week after the school's first case"). An
 * ordinal premodifying a noun says which member of an ordered set the noun phrase stands for
 * (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 5 §§ 7, 13 on
 * ordinals as modifiers in the noun phrase; Quirk et al. 1985, § 6.66 on ordinal numerals): "the
 * first case" and "the fourth case" are two referents, so two reports whose first mention of a
 * noun carries different ordinals tell of two things, however much else they share. The first
 * mention is read, as a report's own referent stands first; a later "first case" in a time
 * adjunct ("a week after the school's first case") only anchors the fourth case in time.
 * fact-value-conflicts.ts `ordinalsConflict` sets reports apart only when they share no ordinal
 * at all, which the later mention defeats.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { factTerm } from './fact-term.js';
import { ORDINAL_DAY, ordinalDay } from '../../timeline/spelled-ordinals.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * An ordinal before a word: in words as a day of the month's are read (timeline/spelled-ordinals.ts,
 * first to thirty-first, as far as a series in news runs) or in digits ("21st").
 */
const ORDINAL_BEFORE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${ORDINAL_DAY}|(?<digits>\d+(?:st|nd|rd|th)))\s+(?<word>\p{L}[\p{L}’'-]*)`,
  'giu',
);

/**
 * Each noun (as a fact term) with the ordinal first written right before it in `text`. A word
 * of a closed class after the ordinal ("first of", "the first three children") is no noun it
 * modifies, and is skipped; so is a word of digits.
 */
export function ordinalsByNoun(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of matchesOf(text, ORDINAL_BEFORE_WORD)) {
    const word = match.groups!.word!.toLowerCase();
    if (STOP_WORDS.has(word) || NUMBER_WORD.test(word)) continue;
    const { ordinal, digits } = match.groups!;
    const value = ordinal !== undefined ? ordinalDay(ordinal)! : Number.parseInt(digits!, 10);
    const noun = factTerm(word);
    if (!found.has(noun)) found.set(noun, value);
  }
  return found;
}

/** A cardinal in words after an ordinal ("the first three"): a count of the members, no noun. */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|few|several)$/;

/**
 * True when one noun carries different ordinals at its first mention in `a` and in `b`: the
 * two reports name different members of one series.
 *
 * @example
 * seriesMembersApart('The first case was confirmed on Monday.',
 *                    "The fourth case was confirmed a week after the school's first case.") // true
 */
export function seriesMembersApart(a: string, b: string): boolean {
  const x = ordinalsByNoun(a);
  if (x.size === 0) return false;
  const y = ordinalsByNoun(b);
  for (const [noun, ordinal] of x) {
    const other = y.get(noun);
    if (other !== undefined && other !== ordinal) return true;
  }
  return false;
}
