/**
 * The noun a date stands before as its premodifier, after a determiner: "a repeat of the November
 * 2020 surge that flooded …" → "surge". A date in that place says which thing the noun names (the
 * surge of November 2020, not another: Quirk et al. 1985, ch. 17 on premodification, which
 * restricts the head as a relative clause does), not when the sentence's own fact happened; so it
 * dates a fact two reports share only when that noun is one of the words they share
 * (fact-same-time.ts `datesShared`). "The June 2021 agreement" still dates a report of the
 * agreement against one that names the agreement undated.
 */
import { MONTH_RE } from '../../text/months.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { YEAR_DIGITS } from '../../text/year.js';
import { factTerm } from './fact-term.js';

/**
 * A determiner, then a date with its year ("November 2020", "Nov. 28, 2020", "28 November 2020",
 * "2020") and the word after it. Matched on the text from the date.
 */
const PREMODIFYING_DATE = new RegExp(
  String.raw`^(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_RE}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?${YEAR_DIGITS}\s+(\p{Ll}[\p{L}-]*)`,
  'u',
);

/** The determiners read before a premodifying date: "the", "this", "that", a possessive. */
const DETERMINER = String.raw`(?:the|this|that|its|their|his|her)`;

/** A determiner right before the date: what follows is a noun phrase's premodifier. */
const DETERMINER_BEFORE = new RegExp(String.raw`\b${DETERMINER}\s+$`, 'i');

/**
 * A preposition of time before the determiner: "was built after the March 2019 flood" dates the
 * building by the flood (an adjunct of time: Quirk et al. 1985, ch. 8), so its date is the fact's.
 */
const TIME_PREPOSITION_BEFORE = new RegExp(
  String.raw`\b(?:after|before|since|until|till|following|during|by|in|from|to|through|throughout|over|at|on|ahead\s+of|prior\s+to|amid)\s+${DETERMINER}\s+$`,
  'i',
);

/**
 * The fact term (factTerm) of the noun the date at offset `at` of `text` premodifies, or null
 * when the date stands in no such place (no determiner before it, or a stop word after it:
 * "the 2020 and 2021 seasons" is left as it reads) or in an adjunct of time
 * ({@link TIME_PREPOSITION_BEFORE}).
 */
export function premodifiedNoun(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 24), at);
  if (!DETERMINER_BEFORE.test(before) || TIME_PREPOSITION_BEFORE.test(before)) return null;
  const m = PREMODIFYING_DATE.exec(text.slice(at));
  const noun = m?.[1];
  if (noun === undefined || STOP_WORDS.has(noun.toLowerCase()) || /ly$/i.test(noun)) return null;
  return factTerm(noun);
}
