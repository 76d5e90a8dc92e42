/**
 * The act of a "to"-infinitive after a verb of commitment, intention or planning in the simple
 * past: "The company agreed to call the residents back in October", "The council voted to cut
 * the subsidy in March". Such an infinitive has future orientation: its act lies after the time
 * of the verb it complements (Quirk et al. 1985, §16.38–16.40; Huddleston & Pullum 2002, ch. 14,
 * on irrealis and futurate infinitivals), so the simple past of that verb says nothing of which
 * side of the time of writing the act lies.
 *
 * What does: a news report tells its news in the simple past with no date when it is recent, so
 * the commitment lies at or shortly before publication and its act after it. A yearless date of
 * the act is then the next one on or after publication, unless the one before publication is
 * recent enough for the commitment to have come before it: published 2 April 2026, "agreed to
 * call the residents back in October" is October 2026 (a commitment before October 2025 would be
 * no news), while "voted to cut the subsidy in March" may be March 2026 (a vote in February) or
 * March 2027, and is left undated rather than guessed. A date of the commitment stated in the
 * sentence ("agreed on Monday to …") places the act on or after it (arranged-after-act.ts).
 */
import { intervalOf, type DateValue } from '../text/calendar.js';
import { MID_ADVERB } from './base-form.js';
import type { CalendarMention } from './mention.js';
import { unresolved, type Resolution } from './resolution.js';
import { PREPOSITION } from './preposition.js';
import { SPEECH_VERBS } from './lexicon.js';
import { ADJUNCT_WORDS, infinitiveAfter, planObjectAfter, TIME_ADVERB } from './tense-markers.js';
import { withYear } from './year-rules.js';
import { wordIn } from '../text/word-class.js';

/** Verbs of commitment, intention or planning in the simple past, active: "agreed to". */
export const COMMITTING_PASTS: readonly string[] = [
  'agreed',
  'decided',
  'voted',
  'resolved',
  'opted',
  'chose',
  'promised',
  'pledged',
  'vowed',
  'undertook',
  'offered',
  'consented',
  'arranged',
  'planned',
  'intended',
  'aimed',
  'expected',
];
const COMMITTING = wordIn(COMMITTING_PASTS);

/**
 * Words that make the verb before them no simple past active: an auxiliary of the perfect ("has
 * agreed to": the commitment holds now, tense-markers.ts `commitmentInForce`), of the passive or
 * progressive, a modal, or "to".
 */
const NOT_SIMPLE_PAST =
  /^(?:has|have|had|having|'ve|’ve|'d|’d|is|are|am|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|to)$/iu;

/**
 * How many days before publication the commitment, told in the simple past with no date, may
 * lie: a month, the largest span news counts as recent in its own words ("last month"). Only a
 * date of the act ending within it may have come after the commitment and still be past.
 */
export const RECENT_DAYS = 31;

/** The word before `i`, across the adverbs an auxiliary and its verb allow ("voted unanimously"). */
function before(words: readonly string[], i: number): number {
  let j = i - 1;
  while (j > 0 && MID_ADVERB.test(words[j] ?? '')) j--;
  return j;
}

/**
 * Where the verb of commitment stands when the tense marker at `index` of `words` (the nearest
 * before a date in its clause: tense.ts) is that verb in the simple past, or its "to", with a
 * "to"-infinitive after it: "agreed to call", "voted unanimously to cut", "agreed on Monday to
 * call", "voted last night to", "promised to"; -1 otherwise. Not "has agreed to" (ahead), "had agreed to" (a past seen
 * from the past), "plans to" (a present) nor "was due to", "was expected to": a plan told in the
 * simple past, whose side plan.ts reads from the outcome its sentence tells. `earlier`: the
 * sentence's words before `words`, where a verb of saying may stand ("said … had agreed to").
 */
export function committingVerbAt(
  words: readonly string[],
  marker: number,
  earlier: readonly string[] = [],
): number {
  // "voted last night to cut", "voted yesterday to": an adjunct of time after the verb carries
  // a past of its own, and the verb before it governs.
  const adjunct = TIME_ADVERB.test(words[marker] ?? '');
  const index = adjunct ? marker - 1 : marker;
  // "set out plans to cut the service in March": a plan noun's infinitive, as a verb's of
  // commitment, names an act wanted, after the plan (Quirk et al. 1985, §17.26).
  if (planObjectAfter(words, index) >= 0 && simplePastAt(words, index, earlier)) return index;
  // "set out plans last week to shut …": the adjunct of time stands between the plan noun and
  // its infinitive, and modifies the verb that takes the plan as its object, a few words back.
  if (adjunct) {
    const planVerb = verbOfPlanBefore(words, marker);
    if (planVerb >= 0 && simplePastAt(words, planVerb, earlier)) return planVerb;
  }
  let to = index;
  let verb = index;
  if (/^to$/iu.test(words[index] ?? '')) verb = before(words, index);
  // "agreed on Monday to call", "voted unanimously to cut": the infinitive may follow the
  // verb's own adjuncts, an adverb or a phrase opened by a preposition, up to a few words; not
  // an object ("offered shelter to homeless families": "to" is then a preposition).
  else {
    const first = words[index + 1] ?? '';
    const opens = MID_ADVERB.test(first) || PREPOSITION.test(first) || TIME_ADVERB.test(first);
    to = words.findIndex((w, k) => k > index && /^to$/iu.test(w) && infinitiveAfter(words, k));
    if (!opens || to > index + 1 + ADJUNCT_WORDS) return directiveVerbAt(words, index, earlier);
  }
  if (to < 0 || !infinitiveAfter(words, to)) return directiveVerbAt(words, index, earlier);
  const word = words[verb] ?? '';
  return COMMITTING.test(word) && simplePastAt(words, verb, earlier)
    ? verb
    : directiveVerbAt(words, index, earlier);
}

