/**
 * Questions that ask only what happened at a day or month they name ("What happened on 8 March
 * 2026?", "…in March 2026?"), or only what a source they name reported then ("What did Gull
 * Radio report on 4 June?"). Such a question has no content words but its date (and the
 * source's name): the passages the search finds by those words (another day of the month, a
 * sentence naming the outlet) do not answer it. It is answered by the events the timeline dates
 * to that day or month, the same event extraction `/timeline` lists, from the source named when
 * it names one; an event only expected at the time of writing is no answer to what happened, nor
 * is a deadline ("must reopen no later than 31 March": nothing is said to happen on that day).
 *
 * A question naming more than its date ("what happened at the viaduct on 23 March 2026?") is
 * answered by the events dated there whose quotes tell of its other words, when there are any
 * (else the search answers it by all its words); one counted from the time of asking ("what
 * happened yesterday at the viaduct?") is shown the latest such events, as below.
 *
 * When none is dated there, a question about a source is, as one naming only a source
 * (about-fallback.ts), answered by the leading passages of its articles published on that date;
 * with none published then, its articles' leads are only the closest passages. A question about the date alone is not answered by its words (a
 * passage "by September 2026" is no event of 29 September 2025): with no plan dated there
 * either, its closest passages are what the timeline dates nearest, said to be so
 * ({@link NotOnDate}): the events of the month asked, or else the nearest dated ones before
 * and after it, each marked with its own date. Only with no dated event at all are the
 * passages its words find the closest.
 */
import type { QueryPlan } from '../search/plan/query-plan.js';
import { isRealDate } from '../text/dates.js';
import { termsOf } from '../text/terms.js';
import { intervalOf, parseIsoDate, type DayInterval } from '../text/calendar.js';
import {
  asksOnlyOfSource,
  datedQuotes,
  datedTo,
  namedDate,
  type FallbackQuote,
  type NamedDate,
  type QuoteReading,
} from './about-fallback.js';
import { questionMentions } from './question-mentions.js';
import { namedYear, noEventInYear } from './year-question.js';
import type {
  Answer,
  AnswerPassage,
  NotOnDate,
  PassageDate,
  SourceRef,
  TimelineEvent,
} from './types.js';

/** "What happened", "what occurred", "what took place", "what went on", opening a question. */
const WHAT_HAPPENED = /^\s*what\s+(?:happened|occurred|took\s+place|went\s+on)\b/i;

/**
 * What a question asking what happened at the date it names asks besides: "at the viaduct" in
 * "what happened yesterday at the viaduct?" and "what happened at the viaduct on 3 March
 * 2026?", '' in "what happened on 8 March 2026?". Null for a question that does not open with
 * "what happened" (or "occurred", "took place", "went on") before its date.
 */
export function happenedTopic(
  question: string,
  date: Pick<NamedDate, 'start' | 'end'>,
): string | null {
  const opening = WHAT_HAPPENED.exec(question.slice(0, date.start));
  if (!opening) return null;
  const middle = question
    .slice(opening[0].length, date.start)
    .replace(/\b(?:on|in|during)\s*$/i, '');
  const after = question.slice(date.end).replace(/[\s?.!]+$/, '');
  return `${middle} ${after}`.replace(/\s+/g, ' ').trim();
}

/**
 * True when the question asks only what happened at the date it names ("what happened on 8
 * March 2026?", "What took place in March 2026"): nothing else it asks could go unanswered.
 */
export function asksWhatHappened(
  question: string,
  date: Pick<NamedDate, 'start' | 'end'>,
): boolean {
  return happenedTopic(question, date) === '';
}

/**
 * The test an entry passes when one of its quotes tells of `topic` (the words a date question
 * asks besides its date, {@link happenedTopic}), or null when those words hold no content word
 * ("what happened yesterday and why?"). Every concept of the search's plan that the topic's
 * words give must be in that quote, as a run of its terms, in any of the plan's ways to say it
 * (an alias, a spelling correction): the timeline's keyword filter, read as the question was.
 */
