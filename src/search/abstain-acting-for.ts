/**
 * A hard gate of abstention (abstain.ts): "who VERBed the Y for X" (or "on behalf of X") asks
 * who did the act as X's agent; X is given by the question, the agent is what is new (the
 * given/new distinction: Halliday 1967, "Notes on transitivity and theme in English", part 2;
 * Clark & Haviland 1977, the given-new contract). A passage in which X itself, alone or beside
 * another party, is the verb's subject ("the Belarusian Interior Ministry and the Russian
 * Rosgvardiya signed … a cooperation agreement") restates the given: it says X's side did it,
 * not who did it for X. When candidates hold the verb, but no sentence the candidates are read
 * in that names X (itself, the sentence it leans on or its article's metadata:
 * abstain-bound-value.ts `namesSubject`) names a doer of the verb outside X's own subject
 * (plan/answer-type.ts `hasDoerOf`, beyond the question's words: "was signed by Port Board
 * chair Ruth Okafor", "Ruth Okafor signed it for the board"), the reply is a refusal, whatever
 * the classifier's probability.
 *
 * Left alone: "who" not the verb's subject (a passive, "who got picked as chair for X"; do-
 * support, "who does the Polish side blame for X"), a light verb, a verb with no object before
 * "for" ("who asked for the reserve force": "for" opens its complement), and questions none of
 * whose candidates holds a form of the verb (the act told in other words, "concluded an
 * agreement", which no form of "sign" finds).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { namesSubject } from './abstain-bound-value.js';
import { conceptForms } from './abstain-asked-thing.js';
import { isAgentNoun, objectHead } from './abstain-inverted-role.js';
import { askedBesidesKind, hasDoerOf } from './plan/answer-type.js';
import { withoutAskedWords } from './plan/asked-words.js';
import { DETERMINERS as DETERMINER_LIST } from '../text/determiners.js';
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/** Determiners an object noun phrase opens with ("who signed the agreement"). */
const DETERMINERS: ReadonlySet<string> = new Set(DETERMINER_LIST);

/**
 * How the name of a party acted for opens: a capital (a name), a pronoun, or a determiner
 * ({@link DETERMINERS}, read from the first word).
 */
const REFERENT_START = /^(?:\p{Lu}|(?:us|them|him|her|me|you|it|itself|themselves)\b)/u;

/** True when `phrase` opens as a party's name does ({@link REFERENT_START}, or a determiner). */
function opensReferent(phrase: string): boolean {
  const first = phrase.trim().split(/\s+/u)[0] ?? '';
  return REFERENT_START.test(phrase.trim()) || DETERMINERS.has(first.toLowerCase());
}

/** "for X" or "on behalf of X" closing the question: the party the act is done for, in group 1. */
const ACTED_FOR = /\s(?:on\s+behalf\s+of|for)\s+([^?!.]+?)[\s?!.]*$/iu;

/**
 * The head (its last content word, folded) of the party "who VERBed the Y for X" asks the
 * agent of (`verb` the stem of the verb, plan/answer-type.ts `AnswerType.verb`), or null when
 * the question is of another form: "who" must be the subject of the verb right after it, whose
 * direct object (abstain-inverted-role.ts `objectHead`), opened by a determiner, "for" or "on
 * behalf of" follows; after "for", a referent, not a bare common noun (a purpose: "for judicial
 * review"), `isName` telling a word written in lower case that names one.
 *
 * @example actedForParty('who signed the agreement for the interior ministry', 'sign') // 'ministry'
 */
