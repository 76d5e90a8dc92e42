/**
 * A hard gate of abstention (abstain.ts): a question for a time is answered only by a passage
 * that gives the time it asks.
 *
 * - "What time did the press conference start" asks for a time of day (plan/answer-type.ts,
 *   focus "time"): a day is no answer to it ("… said at a press conference in Fenwick on
 *   Tuesday" says when within a week, not at what hour). A sentence the candidates are read in
 *   must hold a clock time (text/clock-time.ts `CLOCK_TIME`) and one of the question's other
 *   words.
 * - "When was the Fenwick Field Club founded" asks the date of one act, the one its passive
 *   participle names ("founded", "built", "born"): a date of another act in the passage ("…
 *   said at a press conference on Tuesday") is not it. A sentence the candidates are read in
 *   must hold a date and a form of the act (the forms the engine links to it: an inflection, a
 *   WordNet synonym or derived form, abstain-asked-thing.ts `conceptForms`: "established",
 *   "foundation"; for a founding, any verb of coming into being: text/coming-into-being.ts)
 *   and name the subject X by the head of its noun phrase, or lean on a sentence that does
 *   (abstain-bound-value.ts: "The Quarnby Lift Company was founded in 1888" does not date the
 *   Friends' founding); not for a light verb ("made public": text/light-verbs.ts), whose act is
 *   in its complement. Which act of the sentence its date is said of is not read here (that
 *   takes a parse the question path does not load): a date beside the act's word is taken as
 *   its.
 *
 * - "When did the Brooklyn Bridge open", its verb ending it, is read as "when was X VERBed" is,
 *   with X the thing that undergoes the act: "the bridge opened" and "the mayor opened the
 *   bridge" tell one opening ({@link askedActiveAct}), or X the doer of a verb whose object it
 *   leaves out ("when did the storm hit": "a storm hit the park on Saturday" tells it); one with
 *   words after its verb ("when did
 *   the EU adopt the sanctions", "become chairman") is left alone: users paraphrase a verb and
 *   its object ("slap sanctions on" for "imposed"), which no form of the verb finds.
 *
 * - "When will the statue move to the cathedral", "when does the ferry sail", "when is the bridge
 *   due to open" ask the date of the act their verb names, done by their subject: a date of
 *   another act in the passage ("the talk will go ahead on Thursday 16 April") is not it, even
 *   when it shares the verb's word. Refused when every dated sentence the candidates are read in
 *   tells of the act's word with another doer as its subject ({@link otherDoerBefore}); a
 *   dated sentence without the act's word may tell of it in other words ("will reopen" for
 *   "resume service"), so it is not taken as another act's. "When will the move happen" asks
 *   of no act by its verb ("happen" frames the question: stop-words.ts QUESTION_WORDS): the
 *   act is the subject's noun, "move".
 *
 * Left alone: a participle that only frames a plan ("when was the seat of government supposed
 * to move": the date asked is of the act after "to") or is the plan's act ("supposed to be
 * hooked up": a plan's date is its deadline, told in other words, "by the year 2000"), and
 * "when" questions asking of no act by a participle or a final verb ("when was the election",
 * "when did the strike start on the north bank").
 *
 * A date beside a form of the act is the asked act's only when the act is told of X as the
 * thing it was done to (the answer type attaches to the asked predicate with its argument, not to
 * any word of the question nearby: Moldovan et al., "The Structure and Performance of an
 * Open-Domain Question Answering System", ACL 2000). Not when X does the act to another thing
 * ("Bellhaven, which is privately owned, built the terminal … completed in 2017"), when another
 * thing is what it was done to (an active verb's object, an action noun's "of" phrase:
 * "Construction of the Orrel Tidal Barrier began on Saturday"), nor when the word is no verb or
 * action noun of the act (an adjective or adverb of its family, "its original timetable"; a noun
 * modifying a noun, "foundation piles"; a hyphenated compound, "a family-founded firm"; an
 * infinitive, "has been chosen to build"). A sentence whose subject is a pronoun may date the
 * act the sentence before it tells ("It's dated December 18th").
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, conceptsBesides } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { namesSubject, subjectHead } from './abstain-bound-value.js';
import { answerTypeScore, type AnswerType } from './plan/answer-type.js';
import { restatingClassesOf } from './plan/restating-classes.js';
import type { Alternative } from './plan/query-plan.js';
import { holdsAnchoredDate } from './anchored-date.js';
import { CLOCK_TIME } from '../text/clock-time.js';
import { LIGHT_VERB_TERMS } from '../text/light-verbs.js';
import { opensWithSubjectPronoun } from '../text/subject-pronoun.js';
import { isNounAdjunct } from '../text/noun-adjunct.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { isAdjective } from '../timeline/adjectives.js';
import { PREPOSITION } from '../timeline/preposition.js';
import { monthNumber, WEEKDAYS } from '../text/months.js';
import { PUBLICATION_DAY_PART } from '../timeline/publication-day-part.js';
import { FOUNDING_TERMS, foundingOffsets, tellsFounding } from '../text/coming-into-being.js';
import { BEGINNING_VERBS, takingEffectOffsets } from '../text/taking-effect.js';
import { AUXILIARIES, PASSIVE_AUXILIARIES } from '../text/auxiliaries.js';
import { DETERMINER } from '../timeline/premodifier.js';
import { wordIn } from '../text/word-class.js';
import { endsInBoundPrefix } from '../text/bound-prefixes.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';
import { endsPossessive } from '../text/possessive.js';
import { QUESTION_WORDS, STOP_WORDS } from '../text/stop-words.js';
import { MID_ADVERB } from '../timeline/base-form.js';
import { irregularPastForms, REGULAR_PAST } from '../timeline/past-forms.js';

/**
 * "When was/were/is/are/has been/had been/will be …", or the same opened by a noun of a date ("what
 * year was", "in what year was", "on what exact date was"): a passive question of when, words after
 * the auxiliary in group 1. The noun names the date's grain, not another act: "what year was X
 * founded" asks the founding's date as "when was X founded" does.
 */
