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
 */
export function corpusSynonymTable(
  known: ReadonlySet<string>,
  inflections: SynonymTable = buildInflectionTable(known, wordnetRelations().inflections),
): SynonymTable {
  const irregularOf = new Map(inflections);
  return withIrregularForms(
    buildSynonymTable(known, (term) => irregularOf.get(term) ?? []),
    wordnetRelations().inflections,
  );
}
