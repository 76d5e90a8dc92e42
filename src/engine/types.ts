/**
 * The engine's answers: what every front end (CLI, console, Discord, tests) receives.
 * Plain data, JSON-serialisable, no framework types. The types the timeline and search layers
 * produce too live in src/types/ (below every layer) and are re-exported here.
 */
import type { PageLineKind } from '../corpus/page-lines.js';
import type { Quote, SourceRef } from '../types/quote.js';
import type { TimelineEvent, TimelineFilters, TimelinePage } from '../types/timeline.js';

export type { Quote, SourceRef } from '../types/quote.js';
export type {
  DatePrecision,
  TimelineEvent,
  TimelineFilters,
  TimelinePage,
} from '../types/timeline.js';

/** One passage of an answer. */
export interface AnswerPassage extends Quote {
  score: number;
  /** Spans of matched query words, as offsets relative to `quote`. */
  highlights: Array<[number, number]>;
  /** Other articles that carry the same fact, each with its own quote. */
  alsoReportedBy: Quote[];
  /**
   * Set when the quote is a line of the page around the article's text (a photo caption or
   * credit, the byline, the dateline) rather than the text itself: what the line is. Its
   * `start` and `end` then index into that line (the whole line is quoted), not the text.
   */
  page?: PagePassageLabel;
  /**
   * The date of the timeline entry the passage quotes, when shown under {@link NotOnDate}, or
   * when the passage gives only approximately the year the question names (year-question.ts).
   */
  dated?: PassageDate;
}

/** What a page line quoted as a passage is ("photo caption", "byline", …). */
export interface PagePassageLabel {
  kind: PageLineKind;
  /** How replies name it: "photo caption", "photo credit", "byline", "staff credits", "dateline". */
  label: string;
  /** Its position among its article's page lines (`CleanArticle.page`), so feedback can name it. */
  line: number;
}

/**
 * A question about an article's page ("who wrote …", "when was … published", "who took the
 * photo …") whose article states no byline or dateline, or whose photo's caption credits no
 * one: said as such, never guessed.
 */
export interface NotStated {
  source: SourceRef;
  asks: 'author' | 'date' | 'credit';
  /** The author or date the article's metadata gives (`articles.json`, meta tags), if any; null for a credit. */
  metadata: string | null;
  /** For `credit`: the caption of the photo asked about, verbatim from the page. */
  caption?: string;
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
  /** Named articles whose page states no byline or dateline asked for; absent when none. */
  notStated?: NotStated[];
  /**
   * The sources the question's words name (not the asker's `source:`) when none of their
   * passages clearly answers it: every passage shown is from other articles. Absent otherwise.
   */
  notFromNamed?: NotFromNamed;
  /** Set when the closest passages of a date question are events of other dates (src/engine/date-question.ts). */
  notOnDate?: NotOnDate;
  /**
   * Set, with no passage, when the question has no word to look for ("Is it?": only words that
   * frame a question, or none): no passage can be said to hold or lack its words
   * (src/engine/about-fallback.ts).
   */
  asksNoWord?: true;
}

/**
 * The date the timeline gives the event a passage quotes, as its entry has it; `approximate`
 * when the quote gives it as approximate ("made around 1340": the timeline's quote note).
 */
export type PassageDate = Pick<
  TimelineEvent,
  'date' | 'precision' | 'end' | 'season' | 'yearStated'
> & { approximate?: true };

/**
 * Said of a question about a date alone ("what happened on 29 September 2025?") when the
 * timeline dates no event to that day or month: its closest passages are events of other
 * dates, each with its own ({@link PassageDate}), none an answer.
 */
export interface NotOnDate {
  /**
   * The day or month asked, written as the timeline writes dates: "2025-09-29", "2025-09";
   * "--09-29", "--09" when the question names no year. For `latest`, the question's words
   * counted from the time of asking ("yesterday", "last week", "Monday").
   */
  asked: string;
  /**
   * What the passages are, of the entries telling what happened on their date (no plan,
   * forecast, deadline or quote dated only by a thing it names): the events the timeline dates
   * in the month of the day asked ("month"), or, with none there, the dated events nearest
   * before and after it ("nearest");
   * for a date counted from the time of asking, which the articles' own "yesterday" does not
   * share, the latest events the timeline dates to a day or month of a stated year ("latest").
   */
  shown: 'month' | 'nearest' | 'latest';
  /** True when the day asked is in no calendar ("30 February", "31 April 2026"). */
  noSuchDay?: true;
}

/** Sources a question names that do not answer it (src/engine/named-source.ts). */
export interface NotFromNamed {
  /** The articles named, in corpus order. */
  sources: SourceRef[];
  /**
   * Their outlet, when they are exactly that outlet's articles and a word of its name named them
   * (the reply then says "The question names" it); otherwise null.
   */
  outlet: string | null;
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
  /** Restrict to these article ids (an outlet's articles); with `source`, to both. */
  sources?: readonly string[];
  /** How many passages, 1–5 (default 3). */
  limit?: number;
}

/** An article as listed by `/sources`. */
export interface SourceSummary extends SourceRef {
  /** How many passages (sentences) the article has after cleaning. */
  passages: number;
  /** The article's file, relative to the folder holding the articles (absent from test engines). */
  file?: string;
}

/** What the index in use was built from, and when: shown by `/sources` and `npm run sources`. */
export interface IndexInfo {
  /** When the index was built, ISO 8601 in UTC (`2026-11-29T17:40:00.000Z`). */
  builtAt: string;
  /** Articles in the index. */
  articles: number;
  /** Passages (sentences) in the index. */
  sentences: number;
  /**
   * Articles of this index held back from answers, lists and the timeline until the rebuild
   * (their files were deleted or changed, see engine/redact.ts); absent or 0 when none. The
   * figures above stay the index's own, so the line that shows them is true of one index.
   */
  withheld?: number;
}

/** The engine every front end calls. None of its methods throws on user input. */
export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  sources(): SourceSummary[];
  timeline(filters?: TimelineFilters): TimelinePage;
  /** When the index in use was built and from how many articles. */
  info(): IndexInfo;
  /**
   * Builds now what the index in use builds on a question's first need of it and keeps
   * (search-index.ts `SearchIndex.warmUp`): for a server, before it takes questions. Absent
   * where there is nothing to build. No answer changes: what it builds is a pure function's
   * kept state. True the time it builds anything.
   */
  warmUp?(): boolean;
}
