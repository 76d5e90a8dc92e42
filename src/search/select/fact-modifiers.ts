/**
 * Verbs that describe a thing named rather than tell what a report says happened: a participle
 * inside a noun phrase. "The 22-year-old man arrested earlier this month remained under
 * investigation" reports that he remained under investigation; "arrested earlier this month"
 * only says which man (a reduced relative clause), as "the 17 evacuated homes" says which homes.
 * Two reports that share such a phrase share whom they are about, not the fact (fact-acts.ts).
 * Read from wink-nlp's universal part-of-speech tags (timeline/wink.ts), which tell a verb from
 * a noun but not a participle from a past tense: the place of the word decides.
 */
import type { TaggedWord } from '../../timeline/wink.js';
import { SUBORDINATE_OPENER } from './fact-clauses.js';

/** Conjunctions that join a clause of its own: "… and released them". */
const COORDINATOR = /^(?:and|or|but|nor)$/i;

/** Words after a participle that say when or where (not its object): "arrested last week". */
const TIME_WORD = /^(?:last|this|yesterday|today|overnight|earlier|later)$/i;

/** A participle's ending, regular or strong ("evacuated", "taken", "held" is read by place only). */
const PARTICIPLE_ENDING = /(?:ed|en)$/i;

/** A present participle's ending ("pumping", "training"). */
const PRESENT_PARTICIPLE = /\p{L}{2}ing$/iu;

/**
 * True when the verb at `i` of a tagged sentence describes a noun rather than tells the
 * sentence's event:
 * - before the noun, after a determiner, a number or an adjective: "the 17 evacuated homes";
 *   a present participle also after a name: "the Selby pumping station";
 * - after a determiner with no noun after it, as the noun itself: "one of the injured";
 * - in a relative clause after the noun, with the sentence's own verb after the clause: "The
 *   residents who were evacuated last week were allowed back", "The mayor, who was re-elected in
 *   May, said …" ({@link inRelativeClause});
 * - right after the noun, followed by when or where ("in May", "earlier this month", "last
 *   week") rather than an object, with a verb of the sentence's own later in the same clause:
 *   "the man arrested in May would face no further action". "Police arrested a man in May"
 *   (an object follows) and "The fire started on Friday" (no later verb) tell their events.
 *   A later verb after a word that opens a clause ("… before firefighters arrived") is that
 *   clause's: the verb before stays the event, as far as the tags show.
 */
export function describesNoun(words: readonly TaggedWord[], i: number): boolean {
  const word = words[i];
  if (word === undefined || word.tag !== 'VERB') return false;
  if (inRelativeClause(words, i)) return true;
  const before = words[i - 1];
  const after = words[i + 1];
  if (before === undefined || after === undefined) return false;
  if (
    ['DET', 'NUM', 'ADJ'].includes(before.tag) &&
    ['NOUN', 'PROPN'].includes(after.tag) &&
    PARTICIPLE_ENDING.test(word.value)
  )
    return true;
  // A present participle between a determiner, a number, an adjective or a name and a noun
  // modifies that noun ("the pumping station", "the Selby pumping station", "a training ship"):
  // as a sentence's own verb it would follow an auxiliary ("was pumping").
  if (
    ['DET', 'NUM', 'ADJ', 'PROPN'].includes(before.tag) &&
    after.tag === 'NOUN' &&
    PRESENT_PARTICIPLE.test(word.value)
  )
    return true;
  // A participle after a determiner, with no noun after it, is the noun itself: "one of the
  // injured", "the accused denied it" name people, they tell no event.
  if (
    before.tag === 'DET' &&
    ['PUNCT', 'ADP', 'AUX', 'VERB', 'CCONJ'].includes(after.tag) &&
    PARTICIPLE_ENDING.test(word.value)
  )
    return true;
  if (before.tag !== 'NOUN' && before.tag !== 'PROPN') return false;
  if (after.tag !== 'ADP' && after.tag !== 'ADV' && !TIME_WORD.test(after.value)) return false;
  for (const later of words.slice(i + 1)) {
    if (later.tag === 'PUNCT' || later.tag === 'CCONJ' || later.tag === 'SCONJ') return false;
    // A verb after a word opening a clause of its own has a subject of its own ("The fire
    // started near the crag before firefighters arrived"): it says nothing of the verb before.
    if (COORDINATOR.test(later.value) || SUBORDINATE_OPENER.test(later.value)) return false;
    if (later.tag === 'AUX' || later.tag === 'VERB') return true;
  }
  return false;
}

/** A relative pronoun opening a clause that modifies the noun before it (Quirk et al. 1985, §17.8). */
const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;

/**
 * True when the verb at `i` is the verb of a relative clause modifying a noun ("the residents who
 * were evacuated last week", "the mayor, who was re-elected in May,"), and the sentence's own
 * verb follows the clause: a relative clause postmodifies its noun, saying which one or more of
 * it (Quirk et al. 1985, §17.8–§17.22), so its verb describes a participant, not the event the
 * sentence reports. The clause opens with who, which or that after a noun or a name (after a
 * comma too: a non-restrictive clause, which then ends at the next comma), with only auxiliaries
 * and adverbs between it and the verb; it ends at the first verb after it, which must come
 * before any punctuation (beyond that closing comma), coordinator or other clause opener, as far
 * as the tags show. "Police said that arrested men …" has no noun before "that" and reads as before.
 */
function inRelativeClause(words: readonly TaggedWord[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (words[j]?.tag === 'AUX' || words[j]?.tag === 'ADV')) j -= 1;
  const pronoun = words[j];
  if (pronoun === undefined || !RELATIVE_PRONOUN.test(pronoun.value)) return false;
  const before = words[j - 1];
  const comma = before?.tag === 'PUNCT' && before.value === ',';
  const noun = comma ? words[j - 2] : before;
  if (noun === undefined || (noun.tag !== 'NOUN' && noun.tag !== 'PROPN')) return false;
  let commas = 0;
  for (const later of words.slice(i + 1)) {
    if (later.tag === 'PUNCT') {
      if (!comma || later.value !== ',' || commas > 0) return false;
      commas += 1;
      continue;
    }
    if (later.tag === 'CCONJ' || COORDINATOR.test(later.value)) return false;
    if (SUBORDINATE_OPENER.test(later.value)) return false;
    if (later.tag === 'AUX' || later.tag === 'VERB') return !comma || commas === 1;
  }
  return false;
}
