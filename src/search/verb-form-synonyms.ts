/**
 * Synonyms of a verb's irregular past or participle form as a question writes it ("found", of
 * "find"), so that "when was the painting found?" finds "the painting was recovered". A past
 * form is a form of a verb: the verb's senses apply to it, and only they, not those of a noun
 * or an adjective spelt like its lemma ("a find", a discovery).
 *
 * The synonym table (synonyms.ts) is keyed by a lemma's index terms, all its parts of speech
 * together, and an irregular form reaches its lemma's entries by its stem (irregular-derived.ts),
 * except when that stem is another word's in use: "found" is also the verb "found" of "founded"
 * (inflections.ts `homographIrregularForms`), so it reaches none of "find"'s. Keyed by the form
 * as written, "found" here is never "founded"'s.
 *
 * Two verbs are synonyms as timeline/synonymous-acts.ts defines them (the one definition): a
 * word of one of the other's most frequent senses, in either direction. "recover" lists "find"
 * in its first sense ("get or find back"); "find" lists "recover" only in its fourteenth.
 */
import { termsOf } from '../text/terms.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';
import { wordnetFolder } from './semcor.js';
import { buildRelationTable, type SynonymTable } from './synonyms.js';
import {
  indexEntry,
  indexLines,
  synsetReader,
  type AnalysedRelations,
} from './wordnet-relations.js';

/** A verb lemma's words of its most frequent senses, and each word's lemmas listing it. */
interface VerbSenses {
  listed: ReadonlyMap<string, ReadonlySet<string>>;
  listing: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Read once per process: WordNet's, the same for every corpus. */
let senses: VerbSenses | undefined;

/**
 * Each verb lemma of WordNet's `index.verb` with the words of its most frequent senses
 * (wordnet-relations.ts `SENSES_PER_WORD`), and each word with the lemmas listing it there.
 * Read at index time only, once per process: reading every verb's synsets took some 80 ms of
 * CPU, the largest part of building a two-article corpus's index, for each index a process
 * builds (the eval's corpora, a test's).
 */
function verbSenses(): VerbSenses {
  senses ??= readVerbSenses();
  return senses;
}

function readVerbSenses(): VerbSenses {
  const folder = wordnetFolder();
  const read = synsetReader(folder);
  const listed = new Map<string, Set<string>>();
  const listing = new Map<string, Set<string>>();
  for (const line of indexLines(folder, 'verb')) {
    const { lemma, offsets } = indexEntry(line);
    const words = new Set(offsets.flatMap((offset) => read('v', offset).words));
    words.delete(lemma);
    listed.set(lemma, words);
    for (const word of words) {
      let lemmas = listing.get(word);
      if (!lemmas) listing.set(word, (lemmas = new Set()));
      lemmas.add(lemma);
    }
  }
  return { listed, listing };
}

/**
 * The verb-form synonym table for a vocabulary of index terms: each irregular verb form of
 * `forms` (`[form, lemma]`, from WordNet's `verb.exc`; others are left out) keyed as written,
 * mapped to the corpus terms or phrases of its lemma's verb synonyms (see the top of this file),
 * or their irregular forms (`inflected`, as synonyms.ts `buildSynonymTable` reads them); sorted
 * by key. Bounded by the forms (some 2,000 verb pairs), whatever the corpus.
 */
export function buildVerbFormSynonymTable(
  vocabulary: ReadonlySet<string>,
  forms: ReadonlyArray<readonly [form: string, lemma: string]>,
  inflected?: (term: string) => readonly string[],
): SynonymTable {
  const verbPairs = new Set(wordnetExceptions('verb').map(([form, lemma]) => `${form} ${lemma}`));
  const { listed, listing } = verbSenses();
  const source: AnalysedRelations = [];
  for (const [form, lemma] of forms) {
    if (!verbPairs.has(`${form} ${lemma}`)) continue;
    const related = new Set([...(listed.get(lemma) ?? []), ...(listing.get(lemma) ?? [])]);
    // The lemma itself is the same word, which the inflection table links or deliberately does
    // not (inflections.ts); "find oneself" analyses to it too.
    const own = termsOf(lemma).join(' ');
    const analysed = [...related]
      .map((word) => termsOf(word))
      .filter((terms) => terms.length > 0 && terms.join(' ') !== own);
    if (analysed.length > 0) source.push([form, analysed]);
  }
  return buildRelationTable(source, vocabulary, inflected);
}
