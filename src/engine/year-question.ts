/**
 * A question asking what happened in a year ("What happened in 2011?", "…at the fair in
 * 2011?") when the timeline dates no event to that year. The year's digits are then all the
 * search can find it by, and a passage holding them tells of no event then: the timeline read
 * that date and left it undated, as a comparison ("the largest since 2011"), a tally since it
 * or a count, or dated its act elsewhere. Such passages are at most the closest, never an answer, as for a day or a
 * month with no dated event at all (date-question.ts). With an event dated in the year, the
 * question is answered by its words as before: a year holds too many events for the timeline's
 * order to pick the one asked (date-question.ts takes a day or a month only).
 */
import type { Answer, AnswerPassage, TimelineEvent } from './types.js';
import { questionMentions } from './question-mentions.js';

/** A year a question names alone, and where: "2011" in "what happened in 2011?". */
export interface NamedYear {
  year: number;
  start: number;
  end: number;
}

/**
 * The first year the question names with no month, season, range or count from another date
 * ("in 2011"; not "since 2011", "in the spring of 2011", "from 2009 to 2011"), or null.
 */
export function namedYear(question: string): NamedYear | null {
  for (const m of questionMentions(question)) {
    if (m.kind !== 'calendar' || m.year === undefined || m.month !== undefined) continue;
    if (m.season !== undefined || m.until !== undefined || m.since || m.shift !== null) continue;
    if (m.yearOffset !== undefined) continue;
    return { year: m.year, start: m.start, end: m.end };
  }
  return null;
}

/**
 * {@link yearsOf} of each timeline entry, kept: a question naming a year reads every entry of
 * the timeline (some 4,000 at full State of the Union scale), and the entries outlive questions.
 */
const keptYears = new WeakMap<TimelineEvent, readonly [number, number] | null>();

/** The years an ISO date or range of the timeline spans ("2011-03-04" to "2012": 2011–2012). */
function yearsOf(event: TimelineEvent): readonly [number, number] | null {
  let years = keptYears.get(event);
  if (years === undefined) {
    const first = /^(\d{4})/.exec(event.date)?.[1];
    const last = /^(\d{4})/.exec(event.end ?? event.date)?.[1];
    years = first && last ? [Number(first), Number(last)] : null;
    keptYears.set(event, years);
  }
  return years;
}

/**
 * True when no timeline entry (a plan or a deadline included) with its year stated and a quote
 * from `within` (all articles when absent) falls in `year`, wholly or in part.
 */
export function noEventInYear(
  events: readonly TimelineEvent[],
  year: number,
  within?: ReadonlySet<string>,
): boolean {
  return !events.some((event) => {
    if (!event.yearStated) return false;
    const years = yearsOf(event);
    if (years === null || year < years[0] || year > years[1]) return false;
    return event.quotes.some((q) => !within || within.has(q.source.id));
  });
}

/**
 * `answer` with each passage (answering or closest) that quotes an entry the timeline dates to
 * the year the question names ({@link namedYear}) only approximately marked with that entry's
 * date, `approximate` ("What happened in 1340?" answered by "The casket, made around 1340, …"):
 * the quote's "around" is easily read past, and a reply that shows it for that year without a
 * word would state the year as sure, which the article does not. Page lines are not the
 * timeline's and stay as they are; so does a passage already marked with a date.
 */
export function withApproximateYear(
  answer: Answer,
  question: string,
  events: readonly TimelineEvent[],
): Answer {
  const named = namedYear(question);
  if (named === null) return answer;
  // The entries' own fields first: few quote a date as approximate, and the years are read then.
  const approximate = events.filter((event) => {
    if (!event.yearStated || !event.quotes.some((q) => q.approximate)) return false;
    const years = yearsOf(event);
    return years !== null && years[0] <= named.year && named.year <= years[1];
  });
  if (approximate.length === 0) return answer;
  const mark = (passage: AnswerPassage): AnswerPassage => {
    if (passage.dated !== undefined || passage.page !== undefined) return passage;
    const event = approximate.find((e) =>
      e.quotes.some(
        (q) =>
          q.approximate &&
          q.source.id === passage.source.id &&
          q.start < passage.end &&
          passage.start < q.end,
      ),
    );
    if (event === undefined) return passage;
    const { date, precision, end, season, yearStated } = event;
    return {
      ...passage,
      dated: {
        date,
        precision,
        yearStated,
        ...(end === undefined ? {} : { end }),
        ...(season === undefined ? {} : { season }),
        approximate: true,
      },
    };
  };
  return { ...answer, passages: answer.passages.map(mark), closest: answer.closest.map(mark) };
}
