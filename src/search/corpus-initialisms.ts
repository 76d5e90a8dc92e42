/**
 * Initialisms the coverage spells out: a question's "NCSC", "ICO" or "MFA" where the articles
 * write "the National Cyber Security Centre", "the Information Commissioner's Office",
 * "multi-factor authentication". WordNet knows few such bodies (initialism.ts reads those it
 * does), and a user cannot know to list them in `aliases.json` before asking. Names are what
 * initialisms stand for: a run of capitalised words, or a hyphen compound with the noun it
 * modifies, whose first letters spell the initialism by initialism.ts's rule (function words
 * counted or skipped, a hyphen's parts counted one by one, a possessive "'s" ignored) is read
 * as its expansion. Any other run of words is not: "was" is no initialism of "we all said".
 *
 * Built once per corpus at index time (the words' case is known only there) into a table of
 * initialism → phrases of index terms, and looked up by a question's word at query time.
 */
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import {
  nounPhraseClass,
  type NounPhraseClass,
  type PremodifierRank,
} from './noun-phrase-words.js';
import { initialsOf, isInitialismFunctionWord, mayBeInitialism } from './initialism.js';
import { matchesOf } from '../text/matches-of.js';

/** Bounds of {@link buildInitialismTable}; see SEARCH_OPTIONS.plan.corpusInitialisms. */
export interface CorpusInitialismLimits {
  /** The longest name read, in words (a hyphen's parts counted): "Department of Health and Social Care" is 6. */
  maxWords: number;
  /**
   * Phrases kept for one initialism, the most frequent first. An initialism more phrases
   * spell, none of which the coverage defines, is ambiguous in this coverage and is left out.
   */
  maxPhrases: number;
  /**
   * The longest phrase of ordinary (lower-case) words read, in content words (a hyphen's
   * parts counted): "chief information security officer" is 4.
   */
  maxContentWords: number;
}

/** A name or hyphen compound of a text, the initialisms it may be written as, and its place. */
export interface SpelledPhrase {
  /** Lower case, 2–5 letters each ("ncsc"). */
  initialisms: string[];
  /** The phrase's index terms ("nation", "cyber", "secur", "center"). */
  terms: string[];
  /**
   * A name's terms after a preposition that may open an adjunct ("civil", "right" of
   * "Commission on Civil Rights"), which the coverage must write in lower case too for the
   * name to be one ({@link ADJUNCT_PREPOSITIONS}); absent when there is none.
   */
  commonTail?: string[];
  start: number;
  end: number;
}

/**
 * Prepositions that may open an adjunct of a name rather than a part of it: "Chicago in
 * October", "Governor Call in October", "the Embassy in Moscow", "Congress on Monday" are a
 * name and where or when, two phrases, and no initialism spells them together. A name holds
 * such a preposition only with a complement of common words ("Commission on Civil Rights",
 * "Commander in Chief", "Conference on Disarmament"), words the coverage writes in lower case
 * too; a place's or a date's name never is. "of", "for", "and", "the" join the words of one name
 * ("Ministry of Defence", "Centre for Policy Studies", "Health and Social Care").
 */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'a', 'an']);

type WordKind = 'capital' | 'function' | 'lower' | 'other';

