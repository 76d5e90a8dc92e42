/**
 * A passage's words, read once: what {@link withoutAskedWords} needs to blank the question's
 * own words out of a candidate passage. The same sentences are candidates for question after
 * question, and tokenising them again for each was about a third of an answer's time on the
 * bundled corpus (CPU profile, session 6), so the index keeps each sentence's words.
 */
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, stemOfStopWord, tokenize, type Token } from '../../text/terms.js';

/** The words of a text as {@link withoutAskedWords} reads them ({@link passageWordsOf}). */
export interface PassageWords {
  /**
   * Per word, three numbers: its start and end offsets in the text, and its flags
   * ({@link CAPITALISED_WORD}, {@link SPACE_AFTER}).
   */
  readonly words: Int32Array;
  /** Per word, its stem ({@link stem} of the folded word; the index term unless it is a stop word). */
  readonly stems: readonly string[];
  /**
   * Per word, the word folded ({@link Token.word}: `foldWord` of its text), kept so that a
   * reader of the words of a kept passage need not cut and fold them again for every question.
   */
  readonly folded: readonly string[];
}

const NONE: ReadonlySet<string> = new Set();

/** Flag: the word is written capitalised (part of a name). */
const CAPITALISED_WORD = 1;
/** Flag: only whitespace stands between the word and the next one. */
const SPACE_AFTER = 2;
const FIELDS = 3;

const CAPITALISED = /^\p{Lu}/u;
const WHITESPACE = /^\s+$/;

/**
 * The offsets in its text of word `i` of `words`: `start` its first character, `end` just after
 * its last.
 */
export function wordSpan(words: PassageWords, i: number): { start: number; end: number } {
  return { start: words.words[i * FIELDS] ?? 0, end: words.words[i * FIELDS + 1] ?? 0 };
}

/**
 * The tokens of `text` (text/terms.ts `tokenize`) read from its kept words, `words` being
 * {@link passageWordsOf} of this very text: the same words, offsets and abbreviation flags, without
 * cutting and folding the text again.
 */
export function tokensOfWords(text: string, words: PassageWords): Token[] {
  const { folded } = words;
  const tokens = new Array<Token>(folded.length);
  for (let i = 0; i < folded.length; i++) {
    const { start, end } = wordSpan(words, i);
    tokens[i] = {
      word: folded[i] ?? '',
      start,
      end,
      abbreviation: text.slice(start, end).includes('.'),
    };
  }
  return tokens;
}

/**
 * The index terms of a text as the index saved them: `termsOf(text)` (text/terms.ts), one per
 * word that is not a stop word, in order, each an id into `vocabulary`.
 */
export interface IndexedTerms {
  readonly ids: ArrayLike<number>;
  readonly vocabulary: readonly string[];
}

/**
 * The words of `text`, for {@link withoutAskedWords}. With `terms`, the terms the index saved
 * for `text` ({@link IndexedTerms}), the stems of its words that are not stop words are read
 * from them instead of stemmed again: the same strings, as the index's terms are those words'
 * stems, and no look-up in the stem memo for each word of each candidate sentence a question
 * meets for the first time (session 36's first-sight profile at full State of the Union scale:
 * those look-ups were some 2% of a new question's CPU). Terms that do not line up with the
 * words (another count) are not used.
 */
export function passageWordsOf(text: string, terms?: IndexedTerms): PassageWords {
  const tokens = tokenize(text);
  const words = new Int32Array(tokens.length * FIELDS);
  const stems = new Array<string>(tokens.length);
  let term = 0;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    words[i * FIELDS] = token.start;
    words[i * FIELDS + 1] = token.end;
    words[i * FIELDS + 2] =
      (CAPITALISED.test(text.slice(token.start, token.end)) ? CAPITALISED_WORD : 0) |
      (next !== undefined && WHITESPACE.test(text.slice(token.end, next.start)) ? SPACE_AFTER : 0);
    if (isStopWord(token)) stems[i] = stemOfStopWord(token.word);
    else {
      const id = terms !== undefined && term < terms.ids.length ? terms.ids[term] : undefined;
      term += 1;
      stems[i] = (id === undefined ? undefined : terms?.vocabulary[id]) ?? stem(token.word);
    }
  });
  // Saved terms that do not line up with the words: every stem made here instead.
  if (terms !== undefined && term !== terms.ids.length)
    tokens.forEach((token, i) => {
      if (!isStopWord(token)) stems[i] = stem(token.word);
    });
  return { words, stems, folded: tokens.map((token) => token.word) };
}

