/**
 * Possibilities and conditions: "the council could reopen the consultation in February", "talks
 * may resume in February", "If the vote fails in February, …". The sentence tells no event on the
 * date, only one that may come, or one it supposes. The timeline leaves such a date undated on
 * either side of publication: ahead, it is no plan ("expected at the time of writing" would say
 * more than "could"), and behind, it either did not come to pass or is a past ability ("residents
 * could see the smoke in February"), which the words do not tell apart; a supposed past ("if the
 * council approved it in March") is no report of one.
 */
import { inConsequence } from './condition-consequence.js';
import { isDeadline } from './deadline.js';
import { monthPartWordCount } from './month-part.js';
import { modifiesNoun, opensItsClause } from './tense.js';
import { isPastWord, markerAt, wordMarker } from './tense-markers.js';

/**
 * Modals of possibility (Quirk et al. 1985, 4.49–4.60: "may", "might" and "could" of
 * possibility). "may" only in lower case: "May" is the month or a name. "can" is left out: it
 * states a present ability or permission ("residents can apply until 3 March"), not a doubt.
 */
const POSSIBILITY_MODAL = /^(?:could|couldn[’']t|may|might|mightn[’']t)$/u;

/**
 * Words that open a condition ("if the vote fails"), and those before "if" that make it none.
 * Not "provided": as often the participle ("provided for by the act of 1845") as a condition.
 */
const CONDITION = /^(?:if|unless)$/iu;
const NOT_CONDITION_BEFORE = /^(?:as)$/iu;

/** What a date is said under: see {@link possibilityOf}. */
export type Possibility =
  | 'condition'
  | 'reduced-condition'
  | 'could'
  | 'may'
  | 'perfect'
  | 'ability'
  | 'past-ability'
  | 'estimate'
  | 'consequence'
  | null;

/**
 * Verbs of perception and cognition, with which "could" is the past of "can" for one occasion
 * as much as for a lasting ability ("we could see the smoke"); with other verbs one past
 * achievement takes "was able to" (Swan, Practical English Usage, 3rd ed., §118; Quirk et al.
 * 1985, 4.59). "could reopen in February" is a possibility; "could see the smoke in February"
 * may be either.
 */
const PERCEPTION_VERB = /^(?:see|hear|smell|taste|feel|sense|understand|remember|recall)$/iu;
/** Words that may stand between "could" and its verb: "could not", "could clearly see". */
const MODAL_ADVERB = /^(?:not|still|clearly|only|barely|just|even|already|hardly|easily|also)$/iu;
/**
 * A clause after the date that sets a past time ("…in February, when the fire started", "…, before
 * it closed", "…and called the fire brigade"): its past verb makes "could" a past ability.
 */
const PAST_TIME_CLAUSE = /^(?:when|as|while|after|before|until|till|once|and)$/iu;

/** The kind of a modal of possibility at `i` of `words`. */
function modalKind(words: readonly string[], i: number): Possibility {
  if (/^have$/iu.test(words[i + 1] ?? '')) return 'perfect';
  if (!/^could/u.test(words[i] as string)) return 'may';
  let verb = i + 1;
  while (MODAL_ADVERB.test(words[verb] ?? '')) verb++;
  return PERCEPTION_VERB.test(words[verb] ?? '') ? 'ability' : 'could';
}

/**
 * True when a clause after the date (`after`: the sentence's words after it) opened by a word of
 * time or by "and" has a past verb within a few words ("…, when the fire started"): the time of
 * the "could" is past.
 */
function pastTimeAfter(after: readonly string[]): boolean {
  for (let i = 0; i < after.length; i++) {
    const word = after[i] as string;
    if (markerAt(after, i) === 'break') return false;
    if (!PAST_TIME_CLAUSE.test(word)) continue;
    return after.slice(i + 1, i + 5).some((w) => isPastWord(w));
  }
  return false;
}

/** How far from a date its modal or condition is looked for, in words of its clause. */
const WINDOW = 12;

