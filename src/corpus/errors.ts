import type { z } from 'zod';
import { jsonSyntaxProblem } from '../text/json-syntax.js';

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

/**
 * What makes one article's content unreadable (too large to read in bounded time), thrown by a
 * format's reader, which does not know the file's name: the loader (load.ts) lists it as the
 * file's problem and leaves the file out, as it does a file that cannot be decoded.
 */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
}

/** What a JSON value is, as an error message says it: "a list", "a string", "an object", "null"… */
export function jsonKind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `a ${typeof value}`;
}

/** A {@link CorpusError} for one file's problem: "corpus: FILE: MESSAGE". */
export function fileError(file: string, message: string): CorpusError {
  return new CorpusError(`corpus: ${file}: ${message}`, { file, message });
}

/**
 * Parses a corpus JSON file against a schema. Throws {@link CorpusError} naming the file and,
 * for text that is no JSON, the line and column where it stops being JSON (text/json-syntax.ts),
 * or for a schema problem, the path of the entry at fault ("groups.0: …").
 */
export function parseCorpusJson<T>(raw: string, file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw fileError(file, `is not valid JSON: ${jsonSyntaxProblem(raw, error)}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new CorpusError(`corpus: ${file}: ${where}${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
