/**
 * The kind of answer a question asks for (a date, an age, a count of something, a person, an
 * organisation, a place) and whether a passage holds one. A passage that holds what the
 * question asks for is preferred; how much is the ranking model's to say.
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { SEARCH_OPTIONS } from '../options.js';
import { stem, tokenize } from '../../text/terms.js';

/** What a question asks for, when it says so. */
export type AnswerTypeName =
  'date' | 'duration' | 'age' | 'number' | 'person' | 'organisation' | 'place';

/** The answer type of a question; `unit` is the stem of what a count counts ("how many officers"). */
export interface AnswerType {
  name: AnswerTypeName;
  unit?: string;
}

/**
 * A question asks for what its wh-word's head noun names ("which Belarusian interior
 * minister" asks for a person), the standard cue of question classification (Li & Roth,
 * "Learning Question Classifiers", COLING 2002): up to this many modifiers stand between them.
 */
const MODIFIERS = String.raw`(?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|the|a|an|of|to|in|on|for|and|or|he|she|they|it|his|her|their|its|kind|kinds|sort|type)\b)[\p{L}’'-]+\s+){0,2}?`;
const ORGANISATION_NOUNS =
  'agency|agencies|outlet|outlets|newspaper|newspapers|paper|organi[sz]ations?|ministry|ministries|body|bodies|institution|institutions|company|companies|party|parties|group|groups|media|service|services|department|committee|force|forces|unit|units';
const PERSON_NOUNS =
  'person|persons|official|officials|leader|leaders|minister|ministers|president|presidents|politician|politicians|man|men|woman|women|people|diplomat|diplomats|journalist|journalists|commander|commanders|general|generals|spokesman|spokeswoman|chairman|chairwoman|head|chief|candidate|candidates|senator|senators|judge|judges|inventor|author';
const PLACE_NOUNS =
  'city|cities|country|countries|town|towns|region|regions|place|places|border|borders|state|states|province|provinces|island|islands|port|ports|river|rivers|capital|location';

const QUESTION_RULES: Array<[AnswerTypeName, RegExp]> = [
  ['age', /\b(?:how old|what age|at what age|aged? (?:is|was)|what is (?:his|her|the) age)\b/i],
  ['duration', /\b(?:how long|for how long|how many (?:years|months|weeks|days))\b/i],
  [
    'date',
    /\b(?:when|what (?:date|day|month|year|time)|which (?:date|day|month|year)|since when|how long ago|on what (?:date|day)|in what year)\b/i,
  ],
  [
    'number',
    /\b(?:how (?:many|much|large|big|high|often)|what (?:share|percentage|percent|proportion|number|amount|fraction|portion)|how large a share)\b/i,
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
      String.raw`\b(?:who|whom|whose|(?:which|what) ${MODIFIERS}(?:${PERSON_NOUNS})|what(?: is|'s| was) (?:the )?(?:full )?name of (?:the|his|her|their))\b`,
      'iu',
    ),
  ],
  [
    'place',
    new RegExp(String.raw`\b(?:where|(?:which|in what) ${MODIFIERS}(?:${PLACE_NOUNS}))\b`, 'iu'),
  ],
];

/** The answer type a question asks for, or null when it asks for none in particular. */
export function answerTypeOf(question: string): AnswerType | null {
  for (const [name, rule] of QUESTION_RULES) {
    if (!rule.test(question)) continue;
    if (name !== 'number') return { name };
    const unit = /\bhow many\s+([\p{L}-]+)/iu.exec(question)?.[1];
    return unit ? { name, unit: stem(tokenize(unit)[0]?.word ?? unit.toLowerCase()) } : { name };
  }
  return null;
}

/** A key for caching a type's scores: the name, and the unit when there is one. */
export function answerTypeKey(type: AnswerType): string {
  return type.unit ? `${type.name}:${type.unit}` : type.name;
}