/** A word of letters only, with an inner apostrophe ("Commissioner's"): no digits, no dots. */
const LETTERS = /^\p{L}+(?:['’]\p{L}+)*$/u;

function kindOf(raw: string, token: Token): WordKind {
  if (!LETTERS.test(raw)) return 'other';
  // "The", "A" opening a sentence are capitalised, and start no name.
  if (isInitialismFunctionWord(token.word)) return 'function';
  const bare = raw.replace(/['’]s$/u, '');
  // A word in capitals ("UK", "BBC") is an initialism itself, not a word of a name.
  if (/^\p{Lu}/u.test(bare))
    return bare.length > 1 && bare === bare.toUpperCase() ? 'other' : 'capital';
  return isInitialismFunctionWord(token.word) ? 'function' : 'lower';
}

type Gap = 'space' | 'hyphen' | 'break';

/** How two words stand together: spaces (a plural's possessive apostrophe allowed), a hyphen, or apart. */
function gapOf(text: string): Gap {
  if (/^['’]?[ \t]*\n?[ \t]*$/.test(text) && /\s/.test(text)) return 'space';
  return text === '-' || text === '\u2010' ? 'hyphen' : 'break';
}

interface Word {
  token: Token;
  kind: WordKind;
  /** How it stands to the word before it. */
  gap: Gap;
  /**
   * Its index term ({@link termOf}), once made: a region's names overlap ("Cyber Security
   * Centre" of "National Cyber Security Centre") and each is read for its terms.
   */
  term?: string | null;
}

/**
 * The index term of a word of a text (terms.ts `termsOf`, read word by word: its stem), or null
 * for a stop word, which has none.
 */
function termOf(word: Word): string | null {
  if (word.term === undefined) word.term = isStopWord(word.token) ? null : stem(word.token.word);
  return word.term;
}

/**
 * Where a name may stand: capitalised words standing together, function words between them.
 * Looked for first, so that only these stretches of a text are split into words (a corpus of
 * 60,000 sentences has some 40,000 of them).
 */
const NAME_REGION =
  /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’]*(?:(?:\s+|[-‐])(?:(?:of|and|the|for|in|on|at|to|a|an)(?:\s+|[-‐]))*\p{Lu}[\p{L}'’]*)+/gu;
/** Where a hyphen compound in lower case may stand, with up to two words after it. */
const COMPOUND_REGION =
  /\p{L}+(?:[-‐]\p{Ll}+)+(?![\p{L}\p{N}-])(?:[ \t]+\p{Ll}+(?![\p{L}\p{N}'’-])){0,2}/uy;
/** A hyphen, where a compound is looked for (scanning every word for one costs ten times more). */
const HYPHEN = /[-‐]/g;
/** What may not stand right before a compound: it would be part of a longer word. */
const WORD_BEFORE = /[\p{L}\p{N}'’.-]/u;

/** The compounds of {@link COMPOUND_REGION} in `text`, found from their first hyphen. */
function* compoundRegions(text: string): Generator<{ start: number; end: number }> {
  let done = 0;
  for (const hyphen of matchesOf(text, HYPHEN)) {
    if (hyphen.index < done) continue;
    let start = hyphen.index;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start -= 1;
    if (start === hyphen.index || (start > 0 && WORD_BEFORE.test(text[start - 1]!))) continue;
    COMPOUND_REGION.lastIndex = start;
    const match = COMPOUND_REGION.exec(text);
    if (match === null) continue;
    done = start + match[0].length;
    yield { start, end: done };
  }
}

/** The words of `text` from `start` to `end`, each with its kind and how it stands to the one before. */
function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let previous: Token | undefined;
  // Fresh tokens: their offsets are moved to the whole text's.
  for (const at of tokenize(text.slice(start, end))) {
    at.start += start;
    at.end += start;
    const raw = text.slice(at.start, at.end);
    const gap = previous === undefined ? 'break' : gapOf(text.slice(previous.end, at.start));
    words.push({ token: at, kind: kindOf(raw, at), gap });
    previous = at;
  }
  return words;
}

/**
 * The names (runs of capitalised words; lower-case function words inside them) and hyphen
 * compounds (with up to two words after them, the head they modify) of a text, each part of a
 * name of 2 to `maxWords` words that starts and ends with a capitalised word, with the
 * initialisms (2–5 letters) it may be written as. A name's parts are names too ("Cyber
 * Security Centre"): which part the initialism spells is not known.
 */
export function spelledPhrases(text: string, maxWords: number): SpelledPhrase[] {
  const phrases: SpelledPhrase[] = [];
  const add = (run: readonly Word[]) => {
    const initialisms = initialsOf(run.map((word) => word.token.word)).filter(mayBeInitialism);
    if (initialisms.length === 0) return;
    const termsFrom = (from: number) => run.slice(from).flatMap((word) => termOf(word) ?? []);
    const terms = termsFrom(0);
    if (terms.length < 2) return;
    const adjunct = run.findIndex(
      (word) => word.kind === 'function' && ADJUNCT_PREPOSITIONS.has(word.token.word),
    );
    phrases.push({
      initialisms,
      terms,
      ...(adjunct < 0 ? {} : { commonTail: termsFrom(adjunct + 1) }),
      start: run[0]!.token.start,
      end: run[run.length - 1]!.token.end,
    });
  };
  for (const region of matchesOf(text, NAME_REGION)) {
    const words = wordsOf(text, region.index, region.index + region[0].length);
    for (let first = 0; first < words.length; first++) {
      if (words[first]!.kind !== 'capital') continue;
      for (let last = first + 1; last < words.length && last - first < maxWords; last++) {
        const word = words[last]!;
        if (word.gap === 'break' || (word.kind !== 'capital' && word.kind !== 'function')) break;
        if (word.kind === 'capital') add(words.slice(first, last + 1));
      }
    }
  }
  // Hyphen compounds in lower case ("multi-factor", "anti-social"; the first part may open a
  // sentence) with the words they modify: a compound alone only with three parts or more.
  for (const region of compoundRegions(text)) {
    const words = wordsOf(text, region.start, region.end);
    let last = 0;
    while (words[last + 1]?.gap === 'hyphen' && words[last + 1]!.kind !== 'other') last += 1;
    if (last === 0 || words[0]!.kind === 'other') continue;
    if (last >= 2) add(words.slice(0, last + 1));
    for (let head = last + 1; head <= last + 2 && head < maxWords; head++) {
      const word = words[head];
      if (word?.gap !== 'space' || word.kind !== 'lower' || isStopWord(word.token)) break;
      add(words.slice(0, head + 1));
    }
  }
  return phrases;
}

/** A word of lower-case letters only: a common noun's or modifier's, not a name's, no digits. */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The phrases of ordinary words a text writes ("chief information officer", "vice-chancellor"
 * with its hyphen's parts counted one by one): each stretch of 2 to `maxWords` lower-case
 * content words standing together (spaces or hyphens between them, no punctuation, no
 * function or stop word inside), with the one initialism its words' first letters spell.
 * Unlike a name, such a run is an expansion only when nothing else in the coverage spells the
 * same letters ({@link buildInitialismTable}): "was" is no initialism of "we all said".
 */
export function contentPhrases(text: string, maxWords: number): SpelledPhrase[] {
  const phrases: SpelledPhrase[] = [];
  forEachRunPhrase(lowerCaseRuns(text), maxWords, (initialism, { tokens, stems }, first, last) =>
    phrases.push({
      initialisms: [initialism],
      terms: stems.slice(first, last + 1),
      start: tokens[first]!.start,
      end: tokens[last]!.end,
    }),
  );
  return phrases;
}

/**
 * Calls `visit` with each phrase of 2 to `maxWords` words of one of `runs` ({@link
 * lowerCaseRuns}) that may be one noun phrase and whose words' first letters may be an
 * initialism (initialism.ts `mayBeInitialism`): that initialism, the run, and the phrase's first
 * and last word in the run. A noun phrase (noun-phrase-words.ts) ends
 * in a word that may head one, every word before it may modify a noun, and it neither starts
 * nor ends inside a hyphen compound: "government urged", "last week predicted" and "including
 * anti" of "including anti-social" are no phrases an initialism spells (Schwartz & Hearst 2003
 * and Ao & Takagi 2005 read a long form as one noun phrase). Each initialism is built by adding one letter to the shorter phrase's: the index build reads
 * every run of every text.
 */
function forEachRunPhrase(
  runs: readonly Run[],
  maxWords: number,
  visit: (initialism: string, run: Run, first: number, last: number) => void,
): void {
  for (const whole of runs) {
    const { tokens: run, hyphened, premodifier, head } = whole;
    for (let first = 0; first + 1 < run.length; first++) {
      if (hyphened[first] === true) continue;
      // An adjective or participle right after a noun starts a predicate, not a noun phrase:
      // "the forces imposed asset freezes", "a report last week".
      if (premodifier[first] === 1 && premodifier[first - 1] === 2) continue;
      let initialism = run[first]!.word[0] ?? '';
      let rank: PremodifierRank = 1;
      for (let last = first + 1; last < run.length && last - first < maxWords; last++) {
        // The words before the last modify it: a verb or adverb among them, or an adjective
        // after a noun, ends the phrase. A hyphen compound's parts are of any class
        // ("well-paid", "stand-off").
        if (hyphened[last] !== true) {
          const before = premodifier[last - 1] ?? 0;
          if (before < rank) break;
          rank = before;
        }
        initialism += run[last]!.word[0] ?? '';
        if (head[last] !== true || hyphened[last + 1] === true) continue;
        if (mayBeInitialism(initialism)) visit(initialism, whole, first, last);
      }
    }
  }
}

/**
 * Notes in `plain`, per initialism, the one phrase of {@link contentPhrases} in `runs` that
 * spells it (its terms space-joined), or null once two do; a phrase's key is not made for an
 * initialism two phrases already spell, as most short ones are in a large coverage.
 */
function notePlainPhrases(
  runs: readonly Run[],
  maxWords: number,
  plain: Map<string, string | null>,
): void {
  forEachRunPhrase(runs, maxWords, (initialism, { stems }, first, last) => {
    const before = plain.get(initialism);
    if (before === null) return;
    const key = stems.slice(first, last + 1).join(' ');
    if (before === undefined) plain.set(initialism, key);
    else if (before !== key) plain.set(initialism, null);
  });
}

/**
 * A stretch of lower-case content words of a text standing together, each word with how it
 * stands to the one before it (a hyphen: a compound's next part).
 */
interface Run {
  tokens: Token[];
  /** Each word's stem ({@link stem}), made once: the index build reads every word of every text. */
  stems: string[];
  /** Per word, true when a hyphen joins it to the word before. */
  hyphened: boolean[];
  /** Per word, what its usual class lets it be before a noun, and whether it may head a noun phrase. */
  premodifier: PremodifierRank[];
  head: boolean[];
}

/**
 * True when `text` from `start` to `end` is {@link LOWER_WORD}: a word of ASCII letters, most of
 * an English text's, is told by its character codes, without a slice and a regular expression.
 */
function isLowerWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return LOWER_WORD.test(text.slice(start, end));
    if (code < 0x61 || code > 0x7a) return false;
  }
  return end > start;
}

/** {@link gapOf} the text between `end` and `start`; a single space, the usual gap, without a slice. */
function gapBetween(text: string, end: number, start: number): Gap {
  return start === end + 1 && text.charCodeAt(end) === 0x20
    ? 'space'
    : gapOf(text.slice(end, start));
}

/**
 * The stretches of two lower-case content words or more of a text standing together (spaces or
 * hyphens between them). Every such word, one standing alone too, is a word the text writes as
 * a common word: its stem is added to `lowerCase` when given. The stems are taken from `terms`,
 * the text's index terms (terms.ts `termsOf`: a stem for each word that is no stop word, in
 * order) when given, as a build has them, instead of being looked up again.
 *
 * @throws Error when `terms` are not the text's (their number, or a stem's first letter or
 *   length, does not fit its words).
 */
function lowerCaseRuns(
  text: string,
  classes: WordClasses = new Map(),
  terms?: readonly string[],
  lowerCase?: Set<string>,
): Run[] {
  const runs: Run[] = [];
  let run: Run = emptyRun();
  // A run of one word spells no phrase: it is not kept, and its word's class is not looked up
  // (most runs of a text are one word: the index build reads every run of every text).
  const close = () => {
    if (run.tokens.length === 1) {
      run.tokens.length = 0;
      run.stems.length = 0;
      run.hyphened.length = 0;
    } else if (run.tokens.length > 1) {
      runs.push(classified(run, text, classes));
      run = emptyRun();
    }
  };
  let previous: Token | undefined;
  // Where the next word that is no stop word finds its stem in `terms`.
  let term = 0;
  for (const token of tokenize(text)) {
    const stop = isStopWord(token);
    const content =
      !stop && isLowerWord(text, token.start, token.end) && !isInitialismFunctionWord(token.word);
    const gap = previous === undefined ? 'break' : gapBetween(text, previous.end, token.start);
    if (!content || gap === 'break') close();
    if (content) {
      const stemmed = terms === undefined ? stem(token.word) : givenStem(terms[term], token.word);
      lowerCase?.add(stemmed);
      run.tokens.push(token);
      run.stems.push(stemmed);
      run.hyphened.push(run.tokens.length > 1 && gap === 'hyphen');
    }
    if (!stop) term += 1;
    previous = token;
  }
  close();
  if (terms !== undefined && term !== terms.length) throw new Error(MISMATCHED_TERMS);
  return runs;
}

/** `run` with its words' classes ({@link Run.premodifier}, {@link Run.head}), by word as written. */
function classified(run: Run, text: string, classes: WordClasses): Run {
  for (const token of run.tokens) {
    const raw = writtenAs(text, token);
    let known = classes.get(raw);
    if (known === undefined) {
      known = nounPhraseClass(raw);
      classes.set(raw, known);
    }
    run.premodifier.push(known.premodifier);
    run.head.push(known.head);
  }
  return run;
}

/**
 * The word `token` is, as `text` writes it: its folded word when that is the written one (a word
 * of lower-case ASCII letters, most of a run's, folds to itself), without a slice, and already
 * hashed by the stop-word look-up; otherwise the slice of `text`.
 */
function writtenAs(text: string, token: Token): string {
  return token.end - token.start === token.word.length && text.startsWith(token.word, token.start)
    ? token.word
    : text.slice(token.start, token.end);
}

const MISMATCHED_TERMS = "index: the terms given for a text are not its words' stems";

/**
 * `given`, the stem the text's terms give for `word`, when it may be one: Porter's stem of a
 * word starts with its first letter and is no longer (terms.ts `stemsTo`).
 *
 * @throws Error otherwise: the terms are not the text's.
 */
function givenStem(given: string | undefined, word: string): string {
  if (
    given === undefined ||
    given.length > word.length ||
    given.charCodeAt(0) !== word.charCodeAt(0)
  )
    throw new Error(MISMATCHED_TERMS);
  return given;
}

/**
 * What each word's usual class lets it be in a noun phrase, by word as written: kept for one
 * build, as a coverage's words repeat.
 */
type WordClasses = Map<string, NounPhraseClass>;

function emptyRun(): Run {
  return { tokens: [], stems: [], hyphened: [], premodifier: [], head: [] };
}

/** "Full Name (ABC)": an initialism in brackets right after the name it is defined as. */
const DEFINED_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}]{1,4})\s*\)/u;
/** "ABC (Full Name)": an initialism with its name in brackets after it. */
const DEFINED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,4})\s*\(\s*$/u;

/**
 * The phrases of {@link spelledPhrases} that the text defines as one of their initialisms,
 * "National Cyber Security Centre (NCSC)" or "NCSC (National Cyber Security Centre)", each
 * with the initialism defined (lower case).
 */
export function definedPhrases(
  text: string,
  phrases: readonly SpelledPhrase[],
): Array<[initialism: string, phrase: SpelledPhrase]> {
  const defined: Array<[string, SpelledPhrase]> = [];
  if (!text.includes('(')) return defined;
  for (const phrase of phrases) {
    const after = DEFINED_AFTER.exec(text.slice(phrase.end))?.[1];
    const bracketClosed = /^\s*\)/.test(text.slice(phrase.end));
    const before = bracketClosed
      ? DEFINED_BEFORE.exec(text.slice(Math.max(0, phrase.start - 12), phrase.start))?.[1]
      : undefined;
    for (const written of [after, before]) {
      if (written === undefined || written.slice(1) !== written.slice(1).toUpperCase()) continue;
      const initialism = written.toLowerCase();
      if (phrase.initialisms.includes(initialism)) defined.push([initialism, phrase]);
    }
  }
  return defined;
}

/** A text with its index terms (terms.ts `termsOf` of it), as a build has them. */
export interface TextWithTerms {
  text: string;
  terms: readonly string[];
}

/**
 * The table of initialisms the texts spell out: initialism (lower case) → phrases of index
 * terms (space-joined), the most frequent first, at most `maxPhrases`. When the texts define
 * an initialism ("… Centre (NCSC)"), only the phrases they define it as are kept: the
 * coverage contradicts the rest. Otherwise an initialism spelt by more than `maxPhrases`
 * phrases is ambiguous and left out, and so is every two-letter one: two letters are spelt by
 * many names by chance ("Mr Pell" is no "MP"), and the common ones are WordNet's ("MP", "UN").
 * Besides, an initialism that exactly one phrase of the coverage spells, a name or a run of
 * ordinary words ({@link contentPhrases}: "chief information officer", "vice-chancellor"),
 * stands for it, whatever its length; a name of two letters' only when the texts write each
 * of its words in lower case too (a title, "Detective Inspector", not a person, "Mr Pell").
 */
export function buildInitialismTable(
  texts: Iterable<string | TextWithTerms>,
  limits: CorpusInitialismLimits,
): Array<[initialism: string, phrases: string[]]> {
  const counts = new Map<string, Map<string, number>>();
  const defined = new Map<string, Set<string>>();
  // Per initialism, the one phrase of ordinary words that spells it, or null once two do.
  const plain = new Map<string, string | null>();
  const lowerCase = new Set<string>();
  const classes: WordClasses = new Map();
  // Per name holding an adjunct's preposition, the terms the coverage must write in lower case
  // and the initialisms it spells.
  const commonTails = new Map<string, { tail: string[]; initialisms: string[] }>();
  for (const given of texts) {
    const { text, terms } = typeof given === 'string' ? { text: given, terms: undefined } : given;
    const runs = lowerCaseRuns(text, classes, terms, lowerCase);
    const phrases = spelledPhrases(text, limits.maxWords);
    for (const phrase of phrases) {
      const key = phrase.terms.join(' ');
      if (phrase.commonTail !== undefined)
        commonTails.set(key, { tail: phrase.commonTail, initialisms: phrase.initialisms });
      for (const initialism of phrase.initialisms) {
        let spelt = counts.get(initialism);
        if (!spelt) counts.set(initialism, (spelt = new Map()));
        spelt.set(key, (spelt.get(key) ?? 0) + 1);
      }
    }
    notePlainPhrases(runs, limits.maxContentWords, plain);
    for (const [initialism, phrase] of definedPhrases(text, phrases)) {
      let set = defined.get(initialism);
      if (!set) defined.set(initialism, (set = new Set()));
      set.add(phrase.terms.join(' '));
    }
  }
  for (const [key, { tail, initialisms }] of commonTails)
    if (!tail.every((term) => lowerCase.has(term)))
      for (const initialism of initialisms)
        if (defined.get(initialism)?.has(key) !== true) counts.get(initialism)?.delete(key);
  const table: Array<[string, string[]]> = [];
  const kept = new Set<string>();
  for (const [initialism, spelt] of counts) {
    const definedAs = defined.get(initialism);
    const byCount = [...spelt.entries()]
      .filter(([phrase]) => definedAs === undefined || definedAs.has(phrase))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([phrase]) => phrase);
    if (
      byCount.length === 0 ||
      (definedAs === undefined && (initialism.length === 2 || byCount.length > limits.maxPhrases))
    )
      continue;
    table.push([initialism, byCount.slice(0, limits.maxPhrases)]);
    kept.add(initialism);
  }
  // An initialism exactly one phrase of the coverage spells, names and ordinary words alike,
  // stands for that phrase, two letters too: no other reading competes (Schwartz & Hearst
  // 2003 match a short form to the one long form whose initials it spells). Two phrases or
  // more, and it stands for none.
  for (const initialism of new Set([...plain.keys(), ...counts.keys()])) {
    if (kept.has(initialism)) continue;
    const phrases = new Set(counts.get(initialism)?.keys());
    const words = plain.get(initialism);
    if (words === null) continue;
    if (words !== undefined) phrases.add(words);
    const [phrase] = phrases;
    if (phrase === undefined || phrases.size > 1) continue;
    // A name left here spells two letters; it is a title or a body ("Detective Inspector")
    // when the coverage writes each of its words in lower case too, as common nouns ("the
    // detectives", "an inspector"). A person's name ("Mr Pell", "Pat Ryan") is not, and is
    // not written by initials that two letters spell by chance.
    if (words === undefined && !phrase.split(' ').every((term) => lowerCase.has(term))) continue;
    table.push([initialism, [phrase]]);
    kept.add(initialism);
  }
  return table;
}

/**
 * The initialism (lower case) a question's word asks for in the table of
 * {@link buildInitialismTable}, or null when it is not written as one: two to five letters
 * with the first and at least one more in capitals ("NCSC", "MoD", "NGOs" without its plural
 * "s"), in a question that is not all in capitals; or two to five letters in lower case
 * ("mfa", "vc") when `unknownWord` says the coverage lacks the word and it is not everyday
 * English nor a dictionary word ("us", "it" are words, not initialisms). A two-letter one
 * finds a phrase only where the coverage has exactly one that spells it (the table's rule),
 * and never when its letters are a word, in any case: a stop word ("US", "AT", "ON") or a word
 * of English of its own (`wordOfItsOwn`: "TV", "OK", "ID"). The table's two-letter phrases are
 * the coverage's only ones by chance ("unfinished section"), and a word says itself.
 *
 * @param typed the word as the question writes it (before folding)
 * @param question the question, to tell capitals typed for a word from a question in capitals
 * @param wordOfItsOwn true when the word, folded, is an English word that is no initialism
 */
export function askedInitialism(
  typed: string,
  question: string,
  unknownWord: () => boolean,
  wordOfItsOwn: () => boolean = () => false,
): string | null {
  const letters = /^(\p{L}{2,5}?)s?$/u.exec(typed)?.[1];
  if (letters === undefined) return null;
  const folded = letters.toLowerCase();
  if (
    folded.length === 2 &&
    (isStopWord({ word: folded, start: 0, end: 0, abbreviation: false }) || wordOfItsOwn())
  )
    return null;
  const capitals = letters.replace(/\P{Lu}/gu, '').length;
  if (/^\p{Lu}/u.test(letters) && capitals >= 2 && /\p{Ll}/u.test(question.replace(typed, '')))
    return mayBeInitialism(letters.toLowerCase()) ? letters.toLowerCase() : null;
  const word =
    /^[a-z]{2,5}$/.test(typed) &&
    !isStopWord({ word: typed, start: 0, end: 0, abbreviation: false });
  return word && unknownWord() ? typed : null;
}
