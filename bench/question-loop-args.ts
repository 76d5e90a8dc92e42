/**
 * What bench's per-question probes (ask-tail.ts, ask-allocation.ts) read alike: a question file
 * and the whole numbers of rounds and warm-up passes.
 */
import { readFile } from 'node:fs/promises';

/** Questions from a JSON file: an array of strings, or `{ questions: [{ question }] }`. */
export async function readQuestions(file: string): Promise<string[]> {
  const json = JSON.parse(await readFile(file, 'utf8')) as
    string[] | { questions: Array<{ question: string }> };
  return Array.isArray(json) ? json : json.questions.map((entry) => entry.question);
}

/**
 * `--rounds` and `--warmup` as numbers. Throws, naming `tool` and showing `usage`, unless rounds
 * is a whole number ≥ 1 and warm-up a whole number ≥ 0.
 */
export function roundsAndWarmup(
  values: { rounds: string; warmup: string },
  tool: string,
  usage: string,
): { rounds: number; warmup: number } {
  const rounds = Number(values.rounds);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(warmup) || warmup < 0)
    throw new Error(`${tool}: --rounds wants a whole number ≥ 1 and --warmup ≥ 0\n${usage}`);
  return { rounds, warmup };
}