const MONTH = MONTH_RE;
/** A calendar date: a day of a month, a month of a year, or a year. */
const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|(?:in|since|until|by|of|from|early|late|mid|end of)\\s+(?:${MONTH}|\\d{4})\\b|(?:1[789]|20)\\d{2}\\b|(?:spring|summer|autumn|fall|winter) of)`,
);
/** A span of time ("for the past 26 years") or its start ("since 1994"). */
const DURATION_IN_TEXT = new RegExp(
  `\\b(?:for (?:the )?(?:past |last |next )?(?:\\d+|\\w+) (?:years?|months?|weeks?|days?|decades?)|(?:\\d+|several|many|few) (?:years?|months?|weeks?|decades?)|since (?:${MONTH}|\\d{4}))\\b`,
  'i',
);
/** A date relative to the time of writing: weaker evidence of when something happened. */
const RELATIVE_DATE_IN_TEXT = new RegExp(
  `\\b(?:(?:on|last|this|next) ${WEEKDAY_RE}|${WEEKDAY_RE}\\b|(?:last|this|next|previous|the following) (?:week|month|year)|yesterday|today)`,
);
/** An age: "the 65-year-old", "aged 65", "65 years old", "at the age of 65". */
const AGE_IN_TEXT =
  /\b(?:\d{1,3}|\w+-)[- ]year[- ]old\b|\baged? \d{1,3}\b|\b\d{1,3} years of age\b|\bage of \d{1,3}\b/i;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens';
const NUMBER_IN_TEXT = new RegExp(
  `(?:\\d|\\b(?:${NUMBER_WORDS}|half|third|quarter|percent|sixth|fifth|fourth|second)\\b)`,
  'i',
);
/** A number as a token, for counts: digits or a number word. */
const NUMBER_TOKEN = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, 'i');

/** A title or role ("chairman", "Prime Minister"), matched without regard to case… */
const TITLE =
  /\b(?:president|minister|premier|chairman|chairwoman|chair|chief|head|leader|spokesman|spokeswoman|spokesperson|secretary|director|general|commander|candidate|activist|journalist|ambassador|official|chancellor|mayor|governor|king|queen|prince|senator|judge|lawyer|figure|musician|author|professor|dr|mr|mrs|ms)\.?\s+/giu;
/** …then a capitalised name right after it: "chairman Ivan Tsertsel". */
const NAME_AFTER_TITLE = /^(?:[A-Z][\p{Ll}’'-]+\s+){0,2}[A-Z][\p{Ll}’'-]+/u;

function hasTitledPerson(text: string): boolean {
  for (const match of text.matchAll(TITLE)) {
    if (NAME_AFTER_TITLE.test(text.slice(match.index + match[0].length))) return true;
  }
  return false;
}

/** Two or more capitalised words in a row, not at the very start: a name, of a person or not. */
const NAME_IN_TEXT = /(?<=\S\s+)(?:[A-Z][\p{Ll}’'-]+\s+){1,3}[A-Z][\p{Ll}’'-]+/u;
const PLACE_IN_TEXT =
  /\b(?:in|at|from|near|to|into|across|outside)\s+(?:the\s+)?(?:(?:city|town|region|capital|village|republic|settlement|province|state|port|island|county|district) of\s+)?[A-Z][\p{L}-]+/u;
/**
 * An organisation: a capitalised name ending in an institution's word ("Interior Ministry",
 * "Interfax news agency"), an acronym ("TASS", "NATO"), or a body that reports or decides.
 */
const ORGANISATION_IN_TEXT =
  /\b(?:[A-Z][\p{L}’'-]+\s+){0,3}(?:Ministry|Agency|Committee|Council|Union|Party|Service|Guard|Court|Parliament|Assembly|Commission|Office|Department|Bank|Times|News|Post|Press|Bureau|Institute|Organi[sz]ation|Forces|Army|Police)\b|\b(?:ministry|agency|committee|council|service|portal|office|newspaper|outlet|broadcaster) (?:of\s+)?(?:the\s+)?[A-Z][\p{L}-]+|\b[A-Z]{2,6}\b(?!\.)/u;

/** True when a number stands within a few words of the counted thing's stem. */
function hasCountOf(text: string, unit: string): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!NUMBER_TOKEN.test(tokens[i]?.word ?? '')) continue;
    for (let j = i + 1; j <= i + SEARCH_OPTIONS.plan.unitDistance && j < tokens.length; j++)
      if (stem(tokens[j]?.word ?? '') === unit) return true;
  }
  return false;
}

/**
 * How well `text` holds an answer of the given type, 0–1: 1 when it does, 0 when it does not,
 * and in between for weaker evidence (a relative date for "when", any number for "how many
 * officers", any capitalised name for "who").
 */
export function answerTypeScore(text: string, type: AnswerType): number {
  switch (type.name) {
    case 'date':
      return DATE_IN_TEXT.test(text) ? 1 : RELATIVE_DATE_IN_TEXT.test(text) ? 0.5 : 0;
    case 'duration':
      return DURATION_IN_TEXT.test(text) ? 1 : DATE_IN_TEXT.test(text) ? 0.5 : 0;
    case 'age':
      return AGE_IN_TEXT.test(text) ? 1 : 0;
    case 'number':
      if (!NUMBER_IN_TEXT.test(text)) return 0;
      return type.unit === undefined || hasCountOf(text, type.unit) ? 1 : 0.5;
    case 'person':
      return hasTitledPerson(text) ? 1 : NAME_IN_TEXT.test(text) ? 0.5 : 0;
    case 'organisation':
      return ORGANISATION_IN_TEXT.test(text) ? 1 : NAME_IN_TEXT.test(text) ? 0.5 : 0;
    case 'place':
      return PLACE_IN_TEXT.test(text) ? 1 : 0;
  }
}
