/**
 * Which side of the time of writing the year of an occasion's date is chosen on, when the date is
 * part of the occasion's noun phrase rather than the time of the sentence's act: "Crews will work
 * around the clock following the landslide of 9 March", "will remain closed after the 9 March
 * vote", "Engineers will assess the landslide of 9 March". The verb's tense is the act's (the
 * working, the assessing), not the occasion's, and a yearless day or month is read as the nearest
 * occurrence to the time of writing unless something puts it on one side (year-rules.ts
 * `publicationYear`: the nearer year when the sentence says neither; HeidelTime's news-style
 * reading of an underspecified date from the document's date, Strötgen & Gertz 2013). Published 11
 * March, "the landslide of 9 March" is two days before, never 363 days after.
 *
 * The act does put the occasion on one side when the preposition of time relationship orders the
 * two (Quirk et al. 1985, 9.37–9.43): an occasion an act in the past follows ("after", "since",
 * "following", "in the wake of") lies behind the time of writing too ("stayed shut in the weeks
 * following the March 2 fire"), and one an act ahead precedes ("before", "ahead of", "prior to",
 * "in the run-up to") lies ahead too ("will clear the road ahead of the 9 March vote"). Otherwise
 * (an act ahead after the occasion, a past act before it) the two may lie either side, and the
 * nearer year decides. A date after "of" and a noun not of time (thing-date.ts) takes no side from
 * a verb ahead (what will be assessed may have happened); a past verb keeps it behind, as before.
 * Nor does a date before the noun of its clause's subject from that clause's verb ahead ("The 9
 * March landslide will be investigated"): the verb is the investigating's. (A weekday so placed,
 * "Monday's vote will decide", is the one after publication: tense.ts; both Mondays lie within a
 * week, while a day and month read ahead may be almost a year off.) An offset ("two days after the
 * 9 March vote") moves the date to the act's own day, which keeps the verb's tense.
 */
import { AFTER_OCCASION, anchoredOccasionAt, BEFORE_OCCASION } from './anchor.js';
import { offsetBefore } from './offset.js';
import { modifiesNoun, opensItsClause, type Tense } from './tense.js';
import { ofThing } from './thing-date.js';

/** The preposition of time relationship, and a determiner, right before an occasion's phrase. */
const AFTER_LEAD = new RegExp(String.raw`\b${AFTER_OCCASION}\s+(?:[\p{L}'’]+\s+)?$`, 'iu');
const BEFORE_LEAD = new RegExp(String.raw`\b${BEFORE_OCCASION}\s+(?:[\p{L}'’]+\s+)?$`, 'iu');

/**
 * The side on which to choose the year of the date at `start`–`end` of `sentence` when it dates
 * an occasion its sentence's act is placed after, since or before, or a thing after "of" (see
 * the file's comment), given `actTense`, the tense the sentence's verb gives the date. Undefined
 * when the date is the act's own time (the caller keeps `actTense`).
 *
 * @returns 'past' or 'future' when the preposition and the act's tense put the occasion on that
 *   side; null when they leave it open (the nearer year decides); undefined when not such a date
 */
export function occasionSide(
  sentence: string,
  start: number,
  end: number,
  actTense: Tense,
): Tense | undefined {
  if (offsetBefore(sentence, start, end) !== null) return undefined;
  const occasion = anchoredOccasionAt(sentence, start, end);
  if (occasion !== null) {
    const lead = sentence.slice(0, occasion.start);
    if (AFTER_LEAD.test(lead)) return actTense === 'past' ? 'past' : null;
    if (BEFORE_LEAD.test(lead)) return actTense === 'future' ? 'future' : null;
    return undefined;
  }
  if (actTense !== 'future') return undefined;
  // "Engineers will assess the landslide of 9 March": what will be assessed may have happened.
  if (ofThing(sentence, start)) return null;
  // "The 9 March landslide will be investigated": the clause's verb is the investigating's.
  if (modifiesNoun(sentence, start, end) && opensItsClause(sentence, start)) return null;
  return undefined;
}

/** The noun and "of" right before a date: "landslide of " in "assess the landslide of 9 March". */
const NOUN_OF_BEFORE = /[\p{L}'’-]+\s+of\s+$/iu;

/**
 * The words "landslide of 9 March" when the date at `start`–`end` of `sentence` follows "of"
 * after a noun not of time (thing-date.ts), so that it dates what the noun names; else null.
 */
export function ofThingPhrase(sentence: string, start: number, end: number): string | null {
  if (!ofThing(sentence, start)) return null;
  const noun = NOUN_OF_BEFORE.exec(sentence.slice(0, start));
  return noun === null ? null : sentence.slice(noun.index, end);
}
