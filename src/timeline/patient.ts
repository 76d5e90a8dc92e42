/**
 * Who or what an act is done to (its patient, the affected participant: Quirk et al. 1985,
 * §10.19), read where the date is said of the act: the subject of a passive ("Castlemere was
 * bombed in 1941"), else the object after an active verb ("raiders bombed Pellford in 1941":
 * act-object.ts). An event is its act with its participants (event coreference needs matching
 * arguments: Bejan & Harabagiu 2010; Cybulska & Vossen 2014, ECB+), so one act done to two
 * differently named things is two events (action.ts).
 */
import { baseForms } from '../search/dictionary-words.js';
import { nounIndexEntry } from '../search/wordnet-relations.js';
import { stem } from '../text/terms.js';
import { actObject } from './act-object.js';
import { governingVerb } from './governing-verb.js';
import { isPassiveAt, subjectWordsOf } from './happening.js';
import type { TaggedWord } from './wink.js';

/** An act's patient: the stems of its phrase's nouns, and of the names among them. */
export interface Patient {
  nouns: ReadonlySet<string>;
  /** Stems of the proper names of its phrase ("Castlemere docks": castlemer); empty for none. */
  names: ReadonlySet<string>;
}

const stemOf = (w: TaggedWord): string => stem(w.value.toLowerCase().replace(/['’]s$/u, ''));

/**
 * True when the word is a proper name: capitalised, and not where any word is (the sentence's
 * first word) unless no WordNet noun is among its base forms ("Castlemere was bombed"; not
 * "Schools were closed").
 */
function isName(sentence: string, w: TaggedWord): boolean {
  if (!/^\p{Lu}/u.test(w.value)) return false;
  if (!/^\P{L}*$/u.test(sentence.slice(0, w.start))) return true;
  return baseForms(w.value.toLowerCase()).every((form) => nounIndexEntry(form) === null);
}

/**
 * The patient of the verb governing the date at `start`–`end` of `sentence`: its subject when
 * passive, its object when active; null when none is read ("It was bombed", "said that …").
 *
 * @param tagged the sentence's tagged words
 */
export function patientOf(
  sentence: string,
  start: number,
  end: number,
  tagged: readonly TaggedWord[],
): Patient | null {
  const governing = governingVerb(sentence, start, end, tagged);
  if (governing === null) return null;
  const words = isPassiveAt(governing.words, governing.at)
    ? subjectWordsOf(sentence, start, end, tagged)
    : (actObject(sentence, start, end, tagged)?.nouns ?? null);
  if (words === null || words.length === 0) return null;
  return {
    nouns: new Set(words.map(stemOf)),
    names: new Set(words.filter((w) => isName(sentence, w)).map(stemOf)),
  };
}

/**
 * True when two patients are named apart: each holds a proper name and they share none
 * ("Pellford" / "Castlemere"; not "Kelby Town" / "Kelby"). A name picks out its bearer
 * whatever the wording around it, so two names are two things; two common nouns may describe one
 * thing ("two men" / "the brothers") and are left to the other rules.
 */
export function namedApart(a: Patient | null, b: Patient | null): boolean {
  if (a === null || b === null || a.names.size === 0 || b.names.size === 0) return false;
  return ![...a.names].some((name) => b.names.has(name));
}
