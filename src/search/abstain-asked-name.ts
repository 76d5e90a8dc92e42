/**
 * A hard gate of abstention (abstain.ts): a question for the name of someone or something
 * ("what is the name of the man who was arrested", "what was the name of the pharmacist", "what
 * is the ship called", "who is Bellhaven's technical director") is answered only by a passage
 * that names it. "Northdale Police said the man was arrested on Friday" says much of the man but
 * not his name, nor does "Nine witnesses gave evidence, including a pharmacist from Bergen" name
 * the pharmacist. When no sentence the ranking's candidates are read in that speaks of the asked
 * noun (the noun, or a form the engine links to it) names it there, beyond the question's own
 * words, the reply is a refusal, whatever the classifier's probability.
 *
 * News writing says what a person or thing is called beside the noun that describes it
 * ({@link namedBeside}): a name in apposition ("the pharmacist, Ola Berg", "Ola Berg, a
 * pharmacist", "the frigate Brandywine", "chief executive Gareth Lindqvist") or a name given by
 * "named" or "called" ("a man named Ola Berg"); a proper noun before the noun ("the Bergen
 * pharmacist", "Rosgvardiya head") names a place or a body, not it. A sentence that leans on one speaking of the noun names it by "named"
 * or "called" ("It was named the Brandywine"). A person is named, besides, as answer-type.ts
 * reads a name (plan/answer-type.ts `newAnswerTypeScore` 1): a titled name, a name described by
 * a role or an age ("He is Owen Pryce, 19,"), in the clause of a sentence that speaks of them
 * (clause-spans.ts), or anywhere in a sentence that leans on one that does. A clause holds one
 * predicate with its arguments (Quirk et al. 1985, §2.13): in "The captain of the Northern Star
 * praised the crew, and Mayor Ellen Shaw thanked the coastguard" the mayor is the second
 * clause's subject, not the captain, who goes unnamed.
 *
 * Asked so: "what is/was the name of X" and "what is X called" (plan/answer-type.ts `asksName`),
 * X the head of the noun phrase after them; "what is the X's name", "what is Y's X's name" (the
 * s-genitive, `asksNameByGenitive`), X the owner of the name; "who is/was the X", "who is Y's X" (a determiner or
 * an owner before X, one office: `officeHead`). For a person's
 * name asked by "the name of" or an office's holder asked by "who is the X", candidates none of
 * which speak of the person or the office answer nothing: "who" asks for a person of the
 * office's class (Li & Roth 2002, "Learning question classifiers": the answer type is the
 * question's focus, a human individual described by the office), and a passage naming people of
 * no such office ("Captain Ilya Varnek, the tanker's master" for "who is the chief executive of
 * Halvard Tankers") names none of that class. A verb derived from the office's noun ("leads the
 * trust" for "the leader of the trust": WordNet's derivational links, holder-roles.ts) tells the
 * office's act, which names its holder in other words, so there the question is left to the
 * classifier, as it is where a candidate holds the full form of a clipped noun ("representative"
 * for "rep": `holdsFullForm`). For a thing's name, candidates not speaking of it leave the question to the
 * classifier and the asked-thing gate: a thing is told again by other nouns.
 */
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';
import type { AbstentionInput } from './abstain-features.js';
import {
  candidateContext,
  focusHeadWord,
  holdsOwnConcept,
  lightVerbConcepts,
  newTypeScoreOf,
} from './abstain-features.js';
import { conceptAlternatives, oneWordForms, ownedHead } from './abstain-asked-thing.js';
import { clauseAt } from './clause-spans.js';
import {
  answerTypeScore,
  askedBesidesKind,
  asksName,
  asksNameByGenitive,
  namesPeople,
  type AnswerType,
} from './plan/answer-type.js';
import { wordSpan, withoutAskedWords, type PassageWords } from './plan/asked-words.js';
import type { MatchKind, QueryPlan } from './plan/query-plan.js';

import { MONTHS, WEEKDAYS } from '../text/months.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isPossessive } from '../text/possessive.js';
import { SEARCH_OPTIONS } from './options.js';
import { QUESTION_WORDS, STOP_WORDS } from '../text/stop-words.js';
import { wordMarker } from '../timeline/tense-markers.js';
import { kindOfTest } from './plan/kind-of.js';

