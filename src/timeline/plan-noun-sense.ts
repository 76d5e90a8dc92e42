/**
 * General nouns of a plan, read with WordNet: "plan", "strategy", and nouns whose first sense is
 * one ("scheme"). One definition for the timeline rules that let such a noun refer back to a
 * plan already named (later-outcome.ts, dropped-plan.ts).
 */
import { baseForms } from '../search/dictionary-words.js';
import { lemmaSynsets, wordnetSynsets } from '../search/wordnet-relations.js';
import { PLAN_NOUN } from './plan-words.js';

/** A noun's WordNet senses, most frequent first. */
const nounSynsets = lemmaSynsets('noun');

/**
 * True when `word` is a general noun of a plan: a noun of a plan or an aim (plan-words.ts
 * `PLAN_NOUN`: "plan", "strategy", "proposal"), or one whose most frequent WordNet sense is such
 * a noun or has one as its direct hypernym ("scheme": "scheme, strategy", a kind of "plan of
 * action"; "project" is an "undertaking" first, so no).
 */
export function isPlanNoun(word: string): boolean {
  const first = (name: string): boolean => PLAN_NOUN.test(name.split(' ')[0] ?? '');
  const read = wordnetSynsets();
  return baseForms(word.toLowerCase()).some((lemma) => {
    if (PLAN_NOUN.test(lemma)) return true;
    const sense = nounSynsets(lemma)[0];
    if (sense === undefined) return false;
    return (
      sense.words.some(first) || sense.hypernyms.some(([p, o]) => read(p, o).words.some(first))
    );
  });
}
