/**
 * The synonym table an index holds for its corpus (synonyms.ts), irregular forms included: an
 * irregular form is its lemma (inflections.ts), so "stolen" shares the synonyms of "steal", and
 * "theft" finds a corpus that writes "steal" only as "stolen". One definition for the index and
 * for whatever else must read synonyms as the index does (the fact-relation pairs' scoring).
 */
import { buildInflectionTable } from './inflections.js';
import { withIrregularForms } from './irregular-derived.js';
import { buildSynonymTable, type SynonymTable } from './synonyms.js';
import { wordnetRelations } from './wordnet-cache.js';

/**
 * The synonym table for a vocabulary of index terms (`known`), sorted by key.
 *
 * @param inflections the vocabulary's inflection table (inflections.ts), when already built
 * @param metadata index terms of the articles' metadata (titles, outlets, authors, dates). The
 *   corpus's vocabulary is its text's and its metadata's, so a word the text never uses reaches
 *   a metadata word too ("ike" → "eisenhow", whom only the titles name). A word the text does
 *   use keeps the text's synonyms only: its meaning is read there ("send" is not an outlet's
 *   "Post").
 * @param spread terms in more than half the articles (article-spread.ts), which a synonym's
 *   irregular form never reaches (synonyms.ts)
 */
export function corpusSynonymTable(
  known: ReadonlySet<string>,
  inflections: SynonymTable = buildInflectionTable(known, wordnetRelations().inflections),
  metadata: ReadonlySet<string> = new Set(),
  spread: ReadonlySet<string> = new Set(),
): SynonymTable {
  const irregularOf = new Map(inflections);
  const vocabulary = new Set([...known, ...metadata]);
  const table = withIrregularForms(
    buildSynonymTable(vocabulary, (term) => irregularOf.get(term) ?? [], spread),
    wordnetRelations().inflections,
  );
  if (vocabulary.size === known.size) return table;
  const inText = (phrase: string) => phrase.split(' ').every((term) => known.has(term));
  return table.flatMap(([key, related]): SynonymTable => {
    if (!key.includes(' ') && !known.has(key)) return [[key, related]];
    const kept = related.filter(inText);
    return kept.length > 0 ? [[key, kept]] : [];
  });
}
