/**
 * Questions that ask only what happened at a day or month they name ("What happened on 8 March
 * 2026?", "…in March 2026?"), or only what a source they name reported then ("What did Gull
 * Radio report on 4 June?"). Such a question has no content words but its date (and the
 * source's name): the passages the search finds by those words (another day of the month, a
 * sentence naming the outlet) do not answer it. It is answered by the events the timeline dates
 * to that day or month, the same event extraction `/timeline` lists, from the source named when
 * it names one; an event only expected at the time of writing is no answer to what happened.
 *
 * When none is dated there, a question about a source is, as one naming only a source
 * (about-fallback.ts), shown that source's leading passages, of its articles published on that
 * date when it has some; a question about the date alone is not answered by its words: the
 * passages they find are at most the closest.
 */
import type { QueryPlan } from '../search/plan/query-plan.js';
import { termsOf } from '../text/terms.js';
import {
  asksOnlyOfSource,
  datedQuotes,
  namedDate,
  type FallbackQuote,
  type NamedDate,
} from './about-fallback.js';
import type { Answer, AnswerPassage, SourceRef, TimelineEvent } from './types.js';

/**
 * True when the question asks only what happened at the date it names ("what happened on 8
 * March 2026?", "What took place in March 2026"): nothing else it asks could go unanswered.
 */
export function asksWhatHappened(question: string, date: NamedDate): boolean {
  const before = question.slice(0, date.start);
  const after = question.slice(date.end);
  return (
    /^\s*what\s+(?:happened|occurred|took\s+place|went\s+on)(?:\s+(?:on|in|during))?\s*$/i.test(
      before,
    ) && /^[\s?.!]*$/.test(after)
  );
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
  /** The articles' leading passages, one each (about-fallback.ts `leadSentences`). */
  leads: (articles: readonly number[]) => AnswerPassage[];
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
  if (date === null) return null;
  const ofSource = asksWhatSourceReported(context.question, context.plan, date, context.sources);
  if (!ofSource && !asksWhatHappened(context.question, date)) return null;
  const named = ofSource
    ? [...context.plan.sources.articles].filter((a) => {
        const id = context.sources[a]?.id;
        return id !== undefined && (!context.restricted || context.restricted.has(id));
      })
    : [];
  const within = ofSource ? new Set(named.map((a) => context.sources[a]!.id)) : context.restricted;
  const happened = context.events.filter((event) => !event.future);
  const dated = datedQuotes(happened, date, context.limit, within);
  const unanswered = { ...answer, answered: false, passages: [], sourcesDiffer: [] };
  if (dated.length > 0)
    return {
      ...unanswered,
      answered: true,
      passages: dated.map(context.fromQuote),
      closest: [],
    };
  if (!ofSource) {
    // Plans dated there are the closest passages (about-fallback.ts); with none, the passages
    // found by the date's words are at most the closest: a date a passage states may be one
    // the timeline could not place.
    const planned = datedQuotes(context.events, date, 1, within).length > 0;
    const found = [...answer.passages, ...answer.closest].slice(0, context.closestShown);
    return { ...unanswered, closest: planned ? [] : found };
  }
  // Nothing the source reported is dated there: its articles of that day are what it reported.
  const thatDay = named.filter((a) => onDate(context.sources[a]?.published ?? null, date));
  const leads = context.leads(
    (thatDay.length > 0 ? thatDay : named).slice(0, context.closestShown),
  );
  return { ...unanswered, closest: leads };
}
