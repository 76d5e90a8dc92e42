/**
 * A hard gate of abstention (abstain.ts): "how old is X" asks X's age (as do "what is X's age",
 * "what is the age of X" and "what age is X": the noun "age" heading the phrase the wh-word asks
 * the value of, Li & Roth 2002's cue of the answer's class), and is answered only by a
 * sentence that gives an age ("Ruth Okafor, 41,", "the 65-year-old", "a 200-year-old
 * tradition": plan/answer-type.ts `answerTypeScore`) or the year X came into being ("were built
 * in 1991", "founded in 1888", "born in 1950"), said of X (abstain-bound-value.ts: the sentence,
 * the one it leans on, or its article's metadata names X by the head of the question's noun
 * phrase). A passage on the mayor with no age, or another person's age beside it, is no answer
 * to "how old is the mayor"; nor is the adjective alone ("six weeks after the old one failed"),
 * which in its attributive use means former as often as aged (Quirk et al., A Comprehensive
 * Grammar of the English Language, 1985, §7.36) and states no measure. When no sentence the
 * candidates are read in (abstain-features.ts `candidateContext`) holds such a value of X, the
 * reply is a refusal, whatever the classifier's probability.
 *
 * Left alone: "how old" with no subject after its verb ("Ryan Holets how old"), or a pronoun
 * for one ("how old is he"), whose holder the question's words do not name.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { namesSubject } from './abstain-bound-value.js';
import { ownedHead } from './abstain-asked-thing.js';
import { answerTypeScore } from './plan/answer-type.js';
import { withoutAskedWords } from './plan/asked-words.js';
import { FOUNDING_PARTICIPLES } from '../text/coming-into-being.js';
import { EARLY_YEAR_DIGITS, YEAR_DIGITS } from '../text/year.js';

/** "How old is/was/are/were/will be X": X and what follows it in group 1. */
const HOW_OLD = /\bhow\s+old\s+(?:is|was|are|were|will\s+be)\s+(.+)$/isu;

/** The copula after "what" ("what is", "what's", "what was"). */
const WHAT_IS = String.raw`\bwhat(?:'s|’s|\s+(?:is|was|are|were))\s+`;

/**
 * "What is the age of X", "what age is X": X and what follows it in group 1. Not "at what age
 * was X to begin": the age of whoever takes part in X's event, not X's ("at what age was Head
 * Start to begin" asks the children's).
 */
const AGE_OF = new RegExp(
  String.raw`(?:${WHAT_IS}the\s+age\s+of|(?<!\bat\s+)\bwhat\s+age\s+(?:is|was|are|were|will\s+be))\s+(.+)$`,
  'isu',
);

/**
 * "What is X's age": X in group 1, its possessive's "'s" the end of the phrase naming the holder
 * (the genitive as a determiner: Quirk et al. 1985, ch. 5).
 */
const POSSESSOR_AGE = new RegExp(String.raw`${WHAT_IS}(.+)(?:'s|’s|'|’)\s+age\b`, 'isu');

/**
 * The participles that date a thing's or a person's coming into being ("were built in 1991",
 * "founded in 1888", "born in 1950", "dating from 1820"): text/coming-into-being.ts's, and
 * those of a person's birth, a building's opening, a law's passing: how old a thing is is the
 * time since then. Then a year within a few words, from 1000 (text/year.ts: after such a
 * participle a number below 1500 is a year, "built in 1340").
 */
const BEGAN = new RegExp(
  String.raw`\b(?:${[...FOUNDING_PARTICIPLES, 'born', 'opened', 'installed', 'introduced', 'enacted', 'passed', 'made'].join('|')}|dat(?:es|ed|ing)\s+(?:from|back\s+to))\b(?:\s+[^\s.;]+){0,5}?\s+(?:${EARLY_YEAR_DIGITS}|${YEAR_DIGITS})\b`,
  'iu',
);

