/**
 * A date that names an occasion, as the subject of its clause: "Monday's announcement means the
 * plant will close", "The March 3 meeting approved the budget". In a possessive or attributive
 * position the date is part of a noun phrase, not an adjunct of a verb, so the verb that says
 * when the occasion lies is the clause's own: the first verb after the noun phrase. A verb
 * further on belongs to a clause of its own ("means [that] the plant will close": the closing
 * is ahead, the announcement is not).
 */
import { OCCASION_NOUNS } from './occasion.js';
import { wordMarker } from './tense-markers.js';
import { taggedWords, type TaggedWord } from './wink.js';

const isClauseBreak = (word: string) => wordMarker(word) === 'break';

/**
 * Present forms of "be" and the verbs of state like it, and the modals of possibility: what
 * follows says nothing of time ("Sunday's election is a test", "Friday's vote could decide…").
 */
const COPULA = /^(?:is|are|am|'s|’s|remains?|stays?|seems?|looks?|appears?|can|could|may|might)$/iu;

const isVerb = (w: TaggedWord) => w.tag === 'AUX' || (w.tag === 'VERB' && !/ing$/iu.test(w.value));

/** Tags of the words that make up one verb group: "is expected to", "has been", "will not". */
const VERB_GROUP = new Set(['AUX', 'VERB', 'PART', 'ADV']);

/**
 * The verb group of the clause a subject date names an occasion in, from `text` (the sentence
 * after the date, relative clauses set off by commas blanked out): its first verb (not a gerund
 * inside the noun phrase: "Monday's vote on closing the plant") and the auxiliaries, particles
 * and adverbs right after it, with offsets in `text`. Null when the clause has no
 * verb, or a clause-opening word ("that", "which") comes before it.
 */
export function ownVerbGroup(text: string): TaggedWord[] | null {
  const words = taggedWords(text);
  const first = words.findIndex((w) => isVerb(w) || isClauseBreak(w.value));
  // "Monday's announcement that the plant will close shocked workers": the verb after "that"
  // is another clause's (see pastAfterComplement).
  if (first < 0 || isClauseBreak(words[first]!.value)) return null;
  return words.slice(first, groupEnd(words, first) + 1);
}

/**
 * Index of the last word of the verb group that starts at `first`: auxiliaries, adverbs and
 * particles up to its main verb, going on only with "to" and another verb ("is expected to
 * settle"). A verb right after the main verb is another clause's ("will close shocked").
 */
function groupEnd(words: readonly TaggedWord[], first: number): number {
  let last = first;
  while (last + 1 < words.length && VERB_GROUP.has(words[last + 1]!.tag)) {
    if (words[last]!.tag === 'VERB' && words[last + 1]!.tag !== 'PART') break;
    last++;
  }
  return last;
}

/**
 * True when the occasion's noun takes a clause opened by "that" (`text`: the sentence after the
 * date, as for {@link ownVerbGroup}) and a verb in the past comes after that clause's own verb
 * group: "Reaction to Monday's announcement that the mine could reopen has ranged from delight
 * to dismay", "Monday's announcement that the plant will close shocked workers". The past verb
 * is the main clause's (the complement's own verb comes first), so the occasion is behind. Where
 * the complement ends is not read, so only the past is taken: a later verb ahead may still be
 * the complement's ("that the plant will close and jobs will go").
 */
export function pastAfterComplement(text: string): boolean {
  const words = taggedWords(text);
  const open = words.findIndex((w) => isVerb(w) || isClauseBreak(w.value));
  if (open < 0 || !/^that$/iu.test(words[open]!.value)) return false;
  const own = words.findIndex((w, j) => j > open && isVerb(w));
  if (own < 0) return false;
  return words
    .slice(groupEnd(words, own) + 1)
    .some((w) => isVerb(w) && wordMarker(w.value) === 'past');
}

/**
 * What the own verb group of an occasion's clause says of its time when it holds no tense marker
 * (the caller reads markers first): a present copula ("Sunday's election is a test") says
 * nothing, since an occasion ahead or behind may be described so: null; any other present verb
 * ("Monday's announcement means…", "Friday's vote leaves the plant without a buyer") speaks of
 * the occasion as a known fact whose effects hold now, as news speaks of one already held (one
 * ahead is told with "will", a cue or a timetable's present, "begins at 9am", all markers):
 * past.
 */
export function presentVerbTense(group: readonly TaggedWord[]): 'past' | null {
  return COPULA.test(group[0]!.value) ? null : 'past';
}

/**
 * Words right before an occasion that look ahead to it: "ahead of Monday's announcement",
 * "awaiting Friday's ruling", "preparing for Thursday's statement". The occasion lies after the
 * verb's time, so the verb says which side of publication it is on.
 */
const ANTICIPATING =
  /\b(?:ahead\s+of|before|in\s+advance\s+of|run-up\s+to|await(?:s|ed|ing)?|expect(?:s|ed|ing)?|anticipat\p{L}*|prepar\p{L}*\s+for|brac\p{L}*\s+for|until|till|for)\s+$/iu;

/** How many words after a possessive date its noun may come: "Monday's surprise announcement". */
const NOUN_WINDOW = 3;

/**
 * True when the possessive date at `start`–`end` of `sentence` names an occasion that has
 * happened, whatever the tense of the verb it depends on: "Analysts will study Monday's
 * announcement", "The union will appeal against Friday's ruling". A possessive names a thing
 * already there to name; what is still to come and unappointed is told as such ("an
 * announcement expected on Monday"). So the verb's tense is the analysts' or the union's, not
 * the occasion's, which lies behind publication. Not for an occasion held on an appointed day
 * (occasion.ts: "Campaigners will protest at Friday's vote", "Saturday's final"), which may be
 * named ahead, nor after words looking ahead to it ("ahead of Monday's announcement",
 * "awaiting Friday's ruling"): the other rules read those. The caller has found the date not
 * to be its clause's subject (the subject's own verb says when it lies).
 */
export function possessivePastOccasion(sentence: string, start: number, end: number): boolean {
  if (!/['’]s$/u.test(sentence.slice(start, end))) return false;
  if (ANTICIPATING.test(sentence.slice(0, start))) return false;
  const noun = sentence.slice(end).match(/^(?:\s+[\p{Ll}-]+){1,3}/u)?.[0] ?? '';
  const words = noun.trim().split(/\s+/u).slice(0, NOUN_WINDOW);
  return words[0] !== undefined && words[0] !== '' && !words.some((w) => OCCASION_NOUNS.has(w));
}
