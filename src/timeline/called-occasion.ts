/**
 * The day of an occasion a verb of calling or announcing names: "The union has called a 48-hour
 * walkout starting on Monday 2 November", "The union called a strike on Monday 2 November",
 * "has announced a march on Saturday 17 October", "has called a strike at the Hexley plant on
 * Thursday" (a place after the occasion is the occasion's, as its day is). The date after the occasion noun may be the
 * occasion's day (the strike is on 2 November) or the day it was called ("called a strike on
 * Monday" in a report of Monday's news): the past tense of the calling does not say which, so
 * the date's side of the time of writing is left to the date itself (its written weekday, the
 * nearer year). In the present perfect or ahead ("has called a strike on Monday") the call
 * holds now and its occasion awaits it, as with "has tabled a question for the meeting on the
 * 27th" (occasion.ts): ahead. So with the occasion's verb in the infinitive after another
 * verb ("The council agreed to hold a vote on 14 March"): the date is the vote's or the
 * agreement's, and its side is left to the date: an agreeing told with no date is news, so a
 * yearless day is the next one after publication (published 2 February 2025 or 20 December 2024:
 * 14 March 2025), or undated when the last one is recent enough to follow it (committed-act.ts),
 * while "has agreed to hold", "plans to hold" are ahead.
 */
import { MID_ADVERB } from './base-form.js';
import { heldNow } from './occasion.js';
import { markerAt } from './tense-markers.js';
import type { Tense } from './tense.js';
import { WEEKDAY_RE } from '../text/months.js';

/** A weekday written right before a date ("on Monday 2 November"). */
const WRITTEN_WEEKDAY = new RegExp(`^${WEEKDAY_RE}$`, 'u');

/**
 * Verbs that call, announce or arrange an occasion, in their past or participle form (not
 * "held", "staged": those tell of the occasion itself, on its day).
 */
const CALLING_VERB =
  /^(?:called|announced|organi[sz]ed|arranged|planned|scheduled|set|fixed|proposed|declared)$/iu;

/**
 * Verbs that call, hold or arrange an occasion, in their base form after "to": "agreed to hold a
 * vote on 14 March", "voted to stage a strike on Monday". The infinitive tells an act that lay
 * ahead of the verb before "to" (a future seen from its time), so the date after the occasion is
 * the occasion's day or that verb's, as after a calling in the past.
 */
const INFINITIVE_CALLING =
  /^(?:call|hold|stage|organi[sz]e|arrange|plan|schedule|set|fix|propose|announce|convene)$/iu;

/**
 * Occasions that are called or announced ahead of their day: industrial action, demonstrations,
 * votes and meetings. Not every occasion noun (occasion.ts): "named a date on Monday", "set a
 * deadline on Friday" date the naming.
 */
const CALLED_OCCASIONS =
  /^(?:strikes?|walkouts?|stoppages?|march|marches|rall(?:y|ies)|protests?|demonstrations?|vigils?|pickets?|ballots?|votes?|referendum|elections?|meetings?|debates?|hearings?|summit|talks|conferences?)$/iu;

/** What joins the occasion noun to its day: "on", "starting on", "beginning", "from". */
const DAY_LINK = /^(?:on|from|starting|beginning|commencing)$/iu;

/**
 * What joins the occasion noun to its place or its topic: "a strike at the plant", "a march in
 * the town", "a meeting about the bypass". Either postmodifies the noun, so the day after it is
 * still the occasion's (Quirk et al. 1985, ch. 17, on postmodification by prepositional phrases).
 */
const PLACE_LINK = /^(?:at|in|outside|about)$/iu;

/** How many words a place after the occasion noun may have ("at Pellow's Hexley plant"). */
const PLACE_WORDS = 4;

/** How many words (adjectives, counts: "a 48-hour", "a two-day") may stand before the noun. */
const MODIFIER_WORDS = 3;

/** How many words back from "to" the verb it follows is looked for ("agreed unanimously to"). */
const TO_WINDOW = 3;

/** An occasion's day a calling verb names: the tense it takes, and where the calling verb stands. */
interface Called {
  tense: Tense;
  /** Index in the words before the date of the verb that calls or arranges the occasion. */
  verb: number;
}

/**
 * For an occasion's verb in the infinitive, "to" at `to` of `words`: the past verb before "to"
 * with tense null (the day is the occasion's or that verb's), or 'future' when that past is a
 * present perfect (the commitment holds now); undefined when the nearest tense marker before
 * "to" is no past.
 */
function pastBeforeTo(words: readonly string[], to: number): Called | undefined {
  for (let j = to - 1; j >= Math.max(0, to - TO_WINDOW); j--) {
    const marker = markerAt(words, j);
    if (marker === null) continue;
    if (marker !== 'past') return undefined;
    return { tense: heldNow(words, to) ? 'future' : null, verb: j };
  }
  return undefined;
}

/** Determiners that open the occasion's noun phrase: "a strike", "the vote", "their march" (a closed class). */
const OCCASION_DETERMINER = /^(?:a|an|the|its|their|his|her|our)$/iu;

