/**
 * The kind of answer a question asks for (a date, an age, a count of something, a person, an
 * organisation, a place) and whether a passage holds one. A passage that holds what the
 * question asks for is preferred; how much is the ranking model's to say.
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { SEARCH_OPTIONS } from '../options.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';

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
    /\b(?:how (?:many|much|large|big|high|often|tall|far|deep|wide|heavy|fast)|what (?:share|percentage|percent|proportion|number|amount|fraction|portion)|how large a share)\b/i,
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

/**
 * The answer type a question asks for, or null when it asks for none in particular. The
 * wh-phrase that comes first governs: a later one opens a clause of its own ("who led the
 * squadron when the British attacked?" asks for a person, not a date). At the same place the
 * rules' order decides ("how long ago" is a date before it is a duration).
 */
export function answerTypeOf(question: string): AnswerType | null {
  let found: { name: AnswerTypeName; at: number } | null = null;
  for (const [name, rule] of QUESTION_RULES) {
    const at = rule.exec(question)?.index;
    if (at !== undefined && (found === null || at < found.at)) found = { name, at };
  }
  if (found === null) return null;
  if (found.name !== 'number') return { name: found.name };
  const unit = countedNoun(question);
  return unit ? { name: 'number', unit } : { name: 'number' };
}

/**
 * The stem of what "how many …" counts: the plural noun among the words after it, up to the
 * first function word ("how many russian military bases are" → base), else the first of them
 * ("how many people died" → peopl). "How many" takes a plural noun; the words before it are
 * its modifiers.
 */
function countedNoun(question: string): string | undefined {
  const words = /\bhow many\s+(.*)/isu.exec(question)?.[1];
  if (words === undefined) return undefined;
  const phrase: string[] = [];
  for (const token of tokenize(words).slice(0, SEARCH_OPTIONS.plan.unitDistance)) {
    if (isStopWord(token)) break;
    phrase.push(token.word);
  }
  const plural = phrase.find((word) => /[^s]s$/.test(word));
  const head = plural ?? phrase[0];
  return head === undefined ? undefined : stem(head);
}

/** A key for caching a type's scores: the name, and the unit when there is one. */
export function answerTypeKey(type: AnswerType): string {
  return type.unit ? `${type.name}:${type.unit}` : type.name;
}

const MONTH = MONTH_RE;
/**
 * A calendar date: a day of a month, a month of a year, part of a month ("mid-December"), a
 * year, or a season ("in the spring", "until next summer").
 */
const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|(?:in|since|until|by|of|from|early|late|mid|end of)[\\s-]+(?:${MONTH}|\\d{4})\\b|(?:1[789]|20)\\d{2}\\b|(?:spring|summer|autumn|fall|winter) of|(?:in|since|until|till|by|from|next|this|last|early|late)\\s+(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\b)`,
);
/** A span of time ("for the past 26 years") or its start ("since 1994"). */
const DURATION_IN_TEXT = new RegExp(
  `\\b(?:for (?:the )?(?:past |last |next )?(?:\\d+|\\w+) (?:years?|months?|weeks?|days?|decades?)|(?:\\d+|several|many|few) (?:years?|months?|weeks?|decades?)|since (?:${MONTH}|\\d{4}))\\b`,
  'i',
);
/** A date relative to the time of writing: weaker evidence of when something happened. */
const RELATIVE_DATE_IN_TEXT = new RegExp(
  `\\b(?:(?:on|last|this|next) ${WEEKDAY_RE}|${WEEKDAY_RE}\\b|(?:last|this|next|previous|the following) (?:week|month|year)|end of the (?:week|month|year)|yesterday|today|tomorrow)`,
);
/** An age: "the 65-year-old", "aged 65", "65 years old", "at the age of 65". */
const AGE_IN_TEXT =
  /\b(?:\d{1,3}|\w+-)[- ]year[- ]old\b|\baged? \d{1,3}\b|\b\d{1,3} years of age\b|\bage of \d{1,3}\b/i;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens';
const NUMBER_IN_TEXT = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORDS}|half|third|quarter|percent|sixth|fifth|fourth|second)\\b)`,
  'i',
);
/** A number as a token, for counts: digits or a number word. */
const NUMBER_TOKEN = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, 'i');

/** A title or role ("chairman", "Prime Minister"), matched without regard to case… */
const TITLE =
  /\b(?:president|minister|premier|chairman|chairwoman|chair|chief|head|leader|spokesman|spokeswoman|spokesperson|secretary|director|general|commander|candidate|activist|journalist|ambassador|official|chancellor|mayor|governor|king|queen|prince|senator|judge|lawyer|figure|musician|author|professor|dr|mr|mrs|ms)\.?\s+/giu;
/** …then a capitalised name right after it: "chairman Ivan Tsertsel". */
const NAME_AFTER_TITLE = /^(?:[A-Z][\p{Ll}’'-]+\s+){0,2}[A-Z][\p{Ll}’'-]+/u;

function hasTitledPerson(text: string, novel: Novel | undefined): boolean {
  for (const match of text.matchAll(TITLE)) {
    const name = NAME_AFTER_TITLE.exec(text.slice(match.index + match[0].length))?.[0];
    if (name !== undefined && (novel === undefined || novel(name))) return true;
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
function hasCountOf(text: string, unit: string, novel: Novel | undefined): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (!NUMBER_TOKEN.test(word) || (novel !== undefined && !novel(word))) continue;
    for (let j = i + 1; j <= i + SEARCH_OPTIONS.plan.unitDistance && j < tokens.length; j++)
      if (stem(tokens[j]?.word ?? '') === unit) return true;
  }
  return false;
}

/** Whether an expression found in a passage counts (see {@link answerTypeScore}). */
export type Novel = (expression: string) => boolean;

const globalPatterns = new Map<RegExp, RegExp>();

/** True when `pattern` matches `text` in an expression `novel` accepts (any, without it). */
function holds(pattern: RegExp, text: string, novel: Novel | undefined): boolean {
  if (novel === undefined) return pattern.test(text);
  let global = globalPatterns.get(pattern);
  if (!global)
    globalPatterns.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  for (const match of text.matchAll(global)) if (novel(match[0])) return true;
  return false;
}

/**
 * How well `text` holds an answer of the given type, 0–1: 1 when it does, 0 when it does not,
 * and in between for weaker evidence (a relative date for "when", any number for "how many
 * officers", any capitalised name for "who"). With `novel`, only expressions it accepts count
 * (abstention accepts those that add to the question's own words).
 */
export function answerTypeScore(text: string, type: AnswerType, novel?: Novel): number {
  const has = (pattern: RegExp) => holds(pattern, text, novel);
  switch (type.name) {
    case 'date':
      return has(DATE_IN_TEXT) ? 1 : has(RELATIVE_DATE_IN_TEXT) ? 0.5 : 0;
    case 'duration':
      return has(DURATION_IN_TEXT) ? 1 : has(DATE_IN_TEXT) ? 0.5 : 0;
    case 'age':
      return has(AGE_IN_TEXT) ? 1 : 0;
    case 'number':
      if (!has(NUMBER_IN_TEXT)) return 0;
      return type.unit === undefined || hasCountOf(text, type.unit, novel) ? 1 : 0.5;
    case 'person':
      return hasTitledPerson(text, novel) ? 1 : has(NAME_IN_TEXT) ? 0.5 : 0;
    case 'organisation':
      return has(ORGANISATION_IN_TEXT) ? 1 : has(NAME_IN_TEXT) ? 0.5 : 0;
    case 'place':
      return has(PLACE_IN_TEXT) ? 1 : 0;
  }
}
