/**
 * "Which councillors voted against?", "what officers were injured?": a "which"/"what" phrase
 * whose head noun names a kind of person asks for the persons themselves, their names, as
 * "who" does. Question classification reads the head noun of the wh-phrase for the answer's
 * class (Li & Roth, "Learning Question Classifiers", COLING 2002: HUM:individual); a noun
 * names a kind of person when its usual sense is in WordNet's noun.person file (lexnames(5WN);
 * usual-noun-files.ts) and is a class, not an instance, so the class holds for any such noun, not only the few listed in
 * answer-type.ts ("minister", "journalist").
 *
 * The head is the last of the three words after the wh-word (two modifiers, as answer-type.ts
 * allows: "which two Labour councillors") that is usually a common noun (the lexicon's first
 * tag), usually a person, and not followed by another usual noun (an English noun phrase ends
 * in its head: "which student loan terms" asks for terms; Quirk et al. 1985, §17.2), before
 * any function word ("which of the councillors" is not read). A possessive head ("which
 * councillor's ward") asks for its possession, not the person.
 */
import { AUXILIARIES } from '../../text/auxiliaries.js';
import { isStopWord, tokenize } from '../../text/terms.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { baseForms } from '../dictionary-words.js';
import { NOUN_PERSON } from '../usual-noun-files.js';
import { lemmaSynsets } from '../wordnet-relations.js';
import { matchesOf } from '../../text/matches-of.js';

/** Words a wh-phrase's modifiers and head are read from, at most. */
const HEAD_WINDOW = 3;

const nounSynsets = lemmaSynsets('noun');
const WH_DETERMINER = /\b(?:which|what)\s+/giu;
const AUXILIARY = new Set<string>(AUXILIARIES);
/** A possessive ending, within the word as tokenised or just after it. */
const POSSESSIVE = /(?:['’]s|s['’])$|^['’](?!\p{L})/u;

/**
 * True when the lexicon gives `word` a usual class (its first tag) other than a common noun:
 * "indian", "national" and "exiled" are usually adjectives or participles before a noun. A word
 * the lexicon lacks ("councillors") is left to WordNet.
 */
function usuallyOtherClass(word: string): boolean {
  const usual = lexiconTags(word)?.[0];
  return usual !== undefined && usual !== 'NN' && usual !== 'NNS';
}

/** True when the lexicon's usual class of `word` is a common noun. */
function usuallyNoun(word: string): boolean {
  const usual = lexiconTags(word)?.[0];
  return usual === 'NN' || usual === 'NNS';
}

/**
 * True when the usual sense of `word` (of its first base form WordNet lists as a noun) is a
 * kind of person: in noun.person and a class, with a hypernym, not an instance ("Wilson",
 * "Apollo" name one person: Miller & Hristea 2006, "WordNet Nouns: Classes and Instances").
 */
export function namesKindOfPerson(word: string): boolean {
  for (const lemma of baseForms(word)) {
    const usual = nounSynsets(lemma)[0];
    if (usual !== undefined) return usual.lexFile === NOUN_PERSON && usual.hypernyms.length > 0;
  }
  return false;
}

/** A wh-phrase asking for persons by their noun: where it starts, its text, and the noun. */
export interface PersonNounPhrase {
  /** UTF-16 offset of the wh-word in the question. */
  index: number;
  /** The phrase from the wh-word to the noun ("which Labour councillors"). */
  phrase: string;
  /** The noun as written, lower case ("councillors"). */
  noun: string;
}

/**
 * The first "which/what … N" phrase of `question` whose head noun's usual sense is a person,
 * or null.
 *
 * @example personNounPhrase('Which councillors voted against?') // { index: 0, phrase: 'Which councillors', noun: 'councillors' }
 * @example personNounPhrase('Which roads are exempt?') // null
 */
export function personNounPhrase(question: string): PersonNounPhrase | null {
  for (const wh of matchesOf(question, WH_DETERMINER)) {
    const after = wh.index + wh[0].length;
    const words = tokenize(question.slice(after)).slice(0, HEAD_WINDOW);
    let head: PersonNounPhrase | null = null;
    for (const [at, word] of words.entries()) {
      const next = words[at + 1];
      if (isStopWord(word) || AUXILIARY.has(word.word) || !/^\p{L}+$/u.test(word.word)) break;
      // A verb ends the noun phrase ("which officers injured residents").
      if (at > 0 && /^VB/.test(lexiconTags(word.word)?.[0] ?? '')) break;
      if (usuallyOtherClass(word.word) || !namesKindOfPerson(word.word)) continue;
      // A noun before another noun modifies it ("which student loan terms"): not the head.
      if (next !== undefined && usuallyNoun(next.word)) continue;
      const end = after + word.end;
      const written = question.slice(after + word.start, end);
      if (POSSESSIVE.test(written) || POSSESSIVE.test(question.slice(end, end + 2))) break;
      // The last such word heads the phrase: "which exiled Hungarian governor".
      head = { index: wh.index, phrase: question.slice(wh.index, end), noun: word.word };
    }
    if (head !== null) return head;
  }
  return null;
}
