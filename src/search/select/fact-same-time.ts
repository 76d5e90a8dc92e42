/**
 * Whether the times two reports state can be one: whether a date dates what two passages share
 * or only a thing one of them names (fact-event.ts, fact-date-premodifier.ts), one calendar day
 * stated after the same event word, a calendar day against a time counted from publication
 * (fact-resolved-time.ts, each from its own article's date), and whether figures are known to be
 * of one time (fact-measures.ts `figuresOfOneTime`, `runningCountsApart`).
 */
import { compatibleDates, type FactValues, type StatedDate } from './fact-values.js';
import { eventWordBefore } from './fact-event.js';
import {
  holdsStatedDay,
  isTimed,
  resolvedDaysAt,
  resolvesToStatedDay,
} from './fact-resolved-time.js';
import { CLAUSE_BREAK, DESCRIBING_CLAUSE, NOT_A_BREAK } from './fact-clauses.js';
import { figuresOfOneTime, runningCountsApart } from './fact-measures.js';
import { premodifiedNoun } from './fact-date-premodifier.js';
import type { AnalysedFact } from './fact-analysis.js';

/**
 * True when a passage dates, with a year, what two passages share. A date dates all a sentence
 * says unless it only describes a thing the sentence names: its event word (fact-event.ts: the
 * word it is the date of) is not one of the shared terms, and it stands in a clause of its own
 * inside the sentence, opened by "which", "who" or a participle, holding none of them. "The
 * terminal extension, completed in 2017 several months late and, according to an audit, about
 * 12 per cent over budget" dates the completion, not the audit's finding it shares with "An
 * audit found that project was about 12 percent over budget". A clause opening the sentence
 * ("After the election of August 2020, police detained …") or of another kind (", days after
 * the election of August 2020") may say when the shared fact happened, so it dates it. A date
 * premodifying a noun ("a repeat of the November 2020 surge") dates that noun's thing only
 * (fact-date-premodifier.ts): it dates the shared fact when the noun is shared.
 */
export function datesShared(fact: AnalysedFact, shared: ReadonlySet<string>): boolean {
  const text = fact.text.replace(NOT_A_BREAK, ' ');
  return fact.values.positioned.some((value) => {
    if (!('date' in value) || value.date.year === null) return false;
    // "a repeat of the November 2020 surge": the date says which surge, not when the fact was.
    const noun = premodifiedNoun(fact.text, value.at);
    if (noun !== null) return shared.has(noun);
    const word = eventWordBefore(fact.text, value.at);
    if (word === null || shared.has(word)) return true;
    let start = value.at;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] as string)) start -= 1;
    if (start === 0 || !DESCRIBING_CLAUSE.test(text.slice(start))) return true;
    const after = text.slice(value.at).search(CLAUSE_BREAK);
    const end = after < 0 ? text.length : value.at + after;
    return fact.sequence.some(
      (unit) => unit.start >= start && unit.end <= end && unit.keys.some((key) => shared.has(key)),
    );
  });
}

/** The term that stands for a calendar day two passages share ({@link sameDayOfOneEvent}). */
export const SHARED_DAY = '\u0000day';

/**
 * True when both passages state one calendar day after the same event word ("The ballot closes
 * on 12 October" / "The ballot will close on 12 October"): a thing they share, as a shared word
 * is, which their content terms leave out (dates are values, fact-values.ts). A day is a day of
 * a month, or a weekday or other time counted from publication that resolves to one day
 * (fact-resolved-time.ts `resolvedDaysAt`, from `published`, the articles' dates in order):
 * "arrived back in Tromsø on Tuesday" of Wednesday 12 August and "arrived back in Tromsø on
 * Tuesday, 11 August" name one day. A month or a year alone is no such anchor: many events
 * share one; nor is a weekday left unresolved, which may be any week's.
 */
export function sameDayOfOneEvent(
  a: AnalysedFact,
  b: AnalysedFact,
  published: readonly [string | null, string | null],
  act: readonly [string, string] | null = null,
): boolean {
  const days = (fact: AnalysedFact, from: string | null) => {
    const stated = fact.values.positioned.flatMap((v) =>
      'date' in v && v.date.day !== null && v.date.month !== null ? [v] : [],
    );
    const counted = isTimed(fact.time) ? resolvedDaysAt(fact.time, from) : [];
    return [...stated, ...counted].map(({ at, date }) => ({
      date,
      word: eventWordBefore(fact.text, at),
    }));
  };
  // Both must state a day: a passage stating none is known so from its words, before the other's
  // time is resolved by the timeline's rules (most of what this test costs).
  if (!mayStateDay(a) || !mayStateDay(b)) return false;
  const daysB = days(b, published[1]);
  if (daysB.length === 0) return false;
  return days(a, published[0]).some(
    (x) =>
      x.word !== null &&
      daysB.some(
        (y) =>
          (y.word === x.word || (x.word === act?.[0] && y.word === act[1])) &&
          compatibleDates(x.date, y.date),
      ),
  );
}

