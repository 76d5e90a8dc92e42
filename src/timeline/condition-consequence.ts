/**
 * The consequence of a condition: "If funding is approved, work will start in May", "Work will
 * start in May if funding is approved", "The council said that unless the bid fails, the road
 * will close in June". A direct condition makes the truth of the matrix clause depend on that of
 * the condition (Quirk et al. 1985, §15.33), so the matrix is not asserted: what it tells is
 * irrealis, supposed rather than planned or reported (Palmer 2001, Mood and Modality, 2nd ed.,
 * ch. 8 on conditionals). A date of the matrix is then no event that will happen as such, as a
 * date inside the condition is none (possibility.ts).
 *
 * Not a concessive condition ("even if", "even though": the matrix holds either way, Quirk et
 * al. 1985, §15.39), "as if", an indirect question ("asked if the road would close"), nor "if"
 * of degree ("months, if not years", "few, if any").
 */
import { wordIn } from '../text/word-class.js';
import { matchesOf } from '../text/matches-of.js';

/** The subordinators of a direct condition. */
const CONDITION = wordIn(['if', 'unless']);

/**
 * Words before "if" that make it no condition of the clause: "as if", "even if", and verbs and
 * adjectives whose "if" clause is an indirect question ("asked if", "unclear if": Quirk et al.
 * 1985, §15.5), as "whether" is.
 */
const NOT_CONDITION_BEFORE = wordIn([
  ...['as', 'even', 'what', 'only'],
  ...['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering'],
  ...['know', 'knows', 'knew', 'see', 'check', 'checks', 'checked', 'checking'],
  ...['decide', 'decides', 'decided', 'determine', 'determined', 'establish', 'confirm'],
  ...['unclear', 'clear', 'sure', 'certain', 'unsure', 'doubt', 'doubts', 'question'],
]);

/** Words after "if" that make it an aside of degree: "few, if any", "rarely, if ever". */
const DEGREE_AFTER = wordIn(['any', 'ever']);

/** A break no clause crosses: what lies beyond it is another clause's. */
const BREAK = /[;:—–()]/u;
/**
 * A coordinated clause after a comma ("…, and the official opening is set for July 8"): a clause
 * of its own, over which a condition attached to the other conjunct is not read (the scope of an
 * adverbial over coordinated clauses is ambiguous, Quirk et al. 1985, §13.19; a date is left
 * dated unless the condition is certainly its clause's).
 */
const COORDINATED = /,\s*(?:and|but|while|whereas)\b/iu;
const OPENS_COORDINATED = new RegExp(`^${COORDINATED.source}`, 'iu');

/** Words of a text with their offsets. */
function wordsOf(text: string): Array<{ word: string; at: number }> {
  return [...matchesOf(text, /[\p{L}'’]+|[,;:—–()]/gu)].map((m) => ({ word: m[0], at: m.index }));
}

/** True when the word at `i` opens a direct condition of the clause around it. */
function conditionAt(words: ReadonlyArray<{ word: string }>, i: number): boolean {
  const word = words[i]!.word;
  if (!CONDITION.test(word)) return false;
  const before = words[i - 1]?.word ?? '';
  const after = words[i + 1]?.word ?? '';
  if (NOT_CONDITION_BEFORE.test(before) || DEGREE_AFTER.test(after)) return false;
  // "months, if not years": "if not" after a comma is an aside of degree; opening the sentence
  // ("If not, the road will close"), a condition.
  return !(/^not$/iu.test(after) && before === ',');
}

/**
 * True when the date at `start`–`end` of `sentence` lies in the consequence of a condition (see
 * the top of this file): after a condition that opens the sentence or a clause (after "that",
 * "and", "but" or nothing) and ends at a comma before the date; or before a condition later in
 * its clause, with no break (";", ":", a dash or a bracket) between, nor a coordinated clause
 * opened after a comma ("…, and the opening is set for July 8").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence (UTF-16)
 * @param end offset just after the date
 * @example inConsequence('If funding is approved, work will start in May.', 44, 47) // true
 */
export function inConsequence(sentence: string, start: number, end: number): boolean {
  const words = wordsOf(sentence);
  for (let i = 0; i < words.length; i++) {
    const { at } = words[i]!;
    if (at >= start) break;
    if (!conditionAt(words, i)) continue;
    const before = words[i - 1]?.word ?? '';
    if (before !== '' && !/^(?:that|and|but|then|so|,)$/iu.test(before)) continue;
    // The condition ends at its first comma; the date must lie after it, in the same sentence part.
    const close = words.findIndex((w, j) => j > i && w.word === ',');
    if (close < 0 || words[close]!.at > start) continue;
    const between = sentence.slice(words[close]!.at, start);
    if (!BREAK.test(between) && !COORDINATED.test(between)) return true;
  }
  const rest = sentence.slice(end);
  const after = wordsOf(rest);
  for (let i = 0; i < after.length; i++) {
    const word = after[i]!.word;
    if (BREAK.test(word) || (word === ',' && OPENS_COORDINATED.test(rest.slice(after[i]!.at))))
      return false;
    if (conditionAt(after, i)) return true;
  }
  return false;
}
