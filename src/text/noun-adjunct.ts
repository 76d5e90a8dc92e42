/**
 * Nouns that modify the noun after them: "foundation piles", "construction workers". A noun
 * before another noun in one phrase is its premodifier and names a kind of that noun, not an
 * act or a thing of its own (Quirk et al., A Comprehensive Grammar of the English Language,
 * 1985, §17.104–17.108, on nouns as premodifiers): "short foundation piles" tells of piles,
 * not of a founding, whatever the word shares with "found".
 */
import { isUsuallyNoun } from './nouns.js';
import { tokenize } from './terms.js';

/**
 * True when the word starting at `at` (a character offset in `text`) is a noun adjunct: by its
 * usual reading a common noun (nouns.ts `isUsuallyNoun`, read out of context), followed, with
 * only spaces between, by another word written in lower case whose usual reading is a common
 * noun too. A capitalised word after it is a name, and a comma or any other mark ends the
 * phrase ("its foundation, in 1950"). Reads two words.
 *
 * @example isNounAdjunct('short foundation piles', 6) // true
 * @example isNounAdjunct('its foundation in 1950', 4) // false
 */
export function isNounAdjunct(text: string, at: number): boolean {
  const rest = text.slice(at, at + 120);
  const [word, next] = tokenize(rest);
  if (word === undefined || next === undefined || word.start !== 0) return false;
  if (!/^[ \t]+$/u.test(rest.slice(word.end, next.start))) return false;
  const written = rest.slice(next.start, next.end);
  if (written !== written.toLowerCase()) return false;
  return isUsuallyNoun(word.word) && isUsuallyNoun(next.word);
}