function topicTest(topic: string, plan: QueryPlan): ((event: TimelineEvent) => boolean) | null {
  const words = new Set(termsOf(topic));
  if (words.size === 0) return null;
  const concepts = plan.concepts
    .filter((c) => c.alternatives.some((a) => a.terms.some((t) => words.has(t))))
    .map((c) => c.alternatives.map((a) => a.terms));
  const covered = new Set(concepts.flat(2));
  // A word the plan gave no concept (none should be left) is looked for as written.
  for (const word of words) if (!covered.has(word)) concepts.push([[word]]);
  const says = (quote: string) => {
    const terms = termsOf(quote);
    return concepts.every((ways) => ways.some((run) => containsRun(terms, run)));
  };
  return (event) => event.quotes.some((q) => says(q.quote));
}

/** True when `run` occurs in `terms` as consecutive items. */
function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= terms.length; i++)
    if (run.every((t, j) => terms[i + j] === t)) return true;
  return false;
}

/** What {@link dateAnswer} needs of the engine. */
export interface DateQuestionContext {
  /** The question as searched. */
  question: string;
  plan: QueryPlan;
  events: readonly TimelineEvent[];
  /** Passages asked for (an answer), and how many closest passages a reply shows. */
  limit: number;
  closestShown: number;
  /** The articles, in corpus order (the plan's sources are indices into it). */
  sources: readonly SourceRef[];
  /** Article ids the asker restricted the question to (`source:`), if any. */
  restricted?: ReadonlySet<string>;
  /** The quote of a timeline entry as a passage. */
  fromQuote: (quote: FallbackQuote) => AnswerPassage;
  /** What the index saved of a timeline quote (about-fallback.ts `QuoteReading`). */
  quoteReading?: QuoteReading;
  /** The articles' leading passages, `count` in all, by default one each (about-fallback.ts `leadSentences`). */
  leads: (articles: readonly number[], count?: number) => AnswerPassage[];
}

/**
 * True when the question asks only what the sources it names reported at `date`: "What did
 * Gull Radio report on 4 June?". It asks "what", and every word it searches for names the
 * source or is a word of the date ({@link asksOnlyOfSource}). `sources` are the articles in
 * corpus order.
 */
function asksWhatSourceReported(
  question: string,
  plan: QueryPlan,
  date: NamedDate,
  sources: readonly SourceRef[],
): boolean {
  if (plan.answerType !== null || !/^\s*what\b/i.test(question)) return false;
  const dateTerms = new Set(termsOf(question.slice(date.start, date.end)));
  return asksOnlyOfSource(plan, sources, dateTerms);
}

/** True when an ISO date ("2026-03-04", "2026-03", "--03-04") falls on `date` (day or month). */
function onDate(iso: string | null, date: NamedDate): boolean {
  if (iso === null) return false;
  const match = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return false;
  const [, year, month, day] = match;
  if (date.year !== undefined && Number(year) !== date.year) return false;
  if (Number(month) !== date.month) return false;
  return date.day === undefined || Number(day) === date.day;
}

/**
 * The answer to a question about a date alone ({@link asksWhatHappened}) or about what a named
 * source reported at a date ({@link asksWhatSourceReported}), as the rule at the top of this
 * file gives it; null for any other question (or a question about the date alone that no
 * event answers: the caller's fallback then says what it is about).
 */
