/**
 * The day of a plan its sentence says has been called off: "The strike planned for next month
 * has been called off", "The march on Saturday has been cancelled", "Next month's strike has
 * been put on hold", "The council has cancelled the meeting planned for Thursday". No event
 * happens on that day, so the date names none: like the slot a moved event gave up
 * (rescheduled.ts), it is left undated, and the sentence is dated only by when the plan was
 * called off, if it says so ("The strike on 2 November was called off on Monday": the Monday).
 *
 * Only a date inside the noun phrase of the plan: the subject before the verb of calling off
 * ("The strike on 2 November was called off"), or its object after it, with a word of planning
 * or as a possessive or premodifier ("called off the strike planned for 2 November", "suspended
 * next month's strike", "scrapped the 2027 extension"). "On Monday the union called off the strike" and "called off the strike on Monday"
 * date the calling off.
 */
import { DETERMINERS } from '../text/determiners.js';
import { anyOf, wordIn } from '../text/word-class.js';
import { SPEECH_VERBS } from './lexicon.js';
import { markerAt } from './tense-markers.js';
import { PLAN_CUES } from './plan-words.js';

/** Participles of calling a plan off or putting it on hold. */
export const CALLED_OFF_PARTICIPLE = String.raw`(?:called\s+off|cancell?ed|scrapped|abandoned|axed|shelved|put\s+on\s+hold|suspended|postponed|deferred|put\s+off)`;

/**
 * After the date, the rest of the plan's noun phrase (at most six words, no punctuation), then
 * a form of "be" or "have" and the participle: "… has been called off", "… was cancelled".
 */
const CALLED_OFF_AFTER = new RegExp(
  String.raw`^(?:['’]s)?((?:\s+[\p{L}'’-]+){0,6}?)\s+(?:has|have|had|was|were|is|are)\s+(?:(?:now|since|also|already|just|again|officially|formally|effectively)\s+)?(?:been\s+)?(${CALLED_OFF_PARTICIPLE})\b`,
  'u',
);

/**
 * A comma, a word of planning and its preposition, right before the date: ", planned for", also
 * after an adverb telling the plan was the first of more than one (", originally set for":
 * rescheduled.ts `isOriginalPlan` reads the same adverbs), or opened by "which" and its
 * auxiliaries (", which had been set for"): a nonrestrictive relative clause, of which the reduced
 * one is the shortened form, postmodifies the noun alike (Quirk et al. 1985, §17.22, §17.27).
 */
const PLANNED_ASIDE = new RegExp(
  String.raw`,\s*(?:which\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?)?(?:(?:originally|initially)\s+)?(?:${anyOf(PLAN_CUES)})\s+(?:for|on|in|at)\s+(?:the\s+)?$`,
  'iu',
);

/** As {@link CALLED_OFF_AFTER}, after a date in an aside closed by a comma: "August, has been postponed". */
const CALLED_OFF_AFTER_ASIDE = new RegExp(
  String.raw`^(),\s+(?:has|have|had|was|were|is|are)\s+(?:(?:now|since|also|already|just|again|officially|formally|effectively)\s+)?(?:been\s+)?(${CALLED_OFF_PARTICIPLE})\b`,
  'u',
);

/** An active verb of calling a plan off, in any form. */
export const CALL_OFF_VERB = String.raw`(?:call(?:s|ed|ing)?\s+off|cancell?(?:s|ed|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|ax(?:es|ed|ing)|axe|shelv(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:on\s+hold|off))`;

/** Words of a plan for a time, and of one proposed for it ("the strike proposed for Monday"). */
const PLANNED_OR_PROPOSED = [...PLAN_CUES, 'proposed'];

/** A determiner of the plan's noun phrase. */
const DETERMINER = `(?:${anyOf(DETERMINERS)})`;

/** A word that is a determiner (text/determiners.ts), opening a noun phrase. */
const IS_DETERMINER = wordIn(DETERMINERS);

/**
 * Before the date: the verb of calling off, then its object and a word of planning right before
 * the date ("cancelled the meeting planned for"), or only a determiner when the date is a
 * possessive ("suspended next month's").
 */
const CALLED_OFF_BEFORE_PLAN = new RegExp(
  String.raw`\b(${CALL_OFF_VERB})\s+(?:${DETERMINER}\s+)?[^.;:!?,()—–]{0,50}?\b(?:${anyOf(PLANNED_OR_PROPOSED)})\s+(?:for|on|in|at)\s+(?:the\s+)?$`,
  'iu',
);
const CALLED_OFF_BEFORE_POSSESSIVE = new RegExp(
  String.raw`\b(${CALL_OFF_VERB})\s+(?:${DETERMINER}\s+)?$`,
  'iu',
);
/**
 * Before an attributive date ("scrapped the 2027 extension", "cancelled the 20 November
 * strike"): the verb of calling off and the object's determiner. A date between a determiner and
 * its noun premodifies the noun (Quirk et al. 1985, §17.108), so it is the plan's own date.
 */
