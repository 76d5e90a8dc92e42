/**
 * The verb that governs a date in its clause: as for the tense (tense.ts), a date is an adjunct
 * of the verb phrase it follows, so it is the nearest verb before the date in its clause; a date
 * that opens its clause takes the first verb after it. A clause opened by "that" or another word
 * tense.ts reads as a clause break ("said on Monday that the plant will close in May": "in May"
 * is the closing's) holds its own verb. Read by action.ts (the action a date is said of) and
 * happening.ts (the event, when the verb carries none).
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import { baseFormCue } from './base-form.js';
import { clauseBounds } from './clause.js';
import { isPastWord, wordMarker } from './tense-markers.js';
import { taggedWords, type TaggedWord } from './wink.js';

/** Determiners no verb can follow: "a", "the", the possessives ("that", "this" may be a subject). */
const ARTICLE_OR_POSSESSIVE = wordIn([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/**
 * True when the word at `i`, tagged as a verb, is a noun modifying the noun after it: a base
 * form (no "-ed", "-ing" or "-s", no past: "The Orlby Regatta took place") between an article or possessive, with any singular proper
 * names after it, and a noun ("a moor fire", "the Orlby moor fire", which wink-nlp tags as a
 * verb). A finite verb after such a determiner would need a subject between them, and a singular
 * name takes a verb in "-s" ("The Orlby council votes").
 */
function modifiesNounAt(words: readonly TaggedWord[], i: number): boolean {
  const next = words[i + 1];
  const value = words[i]!.value;
  if (next?.tag !== 'NOUN' || /(?:ed|ing|s)$/iu.test(value) || isPastWord(value)) return false;
  let j = i - 1;
  while (j >= 0 && words[j]!.tag === 'PROPN' && !/s$/u.test(words[j]!.value)) j--;
  return j >= 0 && ARTICLE_OR_POSSESSIVE.test(words[j]!.value);
}

/**
 * True when the word at `i` is a verb: tagged so by wink-nlp (not a noun's modifier: "a moor
 * fire"), or standing where only a verb's
 * base form can ("will close": after a modal, which wink-nlp may tag as an adjective or noun).
 * Not after "to", which is also a preposition ("moved to town").
 */
export function isVerbAt(
  words: readonly TaggedWord[],
  values: readonly string[],
  i: number,
): boolean {
  const tag = words[i]?.tag;
  if (tag === 'VERB') return !modifiesNounAt(words, i);
  if (tag !== 'ADJ' && tag !== 'NOUN') return false;
  const cue = baseFormCue(values, i);
  return cue !== null && cue.toLowerCase() !== 'to';
}

/**
 * Index of the first word of the date's clause once a clause-opening word before the date is
 * read ("that", "which", "who", "because": the words tense.ts breaks a clause at): just after
 * the last such word that a verb follows. A "that" no verb follows is a determiner ("approved
 * that plan on Monday") and opens nothing.
 */
function clauseStart(
  words: readonly TaggedWord[],
  values: readonly string[],
  start: number,
): number {
  let first = 0;
  for (let i = 0; i < words.length && (words[i] as TaggedWord).end <= start; i++) {
    const value = values[i] as string;
    if (!/^\p{L}/u.test(value) || wordMarker(value) !== 'break') continue;
    for (let j = i + 1; j < words.length; j++) {
      if (isVerbAt(words, values, j)) {
        first = i + 1;
        break;
      }
    }
  }
  return first;
}

/** The verb governing a date: the words of its clause and the verb's index among them. */
export interface GoverningVerb {
  words: readonly TaggedWord[];
  at: number;
}

/**
 * The verb governing the date at `start`–`end` of `sentence` (see the module note), or null when
 * its clause holds no verb (a copula alone: "The deadline was in March").
 *
 * @param tagged the sentence's {@link taggedWords}, when already read
 */
export function governingVerb(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): GoverningVerb | null {
  const { from, to } = clauseBounds(sentence, start, end);
  const words = tagged.filter((w) => w.start >= from && w.end <= to);
  const values = words.map((w) => w.value);
  const first = clauseStart(words, values, start);
  const verb = (i: number): boolean => isVerbAt(words, values, i);
  const before = words.findLastIndex((w, i) => i >= first && w.end <= start && verb(i));
  const at = before >= 0 ? before : words.findIndex((w, i) => w.start >= end && verb(i));
  return at < 0 ? null : { words, at };
}