/**
 * Where the determiner of the occasion noun whose day follows `before` (the words before a
 * date) stands in it: "a 48-hour walkout starting on", "the vote on"; -1 when the date is no
 * occasion's day.
 */
function occasionDeterminer(before: readonly string[]): number {
  let i = before.length - 1;
  // "on Monday 2 November": the weekday written with the date.
  if (WRITTEN_WEEKDAY.test(before[i] ?? '')) i--;
  if (!DAY_LINK.test(before[i] ?? '')) return -1;
  while (i > 0 && DAY_LINK.test(before[i] ?? '')) i--;
  // "a strike at the Hexley plant on Thursday": the place is the occasion's, as its day is.
  const place = before.findLastIndex(
    (w, k) => k >= i - PLACE_WORDS && k <= i && PLACE_LINK.test(w),
  );
  if (!CALLED_OCCASIONS.test(before[i] ?? '') && place > 0) i = place - 1;
  if (!CALLED_OCCASIONS.test(before[i] ?? '')) return -1;
  for (let j = i - 1; j >= Math.max(0, i - 1 - MODIFIER_WORDS); j--)
    if (OCCASION_DETERMINER.test(before[j] ?? '')) return j;
  return -1;
}

/** {@link calledOccasionTense}, with where the calling verb stands. */
function calledOccasion(before: readonly string[]): Called | undefined {
  const j = occasionDeterminer(before);
  if (j < 0) return undefined;
  const verb = j - 1;
  // "agreed to hold a vote on 14 March": a past verb before "to" leaves the day's side to the
  // date, unless in the present perfect ("has agreed to hold": ahead); any other verb there
  // ("plans to hold", "is to hold") keeps the tense the other rules read.
  if (INFINITIVE_CALLING.test(before[verb] ?? '') && /^to$/iu.test(before[verb - 1] ?? ''))
    return pastBeforeTo(before, verb - 1);
  if (!CALLING_VERB.test(before[verb] ?? '')) return undefined;
  return { tense: heldNow(before, verb + 1) ? 'future' : null, verb };
}

/**
 * The tense the day after `before` (the words before a date) takes when it is the day of an
 * occasion a calling verb names (see the module note): 'future' when the call holds now (present
 * perfect or ahead), null otherwise; undefined when the date is no such day.
 */
export function calledOccasionTense(before: readonly string[]): Tense | undefined {
  return calledOccasion(before)?.tense;
}

/**
 * The occasion noun whose day follows `before` (the words before a date) when a calling verb
 * names it and the call holds now ("have organised a public meeting about the bypass on 6
 * March": "meeting"), so the day is surely the occasion's, not the calling's; null otherwise
 * (a simple past "called a strike on Monday" may date the calling).
 */
export function calledOccasionNow(before: readonly string[]): string | null {
  const called = calledOccasion(before);
  if (called?.tense !== 'future') return null;
  return before.slice(called.verb + 1).find((w) => CALLED_OCCASIONS.test(w)) ?? null;
}

/**
 * The past verb that calls or arranges the occasion whose day comes after `before` (the words
 * before a date), as written ("agreed" in "agreed on Monday to hold a vote on 14 March",
 * "called" in "called a strike on 2 November"), when the date's side is left to the date itself
 * (tense null); null otherwise.
 */
export function pastArrangingVerb(before: readonly string[]): string | null {
  const called = calledOccasion(before);
  return called?.tense === null ? (before[called.verb] ?? null) : null;
}

/**
 * Verbs whose passive has for its subject the occasion they arrange: the calling verbs, and
 * "agreed" and "approved" ("A vote was agreed", "The strike was approved by members"), which
 * arrange an occasion actively only before "to" ("agreed to hold a vote": INFINITIVE_CALLING).
 */
const PASSIVE_ARRANGING = new RegExp(`${CALLING_VERB.source}|^(?:agreed|approved)$`, 'iu');

/**
 * The participle of the past passive that arranges the occasion whose day is a date, the
 * occasion being its subject: "agreed" in "The vote, on 14 March, was agreed on Monday",
 * "called" in "A strike on 2 November was formally called by the union". The past of the
 * arranging says nothing of which side of the time of writing the occasion lies (as after a
 * calling in the active); a date of the arranging verb tells that it lies after that day
 * (arranged-after-act.ts). Null when the date is no such occasion's day.
 *
 * @param before the words before the date
 * @param after the words after it
 */
export function passiveArrangingVerb(
  before: readonly string[],
  after: readonly string[],
): string | null {
  if (occasionDeterminer(before) < 0 || !/^(?:was|were)$/iu.test(after[0] ?? '')) return null;
  // "was formally agreed": an adverb between the auxiliary and its participle.
  const k = MID_ADVERB.test(after[1] ?? '') ? 2 : 1;
  return PASSIVE_ARRANGING.test(after[k] ?? '') ? (after[k] as string) : null;
}
