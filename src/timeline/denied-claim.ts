/**
 * A claim the article reports and, a sentence or two later, reports denied: "Residents said the
 * pier closed on Monday. Ferries were diverted to Kelby. The council denied that the pier had
 * closed." The article establishes neither side: the date is of an event one party says happened
 * and another says did not, so it is no event of that day the timeline can list. (An error the
 * outlet's own earlier report made and now corrects is read in retracted.ts.)
 */
import { wordStems } from './action.js';
import { governingVerb } from './governing-verb.js';
import { subjectHead } from './happening.js';
import { SPEECH_VERBS } from './lexicon.js';
import { stem } from '../text/terms.js';
import { matchesOf } from '../text/matches-of.js';

/** How many sentences after the claim a denial of it is looked for. */
export const DENIAL_WINDOW = 2;

/** Verbs of saying before a date that make what it dates someone's claim ("Residents said …"). */
const CLAIMED = new RegExp(
  String.raw`\b(?:${[...SPEECH_VERBS, 'says', 'say', 'claimed', 'claims', 'alleged', 'alleges'].join('|')}|according\s+to)\b`,
  'iu',
);

/**
 * A denial and what it denies: "denied that the pier had closed", "denies the pier closed",
 * "rejected claims that the pier had closed", "disputed reports that …". Global: read with
 * `matchAll`.
 */
const DENIED =
  /\b(?:den(?:y|ies|ied)|disput(?:e|es|ed)|rejec(?:t|ts|ted))\s+(?:(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?)\s+)?(?:that\s+)?(?<claim>[^.;!?]+)/giu;

/**
 * True when the date at `start`–`end` of `sentence` dates a claim (a verb of saying before it)
 * that one of the `later` sentences (the next {@link DENIAL_WINDOW} of the article) denies: the
 * denial names the claim's subject and its verb ("said the pier closed on Monday" … "denied that
 * the pier had closed"), as a stem each.
 */
export function isDeniedClaimDate(
  sentence: string,
  start: number,
  end: number,
  later: readonly string[],
): boolean {
  if (later.length === 0 || !CLAIMED.test(sentence.slice(0, start))) return false;
  if (!later.some((text) => /\b(?:den|disput|rejec)/iu.test(text))) return false;
  const governing = governingVerb(sentence, start, end);
  if (governing === null) return false;
  const subject = subjectHead(governing.words, governing.at);
  if (subject === null) return false;
  const verb = stem(governing.words[governing.at]!.value.toLowerCase());
  return later.some((text) =>
    [...matchesOf(text, DENIED)].some((m) => {
      const words = wordStems(m.groups?.claim ?? '');
      return words.has(subject) && words.has(verb);
    }),
  );
}
