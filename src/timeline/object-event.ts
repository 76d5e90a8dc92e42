/**
 * A date closing an object's noun phrase of an event: "The mayor announced on Thursday that an
 * audit would examine the collapse of the Mill Street footbridge last weekend." The date stands
 * inside the noun phrase "the collapse of … last weekend" (a noun of an event, event-noun.ts,
 * with its "of" phrase): it dates the collapse, not the examining nor the announcing, whose
 * own date ("on Thursday") the sentence gives. The timeline lists the quote under the act's
 * date unmarked and under the inner date only as the date of that noun phrase, as written
 * (named-thing.ts does so for "last month's pay deal").
 *
 * Read beside another date of the same sentence that dates an act (events.ts): a date after an
 * object is otherwise as likely the verb's ("The council approved the closure of the library on
 * Tuesday" tells when it approved it), and a sentence's only date stays its act's. Unless the
 * verb tells its act as still ahead ("would examine", "will investigate", "plans to review")
 * and the date has passed by the time of writing ("The mayor announced that an audit would
 * examine the collapse of the footbridge last weekend"): an act told as ahead is not told as
 * having happened on a past day, while a definite noun of an event presupposes that its event
 * happened, so the only date dates that event ({@link aheadYetPast}).
 */
import { clauseBounds } from './clause.js';
import { namesEvent } from './event-noun.js';
import type { Tense } from './tense.js';
import { taggedWords } from './wink.js';

/**
 * True when a date's sentence tells the act it governs as ahead (`tense`, tense.ts) yet the date
 * lies wholly before the time of writing (`after` false: events.ts `afterPublication`): the date
 * is not that act's, so one closing the act's object's event noun phrase is that event's.
 */
export function aheadYetPast(tense: Tense, after: boolean | null): boolean {
  return tense === 'future' && after === false;
}

/** Tags of the words an "of" phrase holds before the date: "of the Mill Street footbridge". */
const OF_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/** Tags of the words between a determiner and the event noun: "the sudden collapse". */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Most words of the "of" phrase before the date, and of the modifiers before the noun. */
const MAX_PHRASE_WORDS = 6;

/**
 * The noun phrase of an event that the date at `start`–`end` of `sentence` closes, as written
 * from its determiner to the end of the date ("the collapse of the Mill Street footbridge last
 * weekend"), or null. In the date's clause, right before the date (and its "on", "in" or
 * "at"): an "of" phrase of nouns, names, adjectives and numbers (no verb: "of the bridge that
 * collapsed last weekend" is a clause of its own), after a noun of an event (event-noun.ts),
 * after a determiner and at most a few modifiers, after a verb or a preposition, so that the
 * noun phrase is an object and not the clause's subject ("The collapse of the footbridge last
 * weekend shocked residents" leaves it to the other rules).
 */
export function objectEvent(sentence: string, start: number, end: number): string | null {
  const { from } = clauseBounds(sentence, start, end);
  // Read on the words alone first: most dates are ruled out before their sentence is tagged.
  if (!/\bof\s+\S/iu.test(sentence.slice(from, start))) return null;
  const words = taggedWords(sentence).filter((w) => w.start >= from && w.end <= start);
  let at = words.length - 1;
  // "the death of a fisherman on 2 May": the date's own preposition, when read outside it.
  if (/^(?:on|in|at)$/iu.test(words[at]?.value ?? '')) at--;
  const phraseEnd = at;
  while (at >= 0 && words[at]!.value.toLowerCase() !== 'of') {
    if (!OF_PHRASE.has(words[at]!.tag) || phraseEnd - at >= MAX_PHRASE_WORDS) return null;
    at--;
  }
  if (at < 0 || at === phraseEnd) return null;
  const head = words[at - 1];
  if (head === undefined || head.tag !== 'NOUN' || !namesEvent(head.value)) return null;
  let det = at - 2;
  while (det >= 0 && MODIFIER.has(words[det]!.tag) && at - det <= MAX_PHRASE_WORDS) det--;
  if (words[det]?.tag !== 'DET') return null;
  if (!/^(?:VERB|ADP)$/u.test(words[det - 1]?.tag ?? '')) return null;
  return sentence.slice(words[det]!.start, end);
}
