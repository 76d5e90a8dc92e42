/**
 * A date that anchors the sentence's act in time without being its time: "Production has been
 * halted since the Oct. 14 explosion", "After the 3 May vote, the council closed the library",
 * "in the weeks following the March 2 fire". The date is part of a noun phrase that is the
 * object of a preposition of time relationship ("since", "after", "before" and their kin), not
 * of position ("at", "during", "on"): the act lies after, since or before the occasion named,
 * not on its day (Quirk et al. 1985, 9.37–9.43 on prepositions of time). So the date is the
 * occasion's (the explosion's), and the timeline says so (`dates`), as it does for "last
 * month's pay deal" (named-thing.ts).
 */
import { DETERMINERS } from '../text/determiners.js';
import { anyOf } from '../text/word-class.js';
import { nounPhraseEnd } from './named-thing.js';
import { opensItsClause } from './tense.js';
import { taggedWords } from './wink.js';

/** Prepositions that place an act after or since an occasion: "following", "in the wake of". */
export const AFTER_OCCASION = String.raw`(?:since|after|following|in\s+the\s+(?:wake|aftermath)\s+of)`;

/** Prepositions that place an act before an occasion: "ahead of", "prior to", "in the run-up to". */
export const BEFORE_OCCASION = String.raw`(?:before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)`;

/**
 * Prepositions (simple and complex) that place an act relative to an occasion in time, never on
 * its day: after or since it ({@link AFTER_OCCASION}), or before it ({@link BEFORE_OCCASION}).
 * Not "until", which ends a state on its day (tense.ts reads it).
 */
export const RELATIVE_TO = `(?:${AFTER_OCCASION}|${BEFORE_OCCASION})`;

/** Determiners and possessive pronouns that open a noun phrase: "the 3 May vote", "its March 2 meeting". */
const DETERMINER = `(?:${anyOf(DETERMINERS)})`;

/** The preposition, then a determiner, right before a date that modifies the noun after it. */
const BEFORE_ATTRIBUTIVE = new RegExp(String.raw`\b${RELATIVE_TO}\s+${DETERMINER}\s+$`, 'iu');

/** The preposition right before a possessive date: "since Monday's explosion". */
const BEFORE_POSSESSIVE = new RegExp(String.raw`\b${RELATIVE_TO}\s+$`, 'iu');

/**
 * The preposition, a noun phrase of up to four words and the preposition of the date that
 * modifies it: "since the explosion on", "after the flood of". The words are checked as a noun
 * phrase by their tags.
 */
const BEFORE_POSTMODIFIER = new RegExp(
  String.raw`\b${RELATIVE_TO}\s+(?:${DETERMINER}\s+)?(?<phrase>(?:[\p{L}'’-]+\s+){1,4}?)(?<prep>on|of|in)\s+$`,
  'iu',
);

/**
 * Nouns of a part of a period: "the end of the year", "the start of March" name a time, part of
 * the date, not an occasion on it (deadline.ts and month-part.ts read them as such).
 */
const PERIOD_PART = /^(?:end|beginning|start|middle|close|turn)\s*$/iu;

/** Tags of the words of a noun phrase before the date that modifies it. */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** True when the first word after offset `at` of `sentence` is a verb (a clause goes on). */
function verbFollows(sentence: string, at: number): boolean {
  const next = taggedWords(sentence).find((w) => w.start >= at);
  return next !== undefined && (next.tag === 'VERB' || next.tag === 'AUX');
}

/**
 * The occasion the date at `start`–`end` of `sentence` anchors the act to, as written: "Oct. 14
 * explosion" in "halted since the Oct. 14 explosion", "Monday's explosion" in "Since Monday's
 * explosion, …", "flood of November 28, 2020" in "drawn up after the flood of November 28, 2020".
 * Null when the date is no such anchor:
 *
 * - the date is the preposition's object itself ("halted since Oct. 14": the state began that
 *   day);
 * - a verb follows the noun phrase, so it is the subject of a clause whose act the date does
 *   date ("since the Oct. 14 explosion destroyed the plant", "after high tides on Thursday
 *   flooded the compound");
 * - a date after the noun with "on" or "in" that may be the main verb's adjunct instead ("closed
 *   the library after the vote on 3 May" may say the closing was on 3 May): taken only where
 *   the phrase opens its clause ("After the vote on 3 May, the council …") or after "since",
 *   which no day of the act can follow ("has been halted since the explosion on Oct. 14");
 *   "of" always belongs to the noun ("the flood of November 28").
 */
export function anchoredOccasion(sentence: string, start: number, end: number): string | null {
  const at = anchoredOccasionAt(sentence, start, end);
  return at === null ? null : sentence.slice(at.start, at.end);
}

/**
 * Where the occasion {@link anchoredOccasion} reads stands in `sentence`: its start and end
 * offsets, or null when the date anchors none.
 */
export function anchoredOccasionAt(
  sentence: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const lead = sentence.slice(0, start);
  const possessive = /^['’]s\b/u.exec(sentence.slice(end));
  const possessiveDate = possessive !== null || /['’]s$/u.test(sentence.slice(start, end));
  if (BEFORE_ATTRIBUTIVE.test(lead) || (possessiveDate && BEFORE_POSSESSIVE.test(lead))) {
    const nounEnd = nounPhraseEnd(sentence, end + (possessive?.[0].length ?? 0));
    if (nounEnd === null || verbFollows(sentence, nounEnd)) return null;
    return { start, end: nounEnd };
  }
  const postmodified = BEFORE_POSTMODIFIER.exec(lead);
  if (!postmodified?.groups) return null;
  const { phrase, prep } = postmodified.groups as { phrase: string; prep: string };
  // "before the end of the year": a part of the period is a time, no occasion.
  if (PERIOD_PART.test(phrase)) return null;
  const from = lead.length - prep.length - (lead.length - lead.trimEnd().length) - phrase.length;
  if (
    !/^of$/iu.test(prep) &&
    !/^since\b/iu.test(postmodified[0]) &&
    !opensItsClause(sentence, postmodified.index)
  )
    return null;
  const words = taggedWords(sentence).filter(
    (w) => w.start >= from && w.end <= from + phrase.length,
  );
  const last = words[words.length - 1];
  if (
    words.length === 0 ||
    !words.every((w) => NOUN_PHRASE.has(w.tag)) ||
    !/^(?:NOUN|PROPN)$/u.test(last!.tag) ||
    verbFollows(sentence, end)
  )
    return null;
  return { start: from, end };
}