export function dateAnswer(answer: Answer, context: DateQuestionContext): Answer | null {
  const date = namedDate(context.question);
  if (date === null) return yearAnswer(answer, context) ?? countedFromNowAnswer(answer, context);
  const ofSource = asksWhatSourceReported(context.question, context.plan, date, context.sources);
  const topic = ofSource ? '' : happenedTopic(context.question, date);
  if (topic === null) return null;
  if (topic !== '') return topicAnswer(answer, context, date, topic);
  const named = ofSource
    ? [...context.plan.sources.articles].filter((a) => {
        const id = context.sources[a]?.id;
        return id !== undefined && (!context.restricted || context.restricted.has(id));
      })
    : [];
  const within = ofSource ? new Set(named.map((a) => context.sources[a]!.id)) : context.restricted;
  const happened = happenedEvents(context.events);
  const dated = datedQuotes(happened, date, context.limit, within, context.quoteReading);
  const unanswered = { ...answer, answered: false, passages: [], sourcesDiffer: [] };
  if (dated.length > 0)
    return {
      ...unanswered,
      answered: true,
      passages: dated.map(context.fromQuote),
      closest: [],
    };
  if (!ofSource) {
    // Plans dated there are the closest passages (about-fallback.ts).
    if (datedQuotes(context.events, date, 1, within, context.quoteReading).length > 0)
      return { ...unanswered, closest: [] };
    const elsewhere = otherDates(happened, date, context.limit, within);
    if (elsewhere !== null)
      return {
        ...unanswered,
        closest: passagesOf(elsewhere.events, within, context),
        notOnDate: {
          asked: isoOf(date),
          shown: elsewhere.shown,
          ...(noSuchDay(date) ? { noSuchDay: true as const } : {}),
        },
      };
    // With no dated event at all, the passages found by the date's words are at most the
    // closest: a date a passage states may be one the timeline could not place.
    const found = [...answer.passages, ...answer.closest].slice(0, context.closestShown);
    return { ...unanswered, closest: found };
  }
  // Nothing the source reported is dated there: its articles of that day are what it reported
  // then, and their leads say what they report (as for a question naming only a source). With
  // none of that day, its leads are only the closest: they are not what it reported then.
  // A day and month stated without the year (a wire dateline's "March 26") is that day of an
  // unstated year: it is the day asked unless the question names a year (onDate).
  const thatDay = named.filter((a) => {
    const source = context.sources[a];
    return onDate(source?.published ?? source?.publishedMonthDay ?? null, date);
  });
  if (thatDay.length > 0) {
    const leads = context.leads(thatDay, context.limit);
    if (leads.length > 0) return { ...unanswered, answered: true, passages: leads, closest: [] };
  }
  return { ...unanswered, closest: context.leads(named.slice(0, context.closestShown)) };
}

/**
 * The answer to a question asking what happened in a year ("what happened in 2011?", "what
 * happened at the fair in 2011?": {@link happenedTopic}) when the timeline dates no event to it
 * (year-question.ts): not answered, the passages its words find at most the closest. Null
 * otherwise (the search answers it by its words).
 */
function yearAnswer(answer: Answer, context: DateQuestionContext): Answer | null {
  const year = namedYear(context.question);
  if (year === null || happenedTopic(context.question, year) === null) return null;
  if (!noEventInYear(context.events, year.year, context.restricted)) return null;
  const found = [...answer.passages, ...answer.closest].slice(0, context.closestShown);
  return { ...answer, answered: false, passages: [], sourcesDiffer: [], closest: found };
}

/**
 * True when an entry tells something that happened on its date: neither a plan or forecast
 * (still ahead when written), nor a span under way when written (its days after publication
 * are no report), nor a deadline or an act reported done by the date (what it tells falls on or
 * before the date), nor the day of a plan since changed.
 */
const tellsWhatHappened = (event: TimelineEvent) =>
  !event.future && !event.deadline && !event.doneBy && !event.ongoing && !event.givenUp;

/**
 * The entries that tell what happened ({@link tellsWhatHappened}), each with only its quotes
 * whose date is their act's: "The union rejected last month's pay deal" dates the deal, not
 * the rejection (`dates`), so it is no answer to what happened last month (at most a closest
 * passage). Entries left with no quote are left out.
 */
function happenedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.flatMap((event) => {
    if (!tellsWhatHappened(event)) return [];
    const quotes = event.quotes.filter((q) => q.dates === undefined);
    if (quotes.length === 0) return [];
    return [quotes.length === event.quotes.length ? event : { ...event, quotes }];
  });
}