/** What a question asks the name of: the asked noun's stem, and whether it names people. */
export interface NamedNoun {
  noun: string;
  person: boolean;
  /** How it is asked: "the name of" / "called" (`name`), or "who is the ROLE" (`who`). */
  form: 'name' | 'who';
  /**
   * True when the question narrows the noun by a word before it or an of-phrase after it ("the
   * interior minister", "Bellhaven's technical director", "the chair of the audit committee"):
   * then a passage's noun narrowed otherwise is another office ({@link otherOffice}).
   */
  restricted: boolean;
  /**
   * The owner a "who is X's ROLE" question names, folded, without its "'s" ("skyvale" of "who
   * is Skyvale's chief executive"); null when it names none.
   */
  owner: string | null;
}

/**
 * "Who is the chair of the board", "who was Bellhaven's technical director": a determiner or an
 * owner, then the noun phrase (group 1) naming the office asked the holder of.
 */
const WHO_IS_ROLE = /\bwho(?:'s|’s|\s+is|\s+was)\s+(?:the|a|an|(\p{L}+)['’]s?)\s+(.+)$/iu;
/**
 * What may follow an office's noun: a preposition of its phrase ("the head of the board", "the
 * project manager for the barrier"). A verb or a clause after it, or a past form in it, ("who was the woman extradited
 * to Mexico", "the defector Reagan talked about") tells the one asked by an act, which a passage
 * may name them by without the noun.
 */
const AFTER_OFFICE = /^(?:of|for|at|in|on|to|with)$/iu;

/**
 * The head of the office `phrase` names (the text after "who is the"), or null when it is no
 * single office ({@link AFTER_OFFICE}; a plural, "who are the parties", is a group, whose
 * members are listed in any words).
 */
function officeHead(phrase: string): string | null {
  const tokens = tokenize(phrase);
  let end = 0;
  while (end < tokens.length && !isStopWord(tokens[end]!)) end++;
  // "the American woman extradited", "the treaty of Holston made with": a past form after the
  // phrase's first word is the verb of a clause that tells the one asked by an act (there a
  // passive's, whose subject the noun phrase is: "who" is an argument of the verb, not the
  // holder of an office). Past the noun phrase, only a word the lexicon knows as a verb's past
  // form is one: a name there ending like a participle ("at Porthaven") is no verb.
  const pastVerb = (token: Token, i: number) =>
    wordMarker(token.word) === 'past' &&
    (i < end || (lexiconTags(token.word) ?? []).some((tag) => tag === 'VBD' || tag === 'VBN'));
  if (tokens.some((token, i) => i > 0 && pastVerb(token, i))) return null;
  // "the injured worker": a participle before the noun is the same act told of it, the worker
  // who was injured (a premodifying participle is a reduced relative clause, Quirk et al. 1985,
  // §17.98), so it too asks the one picked out by an act, whom a passage may name by that act
  // ("Gary Pendle, 34, … was taken to hospital") without the noun.
  if (end > 1 && (lexiconTags(tokens[0]!.word) ?? []).includes('VBN')) return null;
  const head = tokens[end - 1]?.word;
  const next = tokens[end]?.word;
  if (head === undefined || (next !== undefined && !AFTER_OFFICE.test(next))) return null;
  // "who is the council working with": an -ing word after the noun is the verb of a progressive
  // ("is … working"), which asks who takes part in an act, not an office's holder.
  if (end > 1 && /\p{L}{3}ing$/u.test(head)) return null;
  return /[^s]s$/u.test(head) ? null : head;
}

/** "What is the mechanic called", "what was the ship named": the noun phrase in group 1. */
const CALLED = /\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(.+?)\s+(?:called|named)\b/iu;
/**
 * "What is the captain of the Northern Star called?": "called" or "named" ends the question, so
 * "what" is their object complement, the name itself (complex-transitive complementation, Quirk
 * et al. 1985, ch. 16), however long the noun phrase; plan/answer-type.ts `asksName` reads only
 * a short one (a word after the verb, "what was the reform the mayor called for", tells another
 * verb). Read here, for this gate alone and of a person's role ({@link namedNoun}): it does not
 * change the answer type the ranking and the classifier read.
 */
const CALLED_AT_END =
  /\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an|his|her|its|their)\s+\S+(?:\s+\S+){0,7}\s+(?:called|named)[\s?.!]*$/iu;

/**
 * What `question` asks the name of, or null when it asks none in the forms above (see the top
 * of this file).
 *
 * @example namedNoun('what was the name of the pharmacist?') // { noun: 'pharmacist', person: false, form: 'name' }
 */
