/**
 * Irregular inflections ("met" / "meet", "sold" / "sell", "children" / "child", "worse" /
 * "bad"): forms of one word that the Porter stemmer cannot unite, so a question asking "when
 * did they meet?" finds "they met". Read from WordNet's exception lists (`verb.exc`,
 * `noun.exc`, `adj.exc`) as the `wink-lexicon` package ships them (MIT; data under the WordNet
 * licence), at index time only, into a table limited to the corpus's vocabulary.
 */
import { stem } from '../text/terms.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';
import { manCompoundPlurals } from './man-plurals.js';
import { COMMON_WORD_MIN_COUNT, semcorCounts, wordnetLemmasByStem } from './semcor.js';
import type { SynonymTable } from './synonyms.js';

const WORD = /^[a-z]+$/;

/** Irregular forms with their lemmas, `[form, lemma]`, whose stems differ (else the stemmer unites them). */
export function irregularForms(): Array<[form: string, lemma: string]> {
  const pairs: Array<[string, string]> = [];
  for (const list of ['verb', 'noun', 'adjective'] as const) {
    for (const [form, lemma] of wordnetExceptions(list))
      if (WORD.test(form) && WORD.test(lemma) && stem(form) !== stem(lemma))
        pairs.push([form, lemma]);
  }
  return pairs;
}

/**
 * {@link irregularForms} and the plurals of WordNet's nouns of persons in "-man"
 * ("fishermen" / "fisherman", man-plurals.ts), which WordNet derives by rule rather than
 * listing them: what the index links. Reads WordNet's synsets (index time only).
 */
export function indexedIrregularForms(): Array<[form: string, lemma: string]> {
  const pairs = irregularForms();
  const listed = new Set(pairs.map(([form, lemma]) => `${form} ${lemma}`));
  for (const [form, lemma] of manCompoundPlurals([...wordnetLemmasByStem().values()].flat()))
    if (!listed.has(`${form} ${lemma}`)) pairs.push([form, lemma]);
  return pairs;
}

/**
 * The irregular forms worth linking, `[form, lemma]`, of `pairs` (default: {@link
 * indexedIrregularForms}). Whatever the corpus, so cached with WordNet's relations (wordnet-cache.ts):
 * stemming every WordNet lemma takes about a second.
 *
 * A form that is also everyday English as a word of its own (`commonCounts`: SemCor tags of
 * each lemma; at least {@link COMMON_WORD_MIN_COUNT} of it as a lemma) is left out: "left" (the
 * side), "ground" (the earth), "better" are more often those words than "leave", "grind",
 * "good".
 *
 * So is a form whose stem is another word's too (`lemmasByStem`) when SemCor shows that word in
 * use (tagged at least once): "leaves" (of "leaf") has the stem of "leave", so its corpus term
 * is as likely the verb, and the corpus's "found" may be "founded". A word SemCor never tags
 * is no reason to doubt a frequent verb: "sent" shares its stem with "sente" (a term of Go),
 * "felt" with "felted" (about 120 such pairs).
 */
export function keptIrregularForms(
  pairs: ReadonlyArray<readonly [string, string]> = indexedIrregularForms(),
  commonCounts: ReadonlyMap<string, number> = semcorCounts(),
  lemmasByStem: ReadonlyMap<string, readonly string[]> = wordnetLemmasByStem(),
): Array<[form: string, lemma: string]> {
  return sortIrregularForms(pairs, commonCounts, lemmasByStem).kept;
}

/**
 * The irregular forms left out of {@link keptIrregularForms} only because their stem is
 * another word's in use, `[form, lemma]`: "thieves" (of "thief"), whose stem "thiev" is also
 * "thieving"'s, "leaves" (of "leaf") that of "leave". The corpus term may be either word, so
 * the lemma reaches it only as a related form does (irregular-derived.ts): a passage with
 * "thieves" is near "Is the thief known?", never the word itself. Same arguments as
 * {@link keptIrregularForms}.
 */
export function homographIrregularForms(
  pairs: ReadonlyArray<readonly [string, string]> = indexedIrregularForms(),
  commonCounts: ReadonlyMap<string, number> = semcorCounts(),
  lemmasByStem: ReadonlyMap<string, readonly string[]> = wordnetLemmasByStem(),
): Array<[form: string, lemma: string]> {
  return sortIrregularForms(pairs, commonCounts, lemmasByStem).homographs;
}

