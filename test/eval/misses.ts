/**
 * The development misses `npm run eval -- --verbose` lists: each question the engine did not
 * answer first, with its gold and the passages shown (or withheld, when it refused).
 */
import { shownRank, type EvalQuestion, type ExpectedAnswer, type SystemAnswer } from './metrics.js';

/** One gold alternative as a miss line shows it: its quoted strings, and the files it names. */
export function describeGold(answer: ExpectedAnswer): string {
  const strings = answer.all.map((text) => JSON.stringify(text)).join(' + ');
  return answer.files === undefined ? strings : `${strings} (${answer.files.join(', ')})`;
}

/**
 * Lines for one set's development misses: a header, then per miss its rank ("rank 2", "rank -"
 * when no shown passage holds the gold, "refused"), the gold, and the first 150 characters of each passage shown
 * (or withheld); an unanswerable question answered is listed with its passages.
 */
export function describeMisses(
  set: string,
  questions: readonly EvalQuestion[],
  answers: readonly SystemAnswer[],
): string[] {
  const lines = [`Engine misses on ${set} (dev):`];
  questions.forEach((q, i) => {
    const answer = answers[i]!;
    const show = (passages: SystemAnswer['passages']) =>
      passages.map((p) => `    ${p[0]?.file}: ${p[0]?.text.replace(/\s+/g, ' ').slice(0, 150)}`);
    if (!('answers' in q)) {
      if (answer.answered)
        lines.push(`  answered an unanswerable question: ${q.question}`, ...show(answer.passages));
      return;
    }
    const rank = shownRank(answer, q.answers);
    if (rank === 1) return;
    lines.push(`  ${answer.answered ? `rank ${rank || '-'}` : 'refused'}: ${q.question}`);
    lines.push(`    gold: ${q.answers.map(describeGold).join(' | or ')}`);
    lines.push(...show(answer.answered ? answer.passages : answer.withheld));
  });
  return lines;
}
