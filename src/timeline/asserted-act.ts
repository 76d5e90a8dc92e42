/**
 * Whether a sentence asserts the act of its verb at an offset as done: "The council has scrapped
 * plans to …" does, "has not scrapped", "could scrap", "denied it would abandon", "is considering
 * scrapping" and "voted against scrapping" do not. A negated assertion asserts no event (Horn
 * 1989, A Natural History of Negation, ch. 1), and an act under a modal or as the complement of a
 * verb of denying, proposing, threatening or considering is irrealis, told as possible, wanted or
 * denied rather than as having happened (Palmer 2001, Mood and Modality, 2nd ed., §1.2; FactBank,
 * Saurí & Pustejovsky 2009, on event factuality under such predicates).
 *
 * Only the verb group and its governing verb are read: the words before the verb in its clause,
 * at most {@link GROUP_WORDS} of them, as negated-bound.ts reads a negator's reach.
 */
import { POSSIBILITY_MODALS } from '../text/auxiliaries.js';
import { opposesAt } from '../text/opposing.js';
import { anyOf } from '../text/word-class.js';
import { negatedBound } from './negated-bound.js';
import { markerAt } from './tense-markers.js';

/** How many words before the verb its verb group and governing verb may take ("denied it would"). */
const GROUP_WORDS = 4;

/**
 * Modals that tell an act as possible beyond tense-markers.ts `markerAt`'s future ("will",
 * "would", "must", "hopes to", "is expected to"): text/auxiliaries.ts `POSSIBILITY_MODALS`, lower
 * case only ("May" is the month).
 */
const POSSIBILITY_MODAL = new RegExp(`^(?:${anyOf(POSSIBILITY_MODALS)})$`, 'u');

/**
 * Verbs of denying, proposing, threatening, considering or refusing, in any form: their
 * complement is an act denied, wanted or weighed, not one done. Opposing ("voted against
 * scrapping", "opposed scrapping") is text/opposing.ts `opposesAt`.
 */
const NON_ASSERTIVE =
  /^(?:den(?:y|ies|ied|ying)|propos(?:e|es|ed|ing|al|als)|threat(?:en|ens|ened|ening)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|refus(?:e|es|ed|ing))$/iu;

/** A clause break: the words before it belong to another clause. */
const CLAUSE_BREAK = /[,;:—–()]/u;

/**
 * True when `sentence` asserts as done the act of the verb at character offset `at` (see the top
 * of this file): false when a negator, a future marker or modal, or a verb of
 * {@link NON_ASSERTIVE} or of opposing stands among the {@link GROUP_WORDS} words before it in its clause.
 *
 * @example assertsActAt('The council has scrapped plans.', 16) // true
 * @example assertsActAt('The council could scrap plans.', 18) // false
 */
export function assertsActAt(sentence: string, at: number): boolean {
  const lead = sentence.slice(0, at);
  if (negatedBound(lead)) return false;
  const clause = lead.split(CLAUSE_BREAK).pop() ?? '';
  // The verb itself closes the words, so a pair before it reads as one ("hopes to scrap").
  const verb = sentence.slice(at).match(/^[\p{L}'’]+/u)?.[0] ?? '';
  const words = [...(clause.match(/[\p{L}'’]+/gu) ?? []), verb];
  for (let i = Math.max(0, words.length - 1 - GROUP_WORDS); i < words.length - 1; i++) {
    const word = words[i]!;
    if (markerAt(words, i) === 'future' || POSSIBILITY_MODAL.test(word)) return false;
    if (NON_ASSERTIVE.test(word) || opposesAt(words, i)) return false;
  }
  return true;
}
