/**
 * A hard gate of abstention (abstain.ts): "who built Gannet House", "which company built Gannet
 * House" ask for the doer of the act, the agent of the verb the wh-phrase is subject of (the
 * focus of a wh-question is the argument it stands for: Quirk et al. 1985, §11.14; the agent is
 * an argument of its own predicate: Fillmore, "The Case for Case", 1968). A passage answers only
 * when it names someone as that verb's doer. "Gannet House was built in 1974 … It is owned by
 * Seaholme Housing Association" tells the act without its agent (an agentless passive: Quirk et
 * al. 1985, §3.68–3.70) and names a body as the agent of another predicate, owning: a reader
 * takes the owner for the builder. So the reply is a refusal, whatever the classifier's
 * probability, when the sentences the candidates are read in (abstain-features.ts
 * `candidateContext`) tell the act (a form of the verb, or of a word the plan gives for the same
 * act, plan/answer-type.ts `AnswerType.acts`, read as a verb: not after an article or a
 * genitive, nor a word usually a noun, nor before a particle), every telling of it is an
 * agentless passive (a form of "be" or "get" before the participle, or a reduced relative's
 * participle after a noun, with no "by" after it in its clause), and no sentence names a doer of
 * the act (plan/answer-type.ts `namesDoerOf`: its subject, its passive's agent, the holder of
 * its agent noun).
 *
 * Left alone: questions none of whose candidates tells the act (the act may be told in other
 * words, which the classifier weighs; session 26 refused "what did X VERB" with the verb absent
 * and refused an answerable question), an act told in the active, whose subject the rule does
 * not judge (plan/untold-doer.ts reads "the regulator is investigating" as a thing's act, though
 * a regulator is a body), a light verb ("who got the talks going": it names no act of its own),
 * and a passive question ("who was questioned by police"), which asks the patient.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { namesDoerOf } from './plan/answer-type.js';
import { AUXILIARIES, PASSIVE_AUXILIARIES } from '../text/auxiliaries.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { PARTICLES_ONLY } from '../text/particles.js';
import { isPossessive } from '../text/possessive.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isPastForm } from '../timeline/past-forms.js';
import { stemsTo, stemsToAny, tokenize, type Token } from '../text/terms.js';

/** Determiners that open a noun phrase and never a clause ("that" may open a relative one). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/**
 * True when the word at `tokens[i]` of `text`, a form of the asked verb, tells another thing
 * than its act: a noun, usually one (the lexicon's most frequent tag: "buildings") or after an
 * article, a possessive determiner or a genitive, which open a noun phrase (Quirk et al. 1985,
 * §17.2, §5.115: "the building"); or the verb of a phrasal verb, a particle after it ("the gas
 * had built up": a verb and its particle are one lexical unit, §16.2–16.4).
 */
function notTheAct(text: string, tokens: readonly Token[], i: number): boolean {
  if (isUsuallyNoun(tokens[i]!.word) || PARTICLES_ONLY.has(tokens[i + 1]?.word ?? '')) return true;
  const before = tokens[i - 1];
  return before !== undefined && (NOUN_DETERMINERS.has(before.word) || isPossessive(text, before));
}

/**
 * `text` with each form of `verbs` that tells no act of theirs ({@link notTheAct}) blanked out
 * (spaces, offsets kept): "near buildings" is no telling of "build", and "carried from the
 * building by firefighters" names no builder.
 */
function verbsAsVerbs(text: string, verbs: readonly string[]): string {
  const tokens = tokenize(text);
  let out = text;
  tokens.forEach((token, i) => {
    if (!stemsToAny(token.word, verbs) || !notTheAct(text, tokens, i)) return;
    out = out.slice(0, token.start) + ' '.repeat(token.end - token.start) + out.slice(token.end);
  });
  return out;
}

/** Words between a passive's auxiliary and its participle: auxiliaries, "not". */
const BETWEEN: ReadonlySet<string> = new Set([...AUXILIARIES, ...PASSIVE_AUXILIARIES, 'not']);
const PASSIVE: ReadonlySet<string> = new Set(PASSIVE_AUXILIARIES);

/**
 * True when the verb form at `tokens[i]` is a passive's participle: not an "-ing" form, with a
 * form of "be" or "get" before it, past other auxiliaries, "not" and "-ly" adverbs ("was built",
 * "had been quietly sold", "got questioned": Quirk et al. 1985, §3.63, §3.67).
 */
function passiveAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.word.endsWith('ing')) return false;
  for (let j = i - 1; j >= 0; j--) {
    const word = tokens[j]!.word;
    if (PASSIVE.has(word)) return true;
    if (!BETWEEN.has(word) && !/^\p{L}+ly$/u.test(word)) return false;
  }
  return false;
}

/**
 * True when the past participle at `tokens[i]` of `text` is a reduced relative clause's, the
 * passive without its auxiliary that postmodifies a noun ("a four-bedroom property built in the
 * 1990s", "a rocket designed to carry satellites": Quirk et al. 1985, §17.28): right after a
 * common noun in lower case, and before a preposition or "to" (the lexicon's usual tag), where
 * an active transitive verb would take its object. Not at the clause's end: "…, the engineer
 * said." is an active reporting clause.
 */
function reducedRelativeAt(text: string, tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.word;
  const before = tokens[i - 1];
  if (before === undefined || word.endsWith('ing') || !isPastForm(word)) return false;
  if (!isUsuallyNoun(before.word) || /^\p{Lu}/u.test(text.slice(before.start))) return false;
  const next = tokens[i + 1];
  const tag = next === undefined ? undefined : lexiconTags(next.word)?.[0];
  return tag === 'IN' || tag === 'TO';
}

/**
 * True when every form of `verbs` in `text` (a sentence, its nouns blanked: {@link verbsAsVerbs})
 * is an agentless passive ({@link passiveAt}, with no "by" after it before the clause ends) and
 * there is one: the act told, its doer left out.
 */
function toldOnlyAgentless(text: string, verbs: readonly string[]): boolean {
  const tokens = tokenize(text);
  let told = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!stemsToAny(tokens[i]!.word, verbs)) continue;
    if (!passiveAt(tokens, i) && !reducedRelativeAt(text, tokens, i)) return false;
    const clause = text.slice(tokens[i]!.end).split(/[;:.!?]/u)[0]!;
    if (/\bby\b/iu.test(clause)) return false;
    told = true;
  }
  return told;
}

/**
 * True when `question` writes its verb (stem `verb`) as a passive ("who got questioned"): the
 * one asked is its patient.
 */
function asksPatient(question: string, verb: string): boolean {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => stemsTo(token.word, verb));
  return at >= 0 && passiveAt(tokens, at);
}

/**
 * Whether the candidates name a doer of the act "who/which N VERB …" asks the agent of: undefined
 * when the question asks no doer of a verb (plan/answer-type.ts `AnswerType.verb`, a person or a
 * body; not a light verb, which names no act of its own, nor a passive, which asks the patient)
 * or no sentence the candidates are read in tells the act; false when every telling is an
 * agentless passive and no sentence names a doer; else true (see the top of this file). Costs
 * one pass over those sentences' words, and a second reading for a doer only when every telling
 * is an agentless passive.
 */
export function askedDoerHeld(input: AbstentionInput): boolean | undefined {
  const type = input.plan.answerType;
  if (type?.verb === undefined || (type.name !== 'person' && type.name !== 'organisation'))
    return undefined;
  if (LIGHT_VERB_TERMS.has(type.verb) || asksPatient(input.plan.question, type.verb))
    return undefined;
  const verbs = [type.verb, ...(type.acts ?? [])];
  // The tellings first: most questions meet an act told in the active, which settles it, and
  // only when every telling is an agentless passive are the sentences read for a doer
  // (namesDoerOf is the costly reading, and a "who" question's context holds dozens). A
  // sentence none of whose words (kept cut, abstain-features.ts `wordsOf`) is a form of the
  // verbs tells no act and is not cut again.
  const context = candidateContext(input);
  const asVerbs = (s: number) => verbsAsVerbs(input.textOf(s), verbs);
  let told = false;
  for (const s of context) {
    if (!input.wordsOf(s).folded.some((word) => stemsToAny(word, verbs))) continue;
    const text = asVerbs(s);
    const words = tokenize(text);
    const telling = verbs.filter((verb) => words.some((token) => stemsTo(token.word, verb)));
    if (telling.length === 0) continue;
    if (!toldOnlyAgentless(text, telling)) return true;
    told = true;
  }
  if (!told) return undefined;
  for (const s of context) if (namesDoerOf(asVerbs(s), type)) return true;
  return false;
}