/**
 * The answer to "what happened at the viaduct on 23 March 2026?": the events the timeline dates
 * there whose quotes tell of the other words asked ({@link topicTest}). Null (the search
 * answers, by all the question's words) when none is dated there, when the words hold no
 * content word, or when they name a source: which source reported what is asked otherwise.
 */
function topicAnswer(
  answer: Answer,
  context: DateQuestionContext,
  date: NamedDate,
  topic: string,
): Answer | null {
  const test = context.plan.sources.articles.size > 0 ? null : topicTest(topic, context.plan);
  if (test === null) return null;
  // datedQuotes takes an entry only when it is dated there (datedTo), so the entries of other
  // dates are left out before the test reads every quote's words: the same entries, in the
  // same order, without tokenising the quotes of the whole timeline (thousands at scale).
  const happened = happenedEvents(context.events).filter(
    (event) => datedTo(event, date) && test(event),
  );
  const dated = datedQuotes(
    happened,
    date,
    context.limit,
    context.restricted,
    context.quoteReading,
  );
  if (dated.length === 0) return null;
  return {
    ...answer,
    answered: true,
    passages: dated.map(context.fromQuote),
    sourcesDiffer: [],
    closest: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * True when `date` names a day no calendar has: "31 April", "29 February 2026", "30 February"
 * (a day without a year is checked against a leap year: "29 February" is a real day of some).
 */
function noSuchDay(date: NamedDate): boolean {
  return date.day !== undefined && !isRealDate(date.year ?? 2000, date.month, date.day);
}

/** `date` as the timeline writes dates: "2025-09-29", "2025-09", "--09-29", "--09". */
function isoOf(date: NamedDate): string {
  const day = date.day === undefined ? '' : `-${pad(date.day)}`;
  return `${date.year === undefined ? '-' : date.year}-${pad(date.month)}${day}`;
}

/** The fields of an entry that say its date ({@link PassageDate}). */
function passageDate(event: TimelineEvent): PassageDate {
  return {
    date: event.date,
    precision: event.precision,
    yearStated: event.yearStated,
    ...(event.end === undefined ? {} : { end: event.end }),
    ...(event.season === undefined ? {} : { season: event.season }),
  };
}

/**
 * The date an entry starts on, as a question would name it, so that `datedQuotes` takes that
 * entry's quotes: its day, or its month.
 */
function dateOf(event: TimelineEvent): NamedDate {
  const [year, month, day] = event.date.replace(/^--/, '').split('-').map(Number);
  const yearless = event.date.startsWith('--');
  return {
    ...(yearless ? {} : { year }),
    month: (yearless ? year : month) ?? 0,
    ...(event.precision === 'day' ? { day: (yearless ? month : day) ?? 0 } : {}),
    start: 0,
    end: 0,
  };
}

/** The days of an entry (start to end), or null for one whose year is not stated. */
function daysOf(event: TimelineEvent): DayInterval | null {
  const first = parseIsoDate(event.date);
  const last = parseIsoDate(event.end ?? event.date);
  return first && last ? { first: intervalOf(first).first, last: intervalOf(last).last } : null;
}

/**
 * The events that are the closest passages of a question about `date` alone when none is
 * dated to it: those of the month of a day asked, nearest the day first; with none there (or a
 * month asked), the dated events nearest it on either side. At most `limit` events, each with
 * a quote from `within` (all articles when absent), in timeline order. Only entries at day or
 * month precision count (a year or a season is no nearer event), and, for a date with a year,
 * only entries whose year is stated; a date without a year gets no nearest events (their
 * distance depends on the year). Null when there are none.
 */
function otherDates(
  happened: readonly TimelineEvent[],
  date: NamedDate,
  limit: number,
  within: ReadonlySet<string> | undefined,
): { events: TimelineEvent[]; shown: NotOnDate['shown'] } | null {
  const quoted = happened.filter(
    (event) =>
      (event.precision === 'day' || event.precision === 'month') &&
      (date.year === undefined || event.yearStated) &&
      event.quotes.some((q) => !within || within.has(q.source.id)),
  );
  const month: NamedDate = { ...date, day: undefined };
  const ofMonth = date.day === undefined ? [] : quoted.filter((event) => datedTo(event, month));
  const shown = ofMonth.length > 0 ? 'month' : 'nearest';
  if (shown === 'nearest' && date.year === undefined) return null;
  const pool = shown === 'month' ? ofMonth : quoted;
  // A date without a year has no distance to a day of a given year: its month's events keep
  // their timeline order.
  // A day no calendar has is measured from its month.
  const asked =
    date.year === undefined ? null : parseIsoDate(isoOf(noSuchDay(date) ? month : date));
  const days = asked && intervalOf(asked);
  const distance = (event: TimelineEvent) => {
    const span = daysOf(event);
    if (days === null || span === null) return 0;
    return Math.max(0, span.first - days.last, days.first - span.last);
  };
  const nearest = pool
    .map((event, order) => ({ event, order, distance: distance(event) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ event }) => event);
  return nearest.length > 0 ? { events: nearest, shown } : null;
}

/**
 * The answer to a question asking what happened at a date counted from the time of asking
 * ("what happened yesterday?", "…last week?", "…on Monday?", "what happened yesterday at the
 * viaduct?"): the asker's "yesterday" is the day before they ask, while an article's is the day
 * before its publication, so a passage saying "yesterday" is no answer to it, and the bot reads
 * no clock to tell which day is meant. Not answered: the closest passages are the latest events
 * the timeline dates (at day or month precision, with their year) that tell what happened then
 * ({@link happenedEvents}: no plan, forecast or deadline, no quote dated only by a thing it
 * names), as the reply's note says (render/not-on-date.ts), each marked with its own date, at
 * most `context.limit`, in timeline order, the last of it; for a question with other
 * words ({@link happenedTopic}), the latest whose quotes tell of them ({@link topicTest}) when
 * the timeline dates any. Null for any other question (or other words naming a source), or with
 * no such event.
 */
function countedFromNowAnswer(answer: Answer, context: DateQuestionContext): Answer | null {
  const counted = questionMentions(context.question).find(
    (m) => (m.kind === 'relative' && m.anchor === 'publication') || m.kind === 'weekday',
  );
  const topic = counted ? happenedTopic(context.question, counted) : null;
  if (!counted || topic === null) return null;
  const test =
    topic === '' || context.plan.sources.articles.size > 0 ? null : topicTest(topic, context.plan);
  if (topic !== '' && test === null) return null;
  const within = context.restricted;
  const dated = happenedEvents(context.events).filter(
    (event) =>
      event.yearStated &&
      (event.precision === 'day' || event.precision === 'month') &&
      event.quotes.some((q) => !within || within.has(q.source.id)),
  );
  // With other words asked, the latest events with them; with none dated, the articles' own
  // "yesterday" is still no answer: the latest of all, as the note says.
  const about = test === null ? [] : dated.filter(test);
  const latest = (about.length > 0 ? about : dated).slice(-context.limit);
  if (latest.length === 0) return null;
  return {
    ...answer,
    answered: false,
    passages: [],
    sourcesDiffer: [],
    closest: passagesOf(latest, within, context),
    notOnDate: { asked: counted.text, shown: 'latest' },
  };
}

/** One passage for each of `events` (its first quote from `within`), marked with its date. */
function passagesOf(
  events: readonly TimelineEvent[],
  within: ReadonlySet<string> | undefined,
  context: DateQuestionContext,
): AnswerPassage[] {
  return events.flatMap((event) =>
    datedQuotes([event], dateOf(event), 1, within, context.quoteReading).map((quote) => ({
      ...context.fromQuote(quote),
      dated: passageDate(event),
    })),
  );
}
