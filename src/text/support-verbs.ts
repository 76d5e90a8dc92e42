/**
 * Support-verb constructions: a verb of little meaning of its own whose predicate is the noun it
 * is told with, "went on strike" (to strike), "took part" (to participate), "made a decision"
 * (to decide), "gave evidence", "held a vote" (Jespersen 1942, _A Modern English Grammar_ VI,
 * "light verbs"; Grimshaw & Mester 1988, "Light verbs and θ-marking", Linguistic Inquiry 19;
 * Huddleston & Pullum 2002, _The Cambridge Grammar of the English Language_, ch. 4 §7). The
 * noun picks its verb, not the other way round (Mel'čuk's lexical functions Oper₁, IncepOper₁:
 * Oper₁(vote) = hold, IncepOper₁(strike) = go on), so what such a phrase tells is read from the
 * noun: the verb's own synonyms ("went": "run", "move", "attend") tell nothing of it.
 *
 * The support verbs read here are the light verbs (light-verbs.ts) and "go" and "hold", the
 * two others of the common English support constructions ("go on strike", "go into hiding",
 * "hold a vote", "hold talks"). A question is read by them (search/abstain-counted-act.ts);
 * the fact layer reads news writing's own support verbs, told with an act's noun in a passage
 * ("reached an agreement", "lodged an appeal": search/select/fact-support-verbs.ts).
 */
import { LIGHT_VERB_FORMS } from './light-verbs.js';
import { isUsuallyNoun } from './nouns.js';
import { isStopWord, type Token } from './terms.js';

/** Every form of each support verb but the "-ing" form, as written (lower case). */
const SUPPORT_VERB_FORMS: ReadonlySet<string> = new Set([
  ...LIGHT_VERB_FORMS,
  ...['go', 'goes', 'went', 'gone', 'hold', 'holds', 'held'],
]);

/**
 * The noun carrying the predicate when `tokens[at]` is a support verb told with it, folded, or
 * null. The noun follows the verb directly ("took part") or after one function word, an article
 * ("made a decision", "held a vote") or a preposition, the noun then bare ("went on strike",
 * "went into hiding"); a preposition and an article together make a phrase of place or aim
 * ("went to the rally"), in which the verb keeps its own meaning. The noun is a word whose usual
 * reading is a common noun (text/nouns.ts). Reads at most three tokens.
 *
 * @example predicateNoun(tokenize('went on strike'), 0) // 'strike'
 */
export function predicateNoun(tokens: readonly Token[], at: number): string | null {
  if (!SUPPORT_VERB_FORMS.has(tokens[at]?.word ?? '')) return null;
  let next = at + 1;
  const between = tokens[next];
  if (between !== undefined && isStopWord(between)) next++;
  const noun = tokens[next];
  // "went to the rally": a preposition and an article tell a place or an aim, not the noun.
  if (noun === undefined || isStopWord(noun) || !isUsuallyNoun(noun.word)) return null;
  return noun.word;
}
