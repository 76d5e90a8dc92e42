/**
 * Plurals spelt without "-s" ("men", "children", "media", "data"): the forms of WordNet's noun
 * exception list that differ from their lemma and end in no plural "-s", as the subject rule of
 * third-person.ts reads them (a plural subject takes the bare present: "the men cast their
 * nets"). About 1,300 words, the same for every corpus, saved with the index like the past
 * forms (past-forms.ts), so answering loads no WordNet list.
 */
import { wordnetExceptions } from '../text/wordnet-exceptions.js';

/** A plural "-s" as written: not the "-ss", "-us", "-is" of a singular ("press", "census"). */
export const PLURAL_S = /[^sui]s$/iu;

let plurals: ReadonlySet<string> | undefined;

/** Takes {@link irregularPlurals} from a saved index (index-file.ts `irregularPlurals`). */
export function seedIrregularPlurals(words: readonly string[]): void {
  plurals ??= new Set(words);
}

/** The plurals of WordNet's noun exception list spelt without a plural "-s"; built once. */
export function irregularPlurals(): ReadonlySet<string> {
  plurals ??= new Set(
    wordnetExceptions('noun')
      .filter(([form, lemma]) => form !== lemma && /^[a-z]+$/u.test(form) && !PLURAL_S.test(form))
      .map(([form]) => form),
  );
  return plurals;
}

/**
 * Nouns that are plural without any plural form, not in WordNet's exception list because they
 * are their own lemma: "The police beat …", "people cast …" take a plural verb (Quirk et al.
 * 1985, 5.78, unmarked plural invariable nouns).
 */
const UNMARKED_PLURALS = /^(?:cattle|clergy|folk|gentry|people|police|poultry|vermin)$/iu;

/** True when `word` is a plural spelt without "-s": {@link irregularPlurals} or an unmarked plural. */
export function isPluralWithoutS(word: string): boolean {
  return UNMARKED_PLURALS.test(word) || irregularPlurals().has(word.toLowerCase());
}
