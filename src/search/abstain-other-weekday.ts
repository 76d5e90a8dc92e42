/**
 * A hard gate of abstention (abstain.ts): a question that asks what holds on a weekday as a
 * habit ("is the lido open on Sundays", "what time does the market open every Saturday") asks
 * about that day. A recurrent time adjunct restricts the predication to its days, as a place
 * adjunct restricts it to its place (Quirk et al. 1985, §8.48 on adjuncts, §4.6 on the simple
 * present's habitual use, §8.64 on frequency adjuncts); a passage that gives the asked thing
 * another weekday ("open on Saturdays from 9am") tells of other days, however many of the
 * question's other words it holds, as abstain-other-place.ts refuses another place.
 *
 * When a leading candidate names weekdays none of which is the asked one, and no sentence the
 * candidates are read in names the asked day (itself, in a span of days, "Friday to Sunday", or
 * by a collective word, "weekends", "weekdays", "daily", "every day"), the reply is a refusal,
 * whatever the classifier's probability.
 *
 * The asked day is habitual when the question writes it in the plural ("on Sundays"), after
 * "every" or "each", or after "on" in a question with no verb in the past ("is it open on
 * Sunday", not "what did the mayor say on Sunday": a past event's day is told by a date as often
 * as by its weekday).
 *
 * Left alone: questions naming no weekday so; passages naming no weekday, which may give the
 * asked day's hours for every day.
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { WEEKDAYS } from '../text/months.js';
import { tokenize, type Token } from '../text/terms.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/** Weekday number (0 Sunday … 6 Saturday) by its folded name. */
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...WEEKDAYS].map(([name, day]) => [name.toLowerCase(), day]),
);

/** Every weekday's number. */
const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * Words naming a set of weekdays together (Saturday and Sunday the weekend, Monday to Friday the
 * weekdays, as ISO 8601 and common usage divide the week).
 */
const COLLECTIVE_DAYS: ReadonlyMap<string, readonly number[]> = new Map([
  ['weekend', [6, 0]],
  ['weekends', [6, 0]],
  ['weekday', [1, 2, 3, 4, 5]],
  ['weekdays', [1, 2, 3, 4, 5]],
  ['daily', EVERY_DAY],
  ['everyday', EVERY_DAY],
]);

/** Words joining the first and last day of a span ("Monday to Friday"). */
const SPAN_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'til']);

/** Determiners of frequency before a weekday ("every Sunday"). */
const EVERY = new Set(['every', 'each']);

/** Auxiliaries in the past: a question holding one asks of a past event. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'did', 'had']);

/** The weekday number a folded word names, singular or plural ("sundays"), or undefined. */
function weekdayOf(word: string): number | undefined {
  return WEEKDAY_NUMBERS.get(word) ?? WEEKDAY_NUMBERS.get(word.replace(/s$/u, ''));
}

/** True when a dash alone stands between two tokens of `text` ("Monday-Friday"). */
function dashBetween(text: string, a: Token, b: Token): boolean {
  return /^\s*[-–—]\s*$/u.test(text.slice(a.end, b.start));
}

/**
 * The weekdays (0 Sunday … 6 Saturday) `text` names: each weekday, singular or plural; each day
 * of a span ("Monday to Friday", "Monday-Friday", running on past Saturday to Sunday: "Friday to
 * Sunday"); the days of a collective word ("weekends", "daily") or of "every day".
 *
 * @example weekdaysNamed('open Monday to Wednesday') // Set {1, 2, 3}
 */
export function weekdaysNamed(text: string): Set<number> {
  const tokens = tokenize(text);
  const days = new Set<number>();
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.word;
    const collective = COLLECTIVE_DAYS.get(word);
    if (collective !== undefined) for (const day of collective) days.add(day);
    if (word === 'day' && EVERY.has(tokens[at - 1]?.word ?? ''))
      for (const day of EVERY_DAY) days.add(day);
    const first = weekdayOf(word);
    if (first === undefined) continue;
    days.add(first);
    const next = tokens[at + 1];
    const spanned = next !== undefined && SPAN_WORDS.has(next.word);
    const last = spanned ? tokens[at + 2] : next;
    const lastDay = last === undefined ? undefined : weekdayOf(last.word);
    if (lastDay === undefined || !(spanned || dashBetween(text, tokens[at]!, next!))) continue;
    for (let day = first; day !== lastDay; day = (day + 1) % 7) days.add(day);
  }
  return days;
}

/**
 * The weekday (0 Sunday … 6 Saturday) `question` asks about as a habit: written in the plural
 * ("on Sundays"), after "every" or "each", or after "on" in a question with no verb in the
 * past (an auxiliary "was", "were", "did", "had", or a word the lexicon usually tags VBD); null
 * otherwise.
 *
 * @example askedWeekdayOf('is the lido open on sundays') // 0
 */
export function askedWeekdayOf(question: string): number | null {
  const tokens = tokenize(question);
  const past = tokens.some(
    (token) => PAST_AUXILIARIES.has(token.word) || lexiconTags(token.word)?.[0] === 'VBD',
  );
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.word;
    const day = weekdayOf(word);
    if (day === undefined) continue;
    const before = tokens[at - 1]?.word ?? '';
    const plural = !WEEKDAY_NUMBERS.has(word);
    if (plural || EVERY.has(before) || (before === 'on' && !past)) return day;
  }
  return null;
}

/**
 * Whether the candidates tell of the weekday the question asks as a habit: undefined when it
 * asks none ({@link askedWeekdayOf}) or no leading candidate (the first
 * `SEARCH_OPTIONS.abstain.topPassages`) names weekdays without it; else true when a sentence
 * the candidates are read in (abstain-features.ts `candidateContext`) names the asked day
 * ({@link weekdaysNamed}), false otherwise. Reads the candidates' text only for a question
 * asking a weekday.
 */
export function askedWeekdayHeld(input: AbstentionInput): boolean | undefined {
  const day = askedWeekdayOf(input.plan.question);
  if (day === null) return undefined;
  const leading = input.ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  const other = (s: number) => {
    const days = weekdaysNamed(input.textOf(s));
    return days.size > 0 && !days.has(day);
  };
  if (!leading.some((c) => other(c.sentence))) return undefined;
  return candidateContext(input).some((s) => weekdaysNamed(input.textOf(s)).has(day));
}
