/**
 * The dictionary's words a corpus lacks: a question word among them, or a regular inflection
 * of one, is a word, not a typo, so it gets no typo correction (query-plan.ts). "price" is not
 * a misspelling of "Pryce" because the coverage never writes "price". Nor is a word in lower
 * case among them an initialism the corpus spells out ("flu" is no "First Lady United":
 * corpus-initialisms.ts). The word as written is checked, never its stem: "goverment" stems
 * as "governess" does.
 */
import { frontCode } from './front-coding.js';
import { SEARCH_OPTIONS } from './options.js';
import { stem } from '../text/terms.js';
import { wordnetRelations } from './wordnet-cache.js';
import { spellsInitialism } from './initialism.js';
import type { AnalysedRelations } from './wordnet-relations.js';

/** What separates the lemmas of wordnet-cache.ts's `lemmas`. */
const NEWLINE = '\n';

/**
 * WordNet's one-word lemmas whose stem `vocabulary` (index terms) lacks, at least
 * SEARCH_OPTIONS.plan.dictionaryMinLength letters long (the shortest typo tolerance or an
 * initialism in lower case reads),
 * sorted and front-coded (front-coding.ts: one string, about half the characters of the
 * words, keeps the saved index small and quick to parse; read with `FrontCodedWords`).
 *
 * @param lemmas WordNet's one-word lemmas, newline-joined (wordnet-cache.ts), by default
 */
export function dictionaryWords(
  vocabulary: ReadonlySet<string>,
  lemmas: string = wordnetRelations().lemmas,
): string {
  const o = SEARCH_OPTIONS.plan;
  const lacked = lemmas
    .split(NEWLINE)
    .filter((lemma) => lemma.length >= o.dictionaryMinLength && !vocabulary.has(stem(lemma)));
  return frontCode([...new Set(lacked)].sort());
}

/**
 * WordNet's lemmas that are initialisms (2–5 letters whose synset holds a phrase their letters
 * spell: "cio" of "Congress of Industrial Organizations", "vc" of "Viet Cong"), as index
 * terms, sorted and front-coded. Such a lemma is a dictionary word only as the shorthand of a
 * phrase, so a question may mean the coverage's phrase by it (corpus-initialisms.ts).
 *
 * @param synonyms WordNet's synonyms by index terms (wordnet-cache.ts), by default
 */
export function initialismLemmas(
  synonyms: AnalysedRelations = wordnetRelations().synonyms,
): string {
  const initialisms = synonyms
    .filter(([key, related]) => related.some((phrase) => spellsInitialism(key, phrase)))
    .map(([key]) => key);
  return frontCode([...new Set(initialisms)].sort());
}

/**
 * WordNet's detachment rules for regular inflections (morphy(7WN)), ending → base ending, of
 * nouns ("boxes"), verbs ("priced", "pricing") and adjectives ("larger"); a doubled final
 * consonant ("stopped") is undone too.
 */
const DETACHMENTS: ReadonlyArray<readonly [string, string]> = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['er', 'e'],
  ['est', ''],
  ['est', 'e'],
];

/**
 * The word and the base forms its regular inflection may come from, by WordNet's detachment
 * rules: "prices" → ["prices", "price", "pric"], "stopped" → […, "stop"].
 */
export function baseForms(word: string): string[] {
  const forms = new Set([word]);
  for (const [ending, base] of DETACHMENTS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
    const form = word.slice(0, -ending.length) + base;
    forms.add(form);
    if (base === '' && /([b-df-hj-np-tv-z])\1$/.test(form)) forms.add(form.slice(0, -1));
  }
  return [...forms];
}

/**
 * True when `word` (lower case, as written) is one of WordNet's one-word lemmas, of any part of
 * speech: "southern", "besides", "russian". Read from the saved WordNet cache (wordnet-cache.ts),
 * never from wink-lexicon, so a process answering from a saved index loads no lexicon.
 *
 * Binary search of the lines in place, as WordNet's `bin_search` (binsrch.c) searches its sorted
 * index files: about 20 of its 77,568 lines compared (a halving of its characters each), none
 * split out.
 *
 * @param lemmas WordNet's one-word lemmas, sorted by code unit and newline-joined
 *   (wordnet-cache.ts), by default
 */
export function isWordNetLemma(word: string, lemmas: string = wordnetRelations().lemmas): boolean {
  // [low, high): offsets in `lemmas`; `low` is always the start of a line.
  let low = 0;
  let high = lemmas.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // String#lastIndexOf reads a negative position as 0, where a newline may stand.
    const start = middle === 0 ? 0 : lemmas.lastIndexOf(NEWLINE, middle - 1) + 1;
    const newline = lemmas.indexOf(NEWLINE, start);
    const end = newline < 0 ? lemmas.length : newline;
    const line = lemmas.slice(start, end);
    if (line === word) return true;
    if (line < word) low = end + 1;
    else high = start;
  }
  return false;
}