/**
 * The head of the noun phrase "how old is X" (or "what is X's age", "what is the age of X",
 * "what age is X") asks the age of, folded ("how old is the mayor of Quarnby" → mayor, "what is
 * Ann Lee's age" → lee), or null when the question is no such question or X is a pronoun.
 */
export function askedAgeHolder(question: string): string | null {
  const rest = HOW_OLD.exec(question)?.[1] ?? AGE_OF.exec(question)?.[1];
  if (rest !== undefined) return ownedHead(rest);
  const possessor = POSSESSOR_AGE.exec(question)?.[1];
  return possessor === undefined ? null : ownedHead(possessor);
}

/**
 * The words of the name "how old is X" asks the age of, folded, up to its head ("how old is lucy
 * pennock" → lucy, pennock), or [] when the question is no such question.
 */
function askedHolderWords(question: string): string[] {
  const rest =
    HOW_OLD.exec(question)?.[1] ?? AGE_OF.exec(question)?.[1] ?? POSSESSOR_AGE.exec(question)?.[1];
  const head = askedAgeHolder(question);
  if (rest === undefined || head === null) return [];
  const words: string[] = rest.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const end = words.indexOf(head);
  return end < 0 ? [] : words.slice(0, end + 1);
}

/**
 * A name with an age set beside it in apposition: "Martin Pennock, 58,", "Ruth Okafor (41)" —
 * the capitalised words in group 1 (news style's age after a name: AP Stylebook, "ages").
 */
const NAME_WITH_AGE = /((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,\s*|\s+\()\d{1,3}\b/gu;

/**
 * True when every age `text` sets beside a name of the asked head belongs to another person of
 * that name: the asked name gives a given name ("lucy pennock") and each such name gives another
 * ("Martin Pennock, 58, who runs the bakery with his daughter Lucy"). A family shares its
 * surname; the given name tells its members apart (Chicago Manual of Style, 17th ed., 8.2ff on
 * personal names), so that age answers nothing of Lucy. A surname alone ("Pennock, 58") or the
 * asked name itself is no other person.
 */
function ageOnlyOfNamesake(text: string, asked: readonly string[]): boolean {
  const head = asked[asked.length - 1];
  const given = asked.slice(0, -1);
  if (head === undefined || given.length === 0) return false;
  let namesake = false;
  for (const match of text.matchAll(NAME_WITH_AGE)) {
    const words = (match[1] ?? '').toLowerCase().split(/\s+/u);
    const at = words.indexOf(head);
    if (at < 0) continue;
    const before = words.slice(0, at);
    if (before.length === 0 || given.every((word) => before.includes(word))) return false;
    namesake = true;
  }
  return namesake;
}

/**
 * Whether the candidates give the age "how old is X" asks: undefined when it asks none
 * ({@link askedAgeHolder}); else true when a sentence the candidates are read in holds an age
 * beyond the question's own words, or the year of a {@link BEGAN} act, and is said of X
 * (abstain-bound-value.ts `namesSubject`) and not only of a namesake ({@link ageOnlyOfNamesake}). Costs one pass over those sentences' text.
 */
export function askedAgeHeld(input: AbstentionInput): boolean | undefined {
  const holder = askedAgeHolder(input.plan.question);
  if (holder === null) return undefined;
  const ofHolder = namesSubject(input, holder);
  if (ofHolder === null) return undefined;
  const asked = askedHolderWords(input.plan.question);
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    const aged = answerTypeScore(text, { name: 'age' }) === 1;
    if (!aged && !BEGAN.test(text)) continue;
    const { plan } = input;
    const besides = withoutAskedWords(
      text,
      plan.askedTerms,
      input.wordsOf(s),
      plan.askedDescribing,
    );
    const value = answerTypeScore(besides, { name: 'age' }) === 1 || BEGAN.test(besides);
    if (value && ofHolder(s) && !ageOnlyOfNamesake(text, asked)) return true;
  }
  return false;
}
