/**
 * A hard gate of abstention (abstain.ts): a question that asks for a relational noun of a given
 * argument ("who is the head of the sixth form", "what is the population of Ashby", "what was
 * Porto Rico's population", "who is the MP for Ebbsworth") is answered only by a passage that
 * names that relation for that argument. A relational noun denotes a relation, not a kind:
 * "head", "population", "capital", "MP" are always of something, and the question supplies that
 * something as the noun's "of" or "for" complement or its possessive owner (Barker, "Possessive
 * Descriptions", 1995; Löbner, "Definites", 1985, on functional nouns). A passage on "the
 * trust's head office" shares the noun but names neither the relation (there "head" modifies
 * "office") nor the sixth form; "the population of Kelby" gives the relation to another
 * argument. So when a sentence the candidates are read in shares the noun's own word, and no
 * such sentence holds the noun (or a form the engine links to it) with the argument
 * named in it, in the sentence it leans on (a second reference: "Its population is 9,500"
 * after a sentence naming the town) or in its article's lead sentence (the story's topic: "Chief
 * executive Mara Quill said …" in a story whose lead names the firm, when the noun has no "of",
 * "for" or owner of its own there), the reply is a refusal, whatever the classifier's
 * probability. An article's title naming the argument does not count: it names the article's
 * topic, not what the sentence's noun is of. When the question asks a number ("what was Porto
 * Rico's population", plan/answer-type.ts), the sentence holding the noun with its argument
 * must also hold a number beyond the question's own words (abstain-features.ts
 * `newTypeScoreOf`): an answer settles the value asked (Hamblin, "Questions in Montague
 * English", 1973; Groenendijk & Stokhof 1984): a sentence on "the population of Porto Rico"
 * with no figure names the relation without giving it.
 *
 * Read only of a copular wh-question whose focus is the noun with its argument ("what/which/
 * who is the N of X", "what was X's N"): there the question presupposes that X has an N and
 * asks which it is. Left alone: nouns that only frame the focus ("the name of", "what kind
 * of"), nouns of a measured attribute (the asked-thing gate reads those and their values: "the
 * depth of the lido" is answered by "2.5 metres deep"), questions for a reason ("what was
 * the reason for the delay" is answered by "because …"), nouns whose value is an expression
 * ({@link EXPRESSION_NOUNS}), and questions none of whose candidates, read in their context,
 * hold the noun's own word: the coverage may say the relation in other words, which the
 * classifier weighs. A coverage that writes the noun for other arguments, but never with the
 * asked one, does not give the asked one, wherever the ranking puts the sentences that use it:
 * the leading passages are often those sharing the argument's words and not the noun ("what's
 * Captain Taliaferro's hometown" leads with sentences naming the captain, while "hometown",
 * said of others, stands further down).
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { isPossessive } from '../text/possessive.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, FRAME_NOUNS, newTypeScoreOf } from './abstain-features.js';
import { conceptAlternatives, holdsPhrase, oneWordForms } from './abstain-asked-thing.js';
import type { Alternative, MatchKind } from './plan/query-plan.js';
import { askedDimension } from './plan/quantity.js';

/** A relational noun a question asks for, with its argument. */
export interface AskedRelation {
  /** The noun as the question writes it, folded ("population"). */
  noun: string;
  /** The index terms of its argument's words, as the question writes them ("marrowick"). */
  argument: string[];
}

