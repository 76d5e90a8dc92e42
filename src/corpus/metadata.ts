/**
 * The metadata file (`articles.json`): what each article states about itself. Each entry is
 * checked on its own with zod, so one run reports every problem, each naming the entry by
 * its file.
 */
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { CorpusProblem } from './errors.js';
import { jsonSyntaxProblem } from '../text/json-syntax.js';
import { jsonKind } from './errors.js';
import { METADATA_FILE } from './files.js';
import { isPartialDate } from '../text/dates.js';

const entrySchema = z.strictObject(
  {
    file: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'missing: each entry names its article file, e.g. "file": "a.txt"'
            : `must be the article's file name, e.g. "a.txt"; got ${jsonKind(issue.input)}`,
      })
      .min(1),
    id: z
      .string()
      .regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits, "_", "-" or "."')
      .optional(),
    title: z.string().trim().min(1).max(300).nullable().optional(),
    outlet: z.string().trim().min(1).max(100).nullable().optional(),
    published: z
      .string()
      .refine(isPartialDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .nullable()
      .optional(),
    author: z.string().trim().min(1).max(200).nullable().optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `each entry must be an object such as {"file": "a.txt", "title": "…"}; got ${jsonKind(issue.input)}`
        : undefined,
  },
);

/** The fields an entry may have, for "did you mean" hints. */
const FIELDS = Object.keys(entrySchema.shape);

/**
 * One entry of `articles.json`. An omitted field is read from the article; `null` means
 * unknown, not stated here (for `title`: the article is shown as untitled, and the headline
 * cleaning reads in the file stays a heading, never quoted: see `CleanArticle.headline`).
 */
export type MetadataEntry = z.infer<typeof entrySchema>;

/** What {@link readMetadata} found: the valid entries, and every problem. */
export interface MetadataReport {
  entries: MetadataEntry[];
  problems: CorpusProblem[];
  /** Every file an entry names, valid entry or not (so an invalid entry is not also "missing"). */
  named: Set<string>;
}

function unknownField(key: string): string {
  const near = FIELDS.find((field) => distance(key.toLowerCase(), field) <= 2);
  return `unknown field "${key}"${near ? ` (did you mean "${near}"?)` : ` (fields: ${FIELDS.join(', ')})`}`;
}

/**
 * How a problem names its entry: by its file, else by its place (`entry 2`), saying `(no "file")`
 * only of an object that has none (a `"file": 7` is there, only of the wrong type).
 */
function entryName(entry: unknown, index: number): string {
  const file = (entry as { file?: unknown } | null)?.file;
  if (typeof file === 'string' && file.length > 0) return `entry for "${file}"`;
  const isObject = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
  return isObject && file === undefined ? `entry ${index + 1} (no "file")` : `entry ${index + 1}`;
}

/**
 * A field of the wrong JSON type, worded as the file's other problems are ("must be …; got a
 * number") rather than in the schema library's words: every field but `file` is text, and all but
 * `id` may be null (stated as unknown).
 */
function wrongTypeMessage(entry: unknown, field: string): string {
  const value = (entry as Record<string, unknown>)[field];
  const allowed =
    field === 'id' ? 'a string' : 'a string, or null when the article does not state it';
  return `must be ${allowed}; got ${jsonKind(value)}`;
}

/** The file's shape, as docs/corpus-folder.md shows it, for an error a newcomer can act on. */
const METADATA_SHAPE = 'must be {"articles": [{"file": "a.txt", "title": "…"}, …]}';

const problem = (message: string): CorpusProblem => ({ file: METADATA_FILE, message });

/**
 * Reads `articles.json`: every valid entry, and every problem (not JSON, not the expected
 * shape, each field of each entry at fault, two files given one id), entries named by their
 * `file`.
 *
 * @example
 * readMetadata('{"articles":[{"file":"a.txt","publised":"2021"}]}').problems
 * // [{ file: 'articles.json', message: 'entry for "a.txt": unknown field "publised" (did you mean "published"?)' }]
 */
export function readMetadata(raw: string): MetadataReport {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return {
      entries: [],
      problems: [problem(`is not valid JSON: ${jsonSyntaxProblem(raw, error)}`)],
      named: new Set(),
    };
  }
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    !Array.isArray(articles)
  ) {
    const got =
      typeof json === 'object' && json !== null && !Array.isArray(json)
        ? articles === undefined
          ? 'an object with no "articles"'
          : `"articles" as ${jsonKind(articles)}`
        : jsonKind(json);
    return {
      entries: [],
      problems: [problem(`${METADATA_SHAPE}; got ${got}`)],
      named: new Set(),
    };
  }
  const extra = Object.keys(json).filter((key) => key !== 'articles' && key !== '$comment');
  const problems = extra.map((key) => problem(`unknown top-level field "${key}"`));
  const entries: MetadataEntry[] = [];
  const named = new Set<string>();
  /** Each stated id and the first file stating it, from every entry, valid or not. */
  const idOwners = new Map<string, string>();
  articles.forEach((entry, index) => {
    const file = (entry as { file?: unknown } | null)?.file;
    if (typeof file === 'string') named.add(file);
    const result = entrySchema.safeParse(entry);
    const pushIdClash = () => {
      // Checked on invalid entries too: a clash is listed with the entry's other problems, not
      // only once they are fixed.
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof file !== 'string' || typeof id !== 'string') return;
      const owner = idOwners.get(id);
      if (owner === undefined) idOwners.set(id, file);
      else if (owner !== file)
        problems.push(problem(`articles "${owner}" and "${file}" share the id "${id}"`));
    };
    if (result.success) {
      entries.push(result.data);
      pushIdClash();
      return;
    }
    for (const issue of result.error.issues) {
      const messages =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map(unknownField)
          : issue.code === 'invalid_type' && issue.path.length === 1 && issue.path[0] !== 'file'
            ? [`${String(issue.path[0])}: ${wrongTypeMessage(entry, String(issue.path[0]))}`]
            : [issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message];
      for (const message of messages)
        problems.push(problem(`${entryName(entry, index)}: ${message}`));
    }
    pushIdClash();
  });
  return { entries, problems, named };
}
