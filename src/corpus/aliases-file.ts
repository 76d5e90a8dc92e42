/** The aliases file (`aliases.json`): groups of spellings of one name. */
import { z } from 'zod';
import { CorpusError } from './errors.js';
import { ALIASES_FILE } from './files.js';

const aliasesSchema = z.object({
  $comment: z.string().optional(),
  groups: z.array(z.array(z.string().trim().min(1).max(100)).min(2, 'a group needs two or more spellings')),
});

/** Parses `aliases.json`. Throws {@link CorpusError} naming the group at fault. */
export function parseAliases(raw: string): string[][] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CorpusError(`corpus: ${ALIASES_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const result = aliasesSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorpusError(`corpus: ${ALIASES_FILE}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data.groups;
}
