/**
 * Turns the feedback log into evaluation cases in the development set's question format
 * (test/eval/questions.json): one case per question, listing every passage people marked.
 * A case's `answers` starts empty, which never counts as a hit: a reviewer fills in the ways a
 * right quote may read (or sets `"answerable": false`) before adding it to a set.
 */
import type { FeedbackRecord } from './log.js';

/** One marked passage of a case: where it is, what it says (read from the corpus at export), how often it was marked. */
export interface MarkedPassage {
  verdict: FeedbackRecord['verdict'];
  source: string;
  start: number;
  end: number;
  /** For a page line quoted as a passage: its position among the article's page lines. */
  page?: number;
  /** The passage's text, or null when the article or offsets no longer exist in the corpus. */
  quote: string | null;
  marks: number;
}

/** An evaluation case made from feedback. */
export interface FeedbackCase {
  question: string;
  answers: string[][];
  /** True when the bot had abstained (the marks are on its closest passages). */
  abstained: boolean;
  marked: MarkedPassage[];
}

/** The exported file: the eval's `{ questions: [...] }` with a note for reviewers. */
export interface FeedbackExport {
  $comment: string;
  questions: FeedbackCase[];
}

/** Explains the exported file to whoever reviews it. */
export const EXPORT_COMMENT =
  'Cases from "Report a passage" feedback. Each lists the passages people marked; fill "answers" with the ways a right quote may read (or set "answerable": false) before adding a case to an evaluation set.';

/**
 * Groups records by question (exact text, first seen first) and passage; `quoteOf` reads a
 * passage's text from the corpus (null when it cannot), from the article's page lines when
 * `page` is given.
 */
export function feedbackCases(
  records: readonly FeedbackRecord[],
  quoteOf: (source: string, start: number, end: number, page?: number) => string | null,
): FeedbackExport {
  const cases = new Map<string, FeedbackCase>();
  for (const r of records) {
    let c = cases.get(r.question);
    if (!c) {
      c = { question: r.question, answers: [], abstained: !r.answered, marked: [] };
      cases.set(r.question, c);
    }
    const { source, start, end, page } = r.passage;
    const same = c.marked.find(
      (m) =>
        m.verdict === r.verdict &&
        m.source === source &&
        m.start === start &&
        m.end === end &&
        m.page === page,
    );
    if (same) same.marks++;
    else
      c.marked.push({
        verdict: r.verdict,
        source,
        start,
        end,
        ...(page === undefined ? {} : { page }),
        quote: quoteOf(source, start, end, page),
        marks: 1,
      });
  }
  return { $comment: EXPORT_COMMENT, questions: [...cases.values()] };
}