export function namedNoun(question: string): NamedNoun | null {
  const short = asksName(question) || asksNameByGenitive(question);
  if (short || CALLED_AT_END.test(question)) {
    const called = CALLED.exec(question)?.[1];
    const head = called === undefined ? focusHeadWord(question) : ownedHead(called);
    const person = head !== null && namesPeople(head);
    // A long "what is X called" is read of a role's holder only: a thing is told again by
    // other nouns (a synonym or a superordinate, "the scheme", "the barrier" for "the
    // project": lexical cohesion, Halliday and Hasan 1976, §6.1), so its noun need not stand
    // beside its name, while news names a role's holder beside the role.
    if (head === null || (!short && !person)) return null;
    return {
      noun: stem(head),
      person,
      form: 'name',
      restricted: narrowed(question, head),
      owner: null,
    };
  }
  const match = WHO_IS_ROLE.exec(question);
  const role = match?.[2];
  const head = role === undefined ? null : officeHead(role);
  if (head === null) return null;
  const restricted = narrowed(question, head);
  const owner = match?.[1]?.toLowerCase() ?? null;
  // "Who" asks for a person (plan/answer-type.ts), so the office it asks the holder of is a
  // person's whatever its noun: "who is the mediator" is answered by "Former judge Helen Marsh
  // was appointed mediator" as "who is the chairman" is by its holder's name in the clause.
  return { noun: stem(head), person: true, form: 'who', restricted, owner };
}

/** The kinds of alternative by which a verb is the office's own act: derived, or an alias. */
const DERIVING_KINDS: ReadonlySet<MatchKind> = new Set(['derived', 'alias']);

/**
 * True when a passage's words hold a longer word opening with `noun` (an index term): the full
 * form of a back-clipping ("representative" of "rep", "examination" of "exam"), a shortened word
 * keeping the start of the one it stands for (Quirk et al. 1985, Appendix I.76), which the plan
 * does not link to it.
 */
function holdsFullForm(words: PassageWords, noun: string): boolean {
  return words.folded.some((word) => word.length > noun.length && word.startsWith(noun));
}

/** Prepositions whose phrase after an office's noun narrows it ("the chair of the committee"). */
const NARROWING_OF = new Set(['of', 'for', 'at']);

/**
 * True when `question` narrows its first `head` (as written, folded) by a content word right
 * before it ("interior minister", "Bellhaven's director") or an of-phrase after it.
 */
function narrowed(question: string, head: string): boolean {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => token.word === head);
  if (at < 0) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  const content = (token: Token | undefined) =>
    token !== undefined && !isStopWord(token) && !QUESTION_WORDS.has(token.word);
  return content(before) || (after !== undefined && NARROWING_OF.has(after.word));
}

/**
 * True when the noun at word `at` of a passage (`text`, `words`) is narrowed to another office
 * than the question's (`question`: the stems of its words): right before it stands a classifying
 * word the question lacks, a proper word or a title's word written capitalised (not as the
 * sentence's first word, unless the noun is capitalised too) or a word usually a noun ("Prime Minister Mikhail Mishustin" for "who is the interior minister",
 * "Association chair April Dunmore" for "the audit committee chair"). A noun premodifier or a
 * proper one classifies the head, naming a subclass of it (Quirk et al. 1985, §17.104), so the
 * name beside it names that subclass's holder; a descriptive adjective ("the new chair") or an
 * owner ("the committee's chair") does not, unless the question names another owner (`owner`:
 * {@link anotherOwners}).
 */
export function otherOffice(
  text: string,
  words: PassageWords,
  at: number,
  question: ReadonlySet<string>,
  owner: ReadonlySet<string> | null = null,
): boolean {
  if (owner !== null && anotherOwners(text, words, at, question, owner)) return true;
  if (classifiedAfter(text, words, at, question)) return false;
  const before = at - 1;
  if (before < 0 || question.has(words.stems[before]!)) return false;
  const folded = words.folded[before]!;
  if (STOP_WORDS.has(folded) || QUESTION_WORDS.has(folded)) return false;
  const span = wordSpan(words, before);
  if (isPossessive(text, span)) return false;
  return capitalisedBefore(text, words, before, at) || isUsuallyNoun(folded);
}

