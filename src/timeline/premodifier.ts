/**
 * Participles that modify a noun: "elderly and disabled residents", "will visit retired
 * teachers", "the affected streets". A participle heads a verb group only after its subject or
 * an auxiliary ("Three people were injured on Saturday", "Police arrested …"); standing between
 * the words that open a noun phrase (a determiner, a number, a possessive, a preposition, a verb
 * whose object it is, an adjective it is coordinated with) and that phrase's noun, it is an
 * adjective of the noun (Quirk et al. 1985, on participial adjectives and premodification), so it
 * carries no tense: in "Volunteers will deliver hot meals to elderly and disabled residents on
 * Saturday" the tense marker governing the date is "will".
 */
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { EVENT_STOP_WORDS } from '../text/stop-words.js';
import { isAdjective } from './adjectives.js';
import { afterModalOrTo } from './base-form.js';
import { PREPOSITION } from './preposition.js';
import { compoundHead } from './tokens.js';

/** Determiners and possessive determiners: "a signed contract", "its revised plan". */
export const DETERMINER = wordIn(DETERMINERS);

/** Numbers, as digits or words: "30 damaged homes", "two injured workers". */
const NUMBER =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/iu;

/** Verbs that make a participle after them part of the verb group: "be closed", "have closed". */
const AUXILIARY_BASE = /^(?:be|have|get|become)$/iu;

/** A participle as the rules read it: a regular one, or an irregular one in "-en" ("broken"). */
const PARTICIPLE = /^\p{Ll}{3,}(?:ed|en)$/u;

/** "-ly" adverbs between a noun phrase's opening word and its adjective: "to newly elected …". */
const ADVERB = /^\p{Ll}+ly$/u;

/** Index of the word before `i` across "-ly" adverbs ("the newly elected"), up to two. */
function before(words: readonly string[], i: number): number {
  let j = i - 1;
  while (j > i - 3 && j > 0 && ADVERB.test(words[j] ?? '')) j--;
  return j;
}

/**
 * True when the word at `i` may be a noun phrase's noun or adjective: a lower-case word that is
 * no function word, adverb or time word ("on", "by", "yesterday", "last": after a participle
 * such a word belongs to a verb group, "were injured on Saturday").
 */
function nounMayFollow(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  return /^\p{Ll}[\p{Ll}'’-]*$/u.test(word) && !EVENT_STOP_WORDS.has(word) && !ADVERB.test(word);
}

/**
 * True when the word at `k` opens a noun phrase that a word after it belongs to: a determiner,
 * a number, a possessive noun ("the council's revised plans"), a preposition ("to affected
 * households"), or a verb after a modal or "to" whose object the phrase is ("will visit retired
 * teachers"; not an auxiliary, "will be closed").
 */
function opensNounPhrase(words: readonly string[], k: number): boolean {
  const word = words[k] ?? '';
  if (DETERMINER.test(word) || NUMBER.test(word) || PREPOSITION.test(word)) return true;
  const possessor = /^(\p{L}+)(?:['’]s|s['’])$/u.exec(word)?.[1];
  if (possessor !== undefined && !EVENT_STOP_WORDS.has(possessor.toLowerCase())) return true;
  return /^\p{Ll}+$/u.test(word) && !AUXILIARY_BASE.test(word) && afterModalOrTo(words, k);
}

/**
 * True when the noun phrase goes on after the modifier at `i`: a noun or another modifier, or
 * "and"/"or" and a modifier before one ("retired and disabled residents").
 */
function phraseGoesOn(words: readonly string[], i: number): boolean {
  if (nounMayFollow(words, i + 1)) return true;
  if (!/^(?:and|or)$/iu.test(words[i + 1] ?? '') || !nounMayFollow(words, i + 3)) return false;
  const next = words[i + 2] ?? '';
  return PARTICIPLE.test(next) || isAdjective(next);
}

/**
 * True when the word at `k`, an adjective or a participle, stands inside a noun phrase: right
 * after the phrase's opening word ("to elderly …", "will deliver hot …").
 */
function modifierInPhrase(words: readonly string[], k: number): boolean {
  const word = words[k] ?? '';
  if (!opensNounPhrase(words, before(words, k))) return false;
  return PARTICIPLE.test(word) || isAdjective(word);
}

/**
 * True for a compound in "-ed" opening with an adjective or a number ("black-necked",
 * "white-crested", "three-legged", "long-haired"): an adjective formed from an adjective and a
 * noun (having a black neck), which no verb is (Quirk et al. 1985, on compound adjectives of the
 * type "kind-hearted"). The few verbs of that shape ("deep-fried", "double-checked") are read as
 * such only when no other word of the clause carries its tense.
 */
function adjectiveNounCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || !/ed$/iu.test(parts[parts.length - 1] ?? '')) return false;
  const first = parts[0] ?? '';
  return NUMBER.test(first) || isAdjective(first);
}

/** True when another word of the clause around `i` in `words` carries a tense (see tense-markers.ts). */
type TenseElsewhere = (words: readonly string[], i: number) => boolean;

/**
 * True when the participle at `i` of `words` modifies the noun after it (see the module note),
 * so it heads no verb group and marks no tense:
 * - after a determiner ("a signed contract", "the affected streets");
 * - before a noun, after a number, a possessive, a preposition or a verb's base form ("to
 *   affected households", "will visit retired teachers", "30 damaged homes"), after an adjective
 *   or participle of the phrase joined by "and" or "or" ("to elderly and disabled residents"),
 *   or after such an adjective ("will deliver hot cooked meals"), when another word of its
 *   clause carries the tense (`tenseElsewhere`): a clause has a verb, so a participle with no
 *   other candidate is it ("many opposed plans on Monday").
 * - before a noun, a compound of an adjective or a number and a noun in "-ed" ("its captive
 *   black-necked storks", "feeding white-crested cranes"), when another word of its clause
 *   carries the tense.
 * Reads the lexicon's adjectives (adjectives.ts, saved with the index) only for a word before
 * the participle, or a compound's first part, that no other test places.
 */
export function premodifiesNoun(
  words: readonly string[],
  i: number,
  tenseElsewhere: TenseElsewhere,
): boolean {
  // "the first peer-reviewed papers": a compound modifies as its head does (tokens.ts).
  const word = compoundHead(words[i] ?? '');
  // "a signed contract", "the affected": a determiner leaves no room for a verb.
  if (DETERMINER.test(words[i - 1] ?? '') && /ed$/iu.test(word)) return true;
  if (!PARTICIPLE.test(word) || !phraseGoesOn(words, i)) return false;
  // "will begin vaccinating its captive black-necked storks on 6 April": before a noun, such a
  // compound is its adjective, whatever words open the phrase.
  if (adjectiveNounCompound(words[i] ?? '')) return tenseElsewhere(words, i);
  const k = before(words, i);
  if (k < 0) return false;
  const joined = /^(?:and|or)$/iu.test(words[k] ?? '');
  const inPhrase = joined
    ? modifierInPhrase(words, k - 1)
    : opensNounPhrase(words, k) || modifierInPhrase(words, k);
  return inPhrase && tenseElsewhere(words, i);
}

/**
 * True when the participle at `i` of `words` opens them before a noun ("disabled residents will
 * receive …"): after a date that opens its clause, the subject comes first, so such a participle
 * is its adjective, not its verb.
 */
export function opensSubject(words: readonly string[], i: number): boolean {
  return i === 0 && PARTICIPLE.test(words[i] ?? '') && phraseGoesOn(words, i);
}
