/**
 * A title written by its initials before a name: "DI Rachel Moore" for "Detective Inspector
 * Rachel Moore", "DCI Tom Hale" for "Detective Chief Inspector Tom Hale". A title is a
 * premodifier of the name it stands before (Quirk et al. 1985 on titles such as "Doctor",
 * "Inspector" before a personal name), and an initialism names exactly what its words name
 * (initialism.ts), so the question's "DI Rachel Moore" is the coverage's "Detective Inspector
 * Rachel Moore". Two letters spell many pairs of capitalised words by chance ("Mr Pell" is no
 * "MP"), so the words are read only where they stand, right before the same name the question
 * writes after its initials, and only when each is a common noun WordNet lists (a title is a
 * common noun used before a name: "Dr Ivo Ana" spells "DI" by a first name). No list of titles
 * is kept: the passage spells the title out.
 */
import { isInitialismFunctionWord, mayBeInitialism, spellsInitialism } from './initialism.js';
import { lemmaSynsets } from './wordnet-relations.js';
import { matchesOf } from '../text/matches-of.js';

/** WordNet's noun synsets of a lemma: a title's words are common nouns ("detective", "inspector"). */
const nouns = lemmaSynsets('noun');

/** A question's initials before a name: the initialism (lower case) and the name's first word. */
export interface InitialledTitle {
  /** The initials, folded ("di"). */
  initialism: string;
  /** The name's word right after them, folded ("rachel"). */
  name: string;
}

/** A word written in capitals only, 2–5 letters ("DI", "DCI", "PC"), then a capitalised word. */
const TITLE_BEFORE_NAME = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

/** The longest title read before a name, in words: "Detective Chief Superintendent" is 3. */
const MAX_TITLE_WORDS = 5;

/**
 * The titles `phrase` (a question's words, as typed) writes by initials in capitals right
 * before a capitalised word, in order; none in a phrase typed all in capitals (its capitals
 * say nothing).
 *
 * @example initialledTitles('what did DI Rachel Moore say') // [{ initialism: 'di', name: 'rachel' }]
 */
export function initialledTitles(phrase: string): InitialledTitle[] {
  if (!/\p{Ll}/u.test(phrase)) return [];
  const titles: InitialledTitle[] = [];
  for (const match of matchesOf(phrase, TITLE_BEFORE_NAME)) {
    const initialism = match[1]!.toLowerCase();
    if (mayBeInitialism(initialism)) titles.push({ initialism, name: match[2]!.toLowerCase() });
  }
  return titles;
}

/**
 * True when `text` writes, right before the word `title.name` (any case), capitalised words
 * (function words among them counted or skipped, initialism.ts's rule) whose initials spell
 * `title.initialism`: the title spelt out before the same name.
 *
 * @example spellsTitle('Detective Inspector Rachel Moore said', { initialism: 'di', name: 'rachel' }) // true
 * @example spellsTitle('Mr Ian Rachel said', { initialism: 'di', name: 'rachel' }) // false
 */
export function spellsTitle(text: string, title: InitialledTitle): boolean {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0);
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.toLowerCase() !== title.name) continue;
    const before: string[] = [];
    for (let j = i - 1; j >= 0 && before.length < MAX_TITLE_WORDS; j--) {
      const word = words[j]!;
      const folded = word.toLowerCase();
      if (!/^\p{Lu}/u.test(word) && !isInitialismFunctionWord(folded)) break;
      before.unshift(folded);
      if (
        before.length >= 2 &&
        /^\p{Lu}/u.test(word) &&
        spellsInitialism(title.initialism, before) &&
        before.every((w) => isInitialismFunctionWord(w) || nouns(w).length > 0)
      )
        return true;
    }
  }
  return false;
}