const CALLED_OFF_BEFORE_ATTRIBUTIVE = new RegExp(
  String.raw`\b(${CALL_OFF_VERB})\s+${DETERMINER}\s+$`,
  'iu',
);
/** A noun after an attributive date: a lower-case word. */
const NOUN_AFTER = /^\s+\p{Ll}/u;

/** Words of planning that may qualify the plan's noun before its date ("the strike planned for"). */
const PLAN_WORD = wordIn([...PLANNED_OR_PROPOSED, 'upcoming']);

/** Prepositions that join a date to the noun it dates ("the march on Saturday"). */
const DATE_PREPOSITION = /^(?:on|for|in|at|from|during|of|this|next|last)$/iu;

/** Auxiliaries of a plan's own relative clause: "the council had planned", "which had been planned". */
const RELATIVE_AUXILIARY = wordIn(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are']);

/** Relative pronouns that open a clause about a thing: "the parade that the club had planned". */
const RELATIVE_PRONOUN = wordIn(['that', 'which']);

/** Most words of a relative clause's subject before its determiner: "the parish council". */
const RELATIVE_SUBJECT_WORDS = 3;

/**
 * Where the plan's noun phrase ends when the words before a date (up to `end`) close with a
 * relative clause of planning on it: "The minibus pilot [the council had planned] for December",
 * "The parade [that the club had planned] for", "The stoppage [which had been planned] for". The
 * clause modifies the plan's noun, as a zero or wh- relative does (Quirk et al. 1985, §17.10,
 * §17.15), so its verb is no verb of the sentence's own. `end` itself when there is none.
 */
function relativeClauseStart(words: readonly string[], end: number): number {
  const plan = end - 1;
  if (plan < 1 || !PLAN_WORD.test(words[plan] ?? '')) return end;
  let at = plan - 1;
  while (at >= 0 && RELATIVE_AUXILIARY.test(words[at] ?? '')) at--;
  if (at === plan - 1 || at < 0) return end;
  if (!RELATIVE_PRONOUN.test(words[at] ?? '')) {
    // The relative clause's own subject, opened by its determiner.
    let determiner = at;
    while (
      determiner >= 0 &&
      at - determiner < RELATIVE_SUBJECT_WORDS &&
      !IS_DETERMINER.test(words[determiner] ?? '')
    )
      determiner--;
    if (determiner < 0 || !IS_DETERMINER.test(words[determiner] ?? '')) return end;
    at = determiner - 1;
    if (at >= 0 && RELATIVE_PRONOUN.test(words[at] ?? '')) at--;
  } else at--;
  // A noun phrase of the plan must stand before the clause.
  return at >= 0 ? at + 1 : end;
}

/**
 * True when the words before a date (from the start of the sentence) end in a noun phrase with
 * no verb of its own: the subject of the clause, or of a clause a verb of saying reports ("said
 * the strike on 2 November…"). At least one word besides the preposition: "On Saturday, the
 * march was cancelled" dates the cancelling.
 */
function inSubjectPhrase(words: readonly string[]): boolean {
  let head = words.length;
  while (head > 0 && DATE_PREPOSITION.test(words[head - 1] ?? '')) head--;
  head = relativeClauseStart(words, head);
  if (head === 0) return false;
  for (let i = head - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (PLAN_WORD.test(word)) continue;
    const marker = markerAt(words, i);
    if (marker === null) continue;
    // "said (that) the strike …": the noun phrase opens the reported clause.
    return (
      i < head - 1 &&
      (SPEECH_VERBS.has(word.toLowerCase()) || marker === 'break') &&
      IS_DETERMINER.test(words[i + 1] ?? '')
    );
  }
  return true;
}

/** What a sentence says became of a plan, by its verb (see {@link calledOffPlan}). */
export type PlanOutcomeKind = 'called off' | 'postponed' | 'moved' | 'put on hold';

/**
 * The outcome a verb of {@link CALL_OFF_VERB} or {@link CALLED_OFF_PARTICIPLE} tells: moved to a
 * later time ("postponed", "deferred", "put off"), halted for a while ("suspended", "put on
 * hold"), or given up ("called off", "cancelled", "scrapped", "abandoned", "axed", "shelved").
 */
export function outcomeOfVerb(verb: string): PlanOutcomeKind {
  const v = verb.toLowerCase().replace(/\s+/gu, ' ');
  if (/^(?:postpon|defer|puts? off|putting off)/u.test(v)) return 'postponed';
  if (/^(?:suspend|puts? on hold|putting on hold)/u.test(v)) return 'put on hold';
  return 'called off';
}

/** The words of the plan's noun phrase after a possessive date: "next month's [planned walkout]". */
const AFTER_POSSESSIVE = /^(?:['’]s)?((?:\s+[\p{L}'’-]+){1,3})/u;