export function actedForParty(
  question: string,
  verb: string,
  isName: (word: string) => boolean = () => false,
): string | null {
  // "Who" the subject of the verb right after it, and a determiner opening its object: "who got
  // picked as the commissioner for …" asks the patient of a passive, and a light verb ("who
  // made the deal for …") names no act of its own (text/light-verbs.ts).
  const tokens = tokenize(question);
  if (tokens[0]?.word !== 'who' || stem(tokens[1]?.word ?? '') !== verb) return null;
  if (LIGHT_VERB_TERMS.has(verb) || !DETERMINERS.has(tokens[2]?.word ?? '')) return null;
  if (objectHead(question, verb) === null) return null;
  const match = ACTED_FOR.exec(question);
  // "for" must come after the verb's object, not open the verb's own complement.
  if (match === null || match.index <= tokens[2]!.end) return null;
  // After "for", a party is a referent: a name (capitalised, or a word `isName` finds the
  // coverage writing as one: "for rosgvardia"), a pronoun or a noun phrase opened by a
  // determiner ("for the board", "for us"; "on behalf of" names one whatever its spelling). A bare common noun after "for" names a purpose or
  // the object noun's complement ("lodged a petition for judicial review", "put it up for
  // sale"), no one acted for (Quirk et al. 1985, 9.58 on "for" of the beneficiary, 17.36 on a
  // noun's prepositional complement).
  const words = tokenize(match[1]!).filter((token) => !isStopWord(token));
  if (words.length === 0) return null;
  const referent =
    /behalf/iu.test(match[0]) ||
    opensReferent(match[1]!) ||
    words.some((token) => isName(token.word));
  if (!referent) return null;
  return words.at(-1)!.word;
}

/** Marks that end the stretch of words before a verb that can be its subject. */
const CLAUSE_BREAK = /[,;:()"“”]/u;

/**
 * How many forms of `verb` (a stem; never its agent noun, `written` being the verb as the
 * question writes it) `text` holds, and before how many of them one of `party` (index terms)
 * stands in the subject: the words between the verb and the last clause break before it ("In
 * November 2020, the Belarusian Interior Ministry and the Russian Rosgvardiya signed": both
 * parties are its subject, each a doer). Costs one reading of the text's words.
 */
export function partyAsDoerAt(
  text: string,
  verb: string,
  written: string,
  party: ReadonlySet<string>,
): { verbs: number; asParty: number } {
  const tokens = tokenize(text);
  let verbs = 0;
  let asParty = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    if (stem(word) !== verb || isAgentNoun(word, written)) continue;
    verbs += 1;
    for (let j = i - 1; j >= 0; j--) {
      if (CLAUSE_BREAK.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) break;
      if (party.has(stem(tokens[j]!.word))) {
        asParty += 1;
        break;
      }
    }
  }
  return { verbs, asParty };
}

/**
 * Whether the candidates name an agent who did the act for the party a "who VERBed the Y for
 * X" question gives ({@link actedForParty}): undefined when the question is of another form,
 * the plan searches no form of X's head, or no sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds a form of the verb; else true when one of
 * them names X (abstain-bound-value.ts `namesSubject`) and a doer of the verb beyond the
 * question's words (plan/answer-type.ts `hasDoerOf`) with X not in the verb's subject
 * ({@link partyAsDoerAt}), false when none does. Costs one pass over those sentences' words.
 */
export function actingForHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  if (type?.name !== 'person' || type.verb === undefined) return undefined;
  // A word of the party the coverage writes as a name (capitalised), in any one-word form the
  // engine links to it.
  const isName = (word: string) =>
    [stem(word), ...conceptForms(plan, stem(word)).flatMap((p) => (p.length === 1 ? p : []))].some(
      (term) => input.hasTerm(term) && !input.writtenInLowerCase(term),
    );
  const party = actedForParty(plan.question, type.verb, isName);
  if (party === null) return undefined;
  const written = tokenize(plan.question).find((token) => stem(token.word) === type.verb)?.word;
  if (written === undefined) return undefined;
  // X is named in the subject by its head, in any one-word form the engine links to it (an
  // alias, a corrected spelling: "Rosgvardiya" for "rosgvardia"), not by its modifiers
  // ("Belarusian" in "the Belarusian interior ministry" names no ministry).
  const head = stem(party);
  const stems = new Set([
    head,
    ...conceptForms(plan, head)
      .filter((phrase) => phrase.length === 1)
      .map((phrase) => phrase[0]!),
  ]);
  const named = namesSubject(input, party);
  if (named === null) return undefined;
  const blanked = askedBesidesKind(type, plan.askedTerms);
  let told = false;
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    const { verbs, asParty } = partyAsDoerAt(text, type.verb, written, stems);
    if (verbs === 0) continue;
    told = true;
    if (asParty === verbs || !named(s)) continue;
    const besides = withoutAskedWords(text, blanked, input.wordsOf(s), plan.askedDescribing);
    if (hasDoerOf(besides, type.verb)) return true;
  }
  return told ? false : undefined;
}
