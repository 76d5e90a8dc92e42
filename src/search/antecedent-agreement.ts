/**
 * Whether a sentence's pronoun or description subject can stand for what a question asks
 * about: the agreement check of pronoun resolution. A pronoun refers to the most recent
 * antecedent that agrees with it in number and gender (Hobbs 1978, "Resolving pronoun
 * references", Lingua 44), and "it" is the non-personal pronoun, "he" and "she" the personal
 * ones (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 17 §2):
 * "The museum's curator showed us the clock. It is 200 years old." tells the clock's age, not
 * the curator's. features.ts reads the words of the sentence before as the leaning sentence's
 * own only when its subject agrees with the question's subject ({@link agreesWithAsked}).
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isPluralWithoutS, PLURAL_S } from '../timeline/irregular-plurals.js';
import { NOUN_ANIMAL, NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';
import { namesOrganisation, namesPeople } from './plan/answer-type.js';
import { descriptionHead, subjectNamedBefore } from './select/widen.js';

/** The subject of a question: the head noun of the noun phrase after its auxiliary. */
export interface AskedSubject {
  /** The head as written, folded to lower case ("curator", "calves", "hazel"). */
  head: string;
  /** True for a plural head ("calves", "geese", "people"). */
  plural: boolean;
  /** True for a capitalised head, a name ("Hazel"): any pronoun of its number may stand for it. */
  name: boolean;
}

/** A wh-question's auxiliary, then its subject: "how old is X", "where were X born". */
const WH_AUXILIARY =
  /^\s*(?:how(?:\s+(?:old|long|far|much|many|big|tall|deep|wide|high))?|where|when|what|which|why)\s+(?:is|was|are|were|has|have|had|did|does|do|will)\s+(.+)$/isu;
/** Words before the head that are no part of its kind: articles, possessives, counts. */
const DETERMINER =
  /^(?:the|a|an|his|her|its|their|our|your|my|both|all|\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/u;
/** Penn tags of a verb form: the subject ends before one ("the two calves born"). */
const VERB_TAG = /^(?:VB|VBD|VBG|VBN)$/u;

/** WordNet's lexicographer files (lexnames(5WN)) of nouns that "he" or "she" may stand for. */

/**
 * The subject of `question` ({@link AskedSubject}), or null when it asks in no form read here:
 * the words after a wh-word and its auxiliary, past articles, possessives and counts, up to a
 * function word or a word the lexicon reads first as a verb; the last of them is the head.
 *
 * @example askedSubjectOf("how old is the museum's curator") // { head: 'curator', plural: false, name: false }
 */
export function askedSubjectOf(question: string): AskedSubject | null {
  const rest = WH_AUXILIARY.exec(question)?.[1];
  if (rest === undefined) return null;
  let head: string | null = null;
  for (const written of rest.split(/\s+/u)) {
    const word = written.replace(/[?.!,;:]+$/u, '');
    const folded = word.toLowerCase().replace(/[’']s$/u, '');
    if (head === null && DETERMINER.test(folded)) continue;
    if (!/^[\p{L}-]+$/u.test(folded) || STOP_WORDS.has(folded)) break;
    const usual = lexiconTags(folded)?.[0];
    if (head !== null && usual !== undefined && VERB_TAG.test(usual)) break;
    head = word.replace(/[’']s$/u, '');
    // A possessive ("the museum's curator") goes on to the head it determines.
    if (/[’']s$/u.test(word)) head = null;
  }
  if (head === null) return null;
  const folded = head.toLowerCase();
  return {
    head: folded,
    plural: PLURAL_S.test(folded) || isPluralWithoutS(folded),
    name: /^\p{Lu}/u.test(head),
  };
}

/**
 * What a sentence's subject may stand for: one person or animal, one thing, several, or what a
 * description's head noun names.
 */
type SubjectKind = 'personal' | 'thing' | 'plural' | { head: string };

/** The kind of the pronoun or person description `text` opens with, or null for none. */
function subjectKind(text: string): SubjectKind | null {
  const pronoun = /^["“‘'„]?(he|she|it|they|both)\b/iu.exec(text)?.[1]?.toLowerCase();
  if (pronoun === 'it') return 'thing';
  if (pronoun === 'they' || pronoun === 'both') return 'plural';
  if (pronoun !== undefined || subjectNamedBefore(text)) return 'personal';
  const head = descriptionHead(text);
  return head === null ? null : { head: head.toLowerCase() };
}

/**
 * True when the subject of `text` (a pronoun or a description) agrees with the question's
 * subject `asked` in number and gender: "it" with one thing (not a person), "he", "she" or a
 * person described with one person or animal (or a name), "they" and "both" with a plural or a
 * body ("the council … They"), another description with the same noun or a name. False for any other opening: the sentence before
 * is then read as context only. Reads WordNet's noun index for a common noun's kind.
 */
export function agreesWithAsked(text: string, asked: AskedSubject): boolean {
  const kind = subjectKind(text);
  if (kind === null) return false;
  // A description repeats the question's noun, or describes what the question names ("Pepper
  // … The mare …"): a name is introduced first and described after (news style's second
  // reference).
  if (typeof kind === 'object')
    return kind.head === asked.head || (asked.name && !PLURAL_S.test(kind.head));
  if (kind === 'plural') return asked.plural || namesOrganisation(asked.head);
  if (asked.plural) return false;
  if (asked.name) return true;
  const person = namesPeople(asked.head) || usualNounFiles(asked.head).includes(NOUN_PERSON);
  if (kind === 'thing') return !person;
  return person || usualNounFiles(asked.head).includes(NOUN_ANIMAL);
}