/** The words of a subject's noun phrase before its date, back to the last punctuation. */
const SUBJECT_BEFORE = /(?:^|[,;:—–()])([^,;:—–()]*)$/u;

/** Most words of a subject's noun phrase before its date read for its nouns. */
const SUBJECT_WORDS = 12;

/**
 * The day of a plan its sentence says has been called off, cancelled, suspended or put on hold
 * (see the module note), read: what became of it and the words of the plan's noun phrase around
 * the date ("the stoppage planned for", "strike"), which name the planned event. Null when the
 * date at `start`–`end` of `sentence` is no such day.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 * @returns `outcome`, and `phrase`: the noun phrase's words besides the date, as written
 */
export function calledOffPlan(
  sentence: string,
  start: number,
  end: number,
): { outcome: PlanOutcomeKind; phrase: string } | null {
  const before = sentence.slice(0, start);
  const possessive =
    /['’]s$/u.test(sentence.slice(start, end)) || /^['’]s\b/u.test(sentence.slice(end));
  const planned = CALLED_OFF_BEFORE_PLAN.exec(before.slice(-120));
  if (planned)
    return {
      outcome: outcomeOfVerb(planned[1] ?? ''),
      phrase: planned[0].slice((planned[1] ?? '').length),
    };
  const ofPossessive = possessive
    ? CALLED_OFF_BEFORE_POSSESSIVE.exec(before.slice(-60))
    : NOUN_AFTER.test(sentence.slice(end))
      ? CALLED_OFF_BEFORE_ATTRIBUTIVE.exec(before.slice(-60))
      : null;
  if (ofPossessive)
    return {
      outcome: outcomeOfVerb(ofPossessive[1] ?? ''),
      phrase: AFTER_POSSESSIVE.exec(sentence.slice(end))?.[1] ?? '',
    };
  // "The opening of the stand, planned for August, has been postponed": a reduced relative set
  // off by commas on the plan's noun (Quirk et al. 1985, ch. 17, on nonrestrictive postmodification);
  // the noun phrase is the words before its comma.
  const aside = possessive ? null : PLANNED_ASIDE.exec(before);
  const after = (aside ? CALLED_OFF_AFTER_ASIDE : CALLED_OFF_AFTER).exec(sentence.slice(end));
  if (!after) return null;
  const head = aside ? before.slice(0, aside.index) : before;
  const words = head.match(/[\p{L}'’]+|[;:—()]/gu) ?? [];
  const inPhrase = possessive
    ? words.every((_, i) => markerAt(words, i) === null)
    : inSubjectPhrase(words);
  if (!inPhrase) return null;
  // The subject's words: those after the clause's last verb ("said the stoppage on" → "the
  // stoppage on"), back to the last punctuation.
  // A relative clause of planning on the noun ("The park-and-ride scheme [that the council had
  // planned] for") is no part of the subject's head: its verb is the clause's, not the sentence's.
  const clause = (SUBJECT_BEFORE.exec(head)?.[1] ?? '').match(/[\p{L}'’]+(?:-[\p{L}'’]+)*/gu) ?? [];
  let nounEnd = clause.length;
  while (nounEnd > 0 && DATE_PREPOSITION.test(clause[nounEnd - 1] ?? '')) nounEnd--;
  const relative = relativeClauseStart(clause, nounEnd);
  const subjectEnd = relative < nounEnd ? relative : clause.length;
  let from = subjectEnd;
  while (
    from > 0 &&
    (PLAN_WORD.test(clause[from - 1] ?? '') || markerAt(clause, from - 1) === null)
  )
    from--;
  const subject = clause.slice(Math.max(from, subjectEnd - SUBJECT_WORDS), subjectEnd);
  return {
    outcome: outcomeOfVerb(after[2] ?? ''),
    phrase: `${subject.join(' ')} ${after[1] ?? ''}`.trim(),
  };
}

/**
 * True when the date at `start`–`end` of `sentence` is the day of a plan the sentence says has
 * been called off, cancelled, suspended or put on hold (see the module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function isCalledOffPlanDay(sentence: string, start: number, end: number): boolean {
  return calledOffPlan(sentence, start, end) !== null;
}
