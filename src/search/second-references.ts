/**
 * Second references to people. News style names a person in full on first mention ("former
 * engineer Graham Tulley") and by courtesy title and surname after it ("Mr Tulley said …"):
 * the BBC News Style Guide's "Titles" entry and The Guardian and Observer style guide's
 * "honorifics" entry both give this order. A later "Mr Tulley" is Graham Tulley, so it matches
 * a question that names him in full ("what did graham tulley say about the ovens"), as the
 * sentence introducing him does. Only the article's own earlier text is read: a surname is
 * resolved to the full name that article gave it, never to another article's.
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { escapeRegExp } from '../text/escape.js';
import { keptPattern } from '../text/kept-pattern.js';
import { matchesOf } from '../text/matches-of.js';

/** Courtesy titles written before a surname alone on later mentions ("Mr Tulley", "Cllr May"). */
export const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Cllr',
  'Councillor',
];
/**
 * Titles written contracted, first and last letters kept, for the title they contract (New
 * Hart's Rules, 2nd ed. 2014, §10.2.1: a contraction such as "Dr", "Cllr" takes no full point).
 * Lower case. Only a title with one full form: "Dr" is also "Drive", "St" "Street" or "Saint".
 */
export const TITLE_CONTRACTIONS: ReadonlyMap<string, string> = new Map([['cllr', 'councillor']]);
const TITLE = `(?:${TITLES.join('|')})`;
/** A title, with or without a full stop, then the surname (group 1): a capitalised word. */
const TITLED_SURNAME = new RegExp(`\\b${TITLE}\\.?\\s+(\\p{Lu}[\\p{Ll}’'-]+)(?![\\p{L}’'-])`, 'gu');
/** A quick test, before {@link secondReferences} reads the article: the sentence holds a title. */
export const MAY_HOLD_TITLED_SURNAME = new RegExp(`\\b${TITLE}\\b`, 'u');
/** The same titles as words, to leave out of a full name ("Cllr Hannah May": "Hannah"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.map((title) => title.toLowerCase()));
/** Given names before a surname: at most this many capitalised words. */
const MAX_GIVEN_NAMES = 2;

/** A surname a sentence uses after a title, and the given names its article gave it before. */
export interface SecondReference {
  surname: string;
  /** The given names as written ("Graham"; "Mary Ann"), in order. */
  given: string[];
}

/**
 * The titled surnames in `sentence` ("Mr Tulley") whose full name `before` (the article's text
 * before the sentence) gives: the given names standing right before the surname there, at its
 * last mention with any (courtesy titles and function words such as "The" are no given
 * names). None when the article never names the person in full.
 *
 * @example
 * secondReferences('Mr Tulley said the ovens were old.', 'Speakers included Graham Tulley, 68.')
 * // [{ surname: 'Tulley', given: ['Graham'] }]
 */
export function secondReferences(sentence: string, before: string): SecondReference[] {
  const found: SecondReference[] = [];
  for (const match of matchesOf(sentence, TITLED_SURNAME)) {
    const surname = match[1] ?? '';
    // The full name holds the surname as written: an article that never writes it before needs
    // no scan (`before` is all of the article up to the sentence, of any length).
    if (found.some((reference) => reference.surname === surname) || !before.includes(surname))
      continue;
    let given: string[] = [];
    for (const mention of fullNameMentions(before, surname)) {
      const words = (mention[1] ?? '').trim().split(/\s+/);
      // Only the run of names right before the surname: a title or "The" ends it.
      let start = words.length;
      while (start > 0) {
        const word = (words[start - 1] ?? '').toLowerCase();
        if (TITLE_WORDS.has(word) || STOP_WORDS.has(word)) break;
        start -= 1;
      }
      if (start < words.length) given = words.slice(start);
    }
    if (given.length > 0) found.push({ surname, given });
  }
  return found;
}

/**
 * The given names (up to {@link MAX_GIVEN_NAMES} capitalised words) and `surname` where `text`
 * writes them together: a pattern of one word-class group that the surname ends, so it can only
 * match in a run of letters, apostrophes, hyphens and white space that holds the surname. The
 * matches, in order, are those of a global scan of the whole of `text` (`matchAll`), found by
 * trying only the positions of such a run before each occurrence of the surname (`indexOf`):
 * a sentence's `text` is all of its article before it, and the scan of every position of a
 * long article for the rare name was a sentence's costliest reading at first sight
 * (bench/first-sight-profile.ts on the State of the Union corpus, session 46, "Mr. Speaker").
 */
export function fullNameMentions(text: string, surname: string): RegExpExecArray[] {
  const at = keptPattern(
    String.raw`((?:\p{Lu}[\p{Ll}’'-]+\s+){1,${MAX_GIVEN_NAMES}})${escapeRegExp(surname)}(?![\p{L}’'-])`,
    'uy',
  );
  const found: RegExpExecArray[] = [];
  // Positions before `from` are settled: the global scan would have moved past them.
  let from = 0;
  let next = text.indexOf(surname, from);
  while (next >= 0) {
    // A match starting before the run that ends at this occurrence would hold a code unit
    // no name holds; one starting in it ends at this occurrence or a later one.
    let start = next;
    while (start > from && mayStandInName(text.charCodeAt(start - 1))) start -= 1;
    let match: RegExpExecArray | null = null;
    for (let p = start; p < next && match === null; p++) {
      at.lastIndex = p;
      match = at.exec(text);
    }
    if (match === null) {
      from = next;
      next = text.indexOf(surname, next + 1);
    } else {
      found.push(match);
      from = match.index + match[0].length;
      next = text.indexOf(surname, from);
    }
  }
  return found;
}

/** What a full name's match is made of: upper- and lower-case letters, apostrophes, hyphens, white space. */
const NAME_CHARACTER = /[\p{Lu}\p{Ll}’'\-\s]/u;

/**
 * False only for a code unit that no match of a full name holds (see {@link fullNameMentions});
 * half of a surrogate pair is taken as one that may, which can only widen the positions tried.
 */
function mayStandInName(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (
      (lower >= 0x61 && lower <= 0x7a) ||
      code === 0x27 ||
      code === 0x2d ||
      code === 0x20 ||
      (code >= 0x09 && code <= 0x0d)
    );
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return NAME_CHARACTER.test(String.fromCharCode(code));
}