/** Words of a clause segment: a comma, semicolon, colon, dash or bracket ends the segment. */
function segmentWords(text: string): string[] {
  return text.match(/[\p{L}'’]+/gu) ?? [];
}

/**
 * What the date at `start`–`end` of `sentence` is said under: `'condition'` when it lies in a
 * clause opened by "if", "unless", "provided" and the like (up to a comma or a break of clause
 * before it: "If the vote fails in February, …"), `'could'` or `'may'` when a modal of possibility
 * governs it (the nearest before it in its clause with no tense marker between, or, for a date
 * opening its clause, the first after it: "In February, the council could …"), null otherwise.
 * `'consequence'` for a date in the matrix of a condition ("If funding is approved, work will
 * start in May": condition-consequence.ts), not one naming a thing.
 * `'perfect'` for such a modal before "have" ("might have approved it in February": a possible
 * past, whose tense modal-perfect.ts reads); `'reduced-condition'` for a condition whose verb is
 * a participle with no tense of its own ("if approved in February", "unless delayed").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function possibilityOf(sentence: string, start: number, end: number): Possibility {
  const kind = modalOrCondition(sentence, start, end);
  if (kind !== null || namesThing(sentence, start, end)) return kind;
  // "If funding is approved, work will start in May": the matrix of a condition is supposed.
  return inConsequence(sentence, start, end) ? 'consequence' : null;
}

/**
 * True when the date at `start`–`end` names a thing rather than dating an act: "may amend the
 * act of March 3, 1819", "could revive the 2019 survey", "the council's May meeting".
 */
function namesThing(sentence: string, start: number, end: number): boolean {
  const lead = sentence.slice(0, start);
  // The "of" of a part of the period ("by the end of March") names no thing.
  return (
    (/\bof\s+(?:the\s+)?$/iu.test(lead) && monthPartWordCount(segmentWords(lead)) === 0) ||
    /['’]s$/u.test(sentence.slice(start, end)) ||
    modifiesNoun(sentence, start, end)
  );
}

/** {@link possibilityOf} but for the consequence of a condition. */
function modalOrCondition(sentence: string, start: number, end: number): Possibility {
  const lead = sentence.slice(0, start);
  // "may amend the act of March 3, 1819", "could revive the 2019 survey": a date naming a thing
  // dates the thing, not the act that may befall it.
  if (namesThing(sentence, start, end)) return null;
  const segment = lead.slice(
    Math.max(...[',', ';', ':', '—', '(', ')'].map((c) => lead.lastIndexOf(c))) + 1,
  );
  const before = segmentWords(segment).slice(-WINDOW);
  let governed = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as string;
    const marker = markerAt(before, i);
    if (marker === 'break') break;
    if (CONDITION.test(word) && !NOT_CONDITION_BEFORE.test(before[i - 1] ?? ''))
      return wordMarker(before[i + 1] ?? '') === 'past' ? 'reduced-condition' : 'condition';
    // A tense marker nearer the date governs it; a condition further back still frames it.
    if (marker !== null) governed = true;
    // "might have approved": the participle after "have" governs, under the modal.
    if (POSSIBILITY_MODAL.test(word) && (!governed || /^have$/iu.test(before[i + 1] ?? '')))
      return estimated(withPastTime(modalKind(before, i), sentence, end), sentence, start, end);
  }
  if (governed || !opensItsClause(sentence, start)) return null;
  // "In February, the council could …": up to the next comma after the one closing the date.
  const after = segmentWords(
    sentence
      .slice(end)
      .replace(/^[\s,]+/u, '')
      .split(/[,;:—()]/u)[0] ?? '',
  );
  for (let i = 0; i < Math.min(after.length, WINDOW); i++) {
    const word = after[i] as string;
    if (POSSIBILITY_MODAL.test(word))
      return estimated(withPastTime(modalKind(after, i), sentence, end), sentence, start, end);
    if (wordMarker(word) !== null) return null;
  }
  return null;
}

/**
 * A possibility bounded by a deadline estimates when, not whether: "the first measurements could
 * be published by June" takes the publication as coming and puts a time on it, as a forecast does
 * (forecast.ts), so it is `'estimate'`, listed ahead. Without a deadline ("could begin in early
 * November") the act itself is in doubt; a condition or a modal perfect keeps its own kind.
 */
function estimated(kind: Possibility, sentence: string, start: number, end: number): Possibility {
  return (kind === 'could' || kind === 'may') && isDeadline(sentence, start, end)
    ? 'estimate'
    : kind;
}

/**
 * "could" with a clause setting a past time is a past ability; under a condition anywhere in the
 * sentence ("If the repairs go well, swimmers could see the pool reopen in February") it is a
 * possibility, whatever its verb.
 */
function withPastTime(kind: Possibility, sentence: string, end: number): Possibility {
  if (kind !== 'could' && kind !== 'ability') return kind;
  if (segmentWords(sentence).some((w) => CONDITION.test(w))) return 'could';
  const rest = sentence.slice(end).match(/[\p{L}'’]+|[;:—()]/gu) ?? [];
  return pastTimeAfter(rest) ? 'past-ability' : kind;
}

/**
 * The tense a possibility leaves to its date, given the `tense` the other rules read: "may" and
 * "might" look ahead ("talks may resume in February, officials said": ahead, whatever the saying
 * verb after it); "could" says neither side (a possibility ahead, or an ability in the past), nor
 * does a participle after a condition ("if approved in February"); a condition keeps the tense of
 * its own verb ("if the vote fails in February"), a modal perfect its own reading. A past ability
 * is past: "could" with a clause setting a past time ("could see the smoke in February, when the
 * fire started"), or "could" with a verb of perception before a month written without a year
 * that comes earlier in the year than the publication month (`earlierMonth`: "residents could see
 * the smoke in February", published in April, is this February's, not the next).
 */
export function tenseUnder(
  possibility: Possibility,
  tense: 'future' | 'past' | null,
  earlierMonth = false,
): 'future' | 'past' | null {
  if (possibility === 'may' || possibility === 'estimate') return 'future';
  if (possibility === 'past-ability') return 'past';
  if (possibility === 'ability') return earlierMonth ? 'past' : null;
  if (possibility === 'could') return null;
  if (possibility === 'reduced-condition' && tense === 'past') return null;
  return tense;
}

/**
 * True when a date said under `possibility` tells only of what may come or what is supposed (so
 * the timeline leaves it undated); false for none and for a past ability ({@link tenseUnder} made
 * it past).
 */
export function supposes(possibility: Possibility, tense: 'future' | 'past' | null): boolean {
  if (possibility === null || possibility === 'estimate') return false;
  // "If it is approved, the plan, drawn up in 2019, will …": a past act in the matrix is told.
  if (possibility === 'consequence') return tense !== 'past';
  return !((possibility === 'ability' || possibility === 'past-ability') && tense === 'past');
}