/** Wh-words that open a copular question for a noun ("whats", "whos": chat spellings). */
const OPENERS = new Set(['what', 'which', 'who', 'whats', 'whos']);
/** The copula after the wh-word ("what's" is read as "what" with its "'s" dropped). */
const COPULA = new Set(['is', 'was', 'are', 'were']);
/** Determiners a noun phrase may open with, skipped before its words. */
const DETERMINERS = new Set<string>([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
/**
 * Nouns whose value is itself an expression ("what was TR's word for people smuggling liquor",
 * "what is the trust's nickname"): the coverage gives it by quoting it or by "called" ("often
 * called 'Putin's army'"), seldom with the noun, as it names a thing without "name" (the frame
 * noun "name" is left alone for that reason too). Mentioned, not used, the expression is its
 * own value (Quine, Mathematical Logic, 1940, §4, on use and mention).
 */
const EXPRESSION_NOUNS = new Set(['word', 'words', 'term', 'terms', 'nickname', 'nicknames']);
/** Prepositions that mark a relational noun's argument: "the head of X", "the MP for X". */
const ARGUMENT_MARKERS = new Set(['of', 'for']);
/** How the plan writes a word itself rather than another word for it (plan/query-plan.ts). */
const OWN_WORD: ReadonlySet<MatchKind> = new Set(['exact', 'alias', 'fuzzy', 'abbreviation']);

/** The content words of the noun phrase starting at token `from`: up to the first function word. */
function phraseAt(tokens: ReturnType<typeof tokenize>, from: number): number[] {
  let i = from;
  while (i < tokens.length && DETERMINERS.has(tokens[i]!.word)) i++;
  const words: number[] = [];
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) break;
    words.push(i);
  }
  return words;
}

/**
 * The relational noun `question` asks for with its argument (see the top of this file), or
 * null when it asks in no such form.
 *
 * @example askedRelationOf("what's the population of Marrowick?")
 * // { noun: 'population', argument: ['marrowick'] }
 * @example askedRelationOf("what was porto rico's population") // { noun: 'population', argument: ['porto', 'rico'] }
 */
export function askedRelationOf(question: string): AskedRelation | null {
  const tokens = tokenize(question);
  const opener = tokens[0];
  if (opener === undefined || !OPENERS.has(opener.word)) return null;
  // The copula, or its "'s" (which tokenize drops) or a chat spelling's: "what day of the week
  // did …" asks a classifier noun's kind, not a relation presupposed of its argument.
  const contracted =
    /['’]s$/u.test(question.slice(opener.start, opener.end)) || /s$/.test(opener.word);
  const start = COPULA.has(tokens[1]?.word ?? '') ? 2 : contracted ? 1 : -1;
  if (start < 0) return null;
  const phrase = phraseAt(tokens, start);
  const last = phrase.at(-1);
  if (last === undefined) return null;
  const noun = tokens[last]!.word;
  if (isPossessive(question, tokens[last]!) || FRAME_NOUNS.has(noun)) return null;
  if (EXPRESSION_NOUNS.has(noun)) return null;
  if (askedDimension(noun) !== null) return null;
  // "what was Porto Rico's population": the owner is the phrase up to its last possessive.
  const owner = phrase.findLastIndex((i) => isPossessive(question, tokens[i]!));
  let argument: number[];
  if (owner >= 0) argument = phrase.slice(0, owner + 1);
  else if (ARGUMENT_MARKERS.has(tokens[last + 1]?.word ?? ''))
    argument = phraseAt(tokens, last + 2);
  else return null;
  if (argument.length === 0) return null;
  return { noun, argument: argument.map((i) => stem(tokens[i]!.word)) };
}

/**
 * Whether the candidates name the asked relation for the asked argument: undefined when the
 * question asks for no relational noun with an argument ({@link askedRelationOf}), asks a
 * reason, or no sentence the candidates are read in (abstain-features.ts `candidateContext`)
 * holds the noun's own word; else true when one of those sentences holds a form of the noun and
 * it, the sentence it leans on or its article's
 * lead sentence names the argument: one of its words beyond everyday English (any of them when all are everyday
 * English, "the sixth form"), in a form the engine links to it or a word WordNet derives it
 * from ("Polish" for "Poland"), and, for a question asking a number, it holds a number beyond
 * the question's words. Costs two passes over the candidates' context.
 */
export function askedRelationHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  // A reason is given by "because …", an occupation by a role noun in apposition ("Ruth
  // Penhallow, a retired teacher": plan/occupation.ts), neither with the asked noun.
  const typeName = plan.answerType?.name;
  if (typeName === 'reason' || typeName === 'occupation') return undefined;
  const asked = askedRelationOf(plan.question);
  if (asked === null) return undefined;
  const distinctive = asked.argument.filter((term) => !input.isCommon(term));
  const argumentForms = new Set(
    (distinctive.length > 0 ? distinctive : asked.argument).flatMap((term) => [
      ...oneWordForms(plan, term),
    ]),
  );
  const alternatives = conceptAlternatives(plan, stem(asked.noun));
  const holds = (s: number, forms: readonly Alternative[]) =>
    forms.some((form) => holdsPhrase(input.wordsOf(s).stems, form.terms));
  // The noun's own word (an inflection, an alias, a typo's correction), not a synonym of
  // another of its senses: "state" for "position" is shared by any passage on the United States.
  const own = alternatives.filter((form) => OWN_WORD.has(form.kind));
  const context = candidateContext(input);
  if (!context.some((s) => holds(s, own))) return undefined;
  // "Polish Prime Minister" names Poland: WordNet's pertainym links the adjective to it.
  const names = (term: string) =>
    argumentForms.has(term) || (input.derivedOf?.(term) ?? []).some((d) => argumentForms.has(d));
  const namesArgument = (s: number | null) => s !== null && input.wordsOf(s).stems.some(names);
  // "What was Porto Rico's population" asks a number: "the population of Porto Rico" with no
  // figure beyond the question's own names the relation but does not give its value.
  const type = plan.answerType?.name === 'number' ? plan.answerType : null;
  const givesValue = (s: number) => type === null || newTypeScoreOf(input, s, type) > 0;
  for (const s of context) {
    if (
      holds(s, alternatives) &&
      givesValue(s) &&
      (namesArgument(s) ||
        namesArgument(input.contextOf(s)) ||
        (leavesArgumentImplicit(input.textOf(s), alternatives) &&
          namesArgument(leadSentenceOf(input.sentences, s))))
    )
      return true;
  }
  return false;
}

