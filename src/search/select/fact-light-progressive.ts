/**
 * A light verb in the progressive tells an act, not a state. In "A pensioner is taking Wexmoor
 * County Council to the High Court", "is" is the auxiliary of the progressive aspect and
 * "taking" the clause's main verb (Quirk et al. 1985, ch. 4, the progressive: a form of "be" and
 * the -ing participle of the lexical verb), not a copula whose complement says what the subject
 * is ("The library was open"). A light verb carries its act with its object or particle ("take
 * someone to court", "make cuts", "give evidence": Grimshaw & Mester 1988, "Light verbs and
 * θ-marking", Linguistic Inquiry 19), which fact-predicates.ts reads as no event word of its
 * own. So such a report tells an act of its own that another report's act must be named in to
 * be the same event (fact-acts.ts `actsApart`; one event, one predicate: Davidson 1967, "The
 * Logical Form of Action Sentences"): "is taking the council to the High Court" does not tell
 * that "The High Court has ruled", a ruling by another agent; "The union is giving Kelvey Water
 * notice of a strike over the loss of 60 jobs" does not tell what "Kelvey Water has confirmed the
 * loss of 60 jobs" tells, though the count and its noun are shared: they stand in the act's
 * topic ("over …"), not in the act.
 */
import { LIGHT_VERB_TERMS } from '../../text/light-verbs.js';
import { stem } from '../../text/terms.js';
import { inDescribingClause } from './fact-clauses.js';
import { COPULA, type StateSource } from './fact-states.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * True when `word`, the word right after a form of "be", is the -ing participle of a light verb
 * ("taking", "making", "giving", "getting", "having", "doing"): the progressive of an act, not a
 * complement. "being" is the passive's auxiliary ("is being made"), not a light verb.
 */
export function lightVerbProgressive(word: string): boolean {
  const folded = word.toLowerCase();
  return folded.endsWith('ing') && LIGHT_VERB_TERMS.has(stem(folded));
}

/**
 * The term (a light verb's stem cut as fact terms are, "take") of the act a report tells in the
 * progressive: its first form of "be" outside a clause describing a thing named (fact-states.ts
 * `COPULA`) followed by a light verb's -ing participle ({@link lightVerbProgressive}); null when
 * its first such "be" is followed by anything else, or it has none.
 */
export function progressiveLightAct(source: StateSource): string | null {
  for (const match of matchesOf(source.text, COPULA)) {
    const word = match[1] ?? '';
    const at = (match.index ?? 0) + match[0].length - word.length;
    if (inDescribingClause(source.text, at)) continue;
    if (!lightVerbProgressive(word)) return null;
    return source.sequence.find((u) => u.start === at)?.keys[0] ?? null;
  }
  return null;
}

/**
 * True when, of two reports neither of which tells an act fact-predicates.ts reads, one tells a
 * light verb's act in the progressive ({@link progressiveLightAct}) and the other holds no light
 * verb: "is giving notice of a strike over the loss of 60 jobs" / "confirmed the loss of 60
 * jobs". Two reports told with light verbs ("is taking … to court" / "has taken … to court";
 * "is giving £5,000 to each group" / "each group will get £5,000") carry their acts in their
 * objects, which the rest of the comparison reads.
 */
export function progressiveActsApart(a: StateSource, b: StateSource): boolean {
  const untold = (x: StateSource, y: StateSource) =>
    progressiveLightAct(x) !== null && ![...y.terms.keys()].some((t) => LIGHT_VERB_TERMS.has(t));
  return untold(a, b) || untold(b, a);
}
