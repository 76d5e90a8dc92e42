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
import { negatedBound } from './negated-bound.js';
import { markerAt } from './tense-markers.js';

/** How many words before the verb its verb group and governing verb may take ("denied it would"). */
const GROUP_WORDS = 4;

/**
 * Modals that tell an act as possible beyond tense-markers.ts `markerAt`'s future ("will",
 * "would", "must", "hopes to", "is expected to"): the modals of possibility and ability (Quirk
 * et al. 1985, §4.49–4.60). "may" only in lower case ("May" is the month).
 */
const POSSIBILITY_MODAL = /^(?:could|can|might|may)$/u;

/**
 * Verbs of denying, proposing, threatening or considering, in any form, and "against" (of
 * opposing: "voted against scrapping"): their complement is an act denied, wanted or weighed,
 * not one done.
 */
const NON_ASSERTIVE =
  /^(?:den(?:y|ies|ied|ying)|propos(?:e|es|ed|ing|al|als)|threat(?:en|ens|ened|ening)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|against|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing))$/iu;

/** A clause break: the words before it belong to another clause. */
const CLAUSE_BREAK = /[,;:—–()]/u;

/**
 * True when `sentence` asserts as done the act of the verb at character offset `at` (see the top
 * of this file): false when a negator, a future marker or modal, or a verb of
 * {@link NON_ASSERTIVE} stands among the {@link GROUP_WORDS} words before it in its clause.
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
    if (NON_ASSERTIVE.test(word)) return false;
  }
  return true;
}
