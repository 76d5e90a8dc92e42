import type { z } from 'zod';

/** An error in the corpus an administrator provided: its message names the file and the problem. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/**
 * Parses a corpus JSON file against a schema. Throws {@link CorpusError} naming the file and,
 * for a schema problem, the path of the entry at fault ("articles.0.published: …").
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
