/**
 * A plan told in the past perfect ("The regatta had been due on 2 August") in an article that
 * tells the same event moved or given up elsewhere: its day is a plan since changed. A plan told
 * in the past perfect is placed before a past reference time (Quirk et al. 1985, §4.22ff); when
 * the article tells the same event moved, that time is before the change.
 *
 * "The same event" is coreference of two noun phrases with one head noun: a definite description
 * repeated picks out the same thing (Quirk et al. 1985, §5.32), but only when the two describe
 * it alike. Premodifiers and postdeterminers (ordinals, "next", "last", "other": Quirk et al.
 * 1985, §§5.18–5.22) restrict the head to one of its kind, so "the budget meeting" and "the
 * planning meeting", or "the first meeting" and "a second meeting", are two events; a date
 * written in the moved one's phrase ("the 28 July meeting", "Saturday's meeting") must be the
 * plan's. A phrase with no modifier beside one with a modifier ("the meeting" / "the budget
 * meeting") corefers only within one paragraph, where the modified phrase is the bare one's
 * antecedent (a paragraph is the unit of a news story's local topic); two bare phrases ("the
 * regatta" / "the regatta") are the same description, anywhere in the article.
 */
import { anyOf } from '../text/word-class.js';
import { DETERMINERS } from '../text/determiners.js';
import { EVENT_STOP_WORDS, STOP_WORDS } from '../text/stop-words.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';
import { escapeRegExp } from '../text/escape.js';
import { PLAN_CUES } from './plan-words.js';
import { FATE_TOLD, RESCHEDULE_VERB } from './rescheduled.js';

/** A plan's subject noun phrase right before "had been" + a cue: "The regatta had been due". */
const PLAN_SUBJECT = new RegExp(
  String.raw`\b(?<noun>\p{L}[\p{L}'’-]*)\s*(?:,\s*(?:which|that)\s+|\s+)had\s+been\s+(?:${anyOf(PLAN_CUES)})\s+(?:to|for|on|in)\b[^.;:!?,]{0,60}$`,
  'iu',
);

/** The plan a past-perfect sentence tells: its head noun, the words modifying it, its date's words. */
export interface PlanSubject {
  /** The head noun, lower case: "meeting". */
  noun: string;
  /** Premodifiers and postdeterminers, lower case, possessive "'s" dropped: ["budget"]. */
  modifiers: string[];
  /** The plan's date as words, lower case: ["1", "august"]. */
  dateWords: string[];
}

/**
 * Postdeterminers that pick out one of several of a kind (Quirk et al. 1985, §§5.18–5.22):
 * modifiers of the head although some are stop words elsewhere.
 */
const POSTDETERMINERS: ReadonlySet<string> = new Set(
  'another other first second third fourth fifth final next last previous following earlier later further'.split(
    ' ',
  ),
);

/** Most premodifiers read back from a head (as noun-phrase.ts's `MAX_NOUN_WORDS`, less the head). */
const MAX_MODIFIERS = 3;

