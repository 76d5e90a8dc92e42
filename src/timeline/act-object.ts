/**
 * The object of the act a date is said of: the noun phrase right after the verb governing the
 * date (governing-verb.ts), as its head and, when a possessive sets it off, its possessor ("the
 * board suspended Per Ek's assistant": assistant, of Ek; "suspended sprinter Per Ek": Ek, a
 * false title before the name being part of the phrase). One event is one act on one object,
 * and a possessive changes the object: "Per Ek's assistant" is another person than Per Ek, so
 * "suspended sprinter Per Ek" and "suspended Per Ek's assistant" on one day are two acts
 * (action.ts). Read from wink-nlp's tags; a capitalised word inside the phrase is part of a
 * name whatever its tag ("Per", which wink-nlp reads as the preposition).
 */
import { stem } from '../text/terms.js';
import { governingVerb } from './governing-verb.js';
import { taggedWords, type TaggedWord } from './wink.js';

/**
 * The object of an act: its head's stem, its possessor's when a possessive sets it off, and the
 * nouns and names of its phrase as written ("sprinter Per Ek": sprinter, Per, Ek).
 */
export interface ActObject {
  head: string;
  possessor: string | null;
  nouns: readonly TaggedWord[];
}

const isNoun = (w: TaggedWord): boolean => w.tag === 'NOUN' || w.tag === 'PROPN';
const isPossessive = (w: TaggedWord): boolean => /^['’]s?$/u.test(w.value);
/** A word that may stand before the head of a noun phrase, or be it. */
const IN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The object of the verb governing the date at `start`–`end` of `sentence`, or null when no
 * noun phrase follows that verb at once (an adverb between them aside): "suspended on Thursday
 * …", "was suspended", "said that …". A number after a noun ends the phrase ("fined Karin Berg
 * 5,000 kronor": Berg).
 *
 * @param tagged the sentence's {@link taggedWords}, when already read
 */
export function actObject(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[] = taggedWords(sentence),
): ActObject | null {
  const governing = governingVerb(sentence, start, end, tagged);
  if (governing === null) return null;
  const { words, at } = governing;
  let i = at + 1;
  while (words[i]?.tag === 'ADV') i++;
  let head: TaggedWord | null = null;
  let possessor: TaggedWord | null = null;
  const nouns: TaggedWord[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w.start < end && w.end > start) break;
    if (isPossessive(w) && head !== null) {
      possessor = head;
      head = null;
      continue;
    }
    if (w.tag === 'NUM' && head !== null) break;
    const capitalised = /^\p{Lu}/u.test(w.value) && w.tag !== 'PUNCT';
    if (!IN_PHRASE.has(w.tag) && !capitalised) break;
    if (isNoun(w) || capitalised) {
      head = w;
      nouns.push(w);
    }
  }
  if (head === null) return null;
  const stemOf = (w: TaggedWord): string => stem(w.value.toLowerCase());
  return {
    head: stemOf(head),
    possessor: possessor === null ? null : stemOf(possessor),
    nouns,
  };
}

/**
 * True when two acts' objects are two things by a possessive: one's possessor is the other's
 * head ("Per Ek" / "Per Ek's assistant"). Objects not read, or alike, say nothing.
 */
export function possessiveApart(a: ActObject | null, b: ActObject | null): boolean {
  if (a === null || b === null) return false;
  return (
    (a.possessor !== null && a.possessor === b.head && b.possessor === null) ||
    (b.possessor !== null && b.possessor === a.head && a.possessor === null)
  );
}