/**
 * True when the noun at word `at` of a passage (`text`, `words`) is followed by an "of", "for"
 * or "at" phrase holding a content word of the question (`question`: the stems of its words)
 * other than the noun's own, before any comma: "the senior operations officer at Carrow Point
 * coastguard station" for "who is the coastguard officer". A noun premodifier corresponds to a
 * postmodifying prepositional phrase ("the coastguard officer", "the officer at the coastguard
 * station": Quirk et al. 1985, §17.104 on premodification by nouns and its prepositional
 * paraphrase), so the question's classifier is said of the passage's noun there, and the words
 * before the noun ("operations") narrow it further to a subclass of the asked office (a
 * hyponym), whose holder holds the asked one.
 */
function classifiedAfter(
  text: string,
  words: PassageWords,
  at: number,
  question: ReadonlySet<string>,
): boolean {
  if (!NARROWING_OF.has(words.folded[at + 1] ?? '')) return false;
  const noun = words.stems[at]!;
  const from = wordSpan(words, at + 1).end;
  for (let i = at + 2; i < words.stems.length && i <= at + 1 + POSTMODIFIER_REACH; i++) {
    const span = wordSpan(words, i);
    if (/[,;:()]/u.test(text.slice(from, span.start))) return false;
    const folded = words.folded[i]!;
    if (STOP_WORDS.has(folded) || QUESTION_WORDS.has(folded)) continue;
    if (words.stems[i] !== noun && question.has(words.stems[i]!)) return true;
  }
  return false;
}

/** The word `i` of a passage (`text`, `words`) as written. */
function writtenAt(text: string, words: PassageWords, i: number): string {
  const { start, end } = wordSpan(words, i);
  return text.slice(start, end);
}

/**
 * True when word `i`, before the noun at word `at`, is written capitalised for its own sake: a
 * sentence's first word is capitalised whatever it is, unless the noun is too (a title written in
 * capitals, "Prime Minister Roman Golovko said", is one whatever its place).
 */
function capitalisedBefore(text: string, words: PassageWords, i: number, at: number): boolean {
  const capital = (k: number) => /^\p{Lu}/u.test(writtenAt(text, words, k));
  return capital(i) && (i > 0 || capital(at));
}

/**
 * {@link otherOffice} for a question naming the office's owner (`owner`: the stems that write
 * it, its own and the one-word forms the plan accepts for it; "skyval" of "who is Skyvale's chief
 * executive"): past the premodifiers the question shares ("chief"), the word before the noun
 * owns or classifies it when it is a possessive or a word usually a noun; the office is another
 * owner's when neither that word nor a capitalised word of the name it ends ("Skyvale Airways
 * chief executive") is the owner or a word of the question. "Airport chief executive Margaret
 * Olowe" and "the airport's chief executive" name the airport's, not Skyvale's: a genitive or a
 * noun premodifier identifies whose office it is (Quirk et al. 1985, §5.115 and §17.104). A word
 * is the owner's when its stem is one of `owner`'s or shares its first `facts.namePrefix` letters
 * with one ("Belarusian" for "Belarus'").
 */
function anotherOwners(
  text: string,
  words: PassageWords,
  at: number,
  question: ReadonlySet<string>,
  owner: ReadonlySet<string>,
): boolean {
  const prefix = (word: string) => word.slice(0, SEARCH_OPTIONS.facts.namePrefix);
  const ownerPrefixes = new Set([...owner].map(prefix));
  let before = at - 1;
  while (before >= 0 && at - before <= PHRASE_REACH && question.has(words.stems[before]!))
    before -= 1;
  if (before < 0 || at - before > PHRASE_REACH) return false;
  const folded = words.folded[before]!;
  if (STOP_WORDS.has(folded) || QUESTION_WORDS.has(folded)) return false;
  const possessive = isPossessive(text, wordSpan(words, before));
  // A capitalised word alone does not say whose: a demonym ("Polish Prime Minister" for
  // "Poland's") is no word the lexicon or the plan ties to its place.
  if (!possessive && !isUsuallyNoun(folded)) return false;
  const ownersWord = (i: number) =>
    owner.has(words.stems[i]!) ||
    ownerPrefixes.has(prefix(words.folded[i]!)) ||
    question.has(words.stems[i]!);
  for (let i = before; i >= 0 && before - i < PHRASE_REACH; i--) {
    if (ownersWord(i)) return false;
    if (i < before && !capitalisedBefore(text, words, i, at)) break;
  }
  return true;
}

