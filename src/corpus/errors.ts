import type { z } from 'zod';

/** One problem in a corpus folder, naming the file it is in (relative to the folder holding it). */
export interface CorpusProblem {
  file: string;
  message: string;
}

/** "file: message", the way a problem is shown. */
export function describeProblem(problem: CorpusProblem): string {
  return `${problem.file}: ${problem.message}`;
}

/** An error in the corpus an administrator provided: its message names the file and the problem. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';

  /** @param problem the problem as {@link CorpusProblem}, when it concerns one file */
  constructor(
    message: string,
    readonly problem?: CorpusProblem,
  ) {
    super(message);
  }
}

/** A {@link CorpusError} for one file's problem: "corpus: FILE: MESSAGE". */
export function fileError(file: string, message: string): CorpusError {
  return new CorpusError(`corpus: ${file}: ${message}`, { file, message });
}

/**
 * Parses a corpus JSON file against a schema. Throws {@link CorpusError} naming the file and,
 * for a schema problem, the path of the entry at fault ("groups.0: …").
 */
export function parseCorpusJson<T>(raw: string, file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorpusError(`corpus: ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorpusError(
      `corpus: ${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}
