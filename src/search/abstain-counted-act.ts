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
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { isCount, PEOPLE } from './abstain-counted-thing.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/** "How many people", "how many ppl", "how many men": the words after the noun in group 1. */
const PEOPLE_COUNTED = /\bhow\s+many\s+([\p{L}]+)\s+(.*)$/isu;

/** Auxiliaries before a subject: "how many people does X employ", "did X kill". */
const DO_AUXILIARIES = new Set(
  'do does did will would can could should shall may might must'.split(' '),
);
/** Auxiliaries of the counted people's own verb: "how many people were invited", "have died". */
const BE_AUXILIARIES = new Set('is are was were be been being has have had will would'.split(' '));

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
 * Whether the candidates tell the act a count of people is asked by with a number: undefined
 * when the question asks no such count ({@link countedAct}), else true when a sentence the
 * candidates are read in (abstain-features.ts `candidateContext`) holds a form of the act
 * with a number (abstain-counted-thing.ts `isCount`). Costs one pass over those sentences'
 * words, stopping at the first that holds both.
 */
export function countedActHeld(input: AbstentionInput): boolean | undefined {
  const act = countedAct(input.plan.question);
  if (act === null) return undefined;
  const forms = conceptForms(input.plan, stem(act));
  for (const s of candidateContext(input)) {
    if (!forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase))) continue;
    if (tokenize(input.textOf(s)).some((token) => isCount(token.word))) return true;
  }
  return false;
}
