/**
 * A hard gate of abstention (abstain.ts): "who built Gannet House", "which company built Gannet
 * House" ask for the doer of the act, the agent of the verb the wh-phrase is subject of (the
 * focus of a wh-question is the argument it stands for: Quirk et al. 1985, §11.14; the agent is
 * an argument of its own predicate: Fillmore, "The Case for Case", 1968). A passage answers only
 * when it names someone as that verb's doer. "Gannet House was built in 1974 … It is owned by
 * Seaholme Housing Association" tells the act without its agent (an agentless passive: Quirk et
 * al. 1985, §3.68–3.70) and names a body as the agent of another predicate, owning: a reader
 * takes the owner for the builder. So when the sentences the candidates are read in
 * (abstain-features.ts `candidateContext`) tell the act (a form of the verb, or of a word the
 * plan gives for the same act, plan/answer-type.ts `AnswerType.acts`), every telling of it leaves
 * the doer untold (plan/untold-doer.ts `leavesDoerUntold`: an agentless passive, or a subject
 * naming a thing) with no "by" after it in its sentence, and no sentence names a doer of the act
 * (plan/answer-type.ts `namesDoerOf`: its subject, its passive's agent, the holder of its agent
 * noun), the reply is a refusal, whatever the classifier's probability.
 *
 * Left alone: questions none of whose candidates tells the act (the act may be told in other
 * words, which the classifier weighs; session 26 refused "what did X VERB" with the verb absent
 * and refused an answerable question), a telling whose doer the rule cannot read (a pronoun, a
 * name, a clause it does not parse), and "who" that is not the verb's subject.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { namesDoerOf } from './plan/answer-type.js';
import { leavesDoerUntold } from './plan/untold-doer.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { isPossessive } from '../text/possessive.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { stemsTo, tokenize, type Token } from '../text/terms.js';

/** Determiners that open a noun phrase and never a clause ("that" may open a relative one). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/**
 * True when the word at `tokens[i]` of `text` is a noun, not a verb: usually a noun (the
 * lexicon's most frequent tag: "buildings"), or after an article, a possessive determiner or a
 * genitive, which open a noun phrase (Quirk et al. 1985, §17.2, §5.115: "the building").
 */
function readAsNoun(text: string, tokens: readonly Token[], i: number): boolean {
  if (isUsuallyNoun(tokens[i]!.word)) return true;
  const before = tokens[i - 1];
  return before !== undefined && (NOUN_DETERMINERS.has(before.word) || isPossessive(text, before));
}

/**
 * `text` with each form of `verbs` written as a noun ({@link readAsNoun}) blanked out (spaces,
 * offsets kept): "near buildings" is no telling of "build", and "carried from the building by
 * firefighters" names no builder.
 */
function verbsAsVerbs(text: string, verbs: readonly string[]): string {
  const tokens = tokenize(text);
  let out = text;
  tokens.forEach((token, i) => {
    if (!verbs.some((verb) => stemsTo(token.word, verb)) || !readAsNoun(text, tokens, i)) return;
    out = out.slice(0, token.start) + ' '.repeat(token.end - token.start) + out.slice(token.end);
  });
  return out;
}

/**
 * A "by" after the verb at `at` in `text`'s words, before the sentence's next clause break: a
 * passive's agent may stand after an adverbial ("was built in 1974 by the council"), which
 * `leavesDoerUntold` does not read past.
 */
function agentPhraseAfter(text: string, verbs: readonly string[]): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!verbs.some((verb) => stemsTo(tokens[i]!.word, verb))) continue;
    const clause = text.slice(tokens[i]!.end).split(/[;:.!?]/u)[0]!;
    if (/\bby\b/iu.test(clause)) return true;
  }
  return false;
}

/**
 * Whether the candidates name a doer of the act "who/which N VERB …" asks the agent of: undefined
 * when the question asks no doer of a verb (plan/answer-type.ts `AnswerType.verb`, a person or a
 * body) or no sentence the candidates are read in tells the act; false when every such telling
 * leaves the doer untold and none names one; else true (see the top of this file). Costs one pass
 * over those sentences' words.
 */
export function askedDoerHeld(input: AbstentionInput): boolean | undefined {
  const type = input.plan.answerType;
  if (type?.verb === undefined || (type.name !== 'person' && type.name !== 'organisation'))
    return undefined;
  const verbs = [type.verb, ...(type.acts ?? [])];
  let told = false;
  for (const s of candidateContext(input)) {
    const text = verbsAsVerbs(input.textOf(s), verbs);
    if (namesDoerOf(text, type)) return true;
    const telling = verbs.filter((verb) =>
      tokenize(text).some((token) => stemsTo(token.word, verb)),
    );
    if (telling.length === 0) continue;
    if (!telling.every((verb) => leavesDoerUntold(text, verb))) return true;
    if (agentPhraseAfter(text, telling)) return true;
    told = true;
  }
  return told ? false : undefined;
}
