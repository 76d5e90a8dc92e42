/**
 * A misspelt word read as the word meant before anything reads the question. "Why did the
 * council withold the payment" means "withhold": read so, the plan finds its irregular form
 * ("withheld") and synonyms, and the abstention gates and the classifier weigh the word the user
 * meant rather than one no text uses. A lower-case word that neither the dictionary nor the
 * corpus holds is the common dictionary word (one the corpus lacks) one edit from it, its first
 * letter kept, when there is just one such word: over 80% of misspellings are one letter
 * deleted, inserted, replaced or two swapped (Damerau 1964), and the first letter is wrong in
 * fewer than one in ten (Pollock & Zamora 1984). With two or more the meaning is uncertain and
 * the word stays as typed; a corpus word near it is found by the plan's own corrections
 * (query-plan.ts `typoCorrections`). Left alone: words typed capitalised (a name the dictionary
 * lacks is no misspelling), function words ("during" is not "daring"), names WordNet lists
 * ("golunov" is not "Godunov"), and words shorter than {@link MIN_LENGTH}, which have too many
 * neighbours to tell ("thier": "tier", "their"; shorthand such as "ppl").
 */
import { oneEditWords } from './typo-edits.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets } from '../wordnet-relations.js';
import { keptIn } from '../../text/bounded-memo.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { QUESTION_WORDS, STOP_WORDS } from '../../text/stop-words.js';
import { stem } from '../../text/terms.js';

/** Shortest word read as a misspelling of another (letters). */
const MIN_LENGTH = 6;

/** Readings kept per vocabulary (words): a bound on what a stream of new words holds. */
const MAX_KEPT_READINGS = 20_000;

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
  let kept = readings.get(vocabulary);
  if (kept === undefined) readings.set(vocabulary, (kept = new Map()));
  return keptIn(kept, word, MAX_KEPT_READINGS, (typed) => readingOf(typed, vocabulary));
}

/**
 * The words read by {@link meantWord}, by vocabulary (an index's never changes, so neither does
 * a reading): a word that neither the corpus nor the dictionary holds costs up to 54n + 25
 * look-ups for n letters, paid again at each question repeating it: some 0.3 ms of CPU of the
 * bundled questions "How many protesters were killed in Minsk?" (the corpus lacks "kill", and a
 * base form shorter than `fuzzyMinLength` is no dictionary reading) and "asdkjh qwe zzxx".
 */
const readings = new WeakMap<SpellingVocabulary, Map<string, string | null>>();

/** {@link meantWord} past its checks of the word alone. */
function readingOf(word: string, vocabulary: SpellingVocabulary): string | null {
  if (vocabulary.has(stem(word)) || vocabulary.isDictionaryWord(word)) return null;
  // Inflections of one word ("happend": "happens", "happened") are one word meant. A corpus
  // word one edit away is another word that may be meant ("surevy": "survey", not only
  // "surely"): then the plan's own corrections read it (query-plan.ts `typoCorrections`).
  // Only a word the corpus lacks is read here: reading a corpus word so as well ("acording"
  // as "according", then framing) answered an unanswerable development question and no
  // answerable one.
  const meant = new Map<string, string | null>();
  for (const variant of oneEditWords(word)) {
    if (variant[0] !== word[0]) continue;
    const term = stem(variant);
    const lacked = vocabulary.isDictionaryWord(variant) && isCommonWord(variant);
    if (!lacked && !vocabulary.has(term)) continue;
    if (!meant.has(term) || lacked) meant.set(term, lacked ? variant : (meant.get(term) ?? null));
    if (meant.size > 1) return null;
  }
  return meant.size === 1 ? ([...meant.values()][0] ?? null) : null;
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
