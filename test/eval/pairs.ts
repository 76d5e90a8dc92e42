/**
 * The fact-relation pairs: two sentences of different articles labelled, by someone who never
 * saw the code, as the same fact, different facts, or a disagreement on one aspect. Scores
 * src/search/select/fact-relation.ts on them: the precision of "same fact" (what "also
 * reported by" claims) and of "disagree" (what "sources differ" claims), by split part.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { EVAL_DIR } from './sets.js';
import { splitOf, type Split } from './split.js';

/** The pairs file, relative to test/eval/. */
export const PAIRS_FILE = 'sets/bundled-pairs.json';

const pairSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  label: z.enum(['same-fact', 'different-fact', 'disagree']),
  aspect: z.string().nullable().optional(),
});
const fileSchema = z.object({ pairs: z.array(pairSchema) });

/** A labelled pair. */
export type LabelledPair = z.infer<typeof pairSchema>;

/** The part of the split a pair belongs to (the question split's rule, on both sentences). */
export function pairSplit(pair: LabelledPair): Split {
  return splitOf(`${pair.a}\n${pair.b}`);
}

/** Reads the pairs; null when the file is absent. */
export function readPairs(): LabelledPair[] | null {
  let raw: string;
  try {
    raw = readFileSync(path.join(EVAL_DIR, PAIRS_FILE), 'utf8');
  } catch {
    return null;
  }
  return fileSchema.parse(JSON.parse(raw)).pairs;
}

/** Counts of one predicted label against the gold labels. */
export interface LabelScore {
  predicted: number;
  correct: number;
  gold: number;
}

/** Scores of the classifier on some pairs. */
export interface PairScores {
  pairs: number;
  sameFact: LabelScore;
  /** A disagreement counts as correct when the gold label is "disagree" (on any aspect). */
  disagree: LabelScore;
}

/** Classifies each pair (both orders must agree, or the pair counts as different facts). */
export function scorePairs(pairs: readonly LabelledPair[]): PairScores {
  const score = (): LabelScore => ({ predicted: 0, correct: 0, gold: 0 });
  const result: PairScores = { pairs: pairs.length, sameFact: score(), disagree: score() };
  for (const pair of pairs) {
    const one = classifyFacts(pair.a, pair.b).kind;
    const other = classifyFacts(pair.b, pair.a).kind;
    const predicted = one === other ? one : 'different-fact';
    if (pair.label === 'same-fact') result.sameFact.gold += 1;
    if (pair.label === 'disagree') result.disagree.gold += 1;
    if (predicted === 'same-fact') {
      result.sameFact.predicted += 1;
      if (pair.label === 'same-fact') result.sameFact.correct += 1;
    }
    if (predicted === 'disagree') {
      result.disagree.predicted += 1;
      if (pair.label === 'disagree') result.disagree.correct += 1;
    }
  }
  return result;
}

/** The pairs section of the report. */
export function formatPairs(parts: ReadonlyArray<[Split, PairScores]>): string {
  const cell = (s: LabelScore) =>
    `precision ${s.predicted === 0 ? '–' : (s.correct / s.predicted).toFixed(2)} (${s.correct}/${s.predicted}), recall ${s.gold === 0 ? '–' : (s.correct / s.gold).toFixed(2)} (${s.correct}/${s.gold})`;
  const lines = [`Fact relations (test/eval/${PAIRS_FILE}, written blind):`];
  for (const [part, s] of parts) {
    lines.push(`  ${part} (${s.pairs} pairs): same fact ${cell(s.sameFact)}`);
    lines.push(
      `  ${' '.repeat(part.length)} ${' '.repeat(String(s.pairs).length + 8)} disagree  ${cell(s.disagree)}`,
    );
  }
  lines.push('  targets: same-fact precision ≥ 0.95, disagree precision ≥ 0.9');
  return lines.join('\n');
}