/**
 * Where a past verb stands whose plan-noun object ends right before `adjunct` of `words` and
 * whose infinitive complement follows that adjunct ("set out plans | last week | to shut":
 * tense-markers.ts `planObjectAfter`); -1 otherwise. A particle, a determiner and a modifier may
 * stand between the verb and its noun, so the verb lies two to five words before the adjunct.
 */
function verbOfPlanBefore(words: readonly string[], adjunct: number): number {
  for (let verb = adjunct - 2; verb >= Math.max(0, adjunct - 5); verb--) {
    if (planObjectAfter(words, verb) > adjunct) return verb;
  }
  return -1;
}

/**
 * True when the verb at `verb` of `words` is a simple past active, or the past perfect that
 * reported speech makes of one ("said the trust had asked": backshift, Quirk et al. 1985,
 * §14.31, of the speaker's "the trust asked"), told as of the saying, news's latest word.
 */
function simplePastAt(words: readonly string[], verb: number, earlier: readonly string[]): boolean {
  const at = before(words, verb);
  const auxiliary = (words[at] ?? '').replace(/[’]/gu, "'");
  if (verb === 0 || !NOT_SIMPLE_PAST.test(auxiliary)) return true;
  const saying = (w: string): boolean => SPEECH_VERBS.has(w.toLowerCase());
  return /^had$/iu.test(auxiliary) && (words.slice(0, at).some(saying) || earlier.some(saying));
}

/**
 * Verbs of request and command, whose object's "to"-infinitive names what is asked for: "asked
 * the council for a grant to cover its losses", "urged the board to reopen". The infinitive's act
 * is posterior to the request (Quirk et al. 1985, §16.63, on the object and "to"-infinitive
 * after such verbs), as it is to a commitment.
 */
const DIRECTIVE =
  /^(?:asked|requested|urged|invited|ordered|instructed|sought|applied|appealed)$/iu;

/** How many words of an object and a "for" phrase may stand between a directive and its "to". */
const DIRECTIVE_WORDS = 8;

/**
 * Where a directive verb ({@link DIRECTIVE}) stands when the marker at `marker` of `words` is the
 * "to" of its infinitive or the verb itself, in the simple past (or backshifted: {@link
 * simplePastAt}), its object and "for" phrase between them: "asked the county council for a
 * grant to cover"; -1 otherwise, or when a clause breaks in between (";", "—", "that").
 */
function directiveVerbAt(
  words: readonly string[],
  marker: number,
  earlier: readonly string[],
): number {
  const to = /^to$/iu.test(words[marker] ?? '')
    ? marker
    : words.findIndex((w, k) => k > marker && /^to$/iu.test(w));
  if (to < 0 || !infinitiveAfter(words, to)) return -1;
  for (let k = to - 1; k >= Math.max(0, to - 1 - DIRECTIVE_WORDS); k--) {
    const word = words[k] ?? '';
    if (/^(?:[;—()]|that|which|who)$/iu.test(word)) return -1;
    if (DIRECTIVE.test(word)) return k <= marker && simplePastAt(words, k, earlier) ? k : -1;
  }
  return -1;
}

/**
 * The date of the yearless act `m` of an infinitive after an undated commitment in the simple
 * past (see the module note), published `published`: the first occurrence on or after
 * publication, or left undated when the last one before it ends within {@link RECENT_DAYS} of
 * it. Null when `m` states its year or counts from the time of writing ("next March"), and for a
 * season unless `seasons`: the new time of a move ("delayed the vote until the autumn") is a
 * season as well as a month after the move (postponed-until.ts), so resolve.ts passes it there.
 */
export function actAfterCommitment(
  m: CalendarMention,
  published: DateValue,
  seasons = false,
): Resolution | null {
  if (m.year !== undefined || m.yearOffset !== undefined || m.shift !== null) return null;
  if (m.season !== undefined ? !seasons : m.month === undefined) return null;
  const pub = intervalOf(published);
  const ahead = withYear(m, published.year);
  const next = intervalOf(ahead).last < pub.first ? withYear(m, published.year + 1) : ahead;
  const previous = withYear(m, intervalOf(next).first <= pub.last ? next.year : next.year - 1);
  if (previous.year === next.year) return { date: next };
  if (intervalOf(previous).last >= pub.first - RECENT_DAYS)
    return unresolved(
      'the act of an infinitive after a past commitment of no stated date: the one before publication is recent enough to be it',
    );
  return { date: next };
}

/**
 * The date of the yearless day, month or season `m` that a move told in the simple past gives up
 * or arranges, naming both ("The council postponed the match from 14 August to 2 October"),
 * published `published`: the first occurrence that ends no more than {@link RECENT_DAYS} before
 * publication. Both the slot given up and the new date lie after the move (an event is moved
 * before its day comes, and to a day still to come), and a move told as news with no date of its
 * own lies at or shortly before publication, as a commitment does. Unlike a commitment's act, a
 * recent occurrence is taken rather than left undated: the slot given up and the new date place
 * each other near the move ("brought forward to 2 October from 9 October", published 15 October,
 * is this 2 October). Null when `m` states its year or counts from the time of writing.
 */
export function dateAfterRecentMove(m: CalendarMention, published: DateValue): DateValue | null {
  if (m.year !== undefined || m.yearOffset !== undefined || m.shift !== null) return null;
  if (m.month === undefined && m.season === undefined) return null;
  const earliest = intervalOf(published).first - RECENT_DAYS;
  const same = withYear(m, published.year - 1);
  for (const date of [same, withYear(m, published.year), withYear(m, published.year + 1)])
    if (intervalOf(date).last >= earliest) return date;
  return null;
}
