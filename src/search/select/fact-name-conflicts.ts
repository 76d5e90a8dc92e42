/**
 * Whether the names two passages state meet or set them apart: names are compared by the first
 * `namePrefix` letters of one word (a place by its first, a person by its last); different
 * names before one noun ("the Harlow council" / "the Dunmore council"), or two names of several
 * words each with a word of its own ("the Marsh Lane scheme" / "the Ash Lane scheme"), are two
 * things.
 */
import { escapeRegExp } from '../../text/escape.js';
import { keptPattern } from '../../text/kept-pattern.js';
import { SEARCH_OPTIONS } from '../options.js';
import type { FactValues } from './fact-values.js';

/** A place by its first word ("Belarusian border"), a person by the last ("President Vladimir Putin"). */
export const fold = (name: string, word: 'first' | 'last' = 'first') => {
  const words = name.toLowerCase().split(/\s+/);
  return (
    (word === 'first' ? words[0] : words[words.length - 1])?.slice(
      0,
      SEARCH_OPTIONS.facts.namePrefix,
    ) ?? ''
  );
};

/** Two name lists agree when they share a name (compared by the start of one word of it). */
export function namesMeet(
  a: readonly string[],
  b: readonly string[],
  word: 'first' | 'last' = 'first',
): boolean {
  return a.some((x) => b.some((y) => fold(x, word) === fold(y, word)));
}

/**
 * True when `text` writes the first word of one of `places` as a word, capitalised as the
 * place list has it ("A Dunmere family" names Dunmere).
 */
export function namesAnyPlace(text: string, places: readonly string[]): boolean {
  return places.some((place) => {
    const first = place.split(/\s+/)[0] ?? '';
    return (
      first !== '' &&
      keptPattern(String.raw`(?<![\p{L}])${escapeRegExp(first)}(?![\p{L}])`, 'u').test(text)
    );
  });
}

/**
 * True when both put different names before the same word ("the Harlow council" / "the Dunmore
 * council") and neither name occurs in the other passage at all; or two names of several words
 * that share a word, each with a word of its own, neither written whole in the other passage
 * ("the Marsh Lane scheme" / "the Ash Lane scheme": two lanes, as "Pell Boathouse" / "Lark
 * Boathouse" are two boathouses, fact-tallies.ts `namesApart`).
 */
export function namesConflict(a: FactValues, b: FactValues, textA: string, textB: string): boolean {
  const mentions = (text: string, name: string) =>
    name.split(/\s+/).some((word) => text.toLowerCase().includes(fold(word)));
  return a.namedHeads.some((x) =>
    b.namedHeads.some(
      (y) =>
        x.head === y.head &&
        ((!namesMeet([x.name], [y.name], 'last') &&
          !mentions(textB, x.name) &&
          !mentions(textA, y.name)) ||
          namesOwnWords(x.name, textA, y.name, textB)),
    ),
  );
}

/**
 * True when two names of several words, each after "the" before its noun (a name that says which
 * thing: "the Marsh Lane scheme"; a person's name, "Ana Ruiz" / "Ms Ruiz", takes none), each
 * have a word the other lacks (compared by their first `namePrefix` letters) and neither
 * passage writes the other's name whole.
 */
function namesOwnWords(x: string, textA: string, y: string, textB: string): boolean {
  const words = (name: string) => name.split(/\s+/).map((word) => fold(word));
  const wx = words(x);
  const wy = words(y);
  if (wx.length < 2 || wy.length < 2) return false;
  const afterThe = (text: string, name: string) =>
    keptPattern(String.raw`\bthe\s+${escapeRegExp(name)}\s`, 'i').test(text);
  return (
    wx.some((word) => !wy.includes(word)) &&
    wy.some((word) => !wx.includes(word)) &&
    afterThe(textA, x) &&
    afterThe(textB, y) &&
    !textB.includes(x) &&
    !textA.includes(y)
  );
}
