/**
 * The kind of answer a question asks for (a date, an age, a count of something, a person, an
 * organisation, a place, a direction, a reason, a condition) and whether a passage holds one. A passage that holds what the
 * question asks for is preferred; how much is the ranking model's to say.
 */
import { CLOCK_TIME } from '../../text/clock-time.js';
import { AUXILIARIES, BE_FORMS, HAVE_FORMS, MODALS } from '../../text/auxiliaries.js';
import { anyOf, anyOfAnyInitial } from '../../text/word-class.js';
import { MONTH_RE, SEASON_NOT_FALL_RE, SEASON_RE, WEEKDAY_RE } from '../../text/months.js';
import { EARLY_YEAR_DIGITS, EARLY_YEAR_WORDS, YEAR_DIGITS } from '../../text/year.js';
import { isFallSeason } from '../../timeline/fall-season.js';
import { SEARCH_OPTIONS } from '../options.js';
import { QUESTION_WORDS, STOP_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, stemsTo, stemsToAny, tokenize, type Token } from '../../text/terms.js';
import { lexiconTags } from '../../text/lexicon-tags.js';
import { withoutAskedWords, type PassageWords } from './asked-words.js';
import { classedPlaceNamesIn, placeNamesIn } from './place-in-text.js';
import { namesInstanceOf } from './named-instance.js';
import { givesDirection } from './direction-in-text.js';
import { reasonAttachedTo, statesReason } from './reason-in-text.js';
import { leavesDoerUntold } from './untold-doer.js';
import { CONDITION_QUESTION, statesCondition } from './condition-in-text.js';
import { asksPricePaid, statesPricePaid } from './price-paid.js';
import { opensRelativeClause } from './relative-pronoun.js';
import { personNounPhrase } from './person-noun-question.js';
import { opensSubordinateWhen } from './subordinate-when.js';
import {
  INDEFINITE_COUNT_QUANTIFIERS,
  NUMBER_MODIFIER,
  NUMBER_WORD_LIST,
} from '../select/fact-values.js';
import { NUMBER_RANGE } from '../select/fact-number-range.js';
import { SCALE_WORDS } from '../../text/notation-words.js';
import { ORDINAL_DAY } from '../../timeline/spelled-ordinals.js';
import { PUBLICATION_DAY_PART } from '../../timeline/publication-day-part.js';
import {
  askedDimension,
  countedUnitDimension,
  asksDifference,
  asksSumByVerb,
  holdsDimension,
  TIME_UNITS,
  withoutMeasures,
  withoutOtherMeasures,
  type Dimension,
} from './quantity.js';
import { asksDegree } from './degree.js';
import { withoutNumberLabels } from './number-label.js';
import { withoutThingCounts } from './counted-things.js';
import { asksLength } from './length-or-duration.js';
import { occupationNounAt, statesRole } from './occupation.js';
import { namesOtherSum } from './sum-kinds.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a question asks for, when it says so. */
export type AnswerTypeName =
  | 'date'
  | 'duration'
  | 'age'
  | 'number'
  | 'person'
  | 'organisation'
  | 'place'
  | 'direction'
  | 'reason'
  | 'condition'
  | 'degree'
  | 'event'
  | 'occupation';

/**
 * The answer type of a question; `unit` is the stem of what a count counts ("how many
 * officers"); `focus` the stem of the noun a "which"/"what" names as the kind of answer
 * ("which news agency": "agenc"), part of the answer rather than something already said.
 */
export interface AnswerType {
  name: AnswerTypeName;
  unit?: string;
  /**
   * Last index terms of the corpus's nouns for a class {@link unit}'s things belong to
   * ("vessel" for "boat": plan/counted-superordinates.ts), set by the plan: a count of them
   * counts the asked things too, though perhaps others with them.
   */
  unitClasses?: string[];
  focus?: string;
  /**
   * The stem of the verb "who" is the subject of ("who voted against the budget": "vote"):
   * a passage naming or describing the one who does it, beside the verb, answers.
   */
  verb?: string;
  /**
   * The offset in the question of {@link verb} when a "which/what N" phrase is its subject
   * ("which news agency reported the deal"): a framing verb there ("reported") is the act asked
   * about, content of the question (query-plan.ts).
   */
  verbAt?: number;
  /**
   * Stems of the nouns that name the doer of {@link verb} by a role, as the corpus writes them:
   * its agent nouns ("leader", "director": WordNet's derivational links) and the verb's other
   * forms ("lead" of "led", as in "lead inspector"); set by the plan from the index's tables
   * (query-plan.ts `withRoleNouns`), only when the corpus has an agent noun of the verb. A verb
   * and its agent noun are one relation: "who leads the association" is answered by "the
   * association's leader, April Dunmore" as by "April Dunmore leads it".
   */
  roles?: string[];
  /**
   * Stems of the other words the corpus writes for the act {@link verb} names: the verb's other
   * forms through an irregular inflection ("come" of "came") and its WordNet synonyms ("arrive"
   * of "came"), set by the plan (query-plan.ts `withActWords`). A synonym names the same act
   * (WordNet's synset), so its subject or agent is the doer asked as the verb's own is.
   */
  acts?: string[];
  /**
   * Offsets in the question of the words that only say what kind of answer is asked ("year"
   * in "what year", "name" in "what's the name of", "day of the week"): like "how many",
   * they frame the question and are not what it is about.
   */
  framing?: number[];
  /**
   * The dimension a number is asked in ("how much money", "what percentage", "how tall":
   * quantity.ts): a number in it answers, a number of another kind only hints. For a duration,
   * a length asked of a physical thing ("how long is the track": length-or-duration.ts), which
   * answers as a span of time does.
   */
  dimension?: Dimension;
  /**
   * The question asks how much a sum changed or differs ("how much over budget"): a share
   * answers it as a sum does (quantity.ts `asksDifference`). Read for money only.
   */
  difference?: true;
  /**
   * The question asks the price paid for something ("how much is Drayne paying for Pellow"):
   * a sum stated after "for" answers it, another sum (a fee paid to someone) only hints
   * (price-paid.ts). Read for money only.
   */
  pricePaid?: true;
  /**
   * The kind of sum a question for money asks by a noun of money (sum-kinds.ts), set by the
   * plan: `word`, that noun as written, folded ("fine", "fines"); `kinds`, the stems of the
   * corpus's words for the kind and the class above it ("fine", "penalti"). A sum stated beside
   * a word for another kind ("refunds cost £48,000") does not answer; one beside a word of the
   * kind, or of no kind, does. Read for money only.
   */
  sum?: { word: string; kinds: string[] };
  /**
   * The question asks how often ("how often does the ferry sail"): a number answers it as a
   * frequency, times in a period (frequency-in-text.ts), and a difference in another figure of
   * the same passages ("cost £95,000") is no difference in the answer.
   */
  frequency?: true;
  /**
   * The stems of the act a "why" question asks the reason of, its words after the wh-word but
   * names and function words ("close" of "why did Kellby close?"): a reason stated beside one
   * of them is that act's (reason-in-text.ts `reasonAttachedTo`).
   */
  act?: string[];
}

/** Words that name a kind of answer and nothing else (see AnswerType.framing). */
const TYPE_WORDS = new Set([
  'name',
  // The nouns of a condition's wh-phrase ("under what circumstances"): condition-in-text.ts.
  'circumstance',
  'circumstances',
  'condition',
  'conditions',
  'precondition',
  'preconditions',
  'situation',
  'situations',
  'terms',
  'cases',
  'date',
  'day',
  'week',
  'month',
  'year',
  'time',
  'age',
  'number',
  'amount',
  // A magnitude of whatever it is of ("the size of the march": its count; "of the fine": its sum).
  'size',
  'percentage',
  'percent',
  'proportion',
  'share',
  'money',
  'direction',
]);

/**
 * A question asks for what its wh-word's head noun names ("which Belarusian interior
 * minister" asks for a person), the standard cue of question classification (Li & Roth,
 * "Learning Question Classifiers", COLING 2002): up to this many modifiers stand between them.
 */
const MODIFIERS = String.raw`(?:(?!(?:${anyOf(AUXILIARIES)}|the|a|an|of|to|in|on|for|and|or|he|she|they|it|his|her|their|its|kind|kinds|sort|type)\b)[\p{L}’'-]+\s+){0,2}?`;
const ORGANISATION_NOUNS =
  'agency|agencies|outlet|outlets|newspaper|newspapers|paper|organi[sz]ations?|ministry|ministries|body|bodies|institution|institutions|company|companies|firm|firms|business|businesses|corporation|corporations|contractor|contractors|consultancy|consultancies|charity|charities|trust|trusts|union|unions|association|associations|council|councils|authority|authorities|party|parties|group|groups|media|service|services|department|committee|force|forces|unit|units';
const PERSON_NOUNS =
  'person|persons|official|officials|leader|leaders|minister|ministers|president|presidents|politician|politicians|man|men|woman|women|people|diplomat|diplomats|journalist|journalists|commander|commanders|general|generals|spokesman|spokeswoman|chairman|chairwoman|head|chief|candidate|candidates|senator|senators|judge|judges|inventor|author';
/**
 * Nouns that name an occasion: "at what event", "during which meeting" ask for an event
 * (Li & Roth 2002's ENTITY:event class), as "which agency" asks for an organisation. Not
 * "congress" or "convention": as often a body or a treaty as a meeting.
 */
const EVENT_NOUNS =
  'event|events|meeting|meetings|conference|conferences|summit|summits|ceremony|ceremonies|occasion|occasions|gathering|gatherings|rally|rallies|festival|festivals|forum|forums';
const PLACE_NOUNS =
  'city|cities|country|countries|town|towns|region|regions|place|places|border|borders|state|states|province|provinces|island|islands|port|ports|river|rivers|capital|location';

/**
 * Nouns that name a quantity ("what %", the percent sign typed for "percent", asks as "what
 * percentage" does): "what share", "what price tag", "what total cost" ask for a
 * number (an amount of money is a number with a currency); so do "what premium" and "what
 * discount", the amount by which a price is above or below another ("a premium of 38% to the
 * closing price"). A toll ("the death toll"), a turnout and a headcount are counts of people
 * (as "tally" and "count" are), so "what is the latest death toll" asks for a number.
 */
