/**
 * The metadata file (`articles.json`): what each article states about itself. Parsed and
 * checked with zod; every problem names the file and the entry.
 */
import { z } from 'zod';
import { parseCorpusJson } from './errors.js';
import { METADATA_FILE } from './files.js';
import { isPartialDate } from '../text/dates.js';

const entrySchema = z.strictObject({
  file: z.string().min(1),
  id: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits, "_", "-" or "."')
    .optional(),
  title: z.string().trim().min(1).max(300).optional(),
  outlet: z.string().trim().min(1).max(100).nullable().optional(),
  published: z
    .string()
    .refine(isPartialDate, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
});

const fileSchema = z.object({
  $comment: z.string().optional(),
  articles: z.array(entrySchema),
});

/** One entry of `articles.json`. An omitted field is read from the article; `null` means unknown. */
export type MetadataEntry = z.infer<typeof entrySchema>;

/** Parses `articles.json`. Throws a CorpusError naming the entry and field at fault. */
export function parseMetadata(raw: string): MetadataEntry[] {
  return parseCorpusJson(raw, METADATA_FILE, fileSchema).articles;
}