/** `pairs` into those kept, those left out for a homograph; the everyday words dropped. */
function sortIrregularForms(
  pairs: ReadonlyArray<readonly [string, string]>,
  commonCounts: ReadonlyMap<string, number>,
  lemmasByStem: ReadonlyMap<string, readonly string[]>,
): { kept: Array<[string, string]>; homographs: Array<[string, string]> } {
  const kept: Array<[string, string]> = [];
  const homographs: Array<[string, string]> = [];
  for (const [form, lemma] of pairs) {
    if ((commonCounts.get(form) ?? 0) >= COMMON_WORD_MIN_COUNT) continue;
    const others = lemmasByStem.get(stem(form)) ?? [];
    if (
      others.some(
        (other) => other !== form && other !== lemma && (commonCounts.get(other) ?? 0) > 0,
      )
    )
      homographs.push([form, lemma]);
    else kept.push([form, lemma]);
  }
  return { kept, homographs };
}

/** Read once per process: every irregular form's term by its lemma's stem and by itself. */
let formsByKey: Map<string, Set<string>> | undefined;

/**
 * The index terms of every form WordNet's exception lists give of a question word, `word` as
 * written (folded) and `term` its index term: the word's own irregular forms ("thief" →
 * "thiev" of "thieves"; "leave" → "left") and, for an irregular form, its lemma and the
 * lemma's other forms ("left" → "leav"). Every pair counts, even those the search does not
 * link (an everyday word of its own, or a stem shared with another word): a claim that no
 * passage holds any form of the question's words is proved against them all, and a form
 * only possibly meant makes the claim at most less often, never false. So a word in "-man" or
 * "-men" has the other by WordNet's detachment rule (man-plurals.ts), whatever its sense
 * ("fisherman" → "fishermen"). The lists are read and stemmed once per process (about 6,000
 * pairs).
 *
 * @example everyInflectionTerm('thief', 'thief') // ['thiev']
 */
export function everyInflectionTerm(word: string, term: string): string[] {
  formsByKey ??= inflectionLinks(irregularForms(), () => true);
  const compound = /^([a-z]+m)([ae])n$/.exec(word);
  const other = compound ? [stem(`${compound[1]}${compound[2] === 'a' ? 'e' : 'a'}n`)] : [];
  return [
    ...new Set([
      ...(formsByKey.get(word) ?? []),
      ...(formsByKey.get(term) ?? []),
      ...other.filter((found) => found !== term),
    ]),
  ];
}

/**
 * Builds the inflection table for a vocabulary of index terms from the irregular forms `kept`
 * ({@link keptIrregularForms}). Its keys are of two kinds, both looked up for a question word:
 * an irregular form as written, folded ("met"), which maps to the corpus terms of its lemma and
 * of the lemma's other irregular forms ("took" → "take", "taken"); and the stem of a lemma
 * ("meet", so "meeting" too), which maps to the corpus terms of its irregular forms ("met"). An
 * irregular form is keyed as written, not by its stem, so that "founded" (stem "found") never
 * reads as "find".
 *
 * Bounded by the exception lists (about 3,600 pairs whose stems differ), whatever the corpus.
 */
export function buildInflectionTable(
  vocabulary: ReadonlySet<string>,
  kept: ReadonlyArray<readonly [string, string]>,
): SynonymTable {
  return [...inflectionLinks(kept, (term) => vocabulary.has(term))]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/**
 * The links {@link buildInflectionTable} describes, of `pairs` (`[form, lemma]`), to the terms
 * `has` accepts: key (a form as written, or a lemma's stem) → terms.
 */
function inflectionLinks(
  pairs: ReadonlyArray<readonly [string, string]>,
  has: (term: string) => boolean,
): Map<string, Set<string>> {
  const formsOf = new Map<string, string[]>();
  for (const [form, lemma] of pairs) {
    const forms = formsOf.get(lemma);
    if (forms) forms.push(form);
    else formsOf.set(lemma, [form]);
  }
  const table = new Map<string, Set<string>>();
  const link = (key: string, term: string) => {
    if (key === term || !has(term)) return;
    let terms = table.get(key);
    if (!terms) table.set(key, (terms = new Set()));
    terms.add(term);
  };
  for (const [form, lemma] of pairs) {
    link(stem(lemma), stem(form));
    link(form, stem(lemma));
    for (const other of formsOf.get(lemma) ?? []) if (other !== form) link(form, stem(other));
  }
  return table;
}
