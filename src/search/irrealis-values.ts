/**
 * Values a sentence states only as irrealis: a date, a time or a number in a clause that tells
 * its event as still ahead, possible or wanted ("The contract signing is expected on
 * Thursday", "the overrun would take the cost to $243 million": told-as-ahead.ts) or as the
 * condition of a conditional ("If even one of these piles is short"). Palmer (2001, Mood and
 * Modality, 2nd ed., §1.2) divides propositions into realis, asserted as having happened, and
 * irrealis, predicted, planned, conditional or wished; FactBank (Saurí & Pustejovsky 2009,
 * "FactBank: a corpus annotated with event factuality", Language Resources and Evaluation 43)
 * annotates the same split as an event's factuality. A question asking when an act happened,
 * or how many or how much there were ("when was the contract signed", "what was the final
 * cost") asks a realis value (plan/realised-act.ts): the date an event was expected on, or the
 * cost a forecast gave, is not its answer, only the topic's.
 */
import { maskMonthMay, MONTHS, WEEKDAYS } from '../text/months.js';
import { escapeRegExp } from '../text/escape.js';
import { isNumberToken, NUMBER_WORDS } from './plan/answer-type.js';
import { toldAsAheadIn } from './told-as-ahead.js';
import { CURRENCY_SIGN } from '../text/notation-words.js';
import { matchesOf } from '../text/matches-of.js';

/** A token that may state a value: digits with what is written against them, or a word. */
const TOKEN = new RegExp(String.raw`${CURRENCY_SIGN}?[\p{L}\d][\p{L}\d,.%'’-]*`, 'gu');

/** A conditional's opening word: the clause after it, up to a comma, is its condition. */
const CONDITION = /\b(?:if|unless)\b/giu;
/** What ends a condition's clause ({@link inCondition}). */
const CONDITION_END = /[,;:—–()]/u;
/** The stops and commas a token may close with, not part of its value. */
const CLOSING_POINTS = /[.,]+$/u;
// Made once: a regular expression literal in a function body is a new object each time it runs,
// and these run for every token of every candidate a realised act's question reads.
const DIGIT = /\d/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A number word or a month's or weekday's name as a whole {@link TOKEN} might hold it: after no
 * letter or digit (where a token starts) and before none of what a token goes on with but the
 * stop and comma {@link CLOSING_POINTS} drops. Number words without regard to case, as
 * {@link isValue} reads them folded; the names as written.
 */
const NUMBER_WORD_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${NUMBER_WORDS})(?![\p{L}\d%'’-])`,
  'iu',
);
const CALENDAR_NAME_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${[...MONTHS.keys(), ...WEEKDAYS.keys()].map(escapeRegExp).join('|')})(?![\p{L}\d%'’-])`,
  'u',
);

/**
 * False when no token of `text` can be a value ({@link isValue}): no digit, and no number word
 * or calendar name standing as a token. Four sentences in five hold none (49,443 of the State
 * of the Union's 62,915), and three regular expressions over the text cost less than reading
 * its every token.
 */
function mayHoldValue(text: string): boolean {
  return DIGIT.test(text) || NUMBER_WORD_TOKEN.test(text) || CALENDAR_NAME_TOKEN.test(text);
}

/** True when `token` ends in a full stop or a comma ({@link CLOSING_POINTS}). */
function endsInPoint(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  return last === 0x2e || last === 0x2c;
}

/**
 * True when `bare` (a token without its closing stop or comma) states a value an answer type reads: digits, a number word ("six",
 * "forty"), or a month's or weekday's name as written (capitalised: "may" is a modal).
 */
function isValue(bare: string): boolean {
  if (DIGIT.test(bare)) return true;
  if (isNumberToken(bare.toLowerCase())) return true;
  return CAPITALISED.test(bare) && (MONTHS.has(bare) || WEEKDAYS.has(bare));
}

/**
 * True when the word at `start` of `text` stands in a conditional's condition: after "if" or
 * "unless" with no comma or clause break between ("If even one of these piles is short, …";
 * not "If confirmed, the overrun would take …", whose "would" tells it as ahead).
 */
function inCondition(text: string, start: number): boolean {
  for (const m of matchesOf(text.slice(0, start), CONDITION)) {
    if (!CONDITION_END.test(text.slice(m.index + m[0].length, start))) return true;
  }
  return false;
}

/**
 * Where `text` tells a value as irrealis: the start and end (UTF-16 offsets into `text`, end
 * exclusive) of each such value, in text order, as a flat list of pairs; empty for most
 * sentences. What {@link withoutIrrealisValues} blanks, kept apart so that a build can save it
 * per sentence (search-index.ts `realisBlanks`) and answering never reads the clauses again.
 * Costs a pass over the text's tokens and, for each value, a reading of its clause.
 *
 * @example irrealisValueSpans('The signing is expected on Thursday.') // [27, 35]
 */
export function irrealisValueSpans(text: string): number[] {
  // The month "May" is no modal of possibility to the tense reading (told-as-ahead.ts).
  // Masked on the first value found: most tokens are none, and many sentences hold none.
  let read: string | undefined;
  let ahead: ((start: number, end: number) => boolean) | undefined;
  const spans: number[] = [];
  if (!mayHoldValue(text)) return spans;
  for (const m of matchesOf(text, TOKEN)) {
    const bare = endsInPoint(m[0]) ? m[0].replace(CLOSING_POINTS, '') : m[0];
    if (!isValue(bare)) continue;
    const start = m.index;
    const end = start + bare.length;
    read ??= maskMonthMay(text);
    if (!inCondition(read, start) && !(ahead ??= toldAsAheadIn(read))(start, end)) continue;
    spans.push(start, end);
  }
  return spans;
}

/**
 * `text` with the spans `spans` (flat start/end pairs, in text order, not overlapping, as
 * {@link irrealisValueSpans} gives) replaced by as many spaces, so that offsets are kept;
 * `text` itself when there are none.
 */
export function blankedSpans(text: string, spans: ArrayLike<number>): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * `text` with each value told as irrealis replaced by spaces (offsets kept), so that an answer
 * type read on it (plan/answer-type.ts `answerTypeScore`) finds only the values the text
 * asserts: {@link blankedSpans} of {@link irrealisValueSpans}.
 *
 * @example withoutIrrealisValues('The signing is expected on Thursday.') // 'The signing is expected on         .'
 */
export function withoutIrrealisValues(text: string): string {
  return blankedSpans(text, irrealisValueSpans(text));
}
