/** The aliases file (`aliases.json`): groups of spellings of one name. */
import { z } from 'zod';
import { jsonKind, parseCorpusJson } from './errors.js';
import { ALIASES_FILE } from './files.js';

/** The file's shape, as docs/corpus-folder.md shows it, for an error a newcomer can act on. */
const SHAPE = 'must be {"groups": [["Lukashenko", "Lukashenka"], …]}';

const aliasesSchema = z.object(
  {
    $comment: z.string().optional(),
    groups: z.array(
      z
        .array(z.string().trim().min(1).max(100), {
          error: (issue) =>
            `each group must be a list of two or more spellings, e.g. ["Lukashenko", "Lukashenka"]; got ${jsonKind(issue.input)}`,
        })
        .min(2, 'a group needs two or more spellings'),
      {
        error: (issue) =>
          `${SHAPE}; got ${issue.input === undefined ? 'no "groups"' : `"groups" as ${jsonKind(issue.input)}`}`,
      },
    ),
  },
  { error: (issue) => `${SHAPE}; got ${jsonKind(issue.input)}` },
);

/** Parses `aliases.json`. Throws a CorpusError naming the group at fault. */
export function parseAliases(raw: string): string[][] {
  return parseCorpusJson(raw, ALIASES_FILE, aliasesSchema).groups;
}
