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
import { escapeRegExp } from '../text/escape.js';
import { keptPattern } from '../text/kept-pattern.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { TITLE_WORDS } from './second-references.js';
import { matchesOf } from '../text/matches-of.js';

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
 * The word written right before the head of the name "how old is X" asks the age of, folded
 * ("how old is lucy pennock" → lucy), or null when none is written there (a title or a function
 * word is none: "how old is ms pennock", "how old is the pennock").
 */
function askedGivenWord(question: string, head: string): string | null {
  const rest =
    HOW_OLD.exec(question)?.[1] ?? AGE_OF.exec(question)?.[1] ?? POSSESSOR_AGE.exec(question)?.[1];
  const words: string[] = rest?.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const given = words[words.indexOf(head) - 1];
  return given === undefined || TITLE_WORDS.has(given) || STOP_WORDS.has(given) ? null : given;
}

/**
 * A name with an age set beside it in apposition: "Martin Pennock, 58,", "Ms Dhanda (29)" — the
 * capitalised words in group 1 (news style's age after a name: AP Stylebook, "ages").
 */
const NAME_WITH_AGE = /((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:,\s*|\s+\()\d{1,3}\b/gu;

/**
 * True when every age `text` sets beside a name of the surname `head` gives another given name
 * than `given`, the asked person's ("Martin Pennock, 58, who runs the bakery with his daughter
 * Lucy" for "how old is lucy pennock"): a family shares its surname, the given name tells its
 * members apart (Chicago Manual of Style, 17th ed., 8.2ff on personal names). A surname with a
 * title or alone ("Ms Pennock, 31", "Pennock, 31") may be the asked person and is no namesake.
 */
function ageOnlyOfNamesake(text: string, head: string, given: string): boolean {
  let namesake = false;
  for (const match of matchesOf(text, NAME_WITH_AGE)) {
    const words = (match[1] ?? '').toLowerCase().split(/\s+/u);
    const at = words.indexOf(head);
    if (at < 0) continue;
    const before = words.slice(0, at).filter((word) => !TITLE_WORDS.has(word));
    if (before.length === 0 || before.includes(given)) return false;
    namesake = true;
  }
  return namesake;
}

/**
 * The given name the question writes before the asked surname, when the coverage writes it so
 * too, capitalised ("Lucy Pennock said …"): only then is it known to be a person's given name,
 * not a word describing them ("how old is the vet okafor"). Null otherwise.
 */
function confirmedGivenName(
  input: AbstentionInput,
  head: string,
  sentences: readonly number[],
): string | null {
  const given = askedGivenWord(input.plan.question, head);
  if (given === null) return null;
  const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const written = keptPattern(
    String.raw`\b${escapeRegExp(capitalised(given))}\s+${escapeRegExp(capitalised(head))}\b`,
    'u',
  );
  return sentences.some((s) => written.test(input.textOf(s))) ? given : null;
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
  const context = [...candidateContext(input)];
  const given = confirmedGivenName(input, holder, context);
  for (const s of context) {
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
    if (value && ofHolder(s) && !(given !== null && ageOnlyOfNamesake(text, holder, given)))
      return true;
  }
  return false;
}
