/**
 * Passages that tell of another member of the series a question's ordinal picks out. "Where was
 * bird flu first confirmed?" asks of the first case; "A second case of bird flu has been
 * confirmed at Hill Farm" tells of another. An ordinal number places its referent in a series
 * and tells it apart from every other member (Quirk et al. 1985, "A Comprehensive Grammar of
 * the English Language", §5.20 on ordinals, as adjective or adverb: "the first case",
 * "first confirmed"); "a second N" is also comparative reference to another N than one given
 * (Halliday & Hasan 1976, "Cohesion in English", §2.5: other-referent.ts). A passage whose own
 * ordinal names another member, and that never names the asked one, is weak evidence for the
 * question's; given-first.ts moves it below comparable passages. A day of a month ("the first
 * of March", "March 2nd") is a date, not a member of the asked series, and is read as neither.
 */
import { ordinalDay } from '../timeline/spelled-ordinals.js';
import { stem, tokenize, type Token } from '../text/terms.js';
import { monthTerms } from './month-words.js';
import { isOrdinalModifier } from './plan/ordinal-modifier.js';

/** An ordinal written in digits: "1st", "2nd", "23rd". */
const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/;

/** The number an ordinal word names ("second", "2nd": 2), or undefined for any other word. */
function ordinalNumber(word: string): number | undefined {
  const digits = DIGIT_ORDINAL.exec(word);
  return digits ? Number(digits[1]) : ordinalDay(word);
}

/** True when token `i` is a day of a month: beside a month's name, or before "of" ("the first of March"). */
function isDayOfMonth(tokens: readonly Token[], i: number, months: ReadonlySet<string>): boolean {
  const beside = [tokens[i - 1], tokens[i + 1]];
  return (
    tokens[i + 1]?.word === 'of' ||
    beside.some((token) => token !== undefined && months.has(stem(token.word)))
  );
}

/**
 * The number of the ordinal `question` picks a member of a series by ("where was it first
 * confirmed", "the second ballot": 1, 2), or null when it holds none or more than one, or the
 * ordinal is a day of a month.
 *
 * @example askedOrdinal('where was bird flu first confirmed?') // 1
 */
export function askedOrdinal(question: string): number | null {
  const tokens = tokenize(question);
  const months = monthTerms();
  const found = new Set<number>();
  tokens.forEach((token, i) => {
    const n = ordinalNumber(token.word);
    if (n !== undefined && !isDayOfMonth(tokens, i, months)) found.add(n);
  });
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * True when `text` (a passage's sentence) picks out another member than `asked` (the question's
 * ordinal number) by an ordinal modifying a noun ("a second case", "the 3rd round") and holds
 * no ordinal `asked` anywhere ("the first case" beside "a second" may tell of both). Days of a
 * month are neither.
 *
 * @example tellsOfOtherOrdinal('A second case was confirmed at Hill Farm.', 1) // true
 */
export function tellsOfOtherOrdinal(text: string, asked: number): boolean {
  const tokens = tokenize(text);
  const months = monthTerms();
  let other = false;
  for (let i = 0; i < tokens.length; i++) {
    const n = ordinalNumber(tokens[i]!.word);
    if (n === undefined || isDayOfMonth(tokens, i, months)) continue;
    if (n === asked) return false;
    if (isOrdinalModifier(text, tokens, i)) other = true;
  }
  return other;
}
