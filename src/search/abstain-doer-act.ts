/**
 * A hard gate of abstention (abstain.ts): "who VERBed X" asks for the doer of an act, and a
 * passage that never tells the act does not give its doer, however much it says of X. "Who
 * bought the old fire station" is not answered by "The fire station will be sold": the passage
 * is about the thing asked of but does not contain the answer, a passage Natural Questions'
 * annotators mark as answering nothing (Kwiatkowski et al., "Natural Questions", TACL 2019).
 * "Who" asks for the act's agent, its animate instigator (Fillmore, "The Case for Case", 1968),
 * and the agent is named only where the act is told: as the verb's subject, after its passive
 * "by", or by a noun of the
 * doer's role ("the station's buyer"). When no sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds the verb in its own words or a form derived
 * from it (the word, an inflection, a derived form, as abstain-own-words.ts reads them) or one of
 * its role nouns (plan/answer-type.ts `AnswerType.roles`), the reply is a refusal, whatever the
 * classifier's probability. A WordNet synonym does not count: "take" for "buy" names another act
 * as often as the same one; nor does a corpus word a few letters from a real word the question
 * spells right ("brought" for "bought", a word the lexicon knows): a real word typed is most
 * likely the word meant. A misspelt verb's correction counts ("boguht"). A verb taking a
 * "to"-infinitive ("who refused to recognise the results") asks the doer of either act
 * ({@link actConcepts}).
 *
 * Left alone: questions where "who" is not the subject of a verb (plan/answer-type.ts reads no
 * verb), and those whose candidates tell the act: whether they name its doer is the
 * classifier's and the other gates' (abstain-inverted-role.ts, plan/untold-doer.ts).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { stem, tokenize } from '../text/terms.js';
import type { Concept, QueryPlan } from './plan/query-plan.js';

/**
 * Whether the candidates tell the act "who VERBed X" asks the doer of: undefined when the
 * question asks no doer of a verb (its answer type a person's with a verb) or the plan has no
 * concept for the verb; else true when a sentence of `candidateContext` holds the verb in its
 * own words or a derived form (an alternative whose match factor is at least a derived form's; of
 * the near spellings, only a misspelt word's correction), or one of its role nouns; false otherwise. Costs
 * one pass over those sentences' words.
 */
export function doerActHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  if (type?.name !== 'person' || type.verb === undefined) return undefined;
  const acts = actConcepts(plan, type.verb);
  if (acts.length === 0) return undefined;
  const forms = acts.flatMap(ownForms);
  const roles = type.roles ?? [];
  return candidateContext(input).some((s) => {
    const stems = new Set(input.wordsOf(s).stems);
    return (
      forms.some((terms) => terms.every((t) => stems.has(t))) || roles.some((t) => stems.has(t))
    );
  });
}

/**
 * The concepts naming the act whose doer is asked: the verb's (`verb`, a stem), and, when the
 * verb takes a "to"-infinitive ("who refused to recognise the results", "who agreed to fund
 * it"), the infinitive's too: a catenative verb's complement names the act the subject is said
 * to refuse, try or agree to (Huddleston & Pullum 2002, ch. 14, on catenative complements), and
 * a passage may tell that act alone ("were not recognised by the EU").
 */
function actConcepts(plan: QueryPlan, verb: string): Concept[] {
  const concept = plan.concepts.find((each) => each.alternatives[0]?.terms.includes(verb));
  if (concept === undefined) return [];
  const tokens = tokenize(plan.question);
  const at = tokens.findIndex((token) => stem(token.word) === verb);
  const complement = tokens[at + 1]?.word === 'to' ? tokens[at + 2] : undefined;
  const infinitive =
    complement === undefined
      ? undefined
      : plan.concepts.find((each) => each.alternatives[0]?.terms.includes(stem(complement.word)));
  return infinitive === undefined ? [concept] : [concept, infinitive];
}

/**
 * The index terms of `concept`'s alternatives in its own words or a derived form (a match factor
 * of at least a derived form's); of the near spellings, only a misspelt word's correction: a word
 * the lexicon knows ("bought", an irregular form the dictionary test does not reach) is spelt as
 * meant.
 */
function ownForms(concept: Concept): string[][] {
  const { matchFactor } = SEARCH_OPTIONS.plan;
  const misspelt = lexiconTags(concept.label.toLowerCase()) === undefined;
  return concept.alternatives
    .filter(
      (a) =>
        matchFactor[a.kind] >= matchFactor.derived &&
        (a.kind !== 'fuzzy' || (misspelt && a.typoCorrection === true)),
    )
    .map((a) => a.terms);
}
