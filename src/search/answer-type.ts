/**
 * The kind of answer a question asks for (a date, a number, a person, a place) and whether
 * a passage holds one. A passage that holds what the question asks for is preferred.
 */
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';

/** What a question asks for, when it says so. */
export type AnswerType = 'date' | 'duration' | 'number' | 'person' | 'place';

const QUESTION_RULES: Array<[AnswerType, RegExp]> = [
  ['duration', /\b(?:how long|for how long|how many (?:years|months|weeks|days))\b/i],
  [
    'date',
    /\b(?:when|what (?:date|day|month|year|time)|which (?:date|day|month|year)|since when|how long ago|on what (?:date|day))\b/i,
  ],
  [
    'number',
    /\b(?:how (?:many|much|old|large|big|high|often)|what (?:share|percentage|percent|proportion|number|amount|fraction|portion)|how large a share)\b/i,
  ],
  [
    'person',
    /\b(?:who|whom|whose|which (?:person|official|leader|minister|president|politician|man|woman|people|officials|leaders))\b/i,
  ],
  [
    'place',
    /\b(?:where|which (?:city|country|town|region|place|border|countries)|in what (?:city|country|place))\b/i,
  ],
];

/** The answer type a question asks for, or null when it asks for none in particular. */
export function answerTypeOf(question: string): AnswerType | null {
  for (const [type, rule] of QUESTION_RULES) if (rule.test(question)) return type;
  return null;
}

const MONTH = MONTH_RE;
/** A calendar date: a day of a month, a month of a year, or a year. */
const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b|(?:in|since|until|by|of|from|early|late|mid|end of)\\s+(?:${MONTH}|\\d{4})\\b|(?:1[89]|20)\\d{2}\\b|(?:spring|summer|autumn|fall|winter) of)`,
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
const NUMBER_IN_TEXT =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|third|quarter|percent|sixth|fifth|fourth|second)\b)/i;
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
  /\b(?:in|at|from|near|to|into|across|outside)\s+(?:the\s+)?(?:(?:city|town|region|capital|village|republic) of\s+)?[A-Z][\p{L}-]+/u;

/**
 * How well `text` holds an answer of the given type: 1 when it does, 0 when it does not,
 * and 0.5 for a relative date ("on Thursday") when a date is asked for.
 */
export function answerTypeScore(text: string, type: AnswerType): number {
  switch (type) {
    case 'date':
      return DATE_IN_TEXT.test(text) ? 1 : RELATIVE_DATE_IN_TEXT.test(text) ? 0.5 : 0;
    case 'duration':
      return DURATION_IN_TEXT.test(text) ? 1 : DATE_IN_TEXT.test(text) ? 0.5 : 0;
    case 'number':
      return NUMBER_IN_TEXT.test(text) ? 1 : 0;
    case 'person':
      return hasTitledPerson(text) ? 1 : NAME_IN_TEXT.test(text) ? 0.5 : 0;
    case 'place':
      return PLACE_IN_TEXT.test(text) ? 1 : 0;
  }
}
