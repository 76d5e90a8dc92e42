/**
 * A label above the headline (a kicker): the section, topic or site a page sets over its
 * headline ("Harbour Affairs", "Local", "Brackwater Voice"), a short run of capitalised words.
 * A headline is set in one case throughout, so a short title-case line above a headline in
 * sentence case ("Ferry timetable cut for winter months") is another element of the page, not
 * the headline's first line nor the headline: the title is the headline under it.
 */
import { isCapitalisedWords, isOutletName, readPieceLabel } from './credit-fields.js';
import { parseDateline } from './dates.js';
import { paragraphKind } from './paragraph-kind.js';

/** Most words in a label above a headline ("Harbour Affairs", "Gull Bay Echo"). */
const MAX_LABEL_WORDS = 3;
/** Most words in a label over a headline in title case ("Local Politics"). */
const MAX_SHORT_LABEL_WORDS = 2;
/** Fewest words in a title-case headline under such a label. */
const MIN_HEADLINE_WORDS_UNDER_LABEL = 4;
/** Punctuation a label has none of: a sentence's or a clause's end, a comma. */
const LABEL_PUNCTUATION = /[.!?…:;,]/;
/**
 * Short words a title-case headline sets in lower case ("Ferry Cut for Winter"); any other
 * word in lower case makes a line sentence case.
 */
const MINOR_WORD =
  /^(?:a|an|the|and|but|or|nor|for|of|to|in|on|at|by|up|as|with|from|into|over|vs\.?|v\.?)$/;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** Between a label's parts: a dash, bar, slash or dot between spaces, or a bar or dot closed up. */
const LABEL_PART_SEPARATOR = /\s+[—–|·•/-]\s+|\s*[|·•]\s*/;

/**
 * True for a label saying what kind of piece follows, with its section or topic: "Transport —
 * Analysis", "Opinion | Brexit", "Explainer · Housing" (two or three parts of one to three
 * capitalised words, one of them a piece's kind alone: credit-fields.ts). Outlets set it above
 * the headline; it describes the piece, never names it, so it is no title. A part naming an
 * outlet ("Gull Bay Times — Analysis") makes the line a site's header, read with the outlet it
 * states by the site-name rules (headline.ts), not dropped here.
 *
 * @example
 * isPieceKindLabel('Transport — Analysis') // true
 * isPieceKindLabel('Brexit – What happens next') // false: no piece's kind
 */
export function isPieceKindLabel(line: string): boolean {
  // Four parts are as many as it takes to fail: a long line is not split whole.
  const parts = line.trim().split(LABEL_PART_SEPARATOR, 4);
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every(
      (part) =>
        wordsOf(part).length <= MAX_LABEL_WORDS &&
        !LABEL_PUNCTUATION.test(part) &&
        isCapitalisedWords(part),
    ) &&
    parts.some((part) => readPieceLabel(part)?.outlet === null) &&
    !parts.some(isOutletName)
  );
}

/**
 * True for a headline in sentence case: it opens with a capital letter or a figure and has a
 * word in lower case other than a title-case headline's minor words ("Ferry timetable cut for
 * winter months"; not "Ferry Timetable Cut for Winter Months").
 */
export function isSentenceCase(text: string): boolean {
  const words = wordsOf(text);
  return (
    /^[\p{Lu}\d]/u.test(words[0] ?? '') &&
    words.slice(1).some((word) => /^\p{Ll}/u.test(word) && !MINOR_WORD.test(word))
  );
}

/**
 * True when `label` is a label set above the headline `below`: one to three capitalised words
 * with no sentence's punctuation, over a heading in sentence case of more words; or one or two
 * such words over a heading of four words or more in either case (a headline of two words is
 * rare, a label's name is short: "Harbour Affairs" over "Mayor Proposes New Parking Charges").
 *
 * @example
 * isLabelAbove('Harbour Affairs', 'Ferry timetable cut for winter months') // true
 * isLabelAbove('Gull Bay Echo', 'Ferry Timetable Cut') // false: one case, one headline
 */
export function isLabelAbove(label: string, below: string): boolean {
  const words = wordsOf(label).length;
  const under = wordsOf(below).length;
  return (
    words <= MAX_LABEL_WORDS &&
    !LABEL_PUNCTUATION.test(label) &&
    isCapitalisedWords(label) &&
    paragraphKind(below) === 'heading' &&
    under > words &&
    // A date under a name is a byline's, not a headline.
    parseDateline(below) === null &&
    (isSentenceCase(below) ||
      (words <= MAX_SHORT_LABEL_WORDS && under >= MIN_HEADLINE_WORDS_UNDER_LABEL))
  );
}

/**
 * True when two lines of one block cannot be one line wrapped in two: greedy wrapping (what
 * editors and mail programs do) breaks a line only when the next word would not fit, so a first
 * line that would have held the second line's first word within the second line's own length
 * was ended on purpose ("Brackwater Voice" / "Harbour wall repairs delayed until spring").
 */
export function isSetApart(first: string, second: string): boolean {
  const next = wordsOf(second)[0] ?? '';
  return first.trim().length + 1 + next.length <= second.trim().length;
}
