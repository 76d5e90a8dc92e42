/**
 * The engine's answers: what every front end (CLI, console, Discord, tests) receives.
 * Plain data, JSON-serialisable, no framework types.
 */

/** Where a quote comes from. Unknown metadata is `null`, never guessed. */
export interface SourceRef {
  id: string;
  title: string;
  outlet: string | null;
  /** `YYYY-MM-DD` (or coarser) as the article states it. */
  published: string | null;
  url: string | null;
}

/** A verbatim span of an article's cleaned text, with its source. */
export interface Quote {
  quote: string;
  source: SourceRef;
  /** Offsets of the quote in the article's cleaned text. */
  start: number;
  end: number;
}

/** One passage of an answer. */
export interface AnswerPassage extends Quote {
  score: number;
  /** Spans of matched query words, as offsets relative to `quote`. */
  highlights: Array<[number, number]>;
  /** Other articles that carry the same fact, each with its own quote. */
  alsoReportedBy: Quote[];
}

/** The engine's answer to a question. */
export interface Answer {
  question: string;
  /** False when no passage is good enough: the coverage does not answer the question. */
  answered: boolean;
  /** The answering passages, best first; empty when `answered` is false. */
  passages: AnswerPassage[];
  /** When not answered: the nearest passages, to be shown clearly labelled as such. */
  closest: AnswerPassage[];
  /**
   * Where the best passages from different articles give different values for the same thing
   * about the same event; empty when they agree or no such pair is found.
   */
  sourcesDiffer: SourcesDiffer[];
}

/** One disagreement between articles, shown side by side and verbatim, with no verdict. */
export interface SourcesDiffer {
  /** What the differing values are: where, when, how many, or who. */
  aspect: 'place' | 'date' | 'number' | 'actor';
  /** One quote per article (at least two articles), each a verbatim span holding its value. */
  quotes: Quote[];
}

/** Options of {@link Engine.ask}. */
export interface AskOptions {
  /** Restrict to one article id. */
  source?: string;
  /** How many passages, 1–5 (default 3). */
  limit?: number;
}

/** An article as listed by `/sources`. */
export interface SourceSummary extends SourceRef {
  /** How many passages (sentences) the article has after cleaning. */
  passages: number;
}

/** How precisely a timeline date is known. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** One entry of the timeline: an event and every source that dates it. */
export interface TimelineEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a season is given as its first month. */
  date: string;
  precision: DatePrecision;
  /** For a season: its name ("spring"); otherwise absent. */
  season?: string;
  /** True when the quote speaks of the future at the time of writing (a plan, a forecast). */
  future: boolean;
  quotes: Quote[];
}

/** Filters of {@link Engine.timeline}. Dates at any precision: `2020`, `2020-11`, `2020-11-19`. */
export interface TimelineFilters {
  from?: string;
  to?: string;
  source?: string;
  keyword?: string;
  offset?: number;
  limit?: number;
}

/** A page of the timeline. */
export interface TimelinePage {
  events: TimelineEvent[];
  /** Events matching the filters, across all pages. */
  total: number;
  offset: number;
  limit: number;
}

/** The engine every front end calls. None of its methods throws on user input. */
export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  sources(): SourceSummary[];
  timeline(filters?: TimelineFilters): TimelinePage;
}
