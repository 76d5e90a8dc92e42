/**
 * A count told as a present state, which holds over time, against one told as an event or a
 * running tally, which moves. Vendler (1957, "Verbs and times") sets states ("The depot employs
 * 27 staff", "The hall seats 400", "The bay is 9 miles from the town") apart from
 * accomplishments and achievements (what was lost, raised, collected): a state holds at every
 * moment of a stretch of time, so two reports of it a week or two apart tell the same state
 * unless either says it changed. A habitual present with a rate ("gets 480 visits a week") is
 * read as a state too (Comrie 1976, *Aspect*, ch. 1.2.2: habituals describe a situation that is
 * characteristic of a whole period). Anything that marks a change, a past, a plan or a tally so
 * far (a past or perfect form, a modal, "so far", "up from") makes the count no present state.
 */
import { NUMBER_MODIFIER } from './fact-values.js';
import { usualNounFiles } from '../usual-noun-files.js';
import { STOP_WORDS } from '../../text/stop-words.js';

/**
 * WordNet lexicographer files (lexnames(5WN)) of occurrences: noun.act (4), noun.communication
 * (10), noun.event (11), noun.phenomenon (19), noun.possession (21), noun.state (26). A count of
 * such things ("has 48 cases", "has 300 donations") is a tally that grows, told with a verb of
 * state; only with a rate ("visits a week") is it a state.
 */
const OCCURRENCE_FILES: ReadonlySet<number> = new Set([4, 10, 11, 19, 21, 26]);
/** Up to three words right after a figure: its counted noun and the noun's modifiers. */
const COUNTED_WORDS = /^[\d.,]+((?:\s+[\p{L}-]+){1,3})/u;

/** Verbs of a state: being, having, containing, measuring, employing, holding. */
const STATE_VERB = String.raw`is|are|has|have|employs?|holds?|seats?|houses?|measures?|covers?|spans?|weighs?|contains?|comprises?|costs?|lies|sits?|stands?|works?|(?:is|are)\s+employed`;
/** Verbs of a repeated act, a state only with a rate ("a week"). */
const HABIT_VERB = String.raw`gets?|receives?|sees?|handles?|welcomes?|serves?|attracts?|carries|carry|takes?|draws?|treats?|feeds?`;
/** A verb of state or habit, which ends the noun phrase of a figure ("31 staff work at"). */
const VERB_WORD = new RegExp(String.raw`^(?:${STATE_VERB}|${HABIT_VERB})$`, 'i');
/** A rate: "a week", "per day", "each month", "every year". */
const RATE = /\b(?:a|an|per|each|every)\s+(?:day|week|weekday|weekend|month|year|night|hour)\b/i;
/** The verb right before the figure, with only a modifier of the numeral between. */
const VERB_BEFORE = (verbs: string) =>
  new RegExp(String.raw`\b(?:${verbs})\s+(?:(?:${NUMBER_MODIFIER})\s+)?$`, 'i');
/** The figure, the counted noun (up to three words) and then the verb ("31 staff work"). */
const VERB_AFTER = (verbs: string) =>
  new RegExp(String.raw`^[\d.,]+(?:\s+[\p{L}-]+){1,3}?\s+(?:${verbs})\b`, 'iu');
const STATE_BEFORE = VERB_BEFORE(STATE_VERB);
const STATE_AFTER = VERB_AFTER(STATE_VERB);
const HABIT_BEFORE = VERB_BEFORE(HABIT_VERB);
const HABIT_AFTER = VERB_AFTER(HABIT_VERB);
/**
 * What makes a clause no present state: a past, perfect or progressive form, a modal, a plan,
 * a change ("up from", "rose") or a tally so far. A word in "-ed" counts as past unless it
 * follows "is" / "are" (the passive present "are employed").
 */
const NOT_PRESENT_STATE =
  /\b(?:was|were|had|been|being|will|would|shall|should|could|can|may|might|must|did|does|do|so far|to date|now|until|since|already|still|yet|up from|down from|last|next|expects?|plans?|hopes?|aims?|rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|lost|won|paid|sold|made|gave|given|took|taken|saw|seen)\b|\b(?:is|are)\s+\w+ing\b|(?<!\b(?:is|are)\s+)\b\w+ed\b/i;

/**
 * True when the figure at offset `at` of `clause` (the clause holding it) is told as a present
 * state: a state verb right before it ("employs about 27", "is 9 miles from") or right after its
 * counted noun ("31 staff work at"), or a verb of a repeated act with a rate ("gets 480 visits a
 * week"), and nothing in the clause marks a past, a change or a plan (see the file's comment).
 * Without a rate, the counted noun must not name an occurrence ({@link OCCURRENCE_FILES}).
 *
 * @example
 * toldAsPresentState('The depot employs 27 staff.', 18) // true
 * toldAsPresentState('Volunteers have collected 300 bags.', 26) // false
 */
export function toldAsPresentState(clause: string, at: number): boolean {
  if (!toldInPresent(clause, at)) return false;
  if (RATE.test(clause)) return true;
  return !countedWords(clause.slice(at)).some((word) =>
    usualNounFiles(word).some((file) => OCCURRENCE_FILES.has(file)),
  );
}

/**
 * True when the figure at offset `at` of `clause` is told in the present, as of the time of
 * writing: a verb of state right before it or right after its counted noun, or a verb of a
 * repeated act with a rate, and nothing in the clause marks a past, a change or a plan. Unlike
 * {@link toldAsPresentState} it holds of a tally too ("has 48 cases"): a figure as of writing.
 *
 * @example
 * toldInPresent('The county has 48 cases.', 15) // true
 * toldInPresent('The county had 48 cases.', 15) // false
 */
export function toldInPresent(clause: string, at: number): boolean {
  if (NOT_PRESENT_STATE.test(clause)) return false;
  const before = clause.slice(0, at);
  const after = clause.slice(at);
  if (STATE_BEFORE.test(before) || STATE_AFTER.test(after)) return true;
  return RATE.test(clause) && (HABIT_BEFORE.test(before) || HABIT_AFTER.test(after));
}

/** The words of the noun phrase of the figure opening `text`, up to a function word or a verb. */
function countedWords(text: string): string[] {
  const words = (COUNTED_WORDS.exec(text)?.[1] ?? '').trim().split(/\s+/);
  const end = words.findIndex((word) => STOP_WORDS.has(word.toLowerCase()) || VERB_WORD.test(word));
  return end === -1 ? words : words.slice(0, end);
}
