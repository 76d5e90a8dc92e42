/**
 * The lemma of an irregular participle after an auxiliary ("The cracks were found" → "find"), so
 * that the verb's WordNet synonyms apply to it in a fact comparison ("were found" / "were
 * discovered": one synset, "find, discover"). The search's synonym table leaves a form out when
 * its stem is another word's in use (inflections.ts `homographIrregularForms`: "found" may be
 * "founded"'s), but after "be", "have" or "get" a word is the verb's past participle, the form of
 * the passive and the perfect (Quirk et al. 1985, A Comprehensive Grammar of the English
 * Language, §3.52), and the participle of "found" is "founded": "were found" is only "find"'s.
 */
import { irregularLemmaStems } from '../verb-forms.js';
import type { UnitOccurrence } from './fact-participants.js';

/**
 * A form of "be", "have" or "get" that a participle follows in a passive or a perfect, and at
 * most one adverb in "-ly" between, at the end of the text before the participle.
 */
export const AUXILIARY_BEFORE =
  /(?:^|[^\p{L}’'-])(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

/** An irregular verb form's lemmas as whole stems ("found" → "find"; WordNet's `verb.exc`). */
const LEMMAS = irregularLemmaStems();

/**
 * Each term (cut to `namePrefix` letters, as `sequence` holds it) of a passage that stands as an
 * irregular participle after an auxiliary ({@link AUXILIARY_BEFORE}), with the whole stems of its
 * lemmas: `stems` gives each term's whole stem. Empty when the passage has none.
 */
export function participleLemmas(
  text: string,
  sequence: readonly UnitOccurrence[],
  stems: ReadonlyMap<string, string>,
): ReadonlyMap<string, ReadonlySet<string>> {
  const lemmas = new Map<string, ReadonlySet<string>>();
  for (const unit of sequence) {
    if (unit.name || unit.keys.length !== 1) continue;
    const key = unit.keys[0]!;
    const found = LEMMAS(stems.get(key) ?? key);
    if (found.size === 0 || lemmas.has(key)) continue;
    if (AUXILIARY_BEFORE.test(text.slice(Math.max(0, unit.start - 24), unit.start)))
      lemmas.set(key, found);
  }
  return lemmas;
}