const AMOUNT_NOUNS =
  'premium|discount|share|percentage|percent|proportion|number|amount|fraction|portion|cost|costs|price|prices|price tag|bill|sum|total|figure|wage|wages|salary|fee|fine|penalty|budget|deficit|debt|tax|taxes|rate|size|weight|height|length|distance|depth|population|majority|margin|count|tally|toll|tolls|turnout|headcount|score';

const QUESTION_RULES: Array<[AnswerTypeName, RegExp]> = [
  // "What is Marisol Vega's age", "what was the age of the driver": "age" heads the noun phrase
  // the wh-word asks the value of, as a "which"/"what" head noun names the type (Li & Roth
  // 2002), whoever's age it is.
  [
    'age',
    new RegExp(
      String.raw`\b(?:how old|what age|at what age|aged? (?:is|was)|what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:(?:the|his|her|their|its)\s+)?${MODIFIERS}ages?)\b`,
      'iu',
    ),
  ],
  // "How long ago" asks when, a point counted back from now (the date rule's), not a length.
  ['duration', /\b(?:(?:for )?how long(?!\s+ago\b)|how many (?:years|months|weeks|days))\b/i],
  [
    'date',
    new RegExp(
      String.raw`\b(?:when|(?:what|which) ${MODIFIERS}(?:date|day(?: of the week)?|month|year|time)|since when|how long ago|on what (?:date|day)|in what year)\b`,
      'iu',
    ),
  ],
  // "What did the Echo say about the size of the march": what is said about a quantity of
  // something is that quantity, as "what was the size of the march" asks it: the amount noun
  // with its "of" phrase names the quantity asked (Quirk et al. 1985, ch. 17, on
  // postmodification by prepositional phrases).
  [
    'number',
    new RegExp(
      String.raw`\b(?:how (?:many|much(?: money)?|large|big|high|often|tall|far|deep|wide|heavy|fast|long|short)|(?:what|which)(?:\s+(?:is|was|are|were))?\s+(?:the\s+)?${MODIFIERS}(?:${AMOUNT_NOUNS})|what's (?:the\s+)?${MODIFIERS}(?:${AMOUNT_NOUNS})|how large a share)\b|\b(?:what|which)\s+%|\bwhat\b.*\b(?:about|on|regarding|concerning)\s+the\s+${MODIFIERS}(?:${AMOUNT_NOUNS})\s+of\b`,
      'iu',
    ),
  ],
  [
    'organisation',
    new RegExp(
      String.raw`\b(?:which|what) ${MODIFIERS}(?:news )?(?:${ORGANISATION_NOUNS})\b|\bwho (?:reported|published|announced|confirmed|said|stated)\b`,
      'iu',
    ),
  ],
  [
    'person',
    new RegExp(
      String.raw`\b(?:who|whom|whose|(?:which|what) ${MODIFIERS}(?:${PERSON_NOUNS})|what(?: is|'s| was| are| were) (?:the )?(?:full )?names? of (?:the|his|her|their))\b`,
      'iu',
    ),
  ],
  [
    'place',
    new RegExp(String.raw`\b(?:where|(?:which|in what) ${MODIFIERS}(?:${PLACE_NOUNS}))\b`, 'iu'),
  ],
  [
    'direction',
    new RegExp(String.raw`\b(?:which|what|in which|in what) ${MODIFIERS}directions?\b`, 'iu'),
  ],
  // "Why", and the nouns that ask for one ("what was the reason for", "what purpose").
  [
    'reason',
    new RegExp(
      String.raw`\b(?:why|how come|(?:what|which) ${MODIFIERS}(?:reasons?|motives?|purposes?)|for what (?:reason|purpose))\b`,
      'iu',
    ),
  ],
  // "Under what circumstances", "in what situation", "what is the condition for" (condition-in-text.ts).
  ['condition', new RegExp(String.raw`\b(?:${CONDITION_QUESTION})\b`, 'iu')],
  // Last: at the same place a person or a body asked by its noun decides ("which journalist's
  // rally" asks for the journalist).
  ['event', new RegExp(String.raw`\b(?:which|what) ${MODIFIERS}(?:${EVENT_NOUNS})\b`, 'iu')],
];

/**
 * The answer type a question asks for, or null when it asks for none in particular. The
 * wh-phrase that comes first governs: a later one opens a clause of its own ("who led the
 * squadron when the British attacked?" asks for a person, not a date). At the same place the
 * rules' order decides ("how long" is a duration before it is a number).
 */
export function answerTypeOf(question: string): AnswerType | null {
  // "What was Ruth Penhallow's job": the noun frames a role stated of the person (occupation.ts).
  const occupationAt = occupationNounAt(question);
  if (occupationAt !== null) return { name: 'occupation', framing: [occupationAt] };
  let found: { name: AnswerTypeName; match: Pick<RegExpExecArray, 'index' | 0> } | null = null;
  for (const [name, rule] of QUESTION_RULES) {
    const match = rule.exec(question);
    // "the guys who tried to break in": a relative "who" says which guys, and asks no person.
    if (match === null || opensRelativeClause(question, match.index)) continue;
    // "how many sailors died when the Maine blew up": a "when" with its subject first says a
    // time of the question's event, and asks none (subordinate-when.ts).
    if (name === 'date' && opensSubordinateWhen(question, match.index)) continue;
    if (found === null || match.index < found.match.index) found = { name, match };
  }
  // "Which councillors": any noun of a person heads a person question (person-noun-question.ts),
  // the listed ones above being the few the rules read without WordNet.
  const personNoun = personNounPhrase(question);
  if (
    personNoun !== null &&
    (found === null || personNoun.index < found.match.index) &&
    !opensRelativeClause(question, personNoun.index)
  )
    found = { name: 'person', match: { index: personNoun.index, 0: personNoun.phrase } };
  // "What did the canal cost": no wh-phrase names a type, but the verb takes a sum of money.
  // "How badly damaged is it": "how" before a quality asks its degree (degree.ts); "how hot"
  // before a quality measured on a scale with a unit asks a number in it (degreeDimension).
  if (found === null) {
    if (asksSumByVerb(question)) return { name: 'number', dimension: 'money' };
    if (!asksDegree(question)) return null;
    const dimension = degreeDimension(question);
    return dimension === null ? { name: 'degree' } : { name: 'number', dimension };
  }
  const { name, match } = found;
  const words = tokenize(match[0]);
  const framing = words
    .filter((word) => TYPE_WORDS.has(word.word))
    .map((word) => match.index + word.start);
  if (name === 'duration')
    framing.push(...verbsOfDuration(question, match.index + match[0].length));
  const framed: AnswerType = framing.length > 0 ? { name, framing } : { name };
  // "How long is the cliff railway's track": a thing's length answers, as a span of time does
  // (the noun's kind is its most frequent sense's, which a thing named may not be here).
  const type: AnswerType =
    name === 'duration' && asksLength(question) ? { ...framed, dimension: 'length' } : framed;
  if (name === 'reason') {
    const act = actOfReason(question.slice(match.index + match[0].length));
    return act.length > 0 ? { ...type, act } : type;
  }
  if (name !== 'number') {
    // Its noun only names the kind of answer ("in what situation", "what is her age"), no focus
    // a passage names.
    if (name === 'condition' || name === 'age') return type;
    if (name === 'person' && /^who$/i.test(match[0])) {
      const rest = question.slice(match.index);
      const verb = verbAfterWho(rest);
      if (verb) return { ...type, verb };
      const role = roleAfterWho(rest);
      return role ? { ...type, focus: role } : type;
    }
    if (!/^(?:which|what|in what|on what)\s/i.test(match[0])) return type;
    const focus = words.at(-1);
    const focused = focus && !isStopWord(focus) ? { ...type, focus: stem(focus.word) } : type;
    // "Which news agency reported the deal": the wh-phrase is the subject of the verb after it,
    // whose doer is asked, as for "who reported the deal".
    if ((name === 'person' || name === 'organisation') && /^(?:which|what)\s/i.test(match[0])) {
      const verb = verbAfterWhPhrase(question, match.index + match[0].length);
      if (verb) return { ...focused, verb: verb.stem, verbAt: verb.at };
    }
    return focused;
  }
  const counted = countedNounWord(question);
  // "How many km": a count of a unit measures ("12km", "twelve kilometres" answer alike).
  const measured = counted === undefined ? null : countedUnitDimension(counted);
  if (measured !== null && !PER_TIME.test(question)) return { ...type, dimension: measured };
  if (counted !== undefined) return { ...type, unit: stem(counted) };
  // Speed, frequency and time ask for no dimension quantity.ts reads, whatever the topic is
  // ("how fast had the budget been growing").
  if (/^how often\b/i.test(match[0])) return { ...type, frequency: true };
  if (/^how (?:fast|long|short)\b/i.test(match[0])) return type;
  // "How much is X paying for Y": the price of a purchase, whatever the form of "pay".
  if (/^how much$/i.test(match[0]) && asksPricePaid(question))
    return { ...type, dimension: 'money', pricePaid: true };
  const dimension = askedDimension(question);
  if (dimension === 'money' && asksDifference(question))
    return { ...type, dimension, difference: true };
  return dimension ? { ...type, dimension } : type;
}

/**
 * The dimension a degree question's "how ADJ" asks in, when quantity.ts reads one from that
 * phrase alone ("how hot did it get": a temperature), or null ("how badly damaged"). An
 * adjective naming a quality measured on a scale with a unit asks the point on that scale, a
 * figure in the unit ("31C", "thirty-one degrees Celsius"), as "how tall" asks a height: the
 * measure adjectives of degree semantics (Kennedy & McNally 2005, "Scale structure, degree
 * modification, and the semantics of gradable predicates", Language 81(2)); other degree
 * questions are answered by any measure (degree.ts). Not "how ADJ a NOUN" ("how warm a
 * welcome"): the adjective there is said of the noun, often figuratively, and the question asks
 * its degree, not a figure on the adjective's scale.
 */
