/**
 * A hard gate of abstention (abstain.ts): "how many people does Corley Fire Service employ"
 * picks the people it counts out by what they do, the act ("employ"), and only a sentence that
 * tells that act with a number answers it. "In all, 15 people were treated for smoke
 * inhalation, according to the fire service" counts people, and shares the question's names,
 * but counts those treated. When no sentence the ranking's candidates are read in holds a form
 * of the act's verb (one the engine links to it: an inflection, a synonym, a derived form)
 * together with a number, the reply is a refusal, whatever the classifier's probability.
 *
 * The counted-thing gate (abstain-counted-thing.ts) leaves counts of people alone, as texts
 * count people by their own nouns ("310 staff"): for them the act, not the noun, says what is
 * counted. Left alone: an act that is a framing verb ("how many people did he say …"), and
 * questions that name none ("how many people were on the pension rolls").
 *
 * The count must be told of what the question restricts the act to: "how many people died in
 * the great Chicago fire" is not answered by "10 times as many people died from AIDS as were
 * killed in wars", which tells the act with a number, of another event. The sentence telling
 * the act with a number, read with its neighbours and the sentence it leans on, must hold one
 * of the question's other words ({@link restrictingConcepts}). A sentence that leaves the act's
 * object implicit ("More than 200 people attended.", implicit-object.ts) tells the count of
 * what the sentence before it names, and only that one and itself are read: "The public
 * hearing … opens on 8 June" after it is not what was attended.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, neighbourhood } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { isCount, PEOPLE } from './abstain-counted-thing.js';
import { askedPeriod, mayCountPeriod } from './abstain-counted-period.js';
import { leavesObjectImplicit } from './implicit-object.js';
import type { Concept, QueryPlan } from './plan/query-plan.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../text/auxiliaries.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/** "How many people", "how many ppl", "how many men": the words after the noun in group 1. */
const PEOPLE_COUNTED = /\bhow\s+many\s+([\p{L}]+)\s+(.*)$/isu;

/**
 * Auxiliaries before a subject: "how many people does X employ", "did X kill" (the auxiliaries
 * are a closed class: text/auxiliaries.ts).
 */
const DO_AUXILIARIES = new Set([...DO_FORMS, ...MODALS]);
/** Auxiliaries of the counted people's own verb: "how many people were invited", "have died". */
const BE_AUXILIARIES = new Set([...BE_FORMS, ...HAVE_FORMS, ...MODALS]);

/** True when a word ends the clause of the act: a function word, a framing word, or "per". */
function endsAct(token: Token): boolean {
  return isStopWord(token) || QUESTION_WORDS.has(token.word) || token.word === 'per';
}

/**
 * The act a count of people is asked by, as the question writes it, folded, or null (see the
 * top of this file). English puts the act's verb right after the counted noun when the people
 * do it ("how many people died", after its auxiliaries: "were invited"), and after the subject
 * when "do" fronts the question ("how many people does the fire service employ"): then the
 * verb is the last word before the clause ends, the subject's words standing before it.
 *
 * @example countedAct('how many people does corley fire service employ?') // 'employ'
 */
export function countedAct(question: string): string | null {
  const match = PEOPLE_COUNTED.exec(question);
  if (match === null || !PEOPLE.has(stem(match[1]!.toLowerCase()))) return null;
  const tokens = tokenize(match[2]!);
  let at = 0;
  let act: Token | undefined;
  if (DO_AUXILIARIES.has(tokens[0]?.word ?? '')) {
    at = 1;
    while (at < tokens.length && isStopWord(tokens[at]!)) at++;
    for (; at < tokens.length && !endsAct(tokens[at]!); at++) act = tokens[at];
    // "how many people did Eisenhower say his staff served": the act is a clause away.
    if (QUESTION_WORDS.has(tokens[at]?.word ?? '')) return null;
  } else {
    while (at < tokens.length && BE_AUXILIARIES.has(tokens[at]!.word)) at++;
    act = tokens[at];
  }
  return act === undefined || endsAct(act) ? null : act.word;
}

/**
 * The concepts of `plan` that restrict the counted act to an event, a place or a time: those
 * beyond the act (`act`, its index term) and the counted people ("the great Chicago fire in
 * 1871" of "how many people died in the great Chicago fire in 1871"). Only those that are not
 * everyday English when there are any ("chicago", "1871", not "great", "fire"): everyday words
 * stand near many counts of other events.
 */
function restrictingConcepts(plan: QueryPlan, act: string): Concept[] {
  const beyond = plan.concepts.filter((concept) => {
    const own = concept.alternatives[0]?.terms ?? [];
    return !own.includes(act) && !own.some((term) => PEOPLE.has(term));
  });
  const rare = beyond.filter((concept) => !concept.common);
  return rare.length > 0 ? rare : beyond;
}

/**
 * Whether the candidates tell the act a count of people is asked by with a number: undefined
 * when the question asks no such count ({@link countedAct}), else true when a sentence the
 * candidates are read in (abstain-features.ts `candidateContext`) holds a form of the act
 * with a number (abstain-counted-thing.ts `isCount`), naming no other period than the one the
 * count is asked of (abstain-counted-period.ts `mayCountPeriod`), and it, its neighbours or the sentence it leans on hold a
 * form of one of the concepts restricting the act ({@link restrictingConcepts}; any, when there
 * are none). Costs one pass over those sentences' words, stopping at the first
 * that holds all three.
 */
export function countedActHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const act = countedAct(plan.question);
  if (act === null) return undefined;
  const term = stem(act);
  const forms = conceptForms(plan, term);
  const restricting = restrictingConcepts(plan, term).map((concept) =>
    concept.alternatives.map((alternative) => alternative.terms),
  );
  const holds = (s: number, phrases: readonly string[][]) =>
    phrases.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  const period = askedPeriod(plan.question);
  for (const s of candidateContext(input)) {
    if (!holds(s, forms)) continue;
    const text = input.textOf(s);
    if (!tokenize(text).some((token) => isCount(token.word))) continue;
    if (period !== null && !mayCountPeriod(text, input.wordsOf(s), period)) continue;
    if (restricting.length === 0) return true;
    // "More than 200 people attended.": what was attended is in the sentence before
    // (implicit-object.ts), the one it leans on or, when it opens its paragraph, the last of
    // the paragraph before (news sets a sentence or two to a paragraph: features.ts
    // `scoredAcrossBreak`), and in no other neighbour: the next one tells of another subject.
    const around =
      (input.objectImplicitAt?.(s) ?? leavesObjectImplicit(text))
        ? [s, input.contextOf(s) ?? neighbourhood(input.sentences, s)[0]]
        : [...neighbourhood(input.sentences, s), input.contextOf(s)];
    const read = around.filter((n): n is number => n !== null);
    if (restricting.some((phrases) => read.some((n) => holds(n, phrases)))) return true;
  }
  return false;
}
