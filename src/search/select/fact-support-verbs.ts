/**
 * Support-verb constructions: a verb of little meaning of its own whose object noun names the
 * act ("reach an agreement" is to agree, "hold talks" is to talk, "carry out a search" is to
 * search; Jespersen's "light verbs", the support verbs of Gross's lexicon-grammar). What such a
 * report tells is the noun's act, so its act is read as the noun (fact-acts.ts), compared with
 * the other report's act by the noun's verb: its stem ("agreement" / "agreed") or a WordNet
 * synonym of the noun ("evidence" / "testified", by the index's table).
 *
 * "make", "take", "give", "have" and "get" carry no event at all (fact-predicates.ts
 * `EVENTLESS_VERBS`): a report told with them has no act of its own, and is compared by the
 * noun already. The verbs here do carry a sense of their own elsewhere ("the car struck a
 * wall", "the river reached the road"), so the noun is read as the act only where the other
 * report's act meets it (fact-acts.ts).
 */
import { DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import type { UnitOccurrence } from './fact-participants.js';

/**
 * The support verbs news writing puts before an act's noun: every form of each (verb-forms.ts:
 * "struck", "held"), as fact terms.
 */
const SUPPORT_VERBS = verbFormStems(
  ['reach', 'strike', 'hold', 'conduct', 'carry', 'issue', 'lodge', 'file', 'stage'],
  SEARCH_OPTIONS.facts.namePrefix,
);

/**
 * What may stand between a support verb and its object: a particle ("carried out"), a
 * determiner or a possessive ("reached an", "held their").
 */
const TO_OBJECT = new RegExp(
  String.raw`^\s+(?:out\s+)?(?:(?:${anyOf(DETERMINERS)}|fresh|formal)\s+)?$`,
  'i',
);

/** What stands between an act's noun and its support verb in the passive ("an agreement was reached"). */
const PASSIVE =
  /^\s+(?:(?:was|were|is|are|be|been|being|has been|have been|had been|will be|would be)\s+)(?:(?:finally|later|also|eventually)\s+)?$/i;

/**
 * The noun a support verb at `at` (an index of `sequence`) takes as its object: the head of the
 * content words right after it ("reached a new cooperation agreement" → "agreement": the last of
 * a run joined by spaces alone), or, in the passive, the word right before it ("an agreement was
 * reached"). Null when the verb is no support verb, or no noun stands there; a name is no act.
 */
export function supportedNoun(
  text: string,
  sequence: readonly UnitOccurrence[],
  at: number,
): UnitOccurrence | null {
  const verb = sequence[at];
  if (verb === undefined || !verb.keys.some((key) => SUPPORT_VERBS().has(key))) return null;
  const next = sequence[at + 1];
  if (next !== undefined && TO_OBJECT.test(text.slice(verb.end, next.start))) {
    let head = next;
    for (let i = at + 2; i < sequence.length; i++) {
      const unit = sequence[i]!;
      if (!/^\s+$/.test(text.slice(head.end, unit.start))) break;
      head = unit;
    }
    return head.name ? null : head;
  }
  const before = sequence[at - 1];
  if (before !== undefined && !before.name && PASSIVE.test(text.slice(before.end, verb.start)))
    return before;
  return null;
}
