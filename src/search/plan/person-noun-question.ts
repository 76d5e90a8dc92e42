/**
 * "Which councillors voted against?", "what officers were injured?": a "which"/"what" phrase
 * whose head noun names a kind of person asks for the persons themselves, their names, as
 * "who" does. Question classification reads the head noun of the wh-phrase for the answer's
 * class (Li & Roth, "Learning Question Classifiers", COLING 2002: HUM:individual); a noun
 * names a kind of person when its usual sense is in WordNet's noun.person file (lexnames(5WN);
 * usual-noun-files.ts), so the class holds for any such noun, not only the few listed in
 * answer-type.ts ("minister", "journalist").
 *
 * The head is the first of the three words after the wh-word (two modifiers, as answer-type.ts
 * allows: "which two Labour councillors") whose usual sense is a person, before any function
 * word ("which of the councillors" is not read). A possessive head ("which councillor's ward")
 * asks for its possession, not the person.
 */
import { AUXILIARIES } from '../../text/auxiliaries.js';
import { isStopWord, tokenize } from '../../text/terms.js';
import { NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';

/** Words a wh-phrase's modifiers and head are read from, at most. */
const HEAD_WINDOW = 3;

const WH_DETERMINER = /\b(?:which|what)\s+/giu;
const AUXILIARY = new Set<string>(AUXILIARIES);
/** A possessive ending, within the word as tokenised or just after it. */
const POSSESSIVE = /(?:['’]s|s['’])$|^['’](?!\p{L})/u;

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
  for (const wh of question.matchAll(WH_DETERMINER)) {
    const after = wh.index + wh[0].length;
    const words = tokenize(question.slice(after)).slice(0, HEAD_WINDOW);
    for (const word of words) {
      if (isStopWord(word) || AUXILIARY.has(word.word) || !/^\p{L}+$/u.test(word.word)) break;
      if (usualNounFiles(word.word)[0] !== NOUN_PERSON) continue;
      const end = after + word.end;
      const written = question.slice(after + word.start, end);
      if (POSSESSIVE.test(written) || POSSESSIVE.test(question.slice(end, end + 2))) break;
      return { index: wh.index, phrase: question.slice(wh.index, end), noun: word.word };
    }
  }
  return null;
}