/**
 * The stem of the noun naming the person whose name `question` asks ("what is the name of the
 * man who…" → man), or null when it asks no name or the name of no person.
 */
export function namedPerson(question: string): string | null {
  const named = namedNoun(question);
  return named !== null && named.form === 'name' && named.person ? named.noun : null;
}

/** Words that give a name after them: "a man named Ola Berg", "a ship called the Brandywine". */
const NAMING = /^(?:named|called|dubbed|nicknamed|renamed|identified|known)$/iu;
/** Words that may stand between a naming word or a comma and the name ("as", "the"). */
const BEFORE_NAME = /^(?:as|the|a|an)$/iu;
/** Words within which a naming word after the noun gives its name ("the man, who was named as"). */
const NAMING_REACH = 5;
/** Most words of the of-phrase after the noun read before a name in apposition ("of the Northern Star"). */
const POSTMODIFIER_REACH = 5;
/** Modifiers before the noun read to find where its phrase starts ("a new Bergen pharmacist"). */
const PHRASE_REACH = 3;
/** Words that end a noun phrase read backwards: a determiner or a preposition starts it. */
const PHRASE_START = wordIn([
  ...DETERMINERS,
  ...['of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'and', 'or'],
]);

/**
 * True when `word`, written capitalised, names a day or a month rather than anyone or anything:
 * a weekday, or a month not ending a name run (`afterName`: "Theresa May, the prime minister").
 * "The inspection is on Thursday, a council spokesman said" sets a time beside the noun, not
 * its name: a date is another answer type than a name (Moldovan et al. 2000).
 */
function calendarName(word: string, afterName: boolean): boolean {
  return WEEKDAYS.has(word) || (!afterName && MONTHS.has(word));
}

/**
 * True when `words` (of `text`) name the noun at word `at` (`length` words long) beside it:
 * a capitalised word right after it (after a comma or "the", perhaps: "the frigate Brandywine",
 * "chief executive Gareth Lindqvist"), or after a naming word ({@link NAMING}) within
 * {@link NAMING_REACH} words, or before a comma just before its phrase ("Ola Berg, a
 * pharmacist"), or after a comma closing the noun's of-phrase in the question's words ("the
 * captain of the Northern Star, Ana Ruiz"). A word of the question (`asked`, index terms) is none,
 * nor a function word opening the sentence ("Also, an agreement…": capitalised there anyway) or
 * a day or a month ({@link calendarName}). A proper noun before the noun is no name of it: "the Bergen pharmacist", "Rosgvardiya head" name a place and a body.
 */
export function namedBeside(
  text: string,
  words: PassageWords,
  at: number,
  length: number,
  asked: ReadonlySet<string>,
): boolean {
  const count = words.stems.length;
  const written = (i: number) => writtenAt(text, words, i);
  const name = (i: number) =>
    i >= 0 &&
    i < count &&
    /^\p{Lu}/u.test(written(i)) &&
    !asked.has(words.stems[i]!) &&
    !(i === 0 && STOP_WORDS.has(words.folded[i]!)) &&
    !calendarName(written(i), i > 0 && /^\p{Lu}/u.test(written(i - 1)));
  const after = at + length;
  const skip = (i: number) => (BEFORE_NAME.test(written(i) ?? '') ? i + 1 : i);
  if (after < count && name(skip(after))) return true;
  // "The captain of the Northern Star, Ana Ruiz,": a name in apposition to the whole noun
  // phrase (Quirk et al. 1985, §17.65), after the noun's of-phrase in the question's own words.
  if (after < count && /^of$/iu.test(written(after))) {
    let end = after + 1;
    while (
      end < count &&
      end - after <= POSTMODIFIER_REACH &&
      (BEFORE_NAME.test(written(end)) || asked.has(words.stems[end]!))
    )
      end++;
    if (end > after + 1 && end < count && name(end)) {
      const between = text.slice(wordSpan(words, end - 1).end, wordSpan(words, end).start);
      if (/^\s*,\s*$/u.test(between)) return true;
    }
  }
  for (let i = after; i < Math.min(count, after + NAMING_REACH); i++)
    if (NAMING.test(written(i)) && name(skip(skip(i + 1)))) return true;
  // "Two spaniels from the rescue team, named Bramble and Fen": a participle clause set off by
  // a comma after the noun's postmodifier is a non-restrictive modifier of the whole noun phrase
  // (Quirk et al. 1985, §17.97), so the name it gives is the noun's, further on.
  for (
    let i = after + NAMING_REACH;
    i < Math.min(count, after + NAMING_REACH + POSTMODIFIER_REACH);
    i++
  ) {
    if (!NAMING.test(written(i)) || !name(skip(skip(i + 1)))) continue;
    const before = text.slice(wordSpan(words, i - 1).end, wordSpan(words, i).start);
    if (/^\s*,\s*$/u.test(before)) return true;
  }
  let first = at;
  while (first > 0 && at - first < PHRASE_REACH && !PHRASE_START.test(written(first - 1))) first--;
  // "Ola Berg, a pharmacist": a name, a comma, and the noun's phrase.
  const opening = first > 0 && PHRASE_START.test(written(first - 1)) ? first - 1 : first;
  if (opening === 0) return false;
  const between = text.slice(wordSpan(words, opening - 1).end, wordSpan(words, opening).start);
  return /^\s*,\s*$/u.test(between) && name(opening - 1);
}

/** True when `words` (of `text`) give a name by a naming word anywhere ("It was named the Brandywine"). */
function namedAnywhere(text: string, words: PassageWords, asked: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.stems.length; i++) {
    const { start, end } = wordSpan(words, i);
    if (NAMING.test(text.slice(start, end)) && namedBeside(text, words, i, 0, asked)) return true;
  }
  return false;
}