function degreeDimension(question: string): Dimension | null {
  const how = /\bhow\s+([\p{L}’'-]+)(?!\s+an?\s)/iu.exec(question);
  return how === null ? null : askedDimension(how[0]);
}

/**
 * Offsets in `question`, from `from`, of the verb "last", "go on" or "take" in a "how long"
 * question ("how long did the talks last", "how long was the strike supposed to last", "how
 * long did the repairs take"): it says what
 * "how long" already asks, a length of time, and a passage answers with the length ("after 15
 * hours of talks", "for 72 hours"), not the verb; as a word of content it would find "last
 * night".
 */
export function verbsOfDuration(question: string, from: number): number[] {
  const offsets: number[] = [];
  LAST_VERB.lastIndex = from;
  for (let m = LAST_VERB.exec(question); m !== null; m = LAST_VERB.exec(question))
    offsets.push(m.index);
  return offsets;
}

/** Words of a "why" question's act read, at most: its clause, and a bound on a long question's cost. */
const ACT_WORDS = 8;

/**
 * The stems of the act a "why" question asks about ({@link AnswerType.act}), from the words
 * after its wh-word: not function words, question words or numbers, and not names (written
 * capitalised), whose other acts a passage may tell beside a reason of their own.
 */
function actOfReason(rest: string): string[] {
  const act: string[] = [];
  for (const token of tokenize(rest).slice(0, ACT_WORDS)) {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word) || /\d/.test(token.word)) continue;
    if (/^\p{Lu}/u.test(rest.slice(token.start, token.end))) continue;
    act.push(stem(token.word));
  }
  return [...new Set(act)].sort();
}

/** A modal or a form of "have" (closed classes: text/auxiliaries.ts), as a regex alternation. */
const HAVE_OR_MODAL = anyOf([...HAVE_FORMS, ...MODALS]);

/**
 * "who" then a verb, after at most a modal or "has"/"had" ("who has led the inquiry"): the words
 * after it in group 1.
 */
const WHO_VERB = new RegExp(String.raw`^who\s+(?:(?:${HAVE_OR_MODAL})\s+)?(.*)$`, 'isu');

/**
 * The stem of the verb "who" is the subject of, when "who" stands right before it: "who voted
 * against", "who cut the ribbon", past an adverb ("who exactly signed"). Not when a function
 * word follows ("who is", "who exactly did the council appoint", where "who" is the object).
 */
function verbAfterWho(question: string): string | undefined {
  const progressive = progressiveVerbAfterWho(question);
  if (progressive !== undefined) return progressive;
  const rest = WHO_VERB.exec(question)?.[1];
  if (rest === undefined) return undefined;
  const [first, second] = tokenize(rest);
  const token = first !== undefined && onlyAdverb(first.word) ? second : first;
  return token === undefined || isStopWord(token) ? undefined : stem(token.word);
}

/** "who" then a form of "be" (group 1 the words after it), as "who is building the flats". */
const WHO_BE = /^who\s+(?:is|are|was|were)\s+(.*)$/isu;

/**
 * The stem of the verb of "who is VERBing …" ("who is building the flats": "build"): "be" with
 * an -ing form is the progressive, whose subject is the doer as in the simple form (Quirk et al.
 * 1985 §4.20–4.24). Only when the lexicon marks the word a present participle (Penn VBG), so that
 * "who is the leader" and "who was being held" are not read.
 */
function progressiveVerbAfterWho(question: string): string | undefined {
  const rest = WHO_BE.exec(question)?.[1];
  if (rest === undefined) return undefined;
  const [first] = tokenize(rest);
  if (first === undefined || isStopWord(first) || !/ing$/.test(first.word)) return undefined;
  return (lexiconTags(first.word) ?? []).includes('VBG') ? stem(first.word) : undefined;
}

/** Space, then a modal or "has"/"had" when one stands next (group 1). */
const AUXILIARY_AFTER_PHRASE = new RegExp(String.raw`^\s+((?:(?:${HAVE_OR_MODAL})\s+)?)`, 'iu');

/** Verb forms marked finite or participial (Penn tags): a past, a present's third person, a past participle. */
const FINITE_VERB_TAG = /^VB[DZN]$/;
/** Verb forms after a modal or "has"/"had" (Penn tags): a base form, a past participle. */
const VERB_AFTER_AUXILIARY_TAG = /^VBN?$/;

/**
 * The verb a "which/what N" phrase ending at `from` in `question` is the subject of, when the
 * verb stands right after the phrase, past a modal or "has"/"had" and an adverb ("which news
 * agency reported the deal", "which minister has since resigned"): its stem and its offset.
 * The wh-determiner's phrase is then the clause's subject, and its head noun restricts the doer
 * asked for (Quirk et al. 1985, §6.38 on wh-determiners, §17.3 on the head's restriction). Not
 * after an auxiliary of "be" or "do" ("which agency did the paper cite": the phrase is the
 * object), nor before a word the lexicon does not mark as a past, a present's third person or a
 * participle (after a modal or "has", a base form or a participle), as a noun may follow the
 * head ("which agency head") or be the subject ("which unit could Russia back").
 */
function verbAfterWhPhrase(
  question: string,
  from: number,
): { stem: string; at: number } | undefined {
  const rest = question.slice(from);
  const words = AUXILIARY_AFTER_PHRASE.exec(rest);
  if (words === null) return undefined;
  const offset = from + words[0].length;
  const [first, second] = tokenize(question.slice(offset));
  const token = first !== undefined && onlyAdverb(first.word) ? second : first;
  if (token === undefined || isStopWord(token)) return undefined;
  // After a modal or "has" the verb is a base form or a participle ("which unit could Russia
  // back": "Russia" is no verb, the phrase the object).
  const tag = words[1]!.length > 0 ? VERB_AFTER_AUXILIARY_TAG : FINITE_VERB_TAG;
  if (!(lexiconTags(token.word) ?? []).some((t) => tag.test(t))) return undefined;
  return { stem: stem(token.word), at: offset + token.start };
}

/**
 * "who is the ROLE" / "who's Brightmeal's ROLE": a copula, a determiner or a possessive, then a
 * noun phrase of up to four words; the group of `1` is its words, up to the first word that
 * is not the phrase's (a function word, or the question's end).
 */
