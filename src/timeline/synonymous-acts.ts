/**
 * One act told by two verbs: WordNet synonyms ("found" / "discovered", "shut" / "closed"), as
 * the fact relations count them (search/select/fact-acts.ts). Two reports of one find, "The
 * coins were found on 6 June …" and "The hoard was discovered on 6 June …", tell one act in
 * other words; the merging's other tests (one day, shared wording, counts that agree) still
 * decide whether it is one event (action.ts).
 *
 * The synonyms are WordNet 3.1's words sharing one of a verb's most frequent senses
 * (search/wordnet-relations.ts `SENSES_PER_WORD`), read through the cache the index build loads
 * anyway (search/wordnet-cache.ts); they are read only when a pair of quotes first needs them.
 */
import { wordnetRelations } from '../search/wordnet-cache.js';
import { stem } from '../text/terms.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';
import { irregularPastForms } from './past-forms.js';

let table: Map<string, ReadonlySet<string>> | undefined;

/** Verb stem → the stems of its one-word WordNet synonyms, built once on first use. */
function synonymTable(): Map<string, ReadonlySet<string>> {
  table ??= new Map(
    wordnetRelations().synonyms.map(([key, related]): [string, ReadonlySet<string>] => [
      key,
      new Set(related.filter((terms) => terms.length === 1).map((terms) => terms[0] as string)),
    ]),
  );
  return table;
}

let lemmas: Map<string, string> | undefined;

/**
 * The stem of the lemma a verb form is of: an irregular past its lemma's ("found" → "find", not
 * the verb "found" of "founded", whose past is regular), any other form its own stem
 * ("discovered" → "discov", the stem of "discover").
 */
function lemmaStem(form: string): string {
  lemmas ??= new Map(
    wordnetExceptions('verb')
      .filter(([past]) => irregularPastForms().has(past))
      .map(([past, lemma]): [string, string] => [past, lemma]),
  );
  return stem(lemmas.get(form) ?? form);
}

/**
 * True when a verb of `a` and a verb of `b` (forms as written, lower case: "found",
 * "discovered") are WordNet synonyms, in either direction (a verb's first senses list words
 * whose own first senses may not list it back: "find" lists "discover").
 */
export function synonymousActs(a: Iterable<string>, b: Iterable<string>): boolean {
  const stemsA = [...a].map(lemmaStem);
  const stemsB = [...b].map(lemmaStem);
  const synonyms = synonymTable();
  const lists = (x: string, y: string): boolean => synonyms.get(x)?.has(y) === true;
  return stemsA.some((x) => stemsB.some((y) => x !== y && (lists(x, y) || lists(y, x))));
}
