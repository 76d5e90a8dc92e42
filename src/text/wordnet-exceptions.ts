/**
 * WordNet's morphological exception lists (`verb.exc`, `noun.exc`, `adj.exc`): the irregular
 * inflected forms of English mapped to their lemmas ("met" → "meet", "taken" → "take",
 * "children" → "child"), as the `wink-lexicon` package ships them (MIT; data under the WordNet
 * licence). The one reader of them: the search's inflection table and the timeline's past forms
 * both read them here.
 */
import { createRequire } from 'node:module';

/** Which exception list: WordNet keeps one per part of speech. */
export type ExceptionList = 'verb' | 'noun' | 'adjective';

const FILES: Readonly<Record<ExceptionList, string>> = {
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  adjective: 'wink-lexicon/src/wn-adjective-exceptions.js',
};

const loaded = new Map<ExceptionList, ReadonlyArray<readonly [string, string]>>();

/**
 * One exception list as `[form, lemma]` pairs, lower-case as WordNet spells them (a form may
 * equal its lemma: "bed" → "bed"). The list does not say which inflection a form is: "took"
 * (past), "taken" (participle), "abetting" (-ing) and "goes" (third person) all map to their
 * lemma. Read once, on first use (a few thousand pairs per list).
 */
export function wordnetExceptions(list: ExceptionList): ReadonlyArray<readonly [string, string]> {
  let pairs = loaded.get(list);
  if (!pairs) {
    const require = createRequire(import.meta.url);
    pairs = Object.entries(require(FILES[list]) as Record<string, string>);
    loaded.set(list, pairs);
  }
  return pairs;
}