/**
 * True when `text` holds one of the noun's forms (`alternatives`' index terms) with no
 * argument of its own: no "of" or "for" after it and no possessive owner before it ("Chief
 * executive Mara Quill said …", not "the trust's head office" or "a population of 41,000").
 * Only such a noun takes its argument from the context (Barker 1995 on implicit arguments of
 * relational nouns).
 */
function leavesArgumentImplicit(text: string, alternatives: readonly Alternative[]): boolean {
  const tokens = tokenize(text);
  const stems = tokens.map((token) => stem(token.word));
  return alternatives.some(({ terms }) => {
    const n = terms.length;
    if (n === 0) return false;
    for (let i = 0; i + n <= stems.length; i++) {
      if (!terms.every((term, k) => stems[i + k] === term)) continue;
      const after = tokens[i + n]?.word ?? '';
      if (!ARGUMENT_MARKERS.has(after) && !ownedAt(text, tokens, i)) return true;
    }
    return false;
  });
}

/** The most premodifiers read back from a noun for its possessive owner ("Corran Metals' chief executive"). */
const MAX_PREMODIFIERS = 3;

/** True when a possessive stands before token `at` within its noun phrase's premodifiers. */
function ownedAt(text: string, tokens: ReturnType<typeof tokenize>, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - MAX_PREMODIFIERS); k--) {
    const token = tokens[k]!;
    if (isPossessive(text, token)) return true;
    if (isStopWord(token)) return false;
  }
  return false;
}

/**
 * The first body sentence of the article sentence `s` is in (headings are titles or page
 * furniture), or null. A relational noun whose argument its sentence leaves implicit ("Chief
 * executive Mara Quill said …") takes it from the discourse topic by bridging (Clark,
 * "Bridging", 1975), and a news story's lead sentence states its topic (van Dijk, News as
 * Discourse, 1988: the inverted pyramid). Walks back from `s`: at most the article's length.
 */
function leadSentenceOf(sentences: AbstentionInput['sentences'], s: number): number | null {
  const article = sentences[s]?.article;
  if (article === undefined) return null;
  let first = s;
  while (first > 0 && sentences[first - 1]?.article === article) first--;
  for (let i = first; i <= s; i++) if (sentences[i]?.kind === 'body') return i;
  return null;
}