/** Words opening a restrictive modifier after a noun: a relative pronoun, or an infinitive's "to". */
const MODIFIER_OPENERS = new Set(['that', 'which', 'who', 'to']);

/**
 * The question's concepts (indices of its plan's) in the restrictive modifier after the asked
 * noun ("the program to make vaccines against anthrax": vaccines, anthrax; "the portal that
 * published the deal": published, deal), light verbs left out; empty when no relative pronoun
 * or "to" follows the noun.
 */
export function modifierConcepts(plan: QueryPlan, noun: string): number[] {
  const tokens = tokenize(plan.question);
  const at = tokens.findIndex((token) => stem(token.word) === noun);
  if (at < 0 || !MODIFIER_OPENERS.has(tokens[at + 1]?.word ?? '')) return [];
  const words = new Set(
    tokens
      .slice(at + 2)
      .filter((token) => !isStopWord(token))
      .map((token) => stem(token.word)),
  );
  const light = lightVerbConcepts(plan);
  const concepts: number[] = [];
  plan.concepts.forEach((concept, c) => {
    const own = concept.alternatives[0]?.terms ?? [];
    if (!light.has(c) && own.length > 0 && own.every((term) => words.has(term))) concepts.push(c);
  });
  return concepts;
}

/**
 * True when sentence `s` names a person as answer-type.ts reads a name (`newAnswerTypeScore` 1):
 * within the clause holding word `at` (the asked noun) when given, else anywhere in it.
 */
function personNamed(
  input: AbstentionInput,
  s: number,
  type: AnswerType,
  at: number | undefined,
): boolean {
  if (at === undefined) return newTypeScoreOf(input, s, type) === 1;
  const { plan } = input;
  const text = input.textOf(s);
  const words = input.wordsOf(s);
  const asked = askedBesidesKind(type, plan.askedTerms);
  // Blanking keeps offsets, so the clause's span reads the same stretch of the blanked text.
  const blanked = withoutAskedWords(text, asked, words, plan.askedDescribing);
  const [start, end] = clauseAt(text, wordSpan(words, at).start);
  return answerTypeScore(blanked.slice(start, end), type) === 1;
}

/**
 * Whether the candidates name what a question asks the name of: undefined when it asks none
 * ({@link namedNoun}), or, unless it asks a person's name by "the name of" or an office's holder
 * by "who" (then false), when no sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) speaks of the asked noun, or when one holds a verb derived from the
 * office's noun;
 * else true when one names it (see the top of this file). Costs one pass over those sentences'
 * words, and a reading of the text of those that speak of the noun.
 */