/** A word, possibly with a possessive or hyphens: "council's", "34-year-old", "28". */
const WORD = /[\p{L}\d][\p{L}\d'’-]*$/u;

/** A date's word: a day's number, a month, a weekday. */
const DATE_WORD = new RegExp(
  String.raw`^(?:\d{1,2}(?:st|nd|rd|th)?|${MONTH_RE}|${WEEKDAY_RE})$`,
  'iu',
);

/** A word lower-cased with a possessive ending dropped: "Saturday's" → "saturday". */
function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

/**
 * The words of the noun phrase before its head at `headStart` of `text`, read back over at most
 * {@link MAX_MODIFIERS} words to a determiner, a function word, a verb of the plan's fate or a
 * punctuation mark: "Councillors postponed the budget meeting" → ["budget"]. Lower case.
 */
function modifiersBefore(text: string, headStart: number): string[] {
  const words: string[] = [];
  let rest = text.slice(0, headStart);
  // A line break ends the phrase: the story joins title, headline and text with one.
  while (words.length < MAX_MODIFIERS && /[^\S\n]$/u.test(rest)) {
    rest = rest.trimEnd();
    const match = WORD.exec(rest);
    if (match === null) break;
    const word = match[0];
    const lower = word.toLowerCase();
    const opensPhrase =
      DETERMINERS.includes(lower) || EVENT_STOP_WORDS.has(lower) || FATE_VERB_ALONE.test(word);
    if (opensPhrase && !POSTDETERMINERS.has(lower)) break;
    words.unshift(bare(word));
    rest = rest.slice(0, match.index);
  }
  return words;
}

/**
 * The subject of the event a past-perfect plan is told of, when the date at `start`–`end` of
 * `sentence` is that plan's day and its sentence tells no fate of its own: "The budget meeting had
 * been due on 2 August" and "the budget meeting, which had been due to take place on 2 August"
 * give `{noun: "meeting", modifiers: ["budget"], dateWords: ["2", "august"]}`. Null otherwise, and
 * for a pronoun or a relative ("It had been due", "The fair that had been due"), which names no
 * event another sentence can repeat.
 */
export function pastPerfectPlanSubject(
  sentence: string,
  start: number,
  end: number,
): PlanSubject | null {
  if (FATE_TOLD.test(sentence)) return null;
  const from = Math.max(0, start - 120);
  const match = PLAN_SUBJECT.exec(sentence.slice(from, start));
  const noun = match?.groups?.noun;
  if (match === null || noun === undefined || STOP_WORDS.has(noun.toLowerCase())) return null;
  return {
    noun: noun.toLowerCase(),
    modifiers: modifiersBefore(sentence, from + match.index),
    dateWords: sentence
      .slice(start, end)
      .split(/[\s,]+/u)
      .filter((w) => w !== '')
      .map(bare),
  };
}

/**
 * Verbs that only move an event in time, or "delayed", "cancelled", "called off", never a verb of
 * moving with other senses ("switched on", "shifted", "pushed"), which would tell no change.
 */
const FATE_VERB = String.raw`(?:${RESCHEDULE_VERB}|delay(?:s|ed|ing)?|cancell?ed|called\s+off|scrapped|abandoned|shelved)`;

/** A word that is such a verb, not a modifier of the noun after it. */
const FATE_VERB_ALONE = new RegExp(String.raw`^${FATE_VERB}$`, 'iu');

/**
 * True when the moved event's phrase, its modifiers `moved`, describes the plan's: a date it
 * writes is the plan's ("the 1 August meeting"); otherwise modifiers shared, or none on either
 * side, or none on one side within the plan's paragraph (`sameParagraph`).
 */
function describesPlan(
  plan: PlanSubject,
  moved: readonly string[],
  sameParagraph: boolean,
): boolean {
  const dates = moved.filter((w) => DATE_WORD.test(w));
  if (dates.length > 0) return dates.every((w) => plan.dateWords.includes(w));
  if (plan.modifiers.length === 0 || moved.length === 0)
    return plan.modifiers.length === moved.length || sameParagraph;
  return plan.modifiers.some((w) => moved.includes(w));
}

/**
 * True when `story` (an article's title, headline and text) tells the event of `plan` moved or
 * given up: a verb of its fate ({@link FATE_VERB}) with a noun phrase of the plan's head noun as
 * its object or subject, a few words apart in one sentence ("Organisers rescheduled the regatta
 * for 11 October", "Regatta postponed to October", "When we postponed the regatta in July"), that
 * describes the same event (see the module's comment). `paragraph` is the text of the plan's own
 * paragraph, where a bare phrase may take a modified one as its antecedent.
 */
export function articleTellsChange(story: string, paragraph: string, plan: PlanSubject): boolean {
  const word = escapeRegExp(plan.noun);
  const near = new RegExp(
    String.raw`\b${FATE_VERB}\b[^.;:!?]{0,30}?\b(?<object>${word})\b|\b(?<subject>${word})\b[^.;:!?]{0,30}?\b(?:(?:was|has\s+been|had\s+been|is|will\s+be)\s+)?${FATE_VERB}\b`,
    'giu',
  );
  const tells = (text: string, sameParagraph: boolean) =>
    [...text.matchAll(near)].some((m) => {
      const head = m.index + m[0].length - (m.groups?.object?.length ?? 0);
      const at = m.groups?.object !== undefined ? head : m.index;
      return describesPlan(plan, modifiersBefore(text, at), sameParagraph);
    });
  return tells(paragraph, true) || tells(story, false);
}
