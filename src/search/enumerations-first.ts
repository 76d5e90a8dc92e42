/**
 * Enumerations first for a list question. "Which five pools will reopen?" and "which branches
 * are on the list?" ask for a set of things, each named: TREC's list questions, answered by the
 * instances themselves, the question often giving how many are wanted ("Name 4 countries that
 * …": Voorhees 2001, "Overview of the TREC 2001 Question Answering Track", on the list task).
 * News writing names such a set as a series of coordinated names ("at Ashby, Corran Vale,
 * Mendle, Pike Green and Strood"; "AFP, AP, Reuters, dpa"): Quirk et al. 1985, "A
 * Comprehensive Grammar of the English Language", §13.19 on the coordination of several
 * members, with "and" or "or" before the last or with none. A passage telling of the set by its
 * number ("voted to reopen five swimming pools") names none of them. Only the order among the
 * first few passages changes: a passage enumerating the asked number of names (three or more
 * when the question gives no number) moves ahead of the passages right above it that enumerate
 * none (holders-first.ts's move). The series must stand beside a word of the question, or
 * open or close its sentence ({@link besideAsked}): a series between other words names other
 * things ("in authorizing Ohio, Indiana, … and Alabama to form States, … powerful Indian
 * tribes" names no tribe).
 */
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { NUMBER_WORD_VALUES } from './select/fact-values.js';
import { singularForms } from './abstain-counted-thing.js';
import { kindSeriesIn, MIN_SERIES } from './kind-series.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * What a list question asks: `count`, how many things it wants named, or null when it says not;
 * `head`, the index term ({@link stem}) of the noun naming their class ("pool" of "which five
 * pools").
 */
export interface AskedEnumeration {
  count: number | null;
  head: string;
}

/**
 * The enumeration `question` asks for when it opens with "which" or "what", perhaps a count
 * (digits or a number word), and a noun phrase headed by a plural noun not followed by "of"
 * ("which five libraries", "what news agencies"; not "which news agency", one thing asked, nor
 * "what kinds of sites", a kind asked, nor "what sports or cultural contacts", nor "which
 * is"): null otherwise. The head is the last of the nouns in a row (the lexicon's NN tags),
 * English noun compounds being headed by their last noun (the right-hand head rule: Williams
 * 1981, "On the notions 'lexically related' and 'head of a word'", Linguistic Inquiry 12).
 */
export function askedEnumeration(question: string): AskedEnumeration | null {
  const opening = LIST_QUESTION.exec(question);
  if (opening === null) return null;
  const number = opening[1];
  const tokens = tokenize(question.slice(opening[0].length));
  let head = -1;
  while (head + 1 < tokens.length && isNoun(tokens[head + 1]!)) head++;
  if (head < 0 || NOT_HEAD_AFTER.has(tokens[head + 1]?.word ?? '')) return null;
  const word = tokens[head]!.word;
  const plural = lexiconTags(word)?.includes('NNS') ?? singularForms(word).length > 0;
  if (!plural) return null;
  const term = stem(word);
  if (number === undefined) return { count: null, head: term };
  const count = /^\d+$/.test(number)
    ? Number(number)
    : NUMBER_WORD_VALUES.get(number.toLowerCase());
  return count === undefined || count < MIN_SERIES ? null : { count, head: term };
}

/**
 * Words after the last noun that show it is no head: "of" (a kind or a part asked: "what kinds
 * of sites") and a coordinator (coordinated modifiers, the head further on: "what sports or
 * cultural contacts").
 */
const NOT_HEAD_AFTER: ReadonlySet<string> = new Set(['of', 'and', 'or']);

/** True when `token` may be a noun (the lexicon tags it NN…) and is no function word. */
function isNoun(token: Token): boolean {
  return (
    !isStopWord(token) && (lexiconTags(token.word)?.some((tag) => tag.startsWith('NN')) ?? false)
  );
}

/** "which"/"what" and a count perhaps, before the asked noun phrase. */
const LIST_QUESTION = new RegExp(
  String.raw`^\s*(?:which|what)\s+(?:(\d+|${[...NUMBER_WORD_VALUES.keys()].join('|')})\s+)?`,
  'iu',
);

/** A series of coordinated names in a text: its `members` and where it stands (`start`, `end`). */
interface Series {
  members: number;
  start: number;
  end: number;
}

/** The series of {@link MIN_SERIES} or more coordinated names in `text`, in order. */
function seriesIn(text: string): Series[] {
  const found: Series[] = [];
  for (const match of matchesOf(text, SERIES)) {
    const members = match[0].split(PARTS).filter((member) => member.trim() !== '').length;
    if (members >= MIN_SERIES)
      found.push({ members, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The number of names in the longest series of coordinated names in `text` ("Ashby, Corran
 * Vale, Mendle and Strood": 4), 0 when it holds none. A name is one to four words each opening
 * with a capital, perhaps after "the" ("the Ioways, the Sacs and the Alabamas"); a lower-case
 * initialism ("dpa") counts after a comma. The members are parted by commas, the last perhaps
 * by "and" or "or" ("AFP, AP, Reuters, dpa"); fewer than {@link MIN_SERIES} names are no
 * series.
 */
export function enumeratedNames(text: string): number {
  return Math.max(0, ...seriesIn(text).map((series) => series.members));
}

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}`;
const LATER_NAME = String.raw`(?:${NAME}|\p{Ll}{2,4}\b(?=\s*[.,;]|\s*$))`;
/** Names parted by commas, the last perhaps after "and" or "or" (with or without a comma). */
const SERIES = new RegExp(
  String.raw`${NAME}(?:,\s+${LATER_NAME})*(?:,?\s+(?:and|or)\s+${NAME}|,\s+${LATER_NAME})`,
  'gu',
);
/** What parts the members of a series. */
const PARTS = /,?\s+(?:and|or)\s+|,\s+/u;

/**
 * True when the series at `start`–`end` of `text` tells of what the question asks: it stands
 * beside a word of the question (`isAsked` tells its index terms: the asked class noun, its
 * synonyms, the question's other words), or opens or closes its sentence.
 * - The word before it, past function words and indicators of apposition: "the pools at Ashby,
 *   Mendle and Strood", "tribes such as the Ioways, …", "libraries, including Ashby, …" (Hearst
 *   1992, "Automatic acquisition of hyponyms from large text corpora", COLING: hyponyms read off
 *   "NP such as NP, NP and NP", "NP including NP", "NP especially NP"; Quirk et al. 1985, "A
 *   Comprehensive Grammar of the English Language", §17.65–17.80, apposition and its
 *   indicators), or the word the series is governed by ("envoys from Guatemala, Colombia, …").
 * - One of the two words right after it: the head of the noun phrase the series premodifies
 *   ("Ashby, Mendle and Strood libraries"; a compound's head is its last noun: "… branch
 *   libraries"), or the verb it is subject of.
 * - No content word before or after it in its sentence: the series is the clause's subject, or
 *   its last complement ("They are Ashby, …"; "… customers in Panama, Colombia, and South
 *   Korea."), what the clause tells of.
 * A series between words the question does not hold is another clause's argument: "in
 * authorizing Ohio, Indiana, … and Alabama to form constitutions" names no tribe, whatever the
 * sentence says of tribes further on.
 */
function besideAsked(
  text: string,
  { start, end }: Series,
  isAsked: (term: string) => boolean,
): boolean {
  const before = tokenize(text.slice(0, start));
  let at = before.length - 1;
  while (at >= 0 && (isStopWord(before[at]!) || APPOSITION_INDICATORS.has(before[at]!.word))) at--;
  if (at < 0 || isAsked(stem(before[at]!.word))) return true;
  const rest = text.slice(end);
  const after = tokenize(rest);
  if (after.every(isStopWord)) return true;
  for (let k = 0; k < Math.min(2, after.length); k++) {
    const token = after[k]!;
    const gap = rest.slice(k === 0 ? 0 : after[k - 1]!.end, token.start);
    if (!/^\s+$/u.test(gap) || isStopWord(token)) return false;
    if (isAsked(stem(token.word))) return true;
  }
  return false;
}

/**
 * Words that introduce an apposition or an example of the noun before them (Quirk et al. 1985,
 * §17.77–17.80; Hearst 1992's "including" and "especially"); "such as" is stop words.
 */
const APPOSITION_INDICATORS: ReadonlySet<string> = new Set([
  'including',
  'included',
  'especially',
  'namely',
  'notably',
  'particularly',
  'chiefly',
  'mainly',
]);

/**
 * True when `text` enumerates what `asked` asks for: as many names as it counts, or a series
 * of any length when it gives no count, standing beside a word of the question (`isAsked`
 * tells its index terms; by default the asked class noun alone) or opening or closing its
 * sentence ({@link besideAsked}). With `isKind` (kind-series.ts `kindsOfTest` of the asked
 * nouns), a series of common nouns naming kinds of the asked one counts as a series of names
 * ("puffins, guillemots, razorbills and kittiwakes" for "which birds").
 */
export function enumerates(
  text: string,
  asked: AskedEnumeration,
  isAsked: (term: string) => boolean = (term) => term === asked.head,
  isKind?: (word: string) => boolean,
): boolean {
  const series =
    isKind === undefined ? seriesIn(text) : [...seriesIn(text), ...kindSeriesIn(text, isKind)];
  return series.some(
    (series) =>
      (asked.count === null || series.members === asked.count) &&
      besideAsked(text, series, isAsked),
  );
}
