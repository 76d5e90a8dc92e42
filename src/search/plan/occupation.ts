/**
 * "What was Ruth Penhallow's job?", "what is Sandra Kettering's occupation?": a question for a
 * named person's occupation, and whether a passage states one.
 *
 * News style gives what a person does not with the noun "job" but as a noun phrase describing
 * them: in apposition to the name ("Ruth Penhallow, 71, a retired primary school teacher",
 * "Sandra Kettering, the council's emergency planning officer"; non-restrictive apposition,
 * Quirk et al. 1985, "A Comprehensive Grammar of the English Language", §17.65–17.72;
 * Huddleston & Pullum 2002, ch. 15 §5), before it as a title-like modifier ("retired teacher
 * Ruth Penhallow", close apposition, Quirk §17.76), or as the complement of a copula or of
 * "work as" ("She was a retired primary school teacher", Quirk §16.21 on subject complements;
 * §16.48 on "as" complements). The head of that phrase names a kind of person (its usual
 * WordNet sense filed in noun.person, lexnames(5WN); person-noun-question.ts
 * `namesKindOfPerson`). So the question's noun frames the answer's kind, like "age" in "what
 * is her age", and is no word a passage must share (answer-type.ts `framing`).
 *
 * The asked noun is an occupation noun when its most frequent WordNet sense is the synset
 * {occupation, business, job, line of work, line} ("the principal activity in your life that
 * you do to earn money") or a kind of it ("career", "vocation", "calling"): a rarer sense
 * ("work" as an occupation) is not what a question for "X's work" usually asks.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { isStopWord, tokenize } from '../../text/terms.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets, wordnetSynsets, type Synset } from '../wordnet-relations.js';
import { namesKindOfPerson } from './person-noun-question.js';
import { matchesOf } from '../../text/matches-of.js';

const nounSynsets = lemmaSynsets('noun');

/** A lemma of the synset of occupations (WordNet 3.1 noun "occupation", sense 1). */
const OCCUPATION_LEMMA = 'occupation';

/** True when `synset` is the synset of occupations. */
function isOccupation(synset: Synset): boolean {
  return synset.words[0] === OCCUPATION_LEMMA;
}

/**
 * True when `word` (as written, any case) is an occupation noun: its usual sense is the
 * occupation synset or one of its direct kinds (see the top of this file).
 *
 * @example isOccupationNoun('job') // true
 * @example isOccupationNoun('role') // false
 */
export function isOccupationNoun(word: string): boolean {
  const read = wordnetSynsets();
  for (const lemma of baseForms(word.toLowerCase())) {
    const usual = nounSynsets(lemma)[0];
    if (usual === undefined) continue;
    return (
      isOccupation(usual) ||
      usual.hypernyms.some(([pos, offset]) => isOccupation(read(pos, offset)))
    );
  }
  return false;
}

/**
 * "What was X's job", "what's the driver's occupation": a copular "what" question whose focus
 * is an occupation noun owned by a genitive (group 1: the owner; group 2: the noun).
 */
const OWNED_NOUN_QUESTION =
  /^\s*what(?:['’]?s)?(?:\s+(?:is|was|are|were))?\s+(.+?)(?:['’]s|s['’])\s+(\p{L}+)\s*[?.!]*\s*$/iu;

/**
 * Where `question` asks a person's occupation: the UTF-16 offset of its occupation noun, which
 * only frames the answer's kind; null when it asks none.
 *
 * @example occupationNounAt("what was ruth penhallow's job") // 26
 */
export function occupationNounAt(question: string): number | null {
  const match = OWNED_NOUN_QUESTION.exec(question);
  const noun = match?.[2];
  if (match === null || noun === undefined || !isOccupationNoun(noun)) return null;
  return match.index + match[0].lastIndexOf(noun);
}

/** Words that may end a role's noun phrase after its head: a preposition of its phrase, a relative. */
const AFTER_HEAD = String.raw`(?:\s*(?:[,.;:)!?"”]|$)|\s+(?:at|of|for|in|on|with|from|who|and|since|until)\b)`;
/** Up to four words before the head: its modifiers ("retired primary school"). */
const MODIFIERS = String.raw`((?:[\p{L}\d’'-]+\s+){0,4}?)`;
/** A determiner or a genitive opening the phrase ("a", "the", "the council's"). */
const OPENER = String.raw`(?:(?:a|an|the)\s+(?:[\p{L}-]+['’]s?\s+)?|[\p{L}-]+['’]s?\s+)?`;

/**
 * A role phrase set off by a comma after a name, an age perhaps between ("…, 71, a retired
 * teacher,"), or after a copula or "as" ("was a retired teacher", "worked as a chef"): group 1
 * the modifiers, group 2 the head.
 */
const ROLE_PHRASE = new RegExp(
  String.raw`(?:,\s*(?:\d{1,3},\s*)?|\b(?:is|was|as|became|becomes)\s+)${OPENER}${MODIFIERS}([\p{Ll}-]+)(?=${AFTER_HEAD})`,
  'gu',
);
/** A lower-case role noun right before a capitalised name or a blanked one ("chef Daniel Osei"). */
const TITLE_ROLE = /\b([\p{Ll}-]{3,})\s+(?=\p{Lu}\p{Ll}|x+\s+x+\b)/gu;

/**
 * True when `text` states someone's role: a noun phrase whose head names a kind of person, in
 * apposition after a comma, as a copula's or "as"'s complement, or before a name (see the top
 * of this file). The text may have the question's words blanked (asked-words.ts writes each
 * letter of them as "x"): a blanked name still stands where a name does.
 *
 * @example statesRole('Ruth Penhallow, 71, a retired primary school teacher, lived alone.') // true
 * @example statesRole('She was a retired primary school teacher.') // true
 * @example statesRole('Ruth Penhallow, 71, lived on the top floor.') // false
 */
export function statesRole(text: string): boolean {
  for (const match of matchesOf(text, ROLE_PHRASE)) {
    const modifiers = tokenize(match[1] ?? '');
    if (modifiers.some((token) => isStopWord(token))) continue;
    if (namesKindOfPerson(match[2]!)) return true;
  }
  for (const match of matchesOf(text, TITLE_ROLE))
    if (!STOP_WORDS.has(match[1]!) && namesKindOfPerson(match[1]!)) return true;
  return false;
}
