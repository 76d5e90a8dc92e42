/**
 * Plan versus outcome: how a sentence that states a plan ("was expected on Thursday", "had been
 * scheduled for May", "promised in July", "was postponed until Friday") places its date on either
 * side of the time of writing. A plan reported in the simple past is a future seen from the past,
 * on either side of the time of writing unless the sentence tells how it turned out; a moved
 * date or a state begun with a set end says nothing of that side either. Kept apart from the tense markers (tense-markers.ts) because these rules
 * read what became of an intention, not which verb form governs the date.
 */
import { SPEECH_VERBS } from './lexicon.js';
import type { Tense } from './tense.js';
import { MOVED_TO, MOVED_TO_IN_FORCE } from './rescheduled.js';
import { ARRANGED_IN_FORCE } from './arranged-in-force.js';
import { ARRANGED_PARTICIPLES, PLAN_CUES } from './plan-words.js';
import { anyOf } from '../text/word-class.js';

/**
 * The tense a future cue at `index` gives: "would have met" is a past that did not happen.
 * "Was expected", "was due", "were scheduled for" with a date is a future seen from the past,
 * which says neither side of the time of writing (null), unless the sentence tells how it
 * turned out (`outcome`: "was expected on Friday but never came": past); told in reported
 * speech, it is the speaker's present (tense.ts, backshift.ts). The past perfect ("had planned",
 * "had been scheduled") is read as the simple past, and in reported speech ("said the vote had
 * been set for August") it may still lie ahead: in doubt (null). Otherwise ahead.
 *
 * @param outcome the sentence tells what became of a plan ({@link OUTCOME})
 */
export function cueTense(words: readonly string[], index: number, outcome: boolean): Tense {
  const next = words[index + 1]?.toLowerCase();
  if (next === 'have' && /^(?:would|will|must|should)$/iu.test(words[index] ?? '')) return 'past';
  // "its scheduled journeys on Saturday did not run", "payments due in April had been paid
  // late": a cue that qualifies a noun names a plan, as "was expected" does, and the sentence may
  // tell how it turned out.
  if (qualifiesNoun(words, index)) return outcome ? 'past' : 'future';
  // "The vote, originally scheduled (or: set) for October 7, was moved": a reduced relative
  // clause, read as "was originally scheduled for" is.
  const before = /^set$/iu.test(words[index - 1] ?? '') ? index - 2 : index - 1;
  if (/^(?:originally|initially)$/iu.test(words[before] ?? '') && !pastBefore(words, index))
    return outcome ? 'past' : 'future';
  if (!pastBefore(words, index)) return 'future';
  // "The band were due to headline on Saturday", "The report was expected on Thursday": the
  // simple past sets the plan's reference time before the time of writing and the planned
  // event after that reference time, which leaves it on either side of the time of writing
  // (Reichenbach 1947; Quirk et al. 1985, 4.48 and 4.58, the future in the past): in doubt,
  // never guessed. "was expected on Thursday but never came" reports the outcome: past.
  if (planInSimplePast(words, index)) return outcome ? 'past' : null;
  // "said the vote was set for August": reported speech moves "is set" back to "was set".
  const lead = words.slice(Math.max(0, index - 6), index).map((w) => w.toLowerCase());
  return lead.some((w) => SPEECH_VERBS.has(w)) ? null : 'past';
}

/**
 * True when the cue at `index` qualifies a noun rather than heading a verb phrase: a participle
 * of planning after a determiner ("its scheduled journeys", "the planned strike"), or "due" not
 * after a form of "be" ("payments due in April": a reduced relative clause).
 */
function qualifiesNoun(words: readonly string[], index: number): boolean {
  const cue = (words[index] ?? '').toLowerCase();
  const previous = (words[index - 1] ?? '').toLowerCase();
  if (
    /^(?:scheduled|planned|expected|intended|promised|upcoming|forecast|predicted|projected)$/u.test(
      cue,
    )
  )
    return /^(?:a|an|the|its|their|his|her|our|this|these|those)$/u.test(previous);
  if (cue === 'due')
    return (
      /^\p{Ll}/u.test(previous) &&
      !/^(?:is|are|am|was|were|be|been|being|not|now|also|still|originally|initially|then|and|or)$/u.test(
        previous,
      )
    );
  return false;
}

/**
 * "was expected", "were due", "was not expected", "was originally set for": the cue at `index`
 * follows "was"/"were" directly or across "not", an adverb of the plan, or the "set" of "set
 * for"/"set to"; or "had planned", "had scheduled", "had intended", "had been expected", a plan
 * in the past perfect.
 */
