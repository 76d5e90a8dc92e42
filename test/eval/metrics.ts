/**
 * Retrieval metrics for question sets: hit@k, mean reciprocal rank and refusals, computed from
 * the ranked passages a system showed, whoever produced them (the engine or a baseline).
 *
 * A refusal counts as a miss for hit@k and MRR: a user who is told "nothing answers this" did
 * not get the answer, whatever the system held back.
 */

/**
 * One way a correct passage may read: every string in `all` occurs in one shown quote
 * (case-insensitive, whitespace runs compared as one space), and, when `files` is given, that
 * quote comes from one of those article files (compared by file name without folder or
 * extension, so `1862_abraham_lincoln_r` matches `articles/1862_abraham_lincoln_r.txt`).
 */
export interface ExpectedAnswer {
  all: string[];
  files?: string[];
}

/** An answerable question: any one of `answers` marks a correct passage. */
export interface AnswerableQuestion {
  question: string;
  answers: ExpectedAnswer[];
  /** The writer's label of the kind of question ("who", "source-named", …), when given. */
  kind?: string;
}

/** A question the coverage cannot answer. */
export interface UnanswerableQuestion {
  question: string;
  answerable: false;
  kind?: string;
}

export type EvalQuestion = AnswerableQuestion | UnanswerableQuestion;

/** One quote a system showed, with the article file it comes from. */
export interface ShownQuote {
  text: string;
  file: string;
}

/** What a system returned for one question. */
export interface SystemAnswer {
  /** False when the system refused ("no passage answers this"). */
  answered: boolean;
  /** Ranked passages, best first; each shows its own quote and any "also reported by" quotes. */
  passages: ShownQuote[][];
  /**
   * What the system would have ranked had it not refused (the engine's "closest" passages);
   * used only for the ranking-alone figures. Empty when it answered.
   */
  withheld: ShownQuote[][];
}

/** Counts and shares of a system on a set of questions. */
export interface RetrievalScores {
  answerable: number;
  unanswerable: number;
  /** Answerable questions whose first passage is correct. */
  hits1: number;
  /** Answerable questions with a correct passage among the first three. */
  hits3: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean over answerable questions of 1 / rank of the first correct passage (0 if none). */
  mrr: number;
  /** Answerable questions the system refused. */
  refusedAnswerable: number;
  /** Share of answerable questions refused (lower is better). */
  refusedAnswerableShare: number;
  /** Unanswerable questions the system refused. */
  refusedUnanswerable: number;
  /** Share of unanswerable questions refused (higher is better). */
  refusedUnanswerableShare: number;
  /** hit@1 and hit@3 with refusals switched off: the withheld passages counted as shown. */
  rankingHitAt1: number;
  rankingHitAt3: number;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** A file name without folder or extension: how answers and corpora name the same article. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** True when one of the passage's quotes satisfies one of the expected answers. */
export function isCorrect(
  passage: readonly ShownQuote[],
  answers: readonly ExpectedAnswer[],
): boolean {
  return passage.some((quote) => {
    const text = normalise(quote.text);
    const stem = fileStem(quote.file);
    return answers.some(
      (answer) =>
        (answer.files === undefined || answer.files.some((file) => fileStem(file) === stem)) &&
        answer.all.every((needle) => text.includes(normalise(needle))),
    );
  });
}

/** 1-based rank of the first correct passage among `passages`, or 0 when none is correct. */
export function rankOfFirstCorrect(
  passages: readonly ShownQuote[][],
  answers: readonly ExpectedAnswer[],
): number {
  return passages.findIndex((passage) => isCorrect(passage, answers)) + 1;
}

/** 1-based rank the user sees: 0 when the system refused or showed no correct passage. */
export function shownRank(answer: SystemAnswer, answers: readonly ExpectedAnswer[]): number {
  return answer.answered ? rankOfFirstCorrect(answer.passages, answers) : 0;
}

/**
 * Scores a system's answers, given in the same order as the questions. A missing answer
 * counts as a refusal. Shares of an empty group are 0.
 */
export function scoreAnswers(
  questions: readonly EvalQuestion[],
  answers: readonly SystemAnswer[],
): RetrievalScores {
  let answerable = 0;
  let unanswerable = 0;
  let hits1 = 0;
  let hits3 = 0;
  let reciprocal = 0;
  let refusedAnswerable = 0;
  let refusedUnanswerable = 0;
  let rankingHits1 = 0;
  let rankingHits3 = 0;
  questions.forEach((question, i) => {
    const answer = answers[i] ?? { answered: false, passages: [], withheld: [] };
    if (!('answers' in question)) {
      unanswerable += 1;
      if (!answer.answered) refusedUnanswerable += 1;
      return;
    }
    answerable += 1;
    if (!answer.answered) refusedAnswerable += 1;
    const rank = shownRank(answer, question.answers);
    if (rank === 1) hits1 += 1;
    if (rank >= 1 && rank <= 3) hits3 += 1;
    if (rank >= 1) reciprocal += 1 / rank;
    const ranked = answer.answered ? answer.passages : answer.withheld;
    const rankingRank = rankOfFirstCorrect(ranked, question.answers);
    if (rankingRank === 1) rankingHits1 += 1;
    if (rankingRank >= 1 && rankingRank <= 3) rankingHits3 += 1;
  });
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    answerable,
    unanswerable,
    hits1,
    hits3,
    hitAt1: share(hits1, answerable),
    hitAt3: share(hits3, answerable),
    mrr: share(reciprocal, answerable),
    refusedAnswerable,
    refusedAnswerableShare: share(refusedAnswerable, answerable),
    refusedUnanswerable,
    refusedUnanswerableShare: share(refusedUnanswerable, unanswerable),
    rankingHitAt1: share(rankingHits1, answerable),
    rankingHitAt3: share(rankingHits3, answerable),
  };
}