export function askedNameHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const named = namedNoun(plan.question);
  if (named === null) return undefined;
  const alternatives = conceptAlternatives(plan, named.noun);
  const forms = alternatives.map((alternative) => alternative.terms);
  const owner = named.owner === null ? null : oneWordForms(plan, stem(named.owner));
  const asked = plan.askedTerms;
  const type = { name: 'person' as const, focus: named.noun };
  const own = new Set(tokenize(plan.question).map((token) => stem(token.word)));
  // Where sentence `s` speaks of the asked noun: its first occurrence not narrowed to another
  // office (a person's: a thing's premodifiers describe it, "the United States schooner
  // Enterprise" for "the little schooner"), `other` when every occurrence is so narrowed, null
  // when it holds none. A form
  // ending in a word not usually a noun is a verb the engine links to the noun (WordNet's
  // "lead" and "aim" for "head"): it tells an act, not the office asked the holder of.
  // Whether a candidate holds a verb derived from the office's noun ("leads the trust" for
  // "leader": WordNet's derivational links, holder-roles.ts), the office's act, which tells its
  // holder as its noun does, or the full form of a clipped noun ({@link holdsFullForm}): then
  // the office may be spoken of in words the plan does not link. A synonym's verb ("carry" of
  // "executive", by "execute") is another sense's act.
  let actTold = false;
  const derivations = new Set(
    alternatives
      .filter((alternative) => DERIVING_KINDS.has(alternative.kind))
      .map((alternative) => alternative.terms),
  );
  const spokenAt = (s: number | null) => {
    if (s === null) return null;
    const words = input.wordsOf(s);
    let other = false;
    for (const phrase of forms)
      for (let at = 0; at + phrase.length <= words.stems.length; at++) {
        // A loop, not `every` with a closure: this runs at every word of every candidate
        // (session 55's allocation profile: the closures were ~70 KiB of a slow question).
        let k = 0;
        while (k < phrase.length && words.stems[at + k] === phrase[k]) k++;
        if (k < phrase.length) continue;
        const last = at + phrase.length - 1;
        if (words.stems[last] !== named.noun && !isUsuallyNoun(words.folded[last]!)) {
          if (derivations.has(phrase)) actTold = true;
          continue;
        }
        if (
          !named.person ||
          !named.restricted ||
          !otherOffice(input.textOf(s), words, at, own, owner)
        )
          return { at, length: phrase.length };
        other = true;
      }
    return other ? ('other' as const) : null;
  };
  // A thing asked by what it does ("the name of the program to make vaccines against anthrax")
  // is named by "called" or "named" in a sentence saying that in its own words, whatever noun
  // that sentence gives it ("an effort to guard our people against bioterrorism, called Project
  // Bio-Shield"): the modifier, not the noun, tells which thing it is.
  const described =
    named.form === 'name' && !named.person ? modifierConcepts(plan, named.noun) : [];
  // A thing spoken of by a kind of it ("two springer spaniels" for "the search dogs":
  // plan/kind-of.ts) is named when the name stands beside that noun; such a sentence alone does
  // not count as speaking of the asked noun, so it never turns the question to a refusal.
  const written = tokenize(plan.question).find((token) => stem(token.word) === named.noun)?.word;
  const kindOf =
    named.form === 'name' && !named.person && written !== undefined ? kindOfTest(written) : null;
  const namedAsKind = (s: number) => {
    if (kindOf === null) return false;
    const words = input.wordsOf(s);
    const text = input.textOf(s);
    for (let at = 0; at < words.folded.length; at++)
      if (kindOf(words.folded[at]!) && namedBeside(text, words, at, 1, asked)) return true;
    return false;
  };
  let spoken = false;
  for (const s of candidateContext(input)) {
    const found = spokenAt(s);
    // A sentence speaking only of another office speaks of the noun but names no holder of it.
    if (found === 'other') {
      spoken = true;
      continue;
    }
    const here = found;
    const leant = spokenAt(input.contextOf(s));
    if (here === null && (leant === null || leant === 'other')) {
      if (named.form === 'who' && !actTold) actTold = holdsFullForm(input.wordsOf(s), named.noun);
      if (
        described.length > 0 &&
        holdsOwnConcept(input, s, described) &&
        namedAnywhere(input.textOf(s), input.wordsOf(s), asked)
      )
        return true;
      if (namedAsKind(s)) return true;
      continue;
    }
    spoken = true;
    if (named.person && personNamed(input, s, type, here?.at)) return true;
    const text = input.textOf(s);
    const words = input.wordsOf(s);
    if (
      here !== null
        ? namedBeside(text, words, here.at, here.length, asked)
        : namedAnywhere(text, words, asked)
    )
      return true;
  }
  if (spoken || (named.form === 'name' && named.person)) return false;
  return named.form === 'who' && !actTold ? false : undefined;
}