function planInSimplePast(words: readonly string[], index: number): boolean {
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const word = (words[j] as string).toLowerCase();
    if (word === 'was' || word === 'were') return true;
    // "The council had planned a second recount on Thursday": the past perfect sets the
    // planning before a past time and says no more of the planned day's side than the simple
    // past does (Reichenbach 1947).
    if (
      word === 'had' &&
      j === index - 1 &&
      /^(?:planned|scheduled|intended)$/iu.test(words[index] ?? '')
    )
      return true;
    // "The report had been expected on Thursday": the passive of the same past perfect.
    if (word === 'been' && (words[j - 1] ?? '').toLowerCase() === 'had') return true;
    if (!/^(?:not|set|originally|initially|also|still)$/u.test(word)) return false;
  }
  return false;
}

/**
 * What became of a plan, told in its sentence: a contrast ("but", "yet", "instead", "although")
 * or a word of its fate ("delayed", "postponed", "cancelled", "never", "did not", "failed",
 * "arrived", "has been", "originally": a plan since changed). "Had been" before a word of plan
 * is the plan's own auxiliary ("had been expected on Thursday"), no word of its fate.
 */
export const OUTCOME = new RegExp(
  String.raw`\b(?:but|yet|instead|although|though|however|originally|initially|only\s+to|never|failed|did\s+not|didn['’]t|(?:has|have)\s+(?:now\s+|since\s+)?been|had\s+(?:now\s+|since\s+)?been(?!\s+(?:${anyOf(PLAN_CUES)})\b)|delayed|postponed|deferred|cancell?ed|called\s+off|scrapped|abandoned|arrived|happened|took\s+place|went\s+ahead)\b`,
  'iu',
);

/** "was expected", "had been scheduled", "would have met": a plan or a future seen from the past. */
export function pastBefore(words: readonly string[], index: number): boolean {
  // Three words back: "was originally set for", "had been scheduled for".
  const previous = words.slice(Math.max(0, index - 3), index).map((w) => w.toLowerCase());
  const next = words[index + 1]?.toLowerCase();
  if (next === 'have' && /^(?:would|will|must|should)$/iu.test(words[index] ?? '')) return true;
  return previous.some((w) => w === 'was' || w === 'were' || w === 'had' || w === 'been');
}

/** "was due to", "had been scheduled to", then the rest of the clause up to the date. */
const FUTURE_IN_PAST = new RegExp(
  String.raw`\b(?:was|were|had\s+been)\s+(?:${anyOf([...ARRANGED_PARTICIPLES, 'due'])})\s+to\b[^.;:!?,]{0,60}$`,
  'iu',
);

/** A participle of promising right before the date's preposition: "refunds promised in July". */
const PROMISE_DATED = /\b(?:promised|pledged|vowed)\s+(?:in|on)\s+$/iu;

/**
 * A past verb that began a state with a set end, then "until" that end: "released on bail until
 * 7 January", "remanded in custody until Friday", "was given until March to pay". "Until" with a
 * change of state bounds the state that results, not the change (Dowty, Word Meaning and
 * Montague Grammar, 1979, on "until" with achievements), so the past tense dates the release,
 * and the end of the bail may lie on either side of the time of writing. A verb of state ("the
 * quay stayed shut until March 3") is bounded itself, and past.
 */
const BOUND_SET_UNTIL =
  /\b(?:released|bailed|remanded|granted|given|extended|suspended|banned|barred|disqualified|allowed)\b[^.;:!?]{0,50}?\b(?:until|till)\s+(?:the\s+)?$/iu;

/**
 * The tense the plan in `sentence` leaves to the date at `start`, given the `tense` its governing
 * verb gives it (see tenseOf in tense.ts): a date moved to in the simple past, a state with a set
 * end or a future seen from the past is in doubt (null); a date moved to in the present perfect
 * ("has been postponed until Friday") is ahead; a date a promise was made on is past; otherwise
 * `tense`.
 *
 * @param tense the tense of the date's governing verb
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 */
export function planTense(tense: Tense, sentence: string, start: number): Tense {
  // "was postponed until Friday", "adjourned the case to Monday", "released on bail until 7
  // January": the past verb tells when the date was moved or the state began, not on which side
  // of the time of writing the new date or the state's end lies.
  const before = sentence.slice(Math.max(0, start - 80), start);
  // "has been postponed until Friday", "have been pencilled in for Monday": a move or an
  // arrangement that holds now puts the event at its date, still ahead (arranged-in-force.ts).
  if (tense === 'past' && (MOVED_TO_IN_FORCE.test(before) || ARRANGED_IN_FORCE.test(before)))
    return 'future';
  if (tense === 'past' && (MOVED_TO.test(before) || BOUND_SET_UNTIL.test(before))) return null;
  // "had been due to take place from 8 to 10 August": a future seen from the past (Quirk et al.
  // 4.58) says nothing of which side of the time of writing the date lies.
  if (tense === 'past' && FUTURE_IN_PAST.test(before)) return null;
  // "refunds promised in July": the date is when the promise was made, not what it promised.
  if (tense === 'future' && PROMISE_DATED.test(before)) return 'past';
  return tense;
}