/**
 * The question's words that describe the content word right after them ("engineering" in
 * "which firm did the engineering survey", "council" in "the council meeting"), as index terms:
 * used so, a word names no entity of its own, so a name that holds it and no other asked word
 * ("Corran Engineering") is not the question's entity but may be its answer
 * ({@link withoutAskedWords}). A word the question writes as a name (capitalised after its first
 * word: "the Mishustin government") is a name wherever it stands. `tokens` are all of `text`'s.
 *
 * @example
 * describingTerms(q, tokenize(q)) // q = 'which firm did the engineering survey': {'engin'}
 */
export function describingTerms(text: string, tokens: readonly Token[]): Set<string> {
  const content = (token: Token | undefined): token is Token =>
    token !== undefined && !isStopWord(token) && !QUESTION_WORDS.has(token.word);
  const describing = new Set<string>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!content(token) || !content(next)) return;
    if (!WHITESPACE.test(text.slice(token.end, next.start))) return;
    const written = text.slice(token.start, token.end);
    // A possessor ("the mayor's deputy") is someone, not a description.
    if (/['’]s?$/u.test(written)) return;
    if (i > 0 && CAPITALISED.test(written)) return;
    describing.add(stem(token.word));
  });
  return describing;
}

/**
 * `text` with the question's own words blanked out (each letter or digit replaced by "x", so
 * offsets and word boundaries stay). A name that holds an asked word ("Orrel Valley Regional
 * Authority" for "who runs the Orrel Valley Regional Authority") is the question's own
 * entity: it is blanked from its first word through the last asked word in it, so that a
 * name after a title the question used ("Russian Prime Minister Mikhail Mishustin" for "the
 * Russian prime minister") stays. A name whose only asked word is one the question uses to
 * describe another noun (`describing`, {@link describingTerms}: "Corran Engineering" for "which
 * firm did the engineering survey") is not the question's entity but a candidate answer, kept
 * whole: the asked word is part of its name. `asked` holds index terms (stems, see termsOf);
 * `words` are `text`'s ({@link passageWordsOf}), read here when not given.
 */
export function withoutAskedWords(
  text: string,
  asked: ReadonlySet<string>,
  words: PassageWords = passageWordsOf(text),
  describing: ReadonlySet<string> = NONE,
): string {
  const { stems } = words;
  const flags = (i: number) => words.words[i * FIELDS + 2] as number;
  let blank: Uint8Array | null = null;
  for (let i = 0; i < stems.length; i++)
    if (asked.has(stems[i] as string)) (blank ??= new Uint8Array(stems.length))[i] = 1;
  if (blank === null) return text;
  // Runs of capitalised words standing next to each other (only spaces between): names.
  for (let start = 0; start < stems.length;) {
    if ((flags(start) & CAPITALISED_WORD) === 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (
      end + 1 < stems.length &&
      (flags(end) & SPACE_AFTER) !== 0 &&
      (flags(end + 1) & CAPITALISED_WORD) !== 0
    )
      end += 1;
    let last = -1;
    let count = 0;
    for (let i = start; i <= end; i++)
      if (blank[i] === 1) {
        last = i;
        count += 1;
      }
    if (end > start && count === 1 && describing.has(stems[last] as string)) blank[last] = 0;
    else for (let i = start; i <= last; i++) blank[i] = 1;
    start = end + 1;
  }
  let out = '';
  let at = 0;
  for (let i = 0; i < stems.length; i++) {
    if (blank[i] !== 1) continue;
    const start = words.words[i * FIELDS] as number;
    const end = words.words[i * FIELDS + 1] as number;
    out += text.slice(at, start) + 'x'.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}