const WHO_IS_ROLE =
  /^who(?:\s+(?:is|was|are|were)|['’]s)\s+(?:the|a|an|[\p{L}-]+['’]s?)\s+((?:[\p{L}’'-]+\s*){1,4})/iu;

/**
 * The stem of the role "who is the …" asks the holder of, the head of the noun phrase after
 * the copula ("who is the Brightmeal spokeswoman": "spokeswoman"; "who was the chief executive
 * of the firm": "execut"). English noun phrases are head-final, so the head is the phrase's last
 * word before a function word. Only after a determiner or a possessive: "who is Ann Bell" asks
 * who a named person is, not for the holder of a role.
 */
function roleAfterWho(question: string): string | undefined {
  const phrase = WHO_IS_ROLE.exec(question)?.[1];
  if (phrase === undefined) return undefined;
  let head: string | undefined;
  for (const token of tokenize(phrase)) {
    if (isStopWord(token) || QUESTION_WORDS.has(token.word)) break;
    head = token.word;
  }
  return head === undefined ? undefined : stem(head);
}

/**
 * True when a name stands in apposition to a word whose stem is `role`: right after it, as a
 * title or set off by a comma ("spokeswoman Gemma Lathbury", "the spokeswoman, Gemma
 * Lathbury"), or before it set off by a comma ("Gemma Lathbury, the firm's spokeswoman",
 * "Gemma Lathbury, spokeswoman for …"). Apposition is how news writing says who holds a role;
 * a role written with no name beside it ("a Brightmeal spokeswoman said") names no one. A role
 * written with a capital right before a capitalised word is a title before a surname ("Justice
 * Corran", "Inspector Osei"): a title premodifying a proper name gives that person the role
 * (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", §17.65 on appositive
 * titles; Biber et al. 1999, "Longman Grammar of Spoken and Written English", on designator +
 * name), unless the word after it heads a body's name ("Justice Department").
 */
export function namesHolderOf(text: string, role: string): boolean {
  return namesHolderOfAny(text, [role]);
}

/**
 * True when {@link namesHolderOf} holds of `text` for one of `roles` (stems): the text is cut
 * into words once for all of them, as a role's synonyms or a verb's agent nouns are tried on
 * the same passage (cutting it afresh for each was 1.7% of a warm State of the Union ask,
 * session 59).
 */
export function namesHolderOfAny(text: string, roles: readonly string[]): boolean {
  if (roles.length === 0) return false;
  const tokens = tokenize(text);
  return roles.some((role) => tokens.some((token) => namesHolderAt(text, token, role)));
}

/** True when `token` of `text` is a word of stem `role` with a name beside it ({@link namesHolderOf}). */
function namesHolderAt(text: string, token: Token, role: string): boolean {
  if (!stemsTo(token.word, role)) return false;
  if (NAME_AFTER_ROLE.test(text.slice(token.end))) return true;
  if (NAME_BEFORE_ROLE.test(text.slice(0, token.start))) return true;
  const surname = SURNAME_AFTER_TITLE.exec(text.slice(token.end))?.[1];
  return (
    surname !== undefined &&
    /^\p{Lu}/u.test(text.slice(token.start)) &&
    !namesOrganisation(surname.toLowerCase())
  );
}

/** One capitalised word right after a title ({@link namesHolderOf}): "Justice Corran". */
const SURNAME_AFTER_TITLE = /^\s+([A-Z][\p{Ll}’'-]+)\b/u;

/**
 * True when `text` names or describes someone as the doer of `verb` (a stem), beside it: right
 * before it as its subject ("the Green councillors voted", "Labour and the Liberal Democrats
 * voted") or after "by" in the passive ("was cut by two pupils", "is owned by the Lindqvist
 * family"). The subject of an English active clause stands before its verb phrase (past its
 * operator: {@link subjectBefore}) and the agent of a passive follows "by": what "who …?" asks
 * for. `verb` may be several stems, the words of one act ({@link AnswerType.acts}); `asked`,
 * the stem of the noun a "which N" question asks which one of, is never the doer as a common noun.
 */
export function hasDoerOf(text: string, verb: string | readonly string[], asked?: string): boolean {
  return doerIn(text, tokenize(text), typeof verb === 'string' ? [verb] : verb, asked);
}

/** {@link hasDoerOf} of `text` cut into `tokens` (its `tokenize`), for `verbs`. */
function doerIn(
  text: string,
  tokens: readonly Token[],
  verbs: readonly string[],
  asked: string | undefined,
): boolean {
  const written = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  // A name's word, or a noun naming people by their role; never a pronoun or function word, nor
  // the common noun the question asks which one of (a name's head, "the Tass Agency", names one).
  const doer = (i: number) =>
    i >= 0 &&
    i < tokens.length &&
    !isStopWord(tokens[i]!) &&
    (/^\p{Lu}/u.test(written(i)) ||
      (ROLE_WORD.test(tokens[i]!.word) &&
        (asked === undefined || !stemsTo(tokens[i]!.word, asked))));
  for (let i = 0; i < tokens.length; i++) {
    if (!stemsToAny(tokens[i]!.word, verbs)) continue;
    if (doer(subjectBefore(tokens, i))) return true;
    if (NAMED_SUBJECT_BEFORE.test(text.slice(0, tokens[i]!.start))) return true;
    if (tokens[i + 1]?.word !== 'by') continue;
    for (let j = i + 2; j <= i + 2 + DOER_WORDS && j < tokens.length; j++) if (doer(j)) return true;
  }
  return false;
}

/**
 * The token index in `tokens` where the subject of the verb at `verb` ends: the word before the
 * verb phrase's auxiliaries and medial adverbs. An operator (a modal or a form of "have", Quirk
 * et al. 1985 §3.21–3.22, §2.48) and an adverb between it and the verb ("its volunteers had
 * rescued", "the board will soon decide") are the verb phrase's, the subject standing before
 * them. A form of "be" is stepped over only before an -ing form, the progressive ("crews are
 * rescuing"): before a participle it makes the verb passive, and what stands before it is the
 * patient ("seabirds were rescued"), not the doer.
 */
function subjectBefore(tokens: readonly Token[], verb: number): number {
  const progressive = /ing$/.test(tokens[verb]!.word);
  let i = verb - 1;
  while (i >= 0) {
    const word = tokens[i]!.word;
    if (OPERATOR_WORDS.has(word) || (progressive && BE_FORMS.includes(word)) || onlyAdverb(word))
      i--;
    else break;
  }
  return i;
}

/** Modals and the forms of "have": the operators a lexical verb's subject stands before. */
const OPERATOR_WORDS: ReadonlySet<string> = new Set([...HAVE_FORMS, ...MODALS]);

/**
 * True when `text` names the doer of the verb of `type` ({@link AnswerType.verb}, with its
 * {@link AnswerType.acts}): as its subject or agent ({@link hasDoerOf}), or as the holder of a
 * role the verb or one of its {@link AnswerType.roles} (its agent nouns) names
 * ({@link namesHolderOf}: "April Dunmore, chair of the association" for "who chairs the
 * association", "the fishers' leader, April Dunmore" for "who leads the fishers"). A "which N"
 * question's own noun {@link AnswerType.focus} never names the doer: N is what is asked (Quirk
 * §6.38), and "a High Court judge has refused" says no more than the question of which judge.
 * Nor does the verb's word premodifying another noun ("the trust's rescue coordinator"): a role
 * is named by the head of its noun phrase, which in English is the last word (§17.3, §17.104).
 */
export function namesDoerOf(text: string, type: AnswerType): boolean {
  const verbs = [type.verb!, ...(type.acts ?? [])];
  // One cut into words for both readings: this runs on every candidate of a "who" question.
  const tokens = tokenize(text);
  if (doerIn(text, tokens, verbs, type.focus)) return true;
  return namesHeadHolderOfAny(text, tokens, [...verbs, ...(type.roles ?? [])]);
}

/**
 * {@link namesHolderOfAny}, the role word only as the head of its noun phrase: not right before
 * a word in lower case other than a function word ("rescue" of "rescue coordinator"). `tokens`
 * are `text`'s ({@link tokenize}).
 */
function namesHeadHolderOfAny(
  text: string,
  tokens: readonly Token[],
  roles: readonly string[],
): boolean {
  for (const role of roles)
    for (let i = 0; i < tokens.length; i++)
      // The role's stem first (namesHolderAt's own first test): few words hold it, and whether
      // a word premodifies the next is read from the lexicon and the text around it.
      if (namesHolderAt(text, tokens[i]!, role) && !premodifies(text, tokens, i)) return true;
  return false;
}

/**
 * True when token `i` of `text` is a noun premodifying the next word, a lower-case content word
 * after a space ("rescue" of "rescue coordinator"): such a noun names what the head's holder
 * deals with (Quirk et al. 1985 §17.104–17.108), not the holder. A word the lexicon also marks
 * an adjective ("lead" of "lead inspector") describes the holder, and is not counted here.
 */
function premodifies(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || isStopWord(next)) return false;
  if ((lexiconTags(tokens[i]!.word) ?? []).includes('JJ')) return false;
  const between = text.slice(tokens[i]!.end, next.start);
  return /^\s+$/.test(between) && /^\p{Ll}/u.test(text.slice(next.start));
}

/** Words after "by" within which the agent's name or role noun stands ("by the two new pupils"). */
const DOER_WORDS = 3;

/**
 * A name as the subject of the verb that follows, set apart from it by what describes it: a
 * relative clause's "who" ("Lukashenka, who has run the country", "April Dunmore, who chairs
 * it") or an apposition between commas ("April Dunmore, chair of the association, spoke").
 * The name is one to four capitalised words; the apposition at most eight words.
 */
const NAMED_SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:[A-Z][\p{Ll}’'-]+\s+){0,3}[A-Z][\p{Ll}’'-]+,\s+(?:who\s+(?:(?:${HAVE_OR_MODAL})\s+)?|(?:[^\s,]+\s+){0,7}[^\s,]+,\s+)$`,
  'u',
);

/**
 * "What's the name of …", "what were the names of …", "what is X called": the question asks
 * for a name whatever it names (a person, a firm, a ship), even where {@link answerTypeOf}
 * finds no type in the words after it ("the name of bellhaven's technical director").
 */
const NAME_QUESTION =
  /\b(?:what(?:'s|’s|s)?(?: is| was| are| were)? (?:the |their |his |her |its )?(?:full |exact |official )?names? of|what (?:is|was|are|were) (?:\S+ ){1,4}(?:called|named)\b)/iu;

/**
 * Answer types a passage may give without any word of their kind: a reason stated as a plain
 * clause ("High tides flooded the compound."), a condition as a phrase ("at the request of either
 * party"), a direction as a landmark ("Face the sea."), a degree as a judgement ("it is badly damaged", degree.ts). Their words are evidence for a
 * passage (ranking), their absence none against it.
 */
const UNMARKED_TYPES: ReadonlySet<AnswerTypeName> = new Set([
  'reason',
  'condition',
  'direction',
  'degree',
]);

/**
 * The answer type abstention checks a passage for, none for the {@link UNMARKED_TYPES}: {@link answerTypeOf}'s, or a person's
 * (a name: {@link answerTypeScore} counts any run of capitalised words) when the question asks
 * for a name and no other type.
 */
export function askedAnswerType(question: string, type: AnswerType | null): AnswerType | null {
  if (type !== null) return UNMARKED_TYPES.has(type.name) ? null : type;
  return asksName(question) ? { name: 'person' } : null;
}

/** True when `question` asks for a name ("what's the name of …", "what is X called"). */
export function asksName(question: string): boolean {
  return NAME_QUESTION.test(question);
}

/**
 * "What is her husband's name", "what was the ship's name": a name asked by the s-genitive,
 * which English uses as well as the of-phrase ("the name of her husband"; Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, §5.115: the two alternate). Read only
 * when the owner is a common noun, told by a determiner or another genitive before it ("the
 * ship's", "Tsikhanouskaya's husband's"): a proper name takes neither (§5.60), and "what is
 * Tsikhanouskaya's name" asks the rest of a name the question already gives. Owner words are
 * at most three, a bound on the reading. "Name" must follow the genitive: the owner is then the
 * head of the question's focus (abstain-features.ts `focusHeadWord`), which reads no adjective
 * between ("her husband's full name" is left alone).
 */
const GENITIVE_NAME_QUESTION =
  /\bwhat(?:'s|’s|s)?(?: is| was| are| were)? (?:(?:the|their|his|her|its) (?:\S+['’]s? ){1,2}|(?:\S+['’]s? ){2,3})names?\b/iu;

/**
 * True when `question` asks for a name by the s-genitive ({@link GENITIVE_NAME_QUESTION}).
 * Only the asked-name gate of abstention reads it (abstain-asked-name.ts): the ranking's answer
 * type ({@link answerTypeOf}) and the classifier's features ({@link askedAnswerType}) do not,
 * as the shipped models were fitted with such questions asking no type.
 */
export function asksNameByGenitive(question: string): boolean {
  return GENITIVE_NAME_QUESTION.test(question);
}

/** One word that names an organisation ("agency", "company", "councils"). */
const ORGANISATION_WORD = new RegExp(String.raw`^(?:${ORGANISATION_NOUNS})$`, 'iu');

/** True when `word` (folded) names an organisation ("agency", "company", "council"). */
export function namesOrganisation(word: string): boolean {
  return ORGANISATION_WORD.test(word);
}

/** True when `word` (folded) names people by their role ("man", "councillors", "spokeswoman"). */
export function namesPeople(word: string): boolean {
  return ROLE_WORD.test(word);
}

/**
 * Most words read of a quantified noun phrase ("how many …", "did any …"): a noun phrase of
 * more is unheard of, and the bound keeps the cost of a long question's reading fixed.
 */
const QUANTIFIED_PHRASE_WORDS = 8;

/**
 * The noun a quantifier ("how many", "any") stands before, as written (folded), in `words`
 * (the text after the quantifier): the plural noun among its words up to the first function
 * word ("russian military bases are" → bases; "Kesterby District Council staff members" →
 * members; "schools close because" → schools), else the first of them ("people died" →
 * people). A count quantifier takes a plural noun; the words before it are its modifiers, and
 * a word after it is the clause's verb. English noun phrases are head-final and a noun
 * modifying another is singular in form, so of words in a row that look plural (end in "s")
 * the last is the head: the first ones are a modifier that only ends in "s" ("minneapolis cops"
 * → cops, "bus drivers" → drivers). Undefined when a function word, or a word the lexicon knows
 * only as an adverb ("how many exactly"), comes first.
 */
export function quantifiedNoun(words: string): string | undefined {
  const phrase: string[] = [];
  for (const token of tokenize(words).slice(0, QUANTIFIED_PHRASE_WORDS)) {
    if (isStopWord(token) || onlyAdverb(token.word)) break;
    phrase.push(token.word);
  }
  const plural = (word: string | undefined) => word !== undefined && /[^s]s$/.test(word);
  let at = phrase.findIndex(plural);
  if (at < 0) return phrase[0];
  while (plural(phrase[at + 1])) at++;
  return phrase[at];
}

/**
 * True when the lexicon knows `word` only as an adverb ("exactly", "altogether", "roughly"):
 * "how many exactly" names nothing counted, so no unit is read from it.
 */
function onlyAdverb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== undefined && tags.length > 0 && tags.every((tag) => tag.startsWith('RB'));
}

/** What "how many …" counts, as written ({@link quantifiedNoun}: "how many people died" → people). */
function countedNounWord(question: string): string | undefined {
  const words = /\bhow many\s+(.*)/isu.exec(question)?.[1];
  return words === undefined ? undefined : quantifiedNoun(words);
}

/** "Miles an hour", "km per hour": a unit of length over one of time is a speed, not a length. */
const PER_TIME = /\b(?:an|a|per)\s+(?:hour|minute|second|day|year)\b/i;

/**
 * A key for caching a type's scores: every part of the type {@link answerTypeScore} reads (the
 * name, the unit a count counts, a doer's verb, acts and roles, a person's or a place's focus,
 * and whether a date question asks for the time of day or a day). Types
 * with one key score every text alike, so a cache keyed by it gives each question its own type's
 * scores, whatever was asked before.
 */
export function answerTypeKey(type: AnswerType): string {
  const clockTime = type.name === 'date' && type.focus === 'time';
  const day = type.name === 'date' && asksDay(type);
  // A person's focus and roles are read (namesHolderOf), a doer's acts and roles beside its
  // verb (namesDoerOf, for a person or a body), a place's focus (namesInstanceOf: "which
  // country"); a number's or a date's focus is not.
  const doer = type.name === 'person' || type.name === 'organisation';
  const role =
    doer || type.name === 'place'
      ? `${type.focus ?? ''}${type.roles ? `/${type.roles.join(' ')}` : ''}${doer && type.acts ? `&${type.acts.join(' ')}` : ''}`
      : '';
  return `${type.name}:${type.unit ?? ''}${type.unitClasses ? `/${type.unitClasses.join(' ')}` : ''}:${type.dimension ?? ''}${type.difference ? '+' : ''}${type.pricePaid ? '$' : ''}${type.sum ? `/${type.sum.word}` : ''}:${type.verb ?? ''}:${role}${clockTime ? ':time of day' : ''}${day ? ':day' : ''}${type.act ? `:${type.act.join(' ')}` : ''}`;
}

/** Stems of the nouns a date question names when it asks for a day ("what date", "what day of the week"). */
const DAY_NOUNS = new Set(['date', 'day', 'week']);

/** True when a date question asks for a day, not a month or a year ("on what date", "which day"). */
function asksDay(type: AnswerType): boolean {
  return type.focus !== undefined && DAY_NOUNS.has(type.focus);
}

const MONTH = MONTH_RE;
/** The words of time after which a year from 1000 is read (text/year.ts), capital or not. */
const EARLY_YEAR_AFTER = anyOfAnyInitial(EARLY_YEAR_WORDS);
/**
 * A calendar date: a day of a month, a month of a year, part of a month ("mid-December"), a
 * year, or a season ("in the spring", "until next summer"; "fall" only as {@link dateSpans}
 * reads it). A year is one in prose (text/year.ts: 1500–2099, or from 1000 right after a word of
 * time, "in 1340"; "grew by 1200" is a count).
 */
const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|of|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of)[\\s-]+${MONTH}\\b|(?:${EARLY_YEAR_AFTER})\\s+${EARLY_YEAR_DIGITS}\\b|${YEAR_DIGITS}\\b|${SEASON_NOT_FALL_RE} of|(?:in|since|until|till|by|from|next|this|last|early|late)\\s+(?:the\\s+)?${SEASON_RE}\\b)`,
);
/** Every match of {@link DATE_IN_TEXT}, to read each "fall" it ends with. */
const DATES = new RegExp(DATE_IN_TEXT.source, 'g');

/**
 * The spans of `text` that {@link DATE_IN_TEXT} reads as dates, each "fall" among them only
 * where it names the season by fall-season.ts's rule ("last fall", "in the fall and winter";
 * not "in the fall" of an accident). "the fall of 2025" is a date by its year.
 */
function dateSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of matchesOf(text, DATES)) {
    const end = match.index + match[0].length;
    if (!match[0].endsWith('fall') || isFallSeason(text.slice(0, end - 4), text.slice(end)))
      spans.push({ start: match.index, end });
  }
  return spans;
}

/** True when `text` holds a calendar date ({@link dateSpans}). */
function holdsDate(text: string): boolean {
  return DATE_IN_TEXT.test(text) && dateSpans(text).length > 0;
}

/** `text` with each calendar date ({@link dateSpans}) replaced by a space. */
function withoutDates(text: string): string {
  let out = '';
  let from = 0;
  for (const span of dateSpans(text)) {
    out += `${text.slice(from, span.start)} `;
    from = span.end;
  }
  return out + text.slice(from);
}
/** A time of day ("9.40 p.m.", "at 14:00", "noon"), what "what time" asks for (text/clock-time.ts). */
const CLOCK_TIME_IN_TEXT = CLOCK_TIME;
/**
 * A day: of a month ("April 21", "the 21st of April", "the 13th day of May", "2020-12-18"),
 * of the week, or relative to the time of writing ("yesterday", "last night"): what "what date" and "what
 * day" ask for, which a month or a year alone only hints at.
 */
const DAY_IN_TEXT = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}\\b|${WEEKDAY_RE}\\b|yesterday|today|tomorrow|${PUBLICATION_DAY_PART}\\b|\\d{4}-\\d{2}-\\d{2})`,
);
/** Every time of day in a text, to set them apart from quantities. */
const CLOCK_TIMES = new RegExp(CLOCK_TIME_IN_TEXT.source, 'gi');
/**
 * What every time of day {@link CLOCK_TIME_IN_TEXT} reads holds, read with its flags: a digit,
 * "clock" (of "o'clock"), or one of its words ("noon", "midnight"). Most sentences hold none, and
 * are read as written without running the pattern over them.
 */
const MAY_HOLD_CLOCK_TIME = /\d|clock|noon|midday|midnight|dawn|dusk/i;

/** `text` with each time of day in it ({@link CLOCK_TIMES}) made a space. */
function withoutClockTimes(text: string): string {
  return MAY_HOLD_CLOCK_TIME.test(text) ? text.replace(CLOCK_TIMES, ' ') : text;
}
/**
 * The units of time a span is counted in after "for", the second to the century (quantity.ts,
 * with the other units): "run the taps for two minutes" says how long as "for the past 26
 * years" does. A bare count of hours or minutes is as often a bound or a gap ("flying to Tokyo
 * within 2 hours").
 */
export { TIME_UNITS };
/** Counts written as words before a unit of time: "one" and fact-values.ts's "two" to "ninety". */
const COUNT_WORDS = ['one', ...NUMBER_WORD_LIST].join('|');
/**
 * A modifier of the numeral ("about", "less than", "nearly", "some", "up to": fact-values.ts
 * `NUMBER_MODIFIER`, the modifiers of cardinal numerals), perhaps after a focusing "only" or
 * "just", then a space; or nothing. A modified count of time is a length of time as the bare
 * count is: "took about 15 minutes", "in less than 11 minutes" say how long, approximately or
 * as a bound.
 */
const MODIFIED = String.raw`(?:(?:only|just)\s+)?(?:(?:${NUMBER_MODIFIER})\s+)?`;
/**
 * A count of units of time as texts write one: a range of two figures ("between 20 and 30",
 * "20-30", "two or three": fact-number-range.ts), a figure, a count in words, "half an" (hour),
 * a few, or a vague count ("dozens of"). "A"/"an" is {@link TIME_COUNT}'s, not this one's.
 */
const COUNT_OF_TIME = String.raw`(?:${NUMBER_RANGE}|\d[\d,.]*|${COUNT_WORDS}|half an?|several|a few|a couple of|a dozen|dozens of|hundreds of)`;
/** {@link COUNT_OF_TIME} or "a"/"an" as one: "took an hour", "lasted up to an hour". */
const TIME_COUNT = String.raw`(?:${COUNT_OF_TIME}|an?)`;
/**
 * A span of time ("for the past 26 years", "for two minutes", "over nine days": "for" and
 * "over" before a count of units are prepositions of duration, Quirk et al. 1985 ch. 9,
 * prepositions of time; "after 15 hours of talks": a count of time spent on something) or its start ("since 1994"). Not an ordinal before the
 * unit: "for a second day", "for the third year running" count which time it is, not how long
 * ("second" there is the ordinal, never the unit). "In" before a count of units gives the time
 * a thing took to be done ("cleared the depot in 11 minutes", Quirk et al. 1985 ch. 9: "in" of
 * duration with an accomplishment), though not before "a": "in a minute" is soon, "in a second
 * vote" an ordinal. Also a count of units as a compound
 * adjective ("a six-week tender", "a 90-minute meeting": the length of what it describes, not
 * an age: "65-year-old" is left out) and the object of a verb of taking or spending time ("the
 * closure took 38 minutes", "the talks lasted three hours", "spent two days", "took them about
 * an hour"): each says how long, as "for" does. Each count may be modified ({@link MODIFIED}:
 * "for nearly two hours", "lasted between 20 and 30 minutes"). A state's end read against the time of writing ("will stay closed until
 * at least Friday", "until next week", "till June") says how long it lasts, as "since" a month or
 * a year says how long it has: a state lasts between its bounds. "Since" an event ("closed since
 * the fire") gives neither a length nor a time to count one from. A count of units placing one
 * event from another ("brought out four days after the water cut them off", "a day later") gives
 * the interval between them: ISO-TimeML (2012) annotates such a measure as a DURATION, the
 * preposition or adverb its signal; "ago" counts back from the time of writing to a date ("how
 * long ago" asks one).
 */
const DURATION_IN_TEXT = new RegExp(
  `\\b(?:(?:for|over) (?:the )?(?:past |last |next )?${MODIFIED}(?!${ORDINAL_DAY}\\b|\\d+(?:st|nd|rd|th)\\b)(?:${TIME_COUNT}|\\w+) (?:${TIME_UNITS})(?! (?:${TIME_UNITS})\\b)|in (?:the )?(?:past |last |next )?(?:(?:${NUMBER_MODIFIER})\\s+an?|${MODIFIED}${COUNT_OF_TIME}) (?:${TIME_UNITS})|(?:\\d+|several|many|few|dozens of|hundreds of|${COUNT_WORDS}) (?:years?|months?|weeks?|decades?)(?![- ]old\\b| of age\\b)|(?:\\d+|${COUNT_WORDS}) (?:${TIME_UNITS}) of(?! age\\b)|since (?:${MONTH}|\\d{4})|(?:until|till) (?:at least )?(?:${WEEKDAY_RE}|${MONTH}|\\d{4}|tomorrow|next (?:week|month|year)|the end of (?:the |next )?(?:week|month|year|${MONTH}))|${TIME_COUNT} (?:${TIME_UNITS}) (?:after|before|later|earlier)|(?:\\d+|${COUNT_WORDS})-(?:second|minute|hour|day|week|month|year|decade|century)(?!-old)|(?:take|takes|took|taken|taking|lasted|lasts|lasting|spend|spent|spends|spending)\\s+(?:(?:him|her|them|us|me|it|you)\\s+)?${MODIFIED}${TIME_COUNT} (?:${TIME_UNITS}))\\b`,
  'i',
);
/**
 * The words every span {@link DURATION_IN_TEXT} reads holds one of: a unit of time (as a stem:
 * "minute" of "90-minute"), "since", "until" or "till". A literal scan for them is cheap, and
 * most sentences hold none: the long pattern is read only where one stands.
 */
const DURATION_WORD =
  /second|minute|hour|day|week|fortnight|month|year|decade|centur|since|until|till/i;

/** {@link DURATION_IN_TEXT}, each of its spans in turn. */
const DURATIONS_IN_TEXT = new RegExp(DURATION_IN_TEXT.source, 'gi');
/**
 * "A second" or "a minute" before a word that goes on the noun phrase ("took a second look",
 * "for a second time", "a minute fraction"): "second" there is the ordinal, a postdeterminer
 * (Quirk et al. 1985 §5.20), and "minute" the adjective, not a unit of time, which heads its
 * own noun phrase: only a function word or none follows it ("took a second to answer", "for a
 * minute or two", "took a second.").
 */
const UNIT_OR_MODIFIER = /\ban?\s+(?:second|minute)$/i;
/** The word right after a span read. */
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/**
 * True when `text` states a span of time ({@link DURATION_IN_TEXT}), not an ordinal or an
 * adjective read as a unit ({@link UNIT_OR_MODIFIER}), nor an age ("about 40 years old", "40
 * years of age": how old, not how long).
 */
function statesDuration(text: string): boolean {
  if (!DURATION_WORD.test(text)) return false;
  for (const m of matchesOf(text, DURATIONS_IN_TEXT)) {
    if (!UNIT_OR_MODIFIER.test(m[0])) return true;
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length))?.[1];
    if (next === undefined || STOP_WORDS.has(next.toLowerCase())) return true;
  }
  return false;
}

/**
 * Objects and particles with which "take" is an idiom of its own, not the taking of time ("take
 * part", "take place", "take over", "take office", "take effect"): "how long did she take over
 * the firm" asks about the taking over, a word of its content.
 */
const TAKE_IDIOMS = 'part|place|over|office|power|charge|control|effect|off|up|hold|shape|root';
/**
 * The verb "last" ("lasts", "lasted"), not the adjective after a determiner ("the last round")
 * or before a noun of time ("last week"); "go on", which says the same ("how long did the
 * talks go on for"); and "take" but in its idioms ({@link TAKE_IDIOMS}): in "how long did the
 * clean-up take" it is "take" as "require (time)" (WordNet 3.1, take v. sense "require (time
 * or space)": "It took three hours to get there"), whose object "how long" already is.
 */
const LAST_VERB = new RegExp(
  String.raw`(?<!\b(?:the|a|its|his|her|their|this|that|our|your|my)\s+)\b(?:last(?:s|ed|ing)?\b(?!\s+(?:${TIME_UNITS}|night|time|round|year|week|month)\b)|(?:go|goes|went|gone|going) on\b|(?:take|takes|took|taken|taking)\b(?!\s+(?:${TAKE_IDIOMS})\b))`,
  'giu',
);

/**
 * A date relative to the time of writing ("last Tuesday", "yesterday", "last night": a part of
 * the publication day, timeline/publication-day-part.ts): weaker evidence of when something
 * happened, as its day is the article's date's.
 */
const RELATIVE_DATE_IN_TEXT = new RegExp(
  `\\b(?:(?:on|last|this|next) ${WEEKDAY_RE}|${WEEKDAY_RE}\\b|(?:last|this|next|previous|the following) (?:week|month|year)|end of the (?:week|month|year)|yesterday|today|tomorrow|${PUBLICATION_DAY_PART}\\b)`,
);
/**
 * The count an age is given in: figures, or words as British and much other news style writes a
 * child's or an animal's age ("a six-year-old mare", "a twenty-five-year-old", "two-and-a-half
 * years old").
 */
const AGE_COUNT = String.raw`(?:\d{1,3}|(?:${COUNT_WORDS})(?:-(?:${COUNT_WORDS}))?(?:-and-a-half)?)`;
/**
 * An age: "the 65-year-old", "a six-year-old mare", "aged 65", "65 years old", "at the age of 65",
 * "the oldest delegate at 81 years" (a point on the scale of years lived, not a span: not "at 20
 * years of service", "at 20 years ago"), an age counted in a smaller unit of time, as a young
 * child's is ("when she was 15 months old", "a six-week-old foal": an age is the time since
 * birth, in whatever unit it is counted), or a number set off
 * by commas right after a name or a noun ("Conti, 24, said", "the driver, 57, was"), or by a
 * comma and the end of the sentence ("said site manager Owen Pryce, 49."): news style (the AP
 * Stylebook's "ages") gives a person's age in figures, in apposition after the name.
 * Not after a month or a weekday ("May, 24,"), and not in a run of figures ("23, 24, 25"),
 * which a word before the first comma rules out. Also the decade of life a person is in, perhaps
 * its part ("in her late sixties", "in his early 40s"): an age stated approximately, as told.
 */
const AGE_IN_TEXT = new RegExp(
  String.raw`\bin (?:his|her|their) (?:(?:early|mid|late)[- ])?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b|\b${AGE_COUNT}[- ](?:years?|months?|weeks?|days?)[- ]old\b|\baged? ${AGE_COUNT}\b|\b\d{1,3} (?:years|months|weeks) of age\b|\bat \d{1,3} years\b(?!\s+(?:of|in|on|ago|after|before|later|earlier)\b)|\bage of \d{1,3}\b|\b(?!(?:${MONTH}|${WEEKDAY_RE}),)\p{L}[\p{L}’'-]*, \d{1,3}(?:, |[.;!?]["”’']?(?:\s|$))`,
  'iu',
);
/**
 * Numbers written as words: fact-values.ts's exact counts ("two" to "nineteen", the tens to
 * "ninety"), "one", and the round and vague counts ("hundred", "thousands", "dozens"): a
 * regular expression's alternation, lower case.
 */
export const NUMBER_WORDS = [
  'one',
  ...NUMBER_WORD_LIST,
  // A scale word, and its plural as a vague count ("thousands").
  ...SCALE_WORDS.flatMap((word) => [word, `${word}s`]),
].join('|');
const NUMBER_IN_TEXT = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORDS}|half|third|quarter|percent|sixth|fifth|fourth|second)\\b)`,
  'i',
);
/** A number as a token, for counts: digits or a number word. */
const NUMBER_TOKEN = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, 'i');

