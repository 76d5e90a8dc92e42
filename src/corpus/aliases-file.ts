/** The aliases file (`aliases.json`): groups of spellings of one name. */
import { z } from 'zod';
import { parseCorpusJson } from './errors.js';
import { ALIASES_FILE } from './files.js';

const aliasesSchema = z.object({
  $comment: z.string().optional(),
  groups: z.array(
    z.array(z.string().trim().min(1).max(100)).min(2, 'a group needs two or more spellings'),
  ),
});

/** Parses `aliases.json`. Throws a CorpusError naming the group at fault. */
export function parseAliases(raw: string): string[][] {
  return parseCorpusJson(raw, ALIASES_FILE, aliasesSchema).groups;
}
