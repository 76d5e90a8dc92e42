/**
 * A focus head a passage holds by stating what it asks, not by saying the word: the head of a
 * question's focus names the kind of answer wanted (Lehnert 1978, "The Process of Question
 * Answering", ch. 3: a concept-completion or quantification question is answered by a concept
 * of the kind it names; Li & Roth 2002's answer types), so a passage giving an answer of that
 * kind holds it whatever word it uses. Two kinds besides a quantity's dimension
 * (abstain-features.ts reads those):
 *
 * - a name, asked by a noun whose value is a name ("what's the depot's nickname"): a passage
 *   holds one when a verb of naming gives the name after it ("is commonly called ‘the Blue
 *   Shed’"). The verbs are Levin's (1993, "English Verb Classes and Alternations", §29.3) dub
 *   verbs, which take the named thing and its name, in their past participle (the form that
 *   reports a name given: "called", "known as");
 * - a count of people in general ("how many people were invited"): texts count people by who
 *   they are ("about thirty invited guests", "57 police officers"), so a count of a noun whose
 *   usual sense is a person (WordNet's noun.person file) is a count of people. "People" is the
 *   hypernym of each such noun, and a count of a hyponym's members counts the hypernym's. So
 *   too a count of a collective noun's members ("how many staff": collective-noun.ts), which a
 *   text may give as a count of people ("employs 38 people").
 */
import { NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';
import { isCount, PEOPLE } from './abstain-counted-thing.js';
import { collectiveOfPersons } from './collective-noun.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { stem, tokenize } from '../text/terms.js';

/** Nouns whose value is a name: what is asked of them is answered by a name given. */
const NAME_NOUNS: ReadonlySet<string> = new Set(
  ['nickname', 'alias', 'moniker', 'byname', 'sobriquet', 'epithet'].map((noun) => stem(noun)),
);

/**
 * A dub verb's past participle (Levin 1993, §29.3) or "known as", then the name: a capital,
 * perhaps after "the" or an opening quotation mark, in either order ("called ‘Putin’s army’",
 * "dubbed the Blue Shed", "called ‘the Grey Coats’").
 */
const NAME_GIVEN =
  /\b(?:called|dubbed|nicknamed|named|termed|labell?ed|styled|christened|known as)\s+(?:the\s+)?["'‘“]?(?:the\s+)?\p{Lu}/u;

/** How many words after a count the person noun it counts may stand ("about thirty invited guests"). */
const PERSON_REACH = 3;

/** True when the usual sense of `word` (folded) is a person (usual-noun-files.ts). */
function usuallyPerson(word: string): boolean {
  return usualNounFiles(word).includes(NOUN_PERSON);
}

/**
 * True when `text` holds a count of a person noun: a number (abstain-counted-thing.ts
 * `isCount`) followed within {@link PERSON_REACH} words, before any function word, by a noun
 * `isPerson` takes for one (by default one whose usual sense is a person: "thirty invited
 * guests", "57 police officers").
 */
export function holdsCountOfPersons(
  text: string,
  isPerson: (word: string) => boolean = usuallyPerson,
): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCount(tokens[i]!.word)) continue;
    for (let j = i + 1; j <= i + PERSON_REACH && j < tokens.length; j++) {
      const word = tokens[j]!.word;
      if (STOP_WORDS.has(word) || isCount(word)) break;
      if (isPerson(word)) return true;
    }
  }
  return false;
}

/**
 * True when `texts` (a passage: its sentence and the one it leans on) state what a focus head
 * (`head`, its stem) asks without the word: a name after a verb of naming when the head is a
 * noun whose value is a name, a count of persons when it is a noun of people in general
 * (abstain-counted-thing.ts `PEOPLE`), or a count of persons or people when it is a collective
 * noun of persons (`word`, the head as written, given only when the question asks a count:
 * collective-noun.ts); false for any other head.
 */
export function headAnswered(head: string, texts: readonly string[], word?: string): boolean {
  if (NAME_NOUNS.has(head)) return texts.some((text) => NAME_GIVEN.test(text));
  if (PEOPLE.has(head)) return texts.some((text) => holdsCountOfPersons(text));
  if (word !== undefined && collectiveOfPersons(word)) {
    const person = (w: string) => PEOPLE.has(stem(w)) || usuallyPerson(w);
    return texts.some((text) => holdsCountOfPersons(text, person));
  }
  return false;
}