/** True when `word` (a token's folded word) is a number: digits or a number word ("forty", "dozens"). */
export function isNumberToken(word: string): boolean {
  return NUMBER_TOKEN.test(word);
}

/** Titles and roles written before a name ("chairman", "Prime Minister", "Dr"). */
export const TITLE_WORDS =
  'president|minister|premier|chairman|chairwoman|chair|chief|head|leader|spokesman|spokeswoman|spokesperson|secretary|director|general|commander|candidate|activist|journalist|ambassador|official|chancellor|mayor|governor|king|queen|prince|senator|judge|lawyer|figure|musician|author|professor|inspector|representative|engineer|executive|editor|reporter|photographer|correspondent|captain|dr|mr|mrs|ms';
/** A title or role, matched without regard to case… */
const TITLE = new RegExp(String.raw`\b(?:${TITLE_WORDS})\.?\s+`, 'giu');
/** …then a capitalised name right after it: "chairman Ivan Tsertsel". */
const NAME_AFTER_TITLE = /^(?:[A-Z][\p{Ll}’'-]+\s+){0,2}[A-Z][\p{Ll}’'-]+/u;

function hasTitledPerson(text: string): boolean {
  // Read with `exec` from the start, as `matchAll` would, without its copy of the pattern.
  TITLE.lastIndex = 0;
  let named = false;
  while (!named && TITLE.exec(text) !== null)
    named = NAME_AFTER_TITLE.test(text.slice(TITLE.lastIndex));
  TITLE.lastIndex = 0;
  return named;
}

/** A full name: two to four capitalised words ("Ruth Calder", "Mary Ann de Vries" aside). */
const FULL_NAME = String.raw`(?:[A-Z][\p{Ll}’'-]+\s+){1,3}[A-Z][\p{Ll}’'-]+`;
/** Nouns naming people by what they belong to or do: members, workers, staff, pupils. */
const GROUP_MEMBER_NOUNS =
  'member|councillor|councilor|worker|resident|teacher|officer|employee|pupil|student|volunteer|family|families|children|staff|personnel';
/** Nouns naming people by their role: the titles, the person nouns of questions, and members. */
const ROLE_NOUN = String.raw`(?:${TITLE_WORDS}|${PERSON_NOUNS}|${GROUP_MEMBER_NOUNS})s?`;
/**
 * The other lemmas of WordNet's synset of "person" (person.n.01, "a human being": individual,
 * someone, somebody, mortal, soul): counted ("more than 10,000 souls", "200 individuals") they
 * count people as "persons" does.
 */
const PERSON_SYNONYMS = 'individual|individuals|mortal|mortals|soul|souls';
/**
 * Stems of the nouns that count people ("340 workers", "260 of the staff", "20 people"): the
 * person nouns of questions and the group members'. A count of people in one such noun answers
 * a "how many" of people in another more than any number does: news writing names the same
 * headcount by "workers", "staff", "employees" and "people" in turn.
 */
const PEOPLE_STEMS = new Set(
  `${PERSON_NOUNS}|${GROUP_MEMBER_NOUNS}|${PERSON_SYNONYMS}`.split('|').map((word) => stem(word)),
);
/** One word that names people by their role ("councillors", "pupils", "family"). */
const ROLE_WORD = new RegExp(String.raw`^${ROLE_NOUN}$`, 'iu');
/**
 * A name news writing marks as a person's by what stands beside it, set off by commas: the
 * role it is in apposition to ("two board members, Ruth Calder and Owen Sayle, …", "Ann
 * Bell, the union's negotiator, …", "April Dunmore, chair of the association") or an age ("Dana Whitcombe, 52, …"). Bodies have no age,
 * and a role noun naming people is what the name names.
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`\b${ROLE_NOUN},\s+${FULL_NAME}\b|${FULL_NAME},\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}?${ROLE_NOUN}\b|${ROLE_NOUN}\s+(?:of|at|for)\b|(?:aged\s+)?\d{1,3},)`,
  'u',
);

/**
 * A full name right after a role word, perhaps after a comma ("spokeswoman, Gemma Lathbury"),
 * or after one more role noun the word modifies ("lead inspector Rafael Osei", "chief executive
 * Gareth Lindqvist"): a title of two words is one title.
 */
const NAME_AFTER_ROLE = new RegExp(String.raw`^(?:\s+${ROLE_NOUN})?,?\s+${FULL_NAME}\b`, 'u');
/** A full name, a comma and at most a determiner and three words, ending where the role word starts. */
const NAME_BEFORE_ROLE = new RegExp(
  String.raw`\b${FULL_NAME},\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,3}$`,
  'u',
);

/**
 * Two or more capitalised words in a row: a name, of a person or not. At the very start of a
 * sentence, where every first word is capitalised, only when the first is not a word that
 * opens sentences ("The", "In", "After").
 */
const NAME_IN_TEXT =
  /(?<=\S\s+)(?:[A-Z][\p{Ll}’'-]+\s+){1,3}[A-Z][\p{Ll}’'-]+|^(?!(?:The|A|An|In|On|At|To|Of|By|For|From|With|As|After|Before|During|Since|Until|Under|Over|When|While|If|But|And|Or|So|Yet|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Its|Their|Our|My|Your|There|Here|Some|Many|Most|All|Every|Each|No|Not|Only|Also|Meanwhile|However|Last|Next|Another|One|Two|Three)\s)(?:[A-Z][\p{Ll}’'-]+\s+){1,3}[A-Z][\p{Ll}’'-]+/u;
/**
 * An organisation: a capitalised name ending in an institution's word ("Interior Ministry",
 * "Interfax news agency", "Brightwater Leisure Trust") or a company's legal form ("Ltd",
 * "plc"), names joined by an ampersand ("Hallam & Pryce": a firm's style, never one person's
 * name), an acronym ("TASS", "NATO"), or a body that reports or decides.
 */
const ORGANISATION_IN_TEXT =
  /\b(?:[A-Z][\p{L}’'-]+\s+){0,3}(?:Ministry|Agency|Committee|Council|Union|Party|Service|Guard|Court|Parliament|Assembly|Commission|Office|Department|Bank|Times|News|Post|Press|Bureau|Institute|Organi[sz]ation|Forces|Army|Police|Trust|Foundation|Association|Society|Authority|Group|Holdings|Partners|Associates|Ltd|Limited|plc|PLC|Inc|LLC|Corporation)\b|\b[A-Z][\p{L}’'-]+\s+(?:&|&amp;)\s+[A-Z][\p{L}’'-]+|\b(?:ministry|agency|committee|council|service|portal|office|newspaper|outlet|broadcaster) (?:of\s+)?(?:the\s+)?[A-Z][\p{L}-]+|\b[A-Z]{2,6}\b(?!\.)/u;

/**
 * A named occasion: capitalised words before a noun of an occasion ("the Sochi summit", "the
 * Munich Security Conference", "the Edinburgh Festival"): a proper name's modifier says which
 * event, as a name does. A month or a weekday before it ("the 14 May meeting", "Monday's
 * rally") says when, not which.
 */
const NAMED_EVENT_IN_TEXT = new RegExp(
  String.raw`(?<=\S\s+)(?:(?!(?:${MONTH_RE}|${WEEKDAY_RE})(?:’s|'s)?\s)[A-Z][\p{L}’'-]+\s+){1,4}(?:${anyOfAnyInitial(EVENT_NOUNS.split('|'))})\b`,
  'u',
);

/**
 * A name after "during": the preposition takes a noun phrase of a period or an occasion (Quirk
 * et al. 1985, _A Comprehensive Grammar of the English Language_, 9.28), so the name after it
 * names one, however it is called ("during the College of the Union State Border Committee",
 * "during Ramadan"). A name elsewhere is as likely a person's, a body's or a place's.
 */
const NAME_DURING_IN_TEXT = /\bduring\s+(?:the\s+)?[A-Z][\p{L}’'-]+/u;

/**
 * A source a report is attributed to ("Interfax reported", "according to Reuters", "told the
 * Gazette"): reporting is what an agency or outlet does, so its name is the organisation asked
 * for by "which agency reported …".
 */
const REPORTED_BY_IN_TEXT =
  /\b[A-Z][\p{L}-]+ (?:reported|reports|reporting)\b|\b(?:according to|told|reported by|cited by|quoted by) (?:the )?(?:[A-Z][\p{L}-]+ )*[A-Z][\p{L}-]+/u;

/**
 * How well `text` counts `unit` (a stem): 1 when a number stands within a few words before it;
 * {@link PEOPLE_COUNT} when `unit` names people and a number stands so before another noun that
 * does ("how many workers": "About 260 of the factory's staff"), or before one of `classes`
 * ("how many boats": "forty vessels"); 0.5 (any number) otherwise; 0 when the text holds no
 * cardinal at all. "How many" asks for a cardinal numeral, the count of a set; an ordinal says
 * which member of a sequence something is and a fraction word what part of a whole (Huddleston &
 * Pullum 2002, _The Cambridge Grammar of the English Language_, ch. 5 §7 on cardinal and ordinal
 * numerals), so "the second half" or "a third time", which {@link NUMBER_IN_TEXT} lets through as
 * quantities, count nothing: "Fans sang for most of the second half" no more hints at how many
 * arrests there were than a sentence with no number does. Nor does a figure that is no count:
 * a calendar date or a year (a point in time, as a time of day is), a label ("gate nine",
 * number-label.ts) or a measure in a unit other than the asked one ("$80,000,000", "4.5
 * percent", "18 months": quantity.ts `withoutMeasures`), which say when, which one or how much
 * of a continuous quantity, never how many.
 */
function countScore(text: string, unit: string, classes: readonly string[] = []): number {
  const tokens = tokenize(
    withoutNumberLabels(withoutDates(withoutMeasures(text, new Set([unit, ...classes])))),
  );
  const people = PEOPLE_STEMS.has(unit);
  let score = 0.5;
  let cardinal = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (!isNumberToken(word)) continue;
    cardinal = true;
    // "Dozens of piles" counts the piles only roughly: an approximate answer to "how many".
    const vague = VAGUE_PLURAL.test(word) && !isNumberToken(tokens[i - 1]?.word ?? '');
    for (let j = i + 1; j <= i + SEARCH_OPTIONS.plan.unitDistance && j < tokens.length; j++) {
      const counted = stem(tokens[j]?.word ?? '');
      if (counted === unit) {
        if (!vague) return 1;
        score = Math.max(score, VAGUE_COUNT);
      }
      if (people && PEOPLE_STEMS.has(counted)) score = Math.max(score, PEOPLE_COUNT);
      if (classes.includes(counted)) score = Math.max(score, PEOPLE_COUNT);
    }
  }
  if (indefinitelyCounts(text, unit)) return Math.max(score, VAGUE_COUNT);
  return cardinal ? score : 0;
}

/**
 * Whether an indefinite quantifier ("several", "a few": fact-values.ts
 * INDEFINITE_COUNT_QUANTIFIERS) stands within a few words before `unit` (a stem): "signed several
 * agreements" counts the agreements roughly, as "dozens of" does ({@link VAGUE_COUNT}), where
 * "signed agreements" does not count them at all.
 */
function indefinitelyCounts(text: string, unit: string): boolean {
  if (ASCII_ONLY.test(text) && !QUANTIFIER_END_WRITTEN.test(text)) return false;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const quantifier = INDEFINITE_QUANTIFIER_ENDS.get(tokens[i]!.word);
    if (quantifier === undefined || (quantifier !== '' && tokens[i - 1]?.word !== quantifier))
      continue;
    for (let j = i + 1; j <= i + SEARCH_OPTIONS.plan.unitDistance && j < tokens.length; j++)
      if (stemsTo(tokens[j]!.word, unit)) return true;
  }
  return false;
}

/**
 * Each indefinite quantifier's last word → the word before it ("a" for "a few"), or '' for a
 * one-word quantifier.
 */
const INDEFINITE_QUANTIFIER_ENDS: ReadonlyMap<string, string> = new Map(
  INDEFINITE_COUNT_QUANTIFIERS.map((quantifier) => {
    const words = quantifier.split(' ');
    return [words.at(-1)!, words.length > 1 ? words.at(-2)! : ''];
  }),
);

/** A text of ASCII characters alone. */
const ASCII_ONLY = /^[^\u0080-\u{10ffff}]*$/u;

/**
 * Where an ASCII text may write a word that folds to the last word of an indefinite quantifier
 * ({@link INDEFINITE_QUANTIFIER_ENDS}): its letters in any case, with the dots and straight
 * apostrophes a word may hold between them. In ASCII, folding a word (text/terms.ts `foldWord`)
 * only lower-cases it, drops those dots and apostrophes and a final "'s", and rewrites British
 * endings ("-ise", "-our", "-tre", which make none of these words), so a text this does not match
 * holds no such word, and {@link indefinitelyCounts} need not cut it into words: most candidates
 * of a "how many" question are read so, each time its counted noun is new.
 */
const QUANTIFIER_END_WRITTEN = new RegExp(
  [...INDEFINITE_QUANTIFIER_ENDS.keys()].map((word) => [...word].join("['.]*")).join('|'),
  'i',
);

/**
 * A plural of a round number standing alone as a count ("dozens", "hundreds", "thousands",
 * "millions" of things; not after another number word, which makes it part of a numeral): an
 * indefinite quantity, which answers "how many" less exactly than a numeral does (Quirk et al.
 * 1985 §5.25 on indefinite quantifiers; Grice's maxim of quantity: the more specific answer is
 * the more informative).
 */
const VAGUE_PLURAL = /^(?:dozens|hundreds|thousands|millions)$/i;
/** The score of a vague count of the asked things: between any number (0.5) and a count (1). */
const VAGUE_COUNT = 0.75;

/**
 * A count of people named by another noun than the one asked, or of a class the asked things
 * belong to ({@link AnswerType.unitClasses}): between any number and the asked count.
 */
const PEOPLE_COUNT = 0.75;
/**
 * A person named by a title or a role when the question asks the doer of an act by a verb with
 * a role noun ({@link AnswerType.roles}) and the person holds another role: between any name
 * (0.5) and the one asked for (1), as {@link PEOPLE_COUNT} is between any number and the asked
 * count.
 */
const OTHER_PERSON = 0.75;
/**
 * A body named when the question asks the doer of an act by a "which/what N" subject ("which
 * agency reported the deal") and the body is not told doing it: between any name (0.5) and the
 * one asked for (1), as {@link OTHER_PERSON} is.
 */
const OTHER_ORGANISATION = OTHER_PERSON;

/**
 * How well `text` holds an answer of the given type, 0–1: 1 when it does, 0 when it does not,
 * and in between for weaker evidence (a relative date for "when", any number for "how many
 * officers" or for "how much money", any capitalised name for "who"). {@link newAnswerTypeScore} counts only what the
 * text adds to the question's own words.
 */
export function answerTypeScore(text: string, type: AnswerType): number {
  const has = (pattern: RegExp) => pattern.test(text);
  switch (type.name) {
    case 'date': {
      // "What time" asks for the hour: a day without one only hints at it. "When" asks for the
      // day: an hour without one says when only within a day, as a relative date does.
      const clock = has(CLOCK_TIME_IN_TEXT);
      const dated = holdsDate(text);
      if (type.focus === 'time') return clock ? 1 : dated || has(RELATIVE_DATE_IN_TEXT) ? 0.5 : 0;
      if (asksDay(type)) return has(DAY_IN_TEXT) ? 1 : dated || clock ? 0.5 : 0;
      // An hour on a day ("at 4.10pm on Wednesday", "at 9pm last night") gives both: the time
      // to the minute, a point no calendar date is finer than (ISO 8601's date and time).
      if (dated || (clock && has(DAY_IN_TEXT))) return 1;
      return clock || has(RELATIVE_DATE_IN_TEXT) ? 0.5 : 0;
    }
    case 'duration':
      if (type.dimension !== undefined && holdsDimension(text, type.dimension)) return 1;
      return statesDuration(text) ? 1 : holdsDate(text) ? 0.5 : 0;
    case 'age':
      return has(AGE_IN_TEXT) ? 1 : 0;
    case 'number': {
      // A time of day is a point in time, not a quantity: "after 3 p.m." says nothing of
      // how heavy, how many or how much.
      const quantities = withoutClockTimes(text);
      if (!NUMBER_IN_TEXT.test(quantities))
        return type.unit !== undefined && indefinitelyCounts(quantities, type.unit)
          ? VAGUE_COUNT
          : 0;
      if (type.pricePaid) return statesPricePaid(quantities) ? 1 : 0.5;
      if (type.dimension !== undefined) {
        if (holdsQuantityIn(quantities, type.dimension, type.difference === true))
          return type.sum === undefined ? 1 : sumKindScore(quantities, type.sum);
        // Any other figure only hints, and none at all when each is a measure of another
        // dimension, a date, a label or a count of things ("took 38 minutes", "on gate nine" or
        // "six short piles" for "how heavy", "$24 million" for "what share"): quantity.ts
        // withoutOtherMeasures, number-label.ts, counted-things.ts.
        const measures = withoutNumberLabels(
          withoutDates(withoutOtherMeasures(quantities, type.dimension)),
        );
        // A share is one count of another ("12 of the 40 wards"): its counts hint at it.
        const unmeasured = type.dimension === 'share' ? measures : withoutThingCounts(measures);
        return NUMBER_IN_TEXT.test(unmeasured) ? 0.5 : 0;
      }
      return type.unit === undefined ? 1 : countScore(quantities, type.unit, type.unitClasses);
    }
    case 'person': {
      if (type.focus !== undefined && namesHolderOf(text, type.focus)) return 1;
      if (type.verb !== undefined && namesDoerOf(text, type)) return 1;
      // The act told without its doer ("he had been asked"): whoever it names did not do it.
      if (type.verb !== undefined && leavesDoerUntold(text, type.verb)) return 0;
      // An act with a role noun ("who leads the inquiry": its agent noun "leader") asks for the
      // holder of that role: someone named by another title ("spokeswoman Gemma Lathbury") is
      // a person, but not yet the one asked for. An act with no role noun ("who runs the
      // board") is not told apart so: any titled person may be its doer. Nor is a role asked
      // by its noun ("who is the treasurer"): a person described ("Owen Pryce, 19,") answers
      // it as before, the holder named beside the noun being abstain-asked-name.ts's gate.
      if (hasTitledPerson(text) || has(DESCRIBED_PERSON))
        return type.roles === undefined ? 1 : OTHER_PERSON;
      return has(NAME_IN_TEXT) ? 0.5 : 0;
    }
    case 'organisation':
      // "Which agency reported the deal": the body named as the one reporting answers; another
      // body named ("signed with the Russian National Guard") is a body, not yet the one asked.
      if (type.verb !== undefined && namesDoerOf(text, type)) return 1;
      if (has(ORGANISATION_IN_TEXT) || has(REPORTED_BY_IN_TEXT))
        return type.verb === undefined ? 1 : OTHER_ORGANISATION;
      return has(NAME_IN_TEXT) ? 0.5 : 0;
    case 'event':
      return has(NAMED_EVENT_IN_TEXT) || has(NAME_DURING_IN_TEXT) ? 1 : 0;
    case 'place':
      // A name after a title is a person ("to President Ames"), not a place. A "which N"
      // question is answered too by a name of N's class standing anywhere ("France will be
      // such a power" for "which country": named-instance.ts).
      return placeNamesIn(text).some((name) => !hasTitledPerson(name)) ||
        classedPlaceNamesIn(text).length > 0 ||
        (type.focus !== undefined && namesInstanceOf(text, type.focus))
        ? 1
        : 0;
    case 'direction':
      return givesDirection(text) ? 1 : 0;
    case 'degree':
      // A measure: a count, a part of a whole, an extent ("two of its six panels", "90 percent").
      return NUMBER_IN_TEXT.test(withoutDates(withoutClockTimes(text))) ? 1 : 0;
    case 'condition':
      return statesCondition(text) ? 1 : 0;
    case 'occupation':
      return statesRole(text) ? 1 : 0;
    case 'reason':
      // A reason told beside the act asked about is that act's; any other is weaker evidence:
      // reasons are as often given with no connective, and a connective as often gives the
      // reason for something else.
      if (type.act !== undefined && reasonAttachedTo(text, type.act)) return 1;
      return statesReason(text) ? 0.5 : 0;
  }
}

/**
 * How well a sum in `text` is the kind of sum asked ({@link AnswerType.sum}): 1 when a word of
 * the kind stands in it ("fined", "a penalty of"), else 0 when a word of another kind does
 * ("refunds cost £48,000": sum-kinds.ts `namesOtherSum`), a sum of what is not asked as a
 * figure in another dimension is ({@link withoutOtherMeasures}); 1 for a sum of no kind told,
 * whose kind the context gives as often ("approved a $218 million barrier" gives its price).
 */
function sumKindScore(text: string, sum: { word: string; kinds: readonly string[] }): number {
  if (tokenize(text).some((token) => sum.kinds.includes(stem(token.word)))) return 1;
  return namesOtherSum(text, sum.word) ? 0 : 1;
}

/**
 * True when `text` holds a number in `dimension`, or for money asked as a `difference` a
 * share: a change of a sum is often stated against it ("about 12 percent over budget", "a 5
 * percent raise"), which answers how much it changed, but not what the sum itself was ("a 20
 * per cent premium to the closing price" gives no price). A sum never answers "what percentage".
 */
function holdsQuantityIn(text: string, dimension: Dimension, difference: boolean): boolean {
  if (holdsDimension(text, dimension)) return true;
  return dimension === 'money' && difference && holdsDimension(text, 'share');
}

/**
 * {@link answerTypeScore} of what `text` adds to the question: an answer is something the
 * question does not already say. "Who runs the Orrel Valley Regional Authority?" is not
 * answered by a sentence whose only name is that authority's, nor "how many farmers in 1878"
 * by the year 1878. `asked` holds the question's own index terms; the counted unit of a
 * number question ("how many officers"), the kind a "which" names ("which agency") and the
 * verb "who" asks the doer of are never blanked: they are part of the answer ("40 officers",
 * "the Interfax news agency", "the Green councillors voted").
 * `words` are `text`'s ({@link PassageWords}) when the caller keeps them; read here otherwise;
 * `describing`, the question's words that describe another noun (QueryPlan.askedDescribing):
 * a name holding one of them alone is an answer, not the question's (asked-words.ts).
 */
export function newAnswerTypeScore(
  text: string,
  type: AnswerType,
  asked: ReadonlySet<string>,
  words?: PassageWords,
  describing?: ReadonlySet<string>,
): number {
  return answerTypeScore(
    withoutAskedWords(text, askedBesidesKind(type, asked), words, describing),
    type,
  );
}

/**
 * The question's terms that {@link newAnswerTypeScore} blanks: `asked` less the counted unit,
 * the kind a "which" names, the verb "who" asks the doer of (and its role nouns), the act
 * "why" asks the reason of, whose reason is found beside it, or the kind of sum asked ("the fine":
 * "a penalty of £5,000" states it) (`asked` itself when it holds none). A caller scoring many
 * passages for one question computes it once.
 */
export function askedBesidesKind(
  type: AnswerType,
  asked: ReadonlySet<string>,
): ReadonlySet<string> {
  const kinds = [
    type.unit ?? type.focus,
    // The act whose doer is asked ("which agency reported"), beside the noun naming the doer.
    type.verb,
    ...(type.roles ?? []),
    ...(type.act ?? []),
    ...(type.sum?.kinds ?? []),
  ];
  if (!kinds.some((kind) => kind !== undefined && asked.has(kind))) return asked;
  const besides = new Set(asked);
  for (const kind of kinds) if (kind !== undefined) besides.delete(kind);
  return besides;
}
