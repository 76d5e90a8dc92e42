/**
 * The synonyms an index built over `texts` would hold (src/search/corpus-synonyms.ts
 * `corpusSynonymTable` over their terms), as the lookup the same-fact check takes
 * (`classifyFacts`' `synonyms` option): stem → its synonyms' stems, empty when it has none.
 */
import { corpusSynonymTable } from '../../src/search/corpus-synonyms.js';
import { termsOf } from '../../src/text/terms.js';

export function synonymsFor(...texts: string[]): (stem: string) => readonly string[] {
  const table = new Map(corpusSynonymTable(new Set(texts.flatMap((text) => termsOf(text)))));
  return (stem) => table.get(stem) ?? [];
}
