/**
 * The words of one noun phrase without its determiner: premodifiers (adjectives, participles,
 * then nouns) and a head noun last ("chief information officer", "armed forces",
 * "multi-factor authentication"). English noun phrases end in their head, what stands before
 * the head modifies it, and adjectives come before the nouns that modify it (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, §17.97–17.108, §17.114–17.120 on the
 * order of premodifiers). A run of content words that holds a verb or an adverb, ends in one,
 * or puts an adjective after a noun is no noun phrase but words of a clause standing together:
 * "last week predicted", "the government urged", "absolutely necessary", "report last week".
 * Read by each word's usual class out of context (`wink-lexicon`'s most frequent tag:
 * lexicon-tags.ts), as a word's class in one sentence is not known where this is asked; a word
 * the lexicon lacks is a noun when WordNet lists it as one ("authentication", "chancellor"), and
 * otherwise may only modify one ("cyber", "tidal"; "outweigh" heads nothing).
 */
import { lexiconTags } from '../text/lexicon-tags.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { baseForms } from './dictionary-words.js';
import { nounIndexEntry } from './wordnet-relations.js';

/** Penn tags of a noun, common or proper. */
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);

/** Penn tags of an adjective or of a participle modifying a noun ("armed forces", "operating officer"). */
const ADJECTIVE_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBN', 'VBG']);

/**
 * What a word may be before a noun, by its usual class: nothing (a verb, an adverb, a
 * preposition), an adjective (1), or a noun (2): premodifiers come in that order.
 */
export type PremodifierRank = 0 | 1 | 2;

/** What a word's usual class lets it be in a noun phrase: {@link premodifierRank} and {@link mayHeadNounPhrase}. */
export interface NounPhraseClass {
  premodifier: PremodifierRank;
  head: boolean;
}

/**
 * {@link premodifierRank} and {@link mayHeadNounPhrase} of `word` (lower case, as written), read
 * together: the lexicon is looked up once, and WordNet's index (a binary search of `index.noun`
 * for each base form) at most once for a word the lexicon lacks, which both ask it of. The index
 * build asks both of every distinct word of the coverage's runs of lower-case words
 * (corpus-initialisms.ts).
 */
export function nounPhraseClass(word: string): NounPhraseClass {
  const tags = lexiconTags(word);
  const tag = tags?.[0];
  let noun: boolean | undefined;
  const wordNetNoun = () => (noun ??= isWordNetNoun(word));
  const premodifier: PremodifierRank =
    tag === undefined
      ? wordNetNoun()
        ? 2
        : 1
      : NOUN_TAGS.has(tag)
        ? 2
        : ADJECTIVE_TAGS.has(tag)
          ? 1
          : 0;
  const head =
    tags === undefined ? wordNetNoun() : NOUN_TAGS.has(tag ?? '') || tags.includes('NNS');
  return { premodifier, head };
}

/** The {@link PremodifierRank} of `word` (lower case, as written). */
export function premodifierRank(word: string): PremodifierRank {
  return nounPhraseClass(word).premodifier;
}

/**
 * True when `word`'s usual class is a common noun: the lexicon's most frequent reading (the
 * nouns saved with the index, text/nouns.ts), or, for a word the lexicon lacks ("chess",
 * "rugby", "entanglement", "postcode"), a noun in WordNet ({@link premodifierRank}). Read so,
 * answering loads no tagger.
 */
export function isUsualNounWord(word: string): boolean {
  const folded = word.toLowerCase();
  return isUsuallyNoun(folded) || premodifierRank(folded) === 2;
}

/**
 * True when WordNet lists a base form of `word` (WordNet's detachment rules, as
 * usual-noun-files.ts `usualNounFiles` reads them) as a noun: when `index.noun` has a line for it
 * with a sense. Told by the index line alone, without reading its synsets from `data.noun` as
 * `usualNounFiles` does: the index build asks it of every distinct word of the coverage's runs of
 * lower-case words the lexicon lacks, on the build thread's last task (corpus-initialisms.ts), and
 * reading the synsets was most of its cost (session 56's profile at full State of the Union scale).
 */
function isWordNetNoun(word: string): boolean {
  return baseForms(word).some((lemma) => (nounIndexEntry(lemma)?.offsets.length ?? 0) > 0);
}

/**
 * True when `word` (lower case, as written) may head a noun phrase: by its usual class, or as a
 * plural noun whose verb reading is more frequent ("freezes", "bans": a third person's verb and
 * a plural noun are spelt alike).
 */
export function mayHeadNounPhrase(word: string): boolean {
  return nounPhraseClass(word).head;
}