/**
 * False when a passage states no day {@link sameDayOfOneEvent} reads: no date of a month and no
 * time counted from publication (fact-resolved-time.ts `isTimed` needs a relative time or a
 * weekday's name); read from its words, with nothing resolved.
 */
function mayStateDay(fact: AnalysedFact): boolean {
  if (fact.time.relative.length > 0 || fact.time.maybeWeekday) return true;
  for (const v of fact.values.positioned)
    if ('date' in v && v.date.day !== null && v.date.month !== null) return true;
  return false;
}

/**
 * True when the figures of two passages may be set against each other as one value told two
 * ways: not a running count given at two moments (fact-measures.ts `runningCountsApart`), and
 * known to be of one time (`figuresOfOneTime`: articles of about one day, a present state within
 * the state window, or a date both passages state alike). `published`: the articles' dates.
 */
export function numbersOfOneTime(
  a: AnalysedFact,
  b: AnalysedFact,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  const at: [number | undefined, number | undefined] = [
    a.values.positioned.find((v) => 'number' in v)?.at,
    b.values.positioned.find((v) => 'number' in v)?.at,
  ];
  const datedAlike = a.values.dates.some((x) => b.values.dates.some((y) => compatibleDates(x, y)));
  return (
    !runningCountsApart(a.text, b.text, published, at) &&
    figuresOfOneTime([a.text, b.text], at, published, datedAlike)
  );
}

/**
 * True when one passage states no time counted from publication but calendar days, and the
 * other's time counted from its publication (`published`: the two articles' dates, in order)
 * resolves to one of those days (fact-resolved-time.ts `resolvesToStatedDay`; a day written
 * without its year in the year the timeline gives it): "Inspectors began their review … on 31
 * March 2026" and "The inspectors started reviewing … on Tuesday last week" of 8 April 2026 are
 * dated alike.
 */
export function onStatedDay(
  a: AnalysedFact,
  b: AnalysedFact,
  [publishedA, publishedB]: readonly [string | null, string | null],
): boolean {
  const told = (
    dated: AnalysedFact,
    timed: AnalysedFact,
    published: string | null,
    datedPublished: string | null,
  ) =>
    !isTimed(dated.time) &&
    isTimed(timed.time) &&
    resolvesToStatedDay(timed.time, published, dated.time, datedPublished);
  return told(a, b, publishedB, publishedA) || told(b, a, publishedA, publishedB);
}

/** The calendar days a passage states: dates with a month and a day, with or without a year. */
export function calendarDays(values: FactValues): StatedDate[] {
  return values.dates.filter((date) => date.month !== null && date.day !== null);
}

/**
 * Whether a calendar day one passage states and a time the other counts from publication can be
 * one day; null when the passages are not of that kind (each states a calendar day, or a time
 * counted from publication, and not both). Both name when the fact happened in two ways, which
 * are compared only as days: the counted time resolved from its own article's date
 * (fact-resolved-time.ts `holdsStatedDay`: "on Tuesday" of Wednesday 3 March 2021 holds "March
 * 2"), the calendar day as the timeline dates it from its own article's date (its year, when not
 * written, the one tense and publication give: fact-resolved-time.ts `calendarDayNumbers`). A
 * time that cannot be resolved (no publication date; a weekday the timeline leaves in doubt) may
 * be any day: the two are then not known to be one, so never claimed as one fact.
 */
export function countedAgainstCalendar(
  a: AnalysedFact,
  b: AnalysedFact,
  [publishedA, publishedB]: readonly [string | null, string | null],
): boolean | null {
  const dated = (fact: AnalysedFact) => !isTimed(fact.time) && calendarDays(fact.values).length > 0;
  const counted = (fact: AnalysedFact) =>
    isTimed(fact.time) && calendarDays(fact.values).length === 0;
  if (dated(a) && counted(b)) return holdsStatedDay(b.time, publishedB, a.time, publishedA);
  if (dated(b) && counted(a)) return holdsStatedDay(a.time, publishedA, b.time, publishedB);
  return null;
}
