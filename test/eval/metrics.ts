/**
 * Retrieval metrics for the development set: hit@k, mean reciprocal rank and abstention,
 * computed from ranked quotes, whoever produced them.
 */

/** An answerable question: any one of `answers` (each a list of strings that must all occur) marks a correct quote. */
export interface AnswerableQuestion {
  question: string;
  answers: string[][];
}

/** A question the coverage cannot answer. */
export interface UnanswerableQuestion {
  question: string;
  answerable: false;
}

export type DevQuestion = AnswerableQuestion | UnanswerableQuestion;

/** What a system returned for one question: ranked passages, each with the quotes it shows. */
export interface SystemAnswer {
  answered: boolean;
  /** Per passage, the texts it shows (its quote and any "also reported by" quotes). */
  passages: string[][];
}

/** The scores of a system on the set. */
export interface RetrievalScores {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of unanswerable questions on which the system abstained. */
  abstainedCorrectly: number;
  /** Share of answerable questions on which it abstained. */
  abstainedWrongly: number;
}

/** True when a quote satisfies one of the expected answers (case-insensitive). */
export function isCorrect(texts: readonly string[], answers: readonly string[][]): boolean {
  return texts.some((text) => {
    const lower = text.toLowerCase();
    return answers.some((all) => all.every((needle) => lower.includes(needle.toLowerCase())));
  });
}

/** 1-based rank of the first correct passage, or 0 when none is correct or the system abstained. */
export function rankOfFirstCorrect(answer: SystemAnswer, answers: readonly string[][]): number {
  if (!answer.answered) return 0;
  return answer.passages.findIndex((texts) => isCorrect(texts, answers)) + 1;
}

/** Scores a system's answers, given in the same order as the questions. */
export function scoreAnswers(
  questions: readonly DevQuestion[],
  answers: readonly SystemAnswer[],
): RetrievalScores {
  let answerable = 0;
  let unanswerable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  let abstainedCorrectly = 0;
  let abstainedWrongly = 0;
  questions.forEach((question, i) => {
    const answer = answers[i] ?? { answered: false, passages: [] };
    if ('answerable' in question) {
      unanswerable += 1;
      if (!answer.answered) abstainedCorrectly += 1;
      return;
    }
    answerable += 1;
    if (!answer.answered) abstainedWrongly += 1;
    const rank = rankOfFirstCorrect(answer, question.answers);
    if (rank === 1) hit1 += 1;
    if (rank >= 1 && rank <= 3) hit3 += 1;
    if (rank >= 1) reciprocal += 1 / rank;
  });
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    answerable,
    unanswerable,
    hitAt1: share(hit1, answerable),
    hitAt3: share(hit3, answerable),
    mrr: share(reciprocal, answerable),
    abstainedCorrectly: share(abstainedCorrectly, unanswerable),
    abstainedWrongly: share(abstainedWrongly, answerable),
  };
}
