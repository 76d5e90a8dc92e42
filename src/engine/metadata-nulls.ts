/**
 * The fields `articles.json` sets to `null` for each article ("published": null: unknown, not
 * stated there). The corpus then uses no value for that field, not even one the article states
 * itself (corpus/load.ts), so a reply saying "date not stated" would be false of an article
 * whose page gives its date: replies say the field is not given in articles.json instead
 * (framework/render/source.ts). Read with the corpus's own parser of the file.
 */
import { readMetadata } from '../corpus/metadata.js';
import type { SourceRef } from './types.js';

/** A metadata field `articles.json` may set to null. */
export type NullableField = NonNullable<SourceRef['nullInArticlesJson']>[number];

const FIELDS: readonly NullableField[] = ['title', 'outlet', 'published', 'url', 'author'];

/**
 * Article file (as `articles.json` names it, relative to the corpus folder) → the fields its
 * entry sets to null, in a fixed order; articles with none are left out. An invalid or absent
 * file gives an empty map (the corpus reports its problems).
 *
 * @example
 * nullsInMetadataFile('{"articles":[{"file":"a.txt","published":null}]}') // Map { 'a.txt' => ['published'] }
 */
export function nullsInMetadataFile(raw: string | null): Map<string, NullableField[]> {
  const nulls = new Map<string, NullableField[]>();
  if (raw === null) return nulls;
  for (const entry of readMetadata(raw).entries) {
    const fields = FIELDS.filter((field) => entry[field] === null);
    if (fields.length > 0) nulls.set(entry.file, fields);
  }
  return nulls;
}
