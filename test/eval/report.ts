/** The evaluation report: one Markdown table with every set, part and system side by side. */
import type { RetrievalScores } from './metrics.js';
import type { Split } from './split.js';

/** The scores of every system on one part of one set. */
export interface PartResult {
  set: string;
  part: Split;
  answerable: number;
  unanswerable: number;
  /** By system name, in report order. */
  systems: Array<{ system: string; scores: RetrievalScores }>;
}

const fixed = (x: number) => x.toFixed(2);
const refused = (n: number, of: number) =>
  of === 0 ? '—' : `${((100 * n) / of).toFixed(0)}% (${n}/${of})`;

/** The results as a Markdown table (readable as plain text too), with a legend under it. */
export function renderReport(results: readonly PartResult[]): string {
  const rows = [
    [
      'set',
      'part',
      'questions',
      'system',
      'hit@1',
      'hit@3',
      'MRR',
      'answerable refused',
      'unanswerable refused',
      'ranking alone hit@1 / hit@3',
    ],
  ];
  for (const result of results)
    for (const { system, scores } of result.systems)
      rows.push([
        result.set,
        result.part,
        `${result.answerable} + ${result.unanswerable}`,
        system,
        fixed(scores.hitAt1),
        fixed(scores.hitAt3),
        fixed(scores.mrr),
        refused(scores.refusedAnswerable, scores.answerable),
        refused(scores.refusedUnanswerable, scores.unanswerable),
        `${fixed(scores.rankingHitAt1)} / ${fixed(scores.rankingHitAt3)}`,
      ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < 4 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`;
  return [
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    '',
    'questions: answerable + unanswerable. hit@k and MRR are over answerable questions, over the',
    'three passages shown; a refusal counts as a miss. ranking alone: hit@k had the engine not',
    'refused (its "closest" passages counted). Baselines refuse only when they find nothing.',
  ].join('\n');
}
