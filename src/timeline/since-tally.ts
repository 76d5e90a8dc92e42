/**
 * A tally since a date: "Pupils have sent more than 200 cards since March", "had written 400
 * letters since February", "has been arrested three times since 2019", "60 mooring ropes have been
 * cut since June". The perfect with "since" and a counted plural object (or, in the passive,
 * subject) tells acts repeated over a stretch running from the date to the
 * time of writing (Quirk et al. 1985, 4.22: the habitual perfect, "recurrent events in a period
 * up to the present"), and the count is their total by then: no act of the tally falls on the
 * date, which only opens the stretch. Unlike a state since a date ("has been closed to
 * passengers since 26 April", "Two men have been held since March"), whose onset is the date's
 * event, it is left undated: a span to the time of writing would show the whole tally as one act
 * of every day of it, and the month alone as an act of that month.
 */
import { COUNTS } from './date-rules.js';
import { YEAR_DIGITS } from '../text/year.js';
import { clauseBounds } from './clause.js';
import { isPastForm } from './past-forms.js';

/** "since" right before the date. */
const SINCE_BEFORE = /\bsince\s+$/iu;

/** A count written as a word, or a vague one ("dozens of"), besides digits. */
const COUNT_WORDS = [...Object.keys(COUNTS), 'dozens', 'hundreds', 'thousands', 'scores'].join('|');

/**
 * A rate after a count: "two million litres a day", "40 trains per hour", "300 calls each week".
 * A count by the unit of time is how much goes on at any time of the stretch, not the total of
 * acts by the time of writing, so the clause tells an activity going on since the date, begun
 * then, as a state is ("has been pumping two million litres a day since 12 March"). The units
 * are the calendar's and the clock's, a closed class.
 */
const RATE = String.raw`\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|fortnight|month|quarter|year)\b`;

/**
 * A count before a plural noun: "more than 200", "400", "1,600", "dozens of", not a year in
 * prose ("2019 rules", text/year.ts).
 */
const COUNT = String.raw`(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+)?(?!${YEAR_DIGITS}\b)(?:\d{1,3}(?:,\d{3})+|\d+|${COUNT_WORDS})(?:\s+of)?`;

/** The perfect's auxiliary: "have", "has", "had", "'ve". */
const PERFECT = String.raw`(?:have|has|had|'ve|’ve)`;

/**
 * A perfect ("have", "has", "had", up to three words before the count: "have sent", "has been
 * arrested") with a counted plural after it, as its object or how often: "have sent more than
 * 200 cards", "has been arrested three times", "have written dozens of letters"; not a rate
 * ({@link RATE}).
 */
const PERFECT_TALLY = new RegExp(
  String.raw`\b${PERFECT}\b(?:\s+\p{L}+){0,3}?\s+${COUNT}\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+s\b(?!${RATE})`,
  'iu',
);

/**
 * The passive of such a perfect, the counted plural its subject: "60 mooring ropes have been
 * cut", "more than 200 cards have been sent". The passive's subject is the active's object
 * (Quirk et al. 1985, 3.63), so the count totals the acts as it does after the active verb;
 * modifiers of the noun may be names ("80 Ashby Pier kayaks"). Group `participle`: the word
 * after "been", a past participle only when {@link isPastForm} says so ("have been in custody"
 * is no passive). A participle of a lasting state is read so too ("Two suspects have been held
 * since March" is left undated): its onset's date is lost, never a false date given.
 */
const PASSIVE_TALLY = new RegExp(
  String.raw`(?<![\p{L}\d,.])${COUNT}\s+(?:[\p{L}'’-]+\s+){0,2}?\p{Ll}+s\s+${PERFECT}\s+(?:(?:\p{Ll}+ly|also|now|already)\s+)?been\s+(?<participle>\p{Ll}+)\b`,
  'iu',
);

/** True when `text` holds a passive tally ({@link PASSIVE_TALLY}) with a past participle. */
function passiveTally(text: string): boolean {
  const match = PASSIVE_TALLY.exec(text);
  return match?.groups?.participle !== undefined && isPastForm(match.groups.participle);
}

/**
 * True when the date at `start`–`end` of `sentence` follows "since" and its clause tells a tally
 * in the perfect (see the module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function isTallySince(sentence: string, start: number, end: number): boolean {
  if (!SINCE_BEFORE.test(sentence.slice(0, start))) return false;
  const { from, to } = clauseBounds(sentence, start, end);
  // Before the date or after it, never across it: "has built since 1952 stands" counts nothing.
  const before = sentence.slice(from, start);
  return (
    PERFECT_TALLY.test(before) ||
    passiveTally(before) ||
    PERFECT_TALLY.test(sentence.slice(end, to))
  );
}
