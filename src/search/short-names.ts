/**
 * Short forms of names. An article names an organisation or a thing in full on first mention
 * ("Bellhaven Marine Works") and by its first word after it ("Bellhaven said on Thursday …",
 * "Bellhaven shares are not publicly traded."): a later "Bellhaven" is Bellhaven Marine Works,
 * so it matches a question naming it in full, as the sentence introducing it does. Matching a
 * name to a shorter variant of itself in the same document is the first step of proper-name
 * coreference (Wacholder, Ravin & Choi 1997, "Disambiguation of proper names in text", ANLP:
 * Nominator links "Bellhaven" to "Bellhaven Marine Works" within a text; Bontcheva et al. 2002,
 * "Shallow methods for named entity coreference resolution": GATE's orthographic matcher, a
 * name matching the first token of an earlier organisation name). As there, a short form that
 * could be the start of two names of the article ("Orrel": "Orrel Tidal Barrier", "Orrel
 * Valley Gazette"; a demonym, "Russian": "Russian National Guard", "Russian President …") is
 * left unresolved; so is a word the body uses alone before its first full name ("Saltgate
 * schoolchildren …", then "Saltgate Primary School"): a short form points back to a name given
 * before it (an anaphor follows its antecedent), so a lone use ahead of the full name is a name of
 * its own, here the place the school is named after; and so is a word
 * the article also writes in lower case
 * ("Council" / "the council") or a word of the general lexicon: a common word, not a name. Only
 * the article's own text is read, never another article's, and only for a word that passes
 * the cheaper tests, so a sentence with no coined name costs one pattern over its own text. Persons' second references by title are
 * second-references.ts's.
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { keptIn } from '../text/bounded-memo.js';
import { baseForms, isWordNetLemma } from './dictionary-words.js';
import { matchesOf } from '../text/matches-of.js';

/** A capitalised word: an initial capital, then lower-case letters (no acronym, no digit). */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+`;
/** A capitalised word standing alone: no capitalised word right before or after it. */
const LONE_WORD = new RegExp(
  String.raw`(?<!\p{Lu}\p{Ll}*\s+)(?<![\p{L}’'-])(${NAME_WORD})(?![\p{L}-])(?!\s+\p{Lu})`,
  'gu',
);

/** A paragraph of an article's text, as the corpus gives it: its offsets and its kind. */
export interface Block {
  start: number;
  end: number;
  kind: string;
}

/** A short form in a sentence and the rest of the full name its article gave before. */
export interface ShortName {
  /** The short form as written ("Bellhaven"). */
  word: string;
  /** The rest of the full name ("Marine Works"). */
  rest: string;
}

/**
 * True when `word` (lower case) is a word of the general lexicon: one of WordNet's lemmas of any
 * part of speech, a regular inflection read by its detachment rules ("fortifications"): a common
 * noun, an adjective or adverb ("southern", "besides"), a demonym ("russian"), a well-known place.
 */
function isLexiconWord(word: string): boolean {
  return keptIn(lexiconWords, word, MAX_KEPT_LEXICON_WORDS, readLexiconWord);
}

/**
 * {@link isLexiconWord} by word, kept: every capitalised word of every candidate sentence is
 * looked up, the same words again and again (a sentence's opening word, names), and each look-up
 * makes the word's base forms and searches WordNet's lemmas for each.
 */
const lexiconWords = new Map<string, boolean>();
const MAX_KEPT_LEXICON_WORDS = 50_000;

/** What {@link isLexiconWord} keeps. */
function readLexiconWord(word: string): boolean {
  return baseForms(word).some((form) => isWordNetLemma(form));
}

/** Capitalised words right after a name's first word: the rest of the name ("Marine Works"). */
const REST_OF_NAME = new RegExp(String.raw`(?:\s+${NAME_WORD})+(?![\p{L}’'-])`, 'uy');
/** A letter or a character that joins words ("Bellhaven-built", "O'Neill"): no word boundary. */
const IN_WORD = /[\p{L}’'-]/u;

/** The offsets of `word` in `text` standing as a whole word, found by `indexOf` (no pattern). */
function* wholeWordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && IN_WORD.test(text[at - 1] ?? '')) continue;
    if (/\p{L}/u.test(text[at + word.length] ?? '')) continue;
    yield at;
  }
}

/** What `namesStartingWith` reads of one capitalised word in its article. */
interface NamesOfWord {
  /** Each full name starting with the word ("Marine Works"), with its first offset. */
  names: Map<string, number>;
  /** True when the word stands alone in the body before any full name starting with it. */
  aloneFirst: boolean;
}

/**
 * The full names of `text` starting with `word` (capitalised words right after it, "Marine
 * Works"), each with its first offset (two at most: a third decides nothing), and whether the
 * body uses the word alone before the first of them. Names and lone uses inside a heading of
 * `paragraphs` are not read: a headline in title case ("Officials Agree On New Level Of …") is
 * a run of capitalised words naming nothing, and a headline often gives a short form before the
 * body's full name.
 */