const WHEN_PASSIVE =
  /^\s*(?:when|(?:(?:in|on)\s+)?(?:what|which)\s+(?:[\p{L}'’-]+\s+)?(?:year|date|day|month))\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)\s+(.+?)[\s?.!]*$/isu;

/**
 * "When will/would/shall/does/do X VERB": a future or present active question of when, the
 * words after the auxiliary in group 1. Auxiliaries are a closed class.
 */
const WHEN_ACTIVE = /^\s*when\s+(?:will|would|shall|does|do)\s+(.+?)[\s?.!]*$/isu;

/**
 * "When did …", or the same opened by a noun of a date ("what year did", "on what date did"): an
 * active past question of when, the words after "did" in group 1.
 */
const WHEN_DID =
  /^\s*(?:when|(?:(?:in|on)\s+)?(?:what|which)\s+(?:[\p{L}'’-]+\s+)?(?:year|date|day|month))\s+did\s+(.+?)[\s?.!]*$/isu;

/** "When is/are X due/set/going/expected to VERB": a plan's act, its verb in group 1. */
const WHEN_PLANNED = /^\s*when\s+(?:is|are)\s+.+?\s+to\s+([\p{L}'’-]+)/iu;

/** "What time of year", "what time of the year": a season asked, not an hour. */
const TIME_OF_YEAR = /\btime\s+of\s+(?:the\s+)?year\b/iu;

/**
 * True when a question asks for a time of day: "what time" (plan/answer-type.ts, focus "time"),
 * not "what time of year".
 */
export function asksClockTime(question: string, type: AnswerType | null): boolean {
  return type?.name === 'date' && type.focus === 'time' && !TIME_OF_YEAR.test(question);
}

/**
 * True when `next`, the word after a past form, is a content word the lexicon reads first as a
 * noun or an adjective ("major" in "last major overhaul"), so the form before it premodifies a
 * noun rather than closing the clause.
 */
function modifiesNext(next: Token | undefined): boolean {
  if (next === undefined || isStopWord(next)) return false;
  const first = lexiconTags(next.word)?.[0] ?? '';
  return first.startsWith('NN') || first.startsWith('JJ');
}

/** True when `word` (folded) is a past participle: "founded", "built", "born". */
function isParticiple(word: string): boolean {
  return REGULAR_PAST.test(word) || irregularPastForms().has(word);
}

/**
 * The act whose date a "when was X VERBed" question asks, as the question writes it, folded, or
 * null: the last participle after the subject ("when was the disputed election held": held,
 * not "disputed", which describes the election), unless "to" follows it (a framing of a plan:
 * "supposed to move", "expected to open"), or a preposition ends the question ("when was the
 * window put back to": "when" is the stranded preposition's complement, not the act's date).
 *
 * @example askedAct('when was the Fenwick Field Club founded') // 'founded'
 */
export function askedAct(question: string): string | null {
  return askedPassive(question)?.act ?? null;
}

/**
 * The act of a "when was X VERBed" question ({@link askedAct}), the head of its subject X,
 * folded (abstain-bound-value.ts `subjectHead`: "when was the Gull Point lighthouse built" →
 * lighthouse; null when X is a pronoun), and the stems of X's content words ("gull", "point",
 * "lighthous"), or null when it asks no such act.
 *
 * @example askedPassive('when was Tomas Vreeland first elected') // { act: 'elected', subject: 'vreeland', subjectTerms: ['toma', 'vreeland', 'first'] }
 */
export function askedPassive(
  question: string,
): { act: string; subject: string | null; subjectTerms: string[] } | null {
  const match = WHEN_PASSIVE.exec(question);
  if (match === null) return null;
  const words = match[1]!;
  const tokens = tokenize(words);
  // "What date is on the register": a preposition after the auxiliary opens no subject.
  if (PREPOSITION.test(tokens[0]?.word ?? '')) return null;
  // "When was the window put back to": a preposition ending the question is stranded, and
  // "when" is its complement (Quirk et al. 1985, §9.6), the time the act moved a thing to, not
  // the act's date: a passage giving that time need not tell the act.
  if (PREPOSITION.test(tokens.at(-1)?.word ?? '')) return null;
  // The subject comes first: a participle opening the words after the verb is its modifier.
  for (let i = tokens.length - 1; i > 0; i--) {
    const word = tokens[i]!.word;
    if (!isParticiple(word)) continue;
    // "when was the ferry's last major overhaul": a past form after a determiner or a genitive
    // and before an adjective or a noun premodifies a noun of the subject's phrase (Quirk et al.
    // 1985, §17.101), while the clause's participle ends it, or comes before a preposition, an
    // adverb or a complement ("built on the point", "first elected council leader").
    const previous = tokens[i - 1]!;
    const genitive = endsPossessive(
      words,
      words.slice(previous.start, tokens[i]!.start).trimEnd(),
      previous.start,
    );
    if ((DETERMINER.test(previous.word) || genitive) && modifiesNext(tokens[i + 1])) continue;
    if (tokens[i + 1]?.word === 'to') return null;
    // "supposed to be hooked up": the date of a plan, told by its deadline in other words.
    if (tokens[i - 1]?.word === 'be' && tokens[i - 2]?.word === 'to') return null;
    const subjectTerms = tokens
      .slice(0, i)
      .filter((token) => !isStopWord(token))
      .map((token) => stem(token.word));
    return { act: word, subject: subjectHead(words.slice(0, tokens[i]!.start)), subjectTerms };
  }
  return null;
}

/** Penn tags of a verb's base form: after "did" the verb stands bare ("did the bridge open"). */
const BASE_VERB_TAGS = new Set(['VB', 'VBP']);

/**
 * The act of a "when did X VERB" question whose verb ends it, folded ("when did the Brooklyn
 * Bridge open": open), with the head of its subject X (as {@link askedPassive} gives it) and the
 * stems of X's content words, or null when it asks no such act. The verb is the last word, one
 * the lexicon can read as a base-form verb (text/lexicon-tags.ts) after at least one word of
 * the subject and not after a determiner or an adjective ("did Putin creat the national guard":
 * "guard" heads a noun phrase there), and with no determiner after the subject's first content
 * word but after a preposition ("the council adopt the flood plan": "plan" is in the object;
 * "the mayor of the town resign" keeps "resign"); a word usually a noun ("end", "bank") only in a
 * question with no preposition, whose phrase it could end ("start on the north bank"). Null when words follow the verb: its object or complement ("adopt the
 * sanctions", "become chairman", "leave Cuban soil") names the act with it, and a user's verb
 * and object are often a paraphrase of the passage's ("slap sanctions on" for "imposed
 * sanctions on") that no form of the verb finds. Null too for a verb that frames the question
 * ("happen") or a light verb ("do", text/light-verbs.ts), whose act is elsewhere.
 *
 * @example askedActiveAct('when did the Brooklyn Bridge finally open') // { act: 'open', subject: 'bridge', subjectTerms: ['brooklyn', 'bridg', 'final'] }
 */
export function askedActiveAct(
  question: string,
): { act: string; subject: string | null; subjectTerms: string[] } | null {
  const match = WHEN_DID.exec(question);
  if (match === null) return null;
  const words = match[1]!;
  const tokens = tokenize(words);
  const last = tokens.length - 1;
  if (last < 1 || PREPOSITION.test(tokens[0]!.word)) return null;
  const act = tokens[last]!.word;
  // After a determiner or an adjective the last word heads a noun phrase ("the national guard").
  const before = tokens[last - 1]!.word;
  if (isStopWord(tokens[last]!) || DETERMINER.test(before) || isAdjective(before)) return null;
  if (!(lexiconTags(act) ?? []).some((tag) => BASE_VERB_TAGS.has(tag))) return null;
  if (QUESTION_WORDS.has(act) || LIGHT_VERB_TERMS.has(stem(act))) return null;
  // A determiner after a content word, not after a preposition, opens a noun phrase after a verb
  // ("the council adopt the flood plan"): the last word is then in the object, not the verb.
  const first = tokens.findIndex((token) => !isStopWord(token));
  const objectOpens = tokens.some(
    (token, i) =>
      i > first && DETERMINER.test(token.word) && !PREPOSITION.test(tokens[i - 1]!.word),
  );
  // A word usually a noun ends a question as its verb only with no phrase before it that it
  // could end ("the strike end", but "start on the north bank").
  const nounInPhrase = isUsuallyNoun(act) && tokens.some((token) => PREPOSITION.test(token.word));
  if (first < 0 || objectOpens || nounInPhrase) return null;
  const subjectTokens = tokens.slice(0, last).filter((token) => !isStopWord(token));
  if (subjectTokens.length === 0) return null;
  return {
    act,
    subject: subjectHead(words.slice(0, tokens[last]!.start)),
    subjectTerms: subjectTokens.map((token) => stem(token.word)),
  };
}

/**
 * The act whose date a "when will X VERB" (or "when does X VERB", "when is X due to VERB")
 * question asks, folded, or null: the verb after the subject, read as the last word of the
 * first run of content words after the auxiliary ("the statue go to the cathedral": the run
 * "statue go", its last word "go"; the subject comes first and the verb follows it). When the
 * verb only frames the question ("happen", stop-words.ts QUESTION_WORDS), the act is the
 * subject's last word ("when will the move happen": "move"). Null when the run has one word
 * (no subject and verb told apart).
 *
 * @example askedComingAct('when will the statue go to the cathedral') // 'go'
 */
export function askedComingAct(question: string): string | null {
  const planned = WHEN_PLANNED.exec(question);
  if (planned !== null) {
    const verb = planned[1]!.toLowerCase();
    return STOP_WORDS.has(verb) ? null : verb;
  }
  const match = WHEN_ACTIVE.exec(question);
  if (match === null) return null;
  const run: string[] = [];
  for (const token of tokenize(match[1]!)) {
    if (isStopWord(token)) {
      if (run.length > 0) break;
      continue;
    }
    run.push(token.word);
  }
  if (run.length < 2) return null;
  const verb = run[run.length - 1]!;
  return QUESTION_WORDS.has(verb) ? run[run.length - 2]! : verb;
}

/**
 * Auxiliaries (a closed class: text/auxiliaries.ts), "not" and "to" between a subject and its
 * verb: "will", "is to", "will not".
 */
const AUXILIARY = wordIn([...AUXILIARIES, 'not', 'to']);

/** An aside between commas right before the verb ("Our talk, on the history of the statue, will"). */
const ASIDE_BEFORE = /,[^,]*,\s*$/u;

/**
 * True when the word standing as the subject of the act at `at` (a character offset in `text`)
 * is a content word none of `questionStems` (the question's concepts' stems) holds: the act is
 * another doer's ("Our spring talk, on the history of the statue, will go ahead" for the
 * statue's going). The subject of an English active clause stands before its verb, past its
 * auxiliaries, an adverb among them ("will finally move": timeline/base-form.ts `MID_ADVERB`,
 * taken only right after an auxiliary, so "The family will" keeps "family") and an aside between
 * commas; a pronoun, a determiner or nothing there names no other doer ("It will move", "the
 * move").
 *
 * @example otherDoerBefore('Our talk, on the bell, will move', 28, new Set(['bell'])) // true: "talk"
 */
export function otherDoerBefore(
  text: string,
  at: number,
  questionStems: ReadonlySet<string>,
): boolean {
  const last = subjectBefore(text, at).subject;
  if (last === undefined || isStopWord(last)) return false;
  return !questionStems.has(stem(last.word));
}

/** The forms of "be" and "get" that make a participle passive ("was built", "got elected"). */
const PASSIVE_AUXILIARY = wordIn(PASSIVE_AUXILIARIES);

/**
 * The word standing as the subject of the verb at `at` (a character offset in `text`), read as
 * {@link otherDoerBefore} reads it (past auxiliaries, an adverb among them, and an aside between
 * commas), with what lies between: whether a passive auxiliary stood there ("was built") and
 * whether a comma ends what is left ("Bellhaven, founded in 1950": a participle modifying the
 * noun before it, no clause of its own; Quirk et al. 1985, §17.30 on reduced relatives).
 */
function subjectBefore(
  text: string,
  at: number,
): { subject: Token | undefined; passive: boolean; comma: boolean } {
  const words = text.slice(0, at).split(/\s+/u).filter(Boolean);
  let passive = false;
  for (;;) {
    const last = words[words.length - 1];
    if (last === undefined) break;
    if (AUXILIARY.test(last)) {
      passive ||= PASSIVE_AUXILIARY.test(last);
      words.pop();
    } else if (MID_ADVERB.test(last) && AUXILIARY.test(words[words.length - 2] ?? '')) words.pop();
    else break;
  }
  const left = words.join(' ').replace(ASIDE_BEFORE, '');
  const tokens = tokenize(left);
  return { subject: tokens[tokens.length - 1], passive, comma: /[,-]\s*$/u.test(left) };
}

/**
 * A day counted from the time of writing, opening a text: "yesterday", "today", "tomorrow" or a
 * part of the publication day ("this morning", "last night": timeline/publication-day-part.ts),
 * an adverbial of time, never a verb's object.
 */
const DAY_FROM_WRITING = new RegExp(
  String.raw`^(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|${PUBLICATION_DAY_PART})(?![\p{L}])`,
  'u',
);

/** A word followed by "of" and the phrase after it, up to a mark that ends the phrase, in group 1. */
const OF_PHRASE_AFTER = /^[\p{L}'’-]+\s+of\s+([^,.;:!?()"“”]+)/u;

/** A word and the words after it, up to a mark that ends a phrase, the latter in group 1. */
const WORDS_AFTER = /^[\p{L}'’-]+\s+([^,.;:!?()"“”]+)/u;

/**
 * Content words read as the noun phrase naming what an act was done to, its postmodifiers
 * among them ("negotiations to begin on a cooperation agreement between the Russian National
 * Guard" names the talks on the guard agreement by its last words).
 */
const PATIENT_WORDS = 8;

/**
 * True when the act at `at` (a character offset in `text`) is told of another thing done to than
 * the one `subjectStems` names: an action noun's "of" phrase ("the construction of the
 * barrier": the barrier was constructed; the objective genitive, Quirk et al. 1985, §17.41), or
 * an active verb's object, the noun phrase right after it ("so that contractors could build a
 * haul road": the passive's subject is the active's object, §3.63), whose first content words,
 * up to a preposition or a mark, hold none of `subjectStems`. A pronoun or nothing there names
 * no other thing ("founded it", "built in 1890").
 *
 * @example doneToAnother('Construction of the barrier began', 0, new Set(['bellhaven'])) // true
 * @example doneToAnother('contractors could build a haul road', 25, new Set(['bellhaven'])) // true
 */
export function doneToAnother(
  text: string,
  at: number,
  subjectStems: ReadonlySet<string>,
): boolean {
  const after = text.slice(at, at + 200);
  const [act] = tokenize(after);
  if (act === undefined) return false;
  let phrase: string | undefined;
  if (isUsuallyNoun(act.word)) phrase = OF_PHRASE_AFTER.exec(after)?.[1];
  else {
    const { passive, comma } = subjectBefore(text, at);
    if (!passive && !comma && !AGENT_AFTER.test(after)) phrase = WORDS_AFTER.exec(after)?.[1];
  }
  if (phrase === undefined) return false;
  const words: Token[] = [];
  for (const token of tokenize(phrase)) {
    if (words.length === PATIENT_WORDS) break;
    // A date right after the verb is its time, no object ("signed August 29, 1910", "closed
    // this morning": a day counted from the time of writing, {@link DAY_FROM_WRITING}).
    const written = phrase.slice(token.start, token.end);
    if (/\d/u.test(written) || WEEKDAYS.has(written) || monthNumber(written) !== undefined) break;
    if (DAY_FROM_WRITING.test(phrase.slice(token.start))) break;
    if (!isStopWord(token)) words.push(token);
  }
  return words.length > 0 && !words.some((token) => subjectStems.has(stem(token.word)));
}

/** A verb followed by "by": a passive with its agent ("a letter written by Private Markwell"). */
const AGENT_AFTER = /^[\p{L}'’-]+\s+by\b/iu;

/**
 * True when the verb at `at` (a character offset in `text`) is told in the active voice with
 * one of `subjectStems` as its subject: the subject is its doer ("Bellhaven, which is privately
 * owned, built the terminal"), where "when was Bellhaven built" asks of it as the thing done to
 * (the passive's subject is the active's object: Quirk et al. 1985, §3.63). A date beside such a
 * verb is of another thing's making. False for a passive ("Bellhaven was founded", "a letter
 * written by Private Markwell": a participle with its agent after "by"), a participle after a
 * comma or a hyphen ("Bellhaven, founded in 1950", "a family-founded firm")
 * and another subject.
 *
 * @example actedBySubject('Bellhaven built the pier in 2017', 10, new Set(['bellhaven'])) // true
 * @example actedBySubject('Bellhaven was founded in 1950', 14, new Set(['bellhaven'])) // false
 */
export function actedBySubject(
  text: string,
  at: number,
  subjectStems: ReadonlySet<string>,
): boolean {
  const { subject, passive, comma } = subjectBefore(text, at);
  if (passive || comma || subject === undefined || AGENT_AFTER.test(text.slice(at, at + 60)))
    return false;
  return subjectStems.has(stem(subject.word));
}

/**
 * The act whose date a question asks, as {@link askedPassive} or {@link askedActiveAct} reads
 * it, and whether it is asked in the passive. Either way X may be the thing the act is done to
 * or undergoes: the passive's subject is the active's object (Quirk et al. 1985, §3.63), and an
 * intransitive "the bridge opened" tells the same opening as "the mayor opened the bridge" (the
 * causative/inchoative alternation: Levin 1993, _English Verb Classes and Alternations_,
 * §1.1.2.1). So only the passive asks of X as not the act's doer. The active may also ask of X
 * as the doer, its object left out ("when did the storm hit", "when did the council vote": the
 * unspecified object alternation, Levin 1993, §1.2.1): a sentence with X the subject of the
 * active verb ("a storm hit Harrowmere Park on Saturday") tells X's act whatever its object.
 * Null when it asks neither.
 */
function askedDateOfAct(
  question: string,
): { act: string; subject: string | null; subjectTerms: string[]; passive: boolean } | null {
  const passive = askedPassive(question);
  if (passive !== null) return { ...passive, passive: true };
  const active = askedActiveAct(question);
  return active === null ? null : { ...active, passive: false };
}

/**
 * Whether the candidates give the time a question asks: undefined when it asks none of the
 * kinds above; else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds, for "what time", a clock time and a form of another of the
 * question's concepts; for "when was X VERBed", a date (plan/answer-type.ts `answerTypeScore`
 * above 0) and a form of the act; for "when will X VERB", false only when every dated sentence
 * tells of the act's word with another doer as its subject ({@link otherDoerBefore}), else
 * true, or undefined when none is dated. Costs one pass over those sentences, stopping at the
 * first that settles it.
 */
export function askedTimeHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  if (type?.name !== 'date') return undefined;
  const holds = (s: number, phrases: readonly string[][]) =>
    phrases.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  if (asksClockTime(plan.question, type)) {
    const others = conceptsBesides(plan, 'time').flatMap((c) =>
      plan.concepts[c]!.alternatives.map((alternative) => alternative.terms),
    );
    for (const s of candidateContext(input))
      if (CLOCK_TIME.test(input.textOf(s)) && (others.length === 0 || holds(s, others)))
        return true;
    return false;
  }
  const passive = askedDateOfAct(plan.question);
  if (passive !== null) {
    // A thing comes into being once: its founding is its establishment, creation or building
    // (text/coming-into-being.ts), whichever word a passage dates it with.
    const founding = FOUNDING_TERMS.has(stem(passive.act));
    // A founding is told by a word of coming into being as the lemma reads it, not the stem:
    // "found" is "find"'s past, and no founding (text/coming-into-being.ts `tellsFounding`).
    const forms = conceptForms(plan, stem(passive.act)).filter(
      (phrase) => !founding || phrase.length > 1 || !FOUNDING_TERMS.has(phrase[0]!),
    );
    // A rule starts when it takes effect (text/taking-effect.ts): "the ban came into force on
    // 16 November" dates the ban's start.
    const beginning = BEGINNING_TERMS.has(stem(passive.act));
    const effectsOf = (text: string) => (beginning ? takingEffectOffsets(text) : []);
    const actTold = (s: number) =>
      holds(s, forms) ||
      (founding && tellsFounding(input.textOf(s))) ||
      effectsOf(input.textOf(s)).length > 0;
    // The question asks of X as the thing the act was done to: a sentence where X does the act
    // to something else ("Bellhaven built the terminal in 2017") dates that thing's.
    // X is named by any of the engine's readings of its words that holds one of them, and by an
    // alias of a name among them, read by its head, the last word ("the Rosgvardia" for "the
    // Russian National Guard"; "Putin's army" by "army", never by "Putin"), and by the word a
    // misspelt one stands for ("breakwatr": query-plan.ts `typoCorrection`); not by a synonym of
    // one word ("sea" for "Marine").
    const readings = (terms: readonly string[]) => {
      const named = (a: Alternative) => a.terms.some((t) => terms.includes(t));
      return new Set(
        plan.concepts
          .filter((concept) => concept.alternatives.some(named))
          .flatMap((concept) =>
            concept.alternatives.flatMap((a) =>
              a.kind === 'alias'
                ? a.terms.slice(-1)
                : named(a) || a.typoCorrection === true
                  ? a.terms
                  : [],
            ),
          )
          .concat(terms),
      );
    };
    // A passage may call X by its class when it refers back to it ("a deal" … "the agreement",
    // plan/restating-classes.ts): the class names X here, where a refusal would be the error.
    const classes = (passive.subject === null ? [] : restatingClassesOf(passive.subject)).map(
      (lemma) => stem(lemma),
    );
    const subjectTerms = new Set([...readings(passive.subjectTerms), ...classes]);
    const doneToSubject = (s: number) => {
      const text = input.textOf(s);
      const acts = [...actsOf(text, forms), ...(founding ? foundingOffsets(text) : [])];
      const effects = effectsOf(text);
      // Taking effect is intransitive: what comes into force is its subject, and no object
      // follows ("into force" is the idiom's own), so it is done to no other thing.
      if (effects.some((at) => tellsAct(text, at))) return true;
      return (
        (acts.length === 0 && effects.length === 0) ||
        acts.some((at) => {
          if (!tellsAct(text, at)) return false;
          const byX = actedBySubject(text, at, subjectTerms);
          // "When did the storm hit" leaves the verb's object out and keeps X its subject: "a
          // storm hit Harrowmere Park on Saturday" tells X's act, whatever it was done to.
          if (!passive.passive && byX) return true;
          return !(passive.passive && byX) && !doneToAnother(text, at, subjectTerms);
        })
      );
    };
    // The date is the subject's only in a sentence naming it (abstain-bound-value.ts); a light
    // verb ("made public") names no act of its own to date beside it (text/light-verbs.ts).
    const light = LIGHT_VERB_TERMS.has(stem(passive.act));
    const named = passive.subject === null || light ? null : namesSubject(input, passive.subject);
    const ofSubject =
      named === null
        ? () => true
        : (s: number) => named(s) || classes.some((term) => input.wordsOf(s).stems.includes(term));
    // A sentence whose subject is a pronoun ("It's dated December 18th", after "a letter written
    // by Private Markwell") dates the act the sentence it leans on tells (text/subject-pronoun.ts).
    const toldIn = (s: number) => actTold(s) && doneToSubject(s);
    for (const s of candidateContext(input)) {
      const text = input.textOf(s);
      // A date anchored to another the passage tells ("on the same day") is a date too (anchored-date.ts).
      const dated = answerTypeScore(text, type) > 0 || holdsAnchoredDate(text);
      if (!dated || !ofSubject(s)) continue;
      if (toldIn(s)) return true;
      const antecedent = opensWithSubjectPronoun(text) ? input.contextOf(s) : null;
      if (antecedent !== null && toldIn(antecedent)) return true;
    }
    return false;
  }
  const coming = askedComingAct(plan.question);
  if (coming === null) return undefined;
  const forms = conceptForms(plan, stem(coming));
  const questionStems = new Set(
    plan.concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)),
  );
  // Only a dated sentence telling of the act's word with another doer is evidence against: a
  // date with no form of the act may date it in other words ("will reopen" for "resume
  // service"), and a date the reader does not take ("in June") is no evidence either way.
  let anotherDoers = false;
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    if (answerTypeScore(text, type) <= 0) continue;
    const acts = actsOf(text, forms);
    if (acts.length === 0 || acts.some((at) => !otherDoerBefore(text, at, questionStems)))
      return true;
    anotherDoers = true;
  }
  return anotherDoers ? false : undefined;
}

/** The index terms of the verbs of beginning (text/taking-effect.ts), as a question's act is read. */
const BEGINNING_TERMS: ReadonlySet<string> = new Set(
  [...BEGINNING_VERBS].map((verb) => stem(verb)),
);

/** "to" or "to be" right before a verb: its infinitive. */
const INFINITIVE_BEFORE = /\bto\s+(?:be\s+)?$/iu;

/**
 * True when the form of an act starting at `at` (a character offset in `text`) tells the act: a
 * verb or its nominalisation, not a word of its family in another part of speech. An adjective
 * or an adverb ("its original timetable", "originally due", of "origin", which WordNet links to
 * "found") qualifies another word, and a noun modifying the noun after it ("short foundation
 * piles") names a kind of that noun (text/noun-adjunct.ts): none is the act a date beside it
 * could be of. The part of speech is the word's usual one (the lexicon's first tag:
 * timeline/adjectives.ts; an adverb by its "-ly", unless usually a noun, "supply"), so a
 * participle ("founded", "signed": first read as verbs) still tells its act, unless it ends a
 * hyphenated compound ("a family-founded firm"), which is an adjective (Quirk et al. 1985,
 * appendix I.49 on compound adjectives); a bound prefix before the hyphen ("re-imposed":
 * text/bound-prefixes.ts) is no word of a compound, and the verb tells its act. Nor does an
 * infinitive ("has been chosen to build the barrier", "is to be built"): a non-finite verb has
 * no tense of its own (Quirk et al. 1985, §3.56), and "to" puts its act ahead of the time the
 * clause tells, so the clause's date is not when it was done.
 */
function tellsAct(text: string, at: number): boolean {
  if (INFINITIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  // A bound prefix before the hyphen ("re-imposed") makes a derived verb, which tells its act.
  if (
    /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, at - 2), at)) &&
    !endsInBoundPrefix(text.slice(Math.max(0, at - 8), at))
  )
    return false;
  const [token] = tokenize(text.slice(at, at + 60));
  if (token === undefined) return true;
  const { word } = token;
  if (isAdjective(word) || (/^\p{Ll}+ly$/u.test(word) && !isUsuallyNoun(word))) return false;
  return !isNounAdjunct(text, at);
}

/**
 * Character offsets in `text` where one of `forms` (stem phrases, as conceptForms gives) starts:
 * every one, not the first (abstain-asked-thing.ts `phraseAt`), as a sentence may tell of
 * another doer's act and the asked one by the same verb.
 */
function actsOf(text: string, forms: readonly string[][]): number[] {
  const tokens = tokenize(text).filter((token) => !isStopWord(token));
  const stems = tokens.map((token) => stem(token.word));
  const offsets: number[] = [];
  for (let i = 0; i < stems.length; i++)
    if (forms.some((form) => form.every((term, k) => stems[i + k] === term)))
      offsets.push(tokens[i]!.start);
  return offsets;
}
