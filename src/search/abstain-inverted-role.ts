/**
 * A hard gate of abstention (abstain.ts): "who VERBs X" asks for the doer of the verb, with X
 * its object; a passage in which X is the verb's doer answers another question. "Who owns
 * Corrie Estate" is not answered by "Corrie Estate, which owns most of the fell": there the
 * estate owns, and nothing is said of who owns it. An English active clause's subject stands
 * right before its verb, or before the relative pronoun ("which", "that", "who") that stands
 * for it there. When a leading candidate holds the verb only with X's head in that place, and
 * no candidate names another doer of it (plan/answer-type.ts `hasDoerOf`, beyond the
 * question's own words: "is owned by the Lindqvist family"), the reply is a refusal, whatever
 * the classifier's probability.
 *
 * Left alone: questions where no leading candidate inverts the roles, and those where "who" is
 * not the verb's subject ("who did the council appoint": plan/answer-type.ts reads no verb).
 */
import { ARTICLES } from '../text/determiners.js';
import { isPossessive } from '../text/possessive.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { askedBesidesKind, hasDoerOf } from './plan/answer-type.js';
import { withoutAskedWords } from './plan/asked-words.js';
import type { QueryPlan } from './plan/query-plan.js';
import { SEARCH_OPTIONS } from './options.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/** Determiners an object noun phrase opens with ("who owns the lido"). */
const DETERMINERS = new Set(ARTICLES);
/** Relative pronouns that stand for their antecedent as the subject of the verb after them. */
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);

/** The endings English adds to a verb to name its doer ("manager", "operator"), or their plurals. */
const AGENT_ENDING = /(?:er|or)s?$/;
/** A regular verb's inflections, taken off the verb as written to find its base ("manages"). */
const INFLECTION = /(?:e?s|e?d|ing)$/;

/**
 * True when `word` (folded), which shares the stem of the verb `written` (as the question
 * writes it, folded), is the verb's agent noun and not a form of the verb: it ends in an agent
 * ending ({@link AGENT_ENDING}) that neither the verb nor its base has ("manager" for "manages",
 * "organiser" for "organised"; "delivers" is a form of "deliver"). The stemmer gives a verb and
 * its agent noun one stem ("manage", "manager": manag), but the noun names the verb's doer,
 * and a noun before it is its object ("Fenwick Leisure Centre manager Tariq Hussain": the
 * centre is managed).
 */
export function isAgentNoun(word: string, written: string): boolean {
  if (!AGENT_ENDING.test(word)) return false;
  return ![written, written.replace(INFLECTION, '')].some((form) => AGENT_ENDING.test(form));
}

/**
 * The stem of the head of the object of "who VERBs X" (`verb` the stem of the verb, plan/
 * answer-type.ts `AnswerType.verb`): the last word of the noun phrase right after the verb,
 * before its first function word ("who owns corrie estate" → estat). Null when a function
 * word follows the verb ("who voted against the budget": the verb takes no direct object).
 */
export function objectHead(question: string, verb: string): string | null {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => stem(token.word) === verb);
  if (at < 0) return null;
  let head: string | null = null;
  for (let i = at + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (head === null && DETERMINERS.has(token.word)) continue;
    if (isStopWord(token)) break;
    head = stem(token.word);
  }
  return head;
}

/**
 * True when `text` (a passage) holds a form of the verb "who VERBs X" asks the doer of, and X's
 * head stands as the doer of every one: right before it, or before a relative pronoun right
 * before it ("Corrie Estate, which owns"). The verb's agent noun is no form of it
 * ({@link isAgentNoun}), nor is a word after a genitive ("the estate's owner", "the group's
 * chair"), a noun the genitive determines. Costs one reading of the text's words.
 */
export function invertsAskedRole(plan: QueryPlan, text: string): boolean {
  const verb = plan.answerType?.name === 'person' ? plan.answerType.verb : undefined;
  if (verb === undefined) return false;
  const object = objectHead(plan.question, verb);
  const written = tokenize(plan.question).find((token) => stem(token.word) === verb)?.word;
  if (object === null || written === undefined) return false;
  const tokens = tokenize(text);
  let inverted = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    if (stem(word) !== verb || isAgentNoun(word, written)) continue;
    let before = i - 1;
    // A genitive determines a noun, never a verb ("the group's chair": the chair of the group,
    // a person; Quirk et al. 1985, §5.115–5.116 on the genitive as determiner), so the word after
    // one is the verb's noun, no form of it.
    if (before >= 0 && isPossessive(text, tokens[before]!)) continue;
    if (RELATIVE_PRONOUNS.has(tokens[before]?.word ?? '')) before--;
    if (before < 0 || stem(tokens[before]!.word) !== object) return false;
    inverted = true;
  }
  return inverted;
}

/**
 * Whether the candidates name a doer of the verb "who VERBs X" asks about, when a leading one
 * (the first `SEARCH_OPTIONS.abstain.topPassages`) makes X its doer ({@link invertsAskedRole}):
 * undefined when the question is of another form or no leading candidate does; else true when
 * a sentence the candidates are read in (abstain-features.ts `candidateContext`) names or
 * describes someone beside the verb, beyond the question's own words. Costs one pass over those
 * sentences' words.
 */
export function askedRoleHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked } = input;
  const type = plan.answerType;
  if (type?.name !== 'person' || type.verb === undefined) return undefined;
  const leading = ranked.slice(0, SEARCH_OPTIONS.abstain.topPassages);
  if (!leading.some((c) => invertsAskedRole(plan, input.textOf(c.sentence)))) return undefined;
  const blanked = askedBesidesKind(type, plan.askedTerms);
  for (const s of candidateContext(input)) {
    const text = withoutAskedWords(
      input.textOf(s),
      blanked,
      input.wordsOf(s),
      plan.askedDescribing,
    );
    if (hasDoerOf(text, type.verb)) return true;
  }
  return false;
}
