/**
 * A date that names an occasion, as the subject of its clause: "Monday's announcement means the
 * plant will close", "The March 3 meeting approved the budget". In a possessive or attributive
 * position the date is part of a noun phrase, not an adjunct of a verb, so the verb that says
 * when the occasion lies is the clause's own: the first verb after the noun phrase. A verb
 * further on belongs to a clause of its own ("means [that] the plant will close": the closing
 * is ahead, the announcement is not).
 */
import { wordMarker } from './tense-markers.js';
import { taggedWords, type TaggedWord } from './wink.js';

const isClauseBreak = (word: string) => wordMarker(word) === 'break';

/** Present forms of "be" and the verbs of state like it: what follows says nothing of time. */
const COPULA = /^(?:is|are|am|'s|’s|remains?|stays?|seems?|looks?|appears?)$/iu;

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
  const first = words.findIndex(
    (w) =>
      w.tag === 'AUX' || (w.tag === 'VERB' && !/ing$/iu.test(w.value)) || isClauseBreak(w.value),
  );
  // "Monday's announcement that the plant will close shocked workers": the verb after "that"
  // is another clause's, and where the noun phrase ends is not read here.
  if (first < 0 || isClauseBreak(words[first]!.value)) return null;
  let last = first;
  while (last + 1 < words.length && VERB_GROUP.has(words[last + 1]!.tag)) last++;
  return words.slice(first, last + 1);
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
