/**
 * A past spelt as its base form, told by its subject. "beat", "upset", "cast", "cost", "hurt" are
 * base form, present and past alike (past-forms.ts `basePastForms`), but the present of a
 * third-person singular subject takes "-s" ("The champion beats", "Norway upsets"), so after
 * such a subject the bare form can only be the past: "The champion beat her rival on Thursday",
 * "Norway upset India on Thursday", "He hurt his wrist". After a plural subject it may be the
 * present ("Tickets cost £5 on Friday": in doubt), and after a noun with no object following it
 * is a participle ("the ballot cast at the meeting on Friday"), no finite verb at all.
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { EVENT_STOP_WORDS } from '../text/stop-words.js';
import { baseFormCue } from './base-form.js';
import { isPluralWithoutS, PLURAL_S } from './irregular-plurals.js';
import { basePastForms } from './past-forms.js';
import { DETERMINER } from './premodifier.js';

/** Subject pronouns of the third person singular. */
const SINGULAR_PRONOUN = /^(?:he|she|it)$/iu;

/** Determiners that open a singular noun phrase (not "these", "those"). */
const SINGULAR_DETERMINER = wordIn([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...['this', 'that', 'every', 'each'],
]);

/**
 * Verbs whose object clause takes a bare infinitive ("saw Norway beat India", "let the
 * champion beat her"), and the forms of "do" before a subject in a question ("Did Norway
 * beat …?"): after them the subject's verb is a base form with no tense.
 */
const BARE_INFINITIVE_BEFORE =
  /^(?:let|lets|make|makes|made|help|helps|helped|see|sees|saw|watch|watches|watched|hear|hears|heard|feel|feels|felt|have|has|had|do|does|did)$/iu;

/** Object pronouns and quantifiers that open a verb's object: "hurt him", "cut all …". */
const OBJECT_OPENER = /^(?:him|her|them|me|us|it|all|both|some|several|no|every|each)$/iu;

/** A singular noun by its shape: no plural "-s", no irregular plural ("men", "children"). */
function singularShape(word: string): boolean {
  return !PLURAL_S.test(word) && !/['’]/u.test(word) && !isPluralWithoutS(word);
}

/**
 * Where the singular subject ending at `i` starts, or -1: "he", "she", "it"; a name (a
 * capitalised word that is no function word, "Norway"); or a singular noun after a singular
 * determiner, across up to two modifiers ("the champion", "the state broadcaster").
 */
function singularSubjectStart(words: readonly string[], i: number): number {
  const word = words[i] ?? '';
  if (SINGULAR_PRONOUN.test(word)) return i;
  if (!singularShape(word) || EVENT_STOP_WORDS.has(word.toLowerCase())) return -1;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return i;
  if (!/^\p{Ll}+$/u.test(word)) return -1;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const earlier = words[j] ?? '';
    if (SINGULAR_DETERMINER.test(earlier)) return j;
    if (!/^\p{L}[\p{L}-]*$/u.test(earlier) || EVENT_STOP_WORDS.has(earlier.toLowerCase()))
      return -1;
  }
  return -1;
}

/** True when the word at `i` opens an object: a determiner, an object pronoun, a name. */
export function opensObject(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  return DETERMINER.test(word) || OBJECT_OPENER.test(word) || /^\p{Lu}\p{Ll}/u.test(word);
}

/**
 * True when the word at `i` of `words` is a past spelt as its base form, read as past because
 * a third-person singular subject stands right before it and an object right after it ("The
 * champion beat her rival", "Norway upset India"); not after a verb taking a bare infinitive or
 * a modal ("saw Norway beat India", "Can Norway beat India"), where it is a base form.
 */
export function thirdPersonPast(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (!/^\p{Ll}+$/u.test(word) || !basePastForms().has(word)) return false;
  if (!opensObject(words, i + 1)) return false;
  const start = singularSubjectStart(words, i - 1);
  if (start < 0) return false;
  return !BARE_INFINITIVE_BEFORE.test(words[start - 1] ?? '') && baseFormCue(words, start) === null;
}