function namesStartingWith(word: string, text: string, paragraphs: readonly Block[]): NamesOfWord {
  const names = new Map<string, number>();
  let aloneFirst = false;
  for (const at of wholeWordsAt(text, word)) {
    if (paragraphs.some((p) => p.kind === 'heading' && at >= p.start && at < p.end)) continue;
    REST_OF_NAME.lastIndex = at + word.length;
    const rest = REST_OF_NAME.exec(text)?.[0];
    if (rest === undefined) {
      if (names.size === 0) aloneFirst = true;
      continue;
    }
    const written = rest.trim().split(/\s+/).join(' ');
    if (!names.has(written)) names.set(written, at);
    // Two names make the word ambiguous: no need to read on.
    if (names.size > 1) break;
  }
  return { names, aloneFirst };
}

/** What an article's text says of one capitalised word, for {@link shortNames}: {@link namesStartingWith} it. */
interface WordInText extends NamesOfWord {
  /** Whether the text writes the word in lower case; read when first needed. */
  lowerCase?: boolean;
}

/** What {@link shortNames} reads of an article's whole text, each part once. */
interface ArticleReading {
  /** The text read. */
  text: string;
  /** {@link WordInText} by word, for the words asked about. */
  words: Map<string, WordInText>;
  /**
   * The capitalised words the text writes right before another ({@link NAME_START}), less stop
   * words and lexicon words: every short form is one of them, as it starts a full name.
   */
  nameStarts?: readonly string[];
}

/**
 * A capitalised word with another after it: where a full name may start ({@link REST_OF_NAME}
 * needs white space and a capital after its first word). A scan finds each such word whole on
 * its right (a lower-case letter after it would have been taken into the match), which is how
 * {@link wholeWordsAt} finds a short form's occurrences.
 */
const NAME_START = new RegExp(String.raw`${NAME_WORD}(?=\s+\p{Lu})`, 'gu');

/**
 * What each article's text says of its capitalised words, kept by the article's paragraphs
 * (one array per article, as the corpus gives it) with the text it was read from. Every
 * sentence of an article asked the same of the whole article's text (its full names, whether
 * it writes a word in lower case): at State of the Union scale, speeches of thousands of words,
 * that reading was 4.8% of a question's CPU at first sight (session 47's profile,
 * bench/first-sight-profile.ts). Bounded by the corpus: one entry per capitalised word of an
 * article, freed with the article.
 */
const articleReadings = new WeakMap<readonly Block[], ArticleReading>();

/** {@link ArticleReading} of `text`, kept ({@link articleReadings}). */
function articleReading(text: string, paragraphs: readonly Block[]): ArticleReading {
  let kept = articleReadings.get(paragraphs);
  if (kept?.text !== text) articleReadings.set(paragraphs, (kept = { text, words: new Map() }));
  return kept;
}

/** {@link ArticleReading.nameStarts} of `text`. */
function nameStartsIn(text: string): string[] {
  const found = new Set<string>();
  for (const [word] of matchesOf(text, NAME_START)) {
    const lower = word.toLowerCase();
    if (!STOP_WORDS.has(lower) && !isLexiconWord(lower)) found.add(word);
  }
  return [...found];
}

/** {@link WordInText} of `word` in an article's text, kept. */
function wordInText(word: string, read: ArticleReading, paragraphs: readonly Block[]): WordInText {
  let known = read.words.get(word);
  if (known === undefined)
    read.words.set(word, (known = namesStartingWith(word, read.text, paragraphs)));
  return known;
}

/**
 * The short forms in `sentence`, which starts at offset `start` of its article's `text` (whose
 * paragraphs are `paragraphs`): each capitalised word standing alone that is the first
 * word of exactly one full name of the article, written before the sentence and before any lone
 * use of the word in the body; that the article
 * never writes in lower case; and that is no word of the general lexicon (a WordNet lemma of
 * any class, "southern", "besides": a common noun, a demonym, a well-known place, a word that
 * modifies the name it starts more often than it stands for it). A word starting two names anywhere in the article is ambiguous
 * throughout, as in Nominator. What the article's text says of each word is read once per
 * article ({@link articleReadings}).
 *
 * @example
 * const text = 'Bellhaven Marine Works won. Bellhaven shares are not traded.';
 * shortNames('Bellhaven shares are not traded.', 28, text)
 * // [{ word: 'Bellhaven', rest: 'Marine Works' }]
 */
export function shortNames(
  sentence: string,
  start: number,
  text: string,
  paragraphs: readonly Block[] = [],
): ShortName[] {
  const article = articleReading(text, paragraphs);
  const starts = (article.nameStarts ??= nameStartsIn(text));
  // A sentence holding no word that starts a full name of its article has no short form.
  if (!starts.some((word) => sentence.includes(word))) return [];
  const found: ShortName[] = [];
  for (const match of matchesOf(sentence, LONE_WORD)) {
    const word = match[1] ?? '';
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || found.some((name) => name.word === word)) continue;
    // Cheapest first: the lexicon (a binary search), then the article's text.
    if (isLexiconWord(lower)) continue;
    const read = wordInText(word, article, paragraphs);
    const [only] = read.names.size === 1 && !read.aloneFirst ? read.names : [];
    if (only === undefined || only[1] >= start) continue;
    if ((read.lowerCase ??= !wholeWordsAt(text, lower).next().done)) continue;
    found.push({ word, rest: only[0] });
  }
  return found;
}
