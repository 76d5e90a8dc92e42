/**
 * A misspelt word read as the word meant before anything reads the question. "Why did the
 * council withold the payment" means "withhold": read so, the plan finds its irregular forms
 * ("withheld") and synonyms, the framing of "acording to the council" is seen as framing, and
 * the abstention gates and the classifier weigh the word the user meant rather than one no
 * text uses. A word no dictionary knows, which the corpus does not use either, is the
 * common word (of the dictionary or the corpus) it is one edit from (Damerau 1964: over 80% of misspellings are one letter
 * deleted, inserted, replaced or two swapped) when there is one such word, its first letter
 * kept (Pollock & Zamora 1984: the first letter is wrong in fewer than one misspelling in ten);
 * with two or more the meaning is uncertain and the word stays as typed (the plan's corrections
 * still try the corpus's words near it: query-plan.ts `typoCorrections`). Words typed
 * capitalised are left alone (a name the dictionary lacks is no misspelling), as are function
 * words (not in the dictionary, and not misspellings: "during" is not "daring"), a name
 * WordNet lists is never the word meant, and words shorter than {@link MIN_LENGTH}, which have too many neighbours to tell ("thier": "tier",
 * "their"; chat shorthand such as "ppl").
 */
import { oneEditWords } from './typo-edits.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets } from '../wordnet-relations.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { QUESTION_WORDS, STOP_WORDS } from '../../text/stop-words.js';
import { stem } from '../../text/terms.js';

/** Shortest word read as a misspelling of another (letters). */
const MIN_LENGTH = 6;

/** What the reading needs of the index's vocabulary (query-plan.ts `Vocabulary`). */
export interface SpellingVocabulary {
  /** True when the corpus holds an index term. */
  has(term: string): boolean;
  /**
   * True when a word (folded) is a dictionary word the corpus lacks or a regular inflection of
   * one (the corpus's own words are told by {@link has}).
   */
  isDictionaryWord(word: string): boolean;
}

/**
 * True when `word` is a common word: the part-of-speech lexicon tags it other than as a proper
 * noun, or WordNet has a verb of it (names are nouns only). WordNet also lists names
 * ("Godunov"), which a name typed one letter off ("golunov") is not a misspelling of.
 */
function isCommonWord(word: string): boolean {
  if ((lexiconTags(word) ?? []).some((tag) => !tag.startsWith('NNP'))) return true;
  return baseForms(word).some((form) => verbSynsets(form).length > 0);
}

const verbSynsets = lemmaSynsets('verb');

/** A word typed in lower-case letters only. */
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu;

/**
 * The dictionary word `word` (lower case, as typed) misspells, or null when it is none: it is a
 * word of the corpus or the dictionary, or no one word is meant (see the top of this file).
 *
 * @example meantWord('withold', vocabulary) // 'withhold'
 */
export function meantWord(word: string, vocabulary: SpellingVocabulary): string | null {
  if (word.length < MIN_LENGTH || STOP_WORDS.has(word) || QUESTION_WORDS.has(word)) return null;
  if (vocabulary.has(stem(word)) || vocabulary.isDictionaryWord(word)) return null;
  // Inflections of one word ("happend": "happens", "happened") are one word meant.
  const meant = new Map<string, string>();
  for (const variant of oneEditWords(word)) {
    if (variant[0] !== word[0]) continue;
    const term = stem(variant);
    if (!vocabulary.has(term) && !vocabulary.isDictionaryWord(variant)) continue;
    if (!isCommonWord(variant)) continue;
    if (!meant.has(term)) meant.set(term, variant);
    if (meant.size > 1) return null;
  }
  return meant.size === 1 ? [...meant.values()][0]! : null;
}

/**
 * `text` with each misspelt word ({@link meantWord}) written as the word meant. Bounded by the
 * question's length: at most 54n + 25 dictionary look-ups for a word of n letters, for words
 * neither the corpus nor the dictionary holds.
 *
 * @example withMeantSpellings('why did they withold it', vocabulary) // 'why did they withhold it'
 */
export function withMeantSpellings(text: string, vocabulary: SpellingVocabulary): string {
  return text.replace(LOWER_WORD, (word) => meantWord(word, vocabulary) ?? word);
}
