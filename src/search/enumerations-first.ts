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
 * first few passages changes: a passage enumerating the asked number of names (two or more when
 * the question gives no number) moves ahead of the passages right above it that enumerate none
 * (holders-first.ts's move).
 */
import { isStopWord, tokenize } from '../text/terms.js';
import { NUMBER_WORD_VALUES } from './select/fact-values.js';
import { singularForms } from './abstain-counted-thing.js';
import { isPluralWithoutS } from '../timeline/irregular-plurals.js';

/** What a list question asks: `count`, how many things it wants named, or null when it says not. */
export interface AskedEnumeration {
  count: number | null;
}

/**
 * The enumeration `question` asks for when it opens with "which" or "what", perhaps a count
 * (digits or a number word), and a plural noun not followed by "of" ("which five libraries",
 * "what agencies"; not "what kinds of sites", a kind asked, nor "which is"): null otherwise.
 */
export function askedEnumeration(question: string): AskedEnumeration | null {
  const opening = LIST_QUESTION.exec(question);
  if (opening === null) return null;
  const [, number, noun, next] = opening;
  const [token] = tokenize(noun!);
  if (token === undefined || isStopWord(token) || next?.toLowerCase() === 'of') return null;
  const word = token.word;
  if (singularForms(word).length === 0 && !isPluralWithoutS(word)) return null;
  if (number === undefined) return { count: null };
  const count = /^\d+$/.test(number)
    ? Number(number)
    : NUMBER_WORD_VALUES.get(number.toLowerCase());
  return count === undefined || count < 2 ? null : { count };
}

/** "which"/"what", a count perhaps, the noun, and the word after it. */
const LIST_QUESTION = new RegExp(
  String.raw`^\s*(?:which|what)\s+(?:(\d+|${[...NUMBER_WORD_VALUES.keys()].join('|')})\s+)?([\p{L}’'-]+)(?:\s+([\p{L}]+))?`,
  'iu',
);

/**
 * The number of names in the longest series of coordinated names in `text` ("Ashby, Corran
 * Vale, Mendle and Strood": 4), 0 when it holds none. A name is one to four words each opening
 * with a capital (a lower-case initialism, "dpa", counts after a comma); the members are parted
 * by commas, the last perhaps by "and" or "or"; two members need the conjunction ("Tillet and
 * Orme"), three or more do not ("AFP, AP, Reuters, dpa").
 */
export function enumeratedNames(text: string): number {
  let best = 0;
  for (const match of text.matchAll(SERIES)) {
    const members = match[0].split(PARTS).filter((member) => member.trim() !== '').length;
    const joined = /\s(?:and|or)\s/u.test(match[0]);
    if (members >= 3 || (members === 2 && joined)) best = Math.max(best, members);
  }
  return best;
}

const NAME = String.raw`\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}`;
const LATER_NAME = String.raw`(?:${NAME}|\p{Ll}{2,4}\b(?=\s*[.,;]|\s*$))`;
/** Names parted by commas, the last perhaps after "and" or "or" (with or without a comma). */
const SERIES = new RegExp(
  String.raw`${NAME}(?:,\s+${LATER_NAME})*(?:,?\s+(?:and|or)\s+${NAME}|,\s+${LATER_NAME})`,
  'gu',
);
/** What parts the members of a series. */
const PARTS = /,?\s+(?:and|or)\s+|,\s+/u;

/**
 * True when `text` enumerates what `asked` asks for: as many names as it counts, or two or more
 * when it gives no count.
 */
export function enumerates(text: string, asked: AskedEnumeration): boolean {
  const names = enumeratedNames(text);
  return asked.count === null ? names >= 2 : names === asked.count;
}
