/**
 * Words that look like dates and are not: month names that are people's names ("criticism from
 * May, who…", "April Ryan"), weekdays inside names ("The Sunday Times", "Bloody Sunday",
 * "Black Friday") and numbers that count things ("reinforced by 1800 officers", "2000 km").
 *
 * Each test reads only the words next to the match (`before` ends where the match starts,
 * `after` starts where it ends), so it holds for any article, not only the ones seen.
 */
import { EVENT_STOP_WORDS as STOPWORDS } from '../text/stop-words.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';
import { partOfSpeechAfter } from './wink.js';
import { PLAN_CUES } from './plan-words.js';
import { anyOf } from '../text/word-class.js';
import { isMovedToTime } from './rescheduled.js';
import { startsPeriodAhead } from './period-start.js';
import { SCALE_VALUES } from '../text/notation-words.js';
import { TITLES } from '../search/second-references.js';
import { CLAUSE_OBJECT_VERBS } from './lexicon.js';

/** Months that are also common given names: read as a month only where a person cannot stand. */
const NAME_LIKE_MONTHS: ReadonlySet<string> = new Set(['April', 'May', 'June', 'August', 'Jan']);

/**
 * Words before a bare month that only a time can follow ("in May", "since June", "early
 * August", "spent June", "much of April", "as of June"). "from", "by", "of", "to" and "with" also take people ("criticism from May",
 * "appointed by May"), so a name-like month needs more after them (see {@link isMonthLookalike}).
 */
const TIME_ONLY_BEFORE = new RegExp(
  String.raw`\b(?:(?:day|days|week|month|part|half|much|most|all|rest)\s+of|spen[dt]|spends|spending|in|since|until|till|during|through|throughout|early|late|mid|last|next|this|before|after|(?:end|beginning|start|middle)\s+of|(?:${anyOf(PLAN_CUES)})\s+for|as\s+of)[\s-]+$`,
  'iu',
);

/**
 * Words of {@link TIME_ONLY_BEFORE} that take no clause and whose complement is always a time
 * ("during", "early", "much of", "as of"): a month after one is no subject, whatever verb follows.
 */
const NO_CLAUSE_BEFORE = new RegExp(
  String.raw`\b(?:(?:day|days|week|month|part|half|much|most|all|rest)\s+of|during|throughout|early|late|mid|(?:end|beginning|start|middle)\s+of|as\s+of)[\s-]+$`,
  'iu',
);

/** "in" and the word before it: "closed in", "confidence in". */
const WORD_BEFORE_IN = /(?<!\p{L})(\p{L}+)\s+in\s+$/iu;

/**
 * Prepositional verbs whose "in" takes a person (Quirk et al. 1985, §16.5: "believe in",
 * "confide in"): "voters who trusted in May felt let down".
 */
const IN_TAKES_PERSON = /^(?:believ|trust|confid)/iu;

/**
 * True when the text before a month ends in a preposition that takes no clause and heads an
 * adjunct of time: one of {@link NO_CLAUSE_BEFORE}, or "in" after a verb ("closed in", wink-nlp's
 * part of speech in context) that takes no person after "in". "in" after a noun may take a person
 * ("confidence in May collapsed"), so it does not count.
 */
function timeAdjunctBefore(before: string): boolean {
  if (NO_CLAUSE_BEFORE.test(before)) return true;
  const match = WORD_BEFORE_IN.exec(before);
  const word = match?.[1];
  if (match === null || word === undefined || IN_TAKES_PERSON.test(word)) return false;
  return partOfSpeechAfter(before.slice(0, match.index).trimEnd(), word) === 'VERB';
}

/** "from March to May", "between April and June": the end of a range of months is a time. */
const RANGE_END_BEFORE = new RegExp(
  `\\b(?:from|between)\\s+${MONTH_RE}\\s+(?:to|and|until|till|through)\\s+$`,
  'u',
);

/** "from May to July", "from June until": a range, so a time. */
const RANGE_AFTER = /^\s*(?:to|until|till|through|and|-|–|—)\s+(?:early\s+|late\s+|mid-?)?\p{Lu}/u;

/** A past participle before "by": "criticised by May" names the agent, not a deadline. */
const PARTICIPLE_BEFORE_BY = /\b\p{L}+(?:ed|en|wn|id)\s+by\s+$/iu;

/** A modal or "to" before the passive: "must be finished by", "is to be done by". */
const DEADLINE_BEFORE =
  /\b(?:must|will|shall|should|would|can|could|to|needs? to)\s+(?:\p{L}+\s+)?be\s+\p{L}+\s+by\s+$/iu;

/** What follows a name, never a month: a surname, "who", a possessive. */
const PERSON_AFTER = /^(?:\s+\p{Lu}\p{Ll}|,?\s+(?:who|whom|whose)\b|['’]s\b)/u;

/**
 * True when a month name standing without a day or a year ("in May") is more likely a person.
 *
 * - Followed by a capitalised word ("April Ryan"), by "who" or by a possessive, after a title
 *   ("Mrs May") or the subject of a verb of saying ("since Jan said"): a person
 *   ({@link namesPersonNotMonth}).
 * - A name-like month followed by a verb (wink-nlp's part of speech, not an auxiliary: "Since
 *   May took office"): a person; not a participle in -ing, which takes no subject ("in August
 *   owing £2m").
 * - For the months that are also given names (April, May, June, August, and "Jan" written without
 *   its full stop, as a given name is): a month only after
 *   words that take a time and not a person ("in", "since", "until", "early", "last", …), or
 *   after "from" when a range follows ("from May to July") or it starts a period a clause
 *   ahead plans ("will be trialled on Mill Street from May", period-start.ts), or after "by" as a deadline that
 *   ends the clause ("leave by May.") and does not follow a participle ("criticised by May"),
 *   or after "to" when a verb that only moves events in time governs it ("postponed to June",
 *   rescheduled.ts).
 *
 * @param month the month as written ("May", "Aug.")
 * @param before text before the match (at least 30 characters when the sentence has them)
 * @param after text after the match
 */
export function isMonthLookalike(month: string, before: string, after: string): boolean {
  if (namesPersonNotMonth(month, before, after)) return true;
  if (!NAME_LIKE_MONTHS.has(month)) return false;
  // "Since May took office": a month is never the subject of a verb of doing right after it.
  // A participle in -ing heads no clause of its own ("went into liquidation in August owing
  // £2m", "in June following the vote"), so it has no subject and names no one.
  // "The branch closed in May reopened on Monday": a preposition that takes no clause has a
  // noun phrase for its complement, never a subject and its verb (CGEL, Huddleston and Pullum
  // 2002, ch. 7 §2: "since", "until", "before", "after" also take a clause; "in" and "during" do
  // not), so the verb after the month belongs to the clause around it.
  if (timeAdjunctBefore(before)) return false;
  if (
    /^\s+\p{Ll}/u.test(after) &&
    !/^\s+\p{Ll}+ing(?![\p{L}])/u.test(after) &&
    partOfSpeechAfter(month, after) === 'VERB'
  )
    return true;
  if (TIME_ONLY_BEFORE.test(before) || RANGE_END_BEFORE.test(before)) return false;
  // "The vote has been postponed to June": the goal of a verb that only moves events in time.
  if (isMovedToTime(before)) return false;
  if (/\b(?:from|between)\s+$/iu.test(before))
    return !RANGE_AFTER.test(after) && !startsPeriodAhead(before);
  if (/\bby\s+$/iu.test(before)) {
    if (!/^\s*(?:[.,;:!?]|$)/u.test(after)) return true;
    // "must be finished by June" sets a deadline; "was praised by May" names who praised.
    return PARTICIPLE_BEFORE_BY.test(before) && !DEADLINE_BEFORE.test(before);
  }
  return true;
}

/** A courtesy title right before the word, with or without its full stop: "Mrs May", "Cllr. June". */
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${TITLES.join('|')})\\.?\\s+$`, 'u');

/**
 * A word that takes a time, and never a clause, as its complement right before the month ("in",
 * "during", "of", "last", "early"): "since", "until", "before" and "after" also take a clause
 * ("since Jan said it was unsafe"), and "by" a person (a passive's agent), so they are not here.
 */
const TIME_COMPLEMENT_BEFORE =
  /(?<![\p{L}])(?:in|on|at|during|of|from|through|throughout|last|next|this|early|late|mid|mid-)\s*$/iu;

/** The word right after, lower case: "said" in "May said". */
const WORD_AFTER = /^\s+(\p{Ll}+)(?![\p{L}])/u;

/** A reporting verb inverted before the word, which ends its clause: '…," said June.' */
const INVERTED_SAYING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...CLAUSE_OBJECT_VERBS].join('|')})\s+$`,
  'iu',
);

/**
 * True when a month's name written at this place names a person, whatever words of time are
 * near it: followed by a surname, "who" or a possessive ("May Lee said", "Jan Novak",
 * {@link PERSON_AFTER}); after a courtesy title ("Mrs May", "Councillor June": a title is
 * written before a person's name, BBC News Style Guide "Titles", second-references.ts); or the
 * subject of a verb of saying or thinking, after it ("June told members") or inverted before it
 * at the clause's end ('…," said June.'), which take a sentient subject (Levin 1993, English Verb
 * Classes and Alternations, §37 verbs of communication, §29.5 verbs of conjecture). A month may
 * "bring" rain ("June brought eleven millimetres"), so other verbs leave it in doubt.
 *
 * @param month the month's name as written ("May"): only a name-like one is read by its verb
 * @param before text before the month's name, up to it
 * @param after text after the month's name, from its end
 */
export function namesPersonNotMonth(month: string, before: string, after: string): boolean {
  if (TITLE_BEFORE.test(before)) return true;
  // "A report published in March said …": the complement of a preposition that takes a time
  // and no clause is that time, and the verb after it is the clause's around it (CGEL ch. 7 §2).
  if (TIME_COMPLEMENT_BEFORE.test(before)) return false;
  if (PERSON_AFTER.test(after)) return true;
  // Only a month that is also a given name is read as one by its verb.
  if (!NAME_LIKE_MONTHS.has(month)) return false;
  const verb = WORD_AFTER.exec(after)?.[1];
  if (verb !== undefined && CLAUSE_OBJECT_VERBS.has(verb)) return true;
  return INVERTED_SAYING_BEFORE.test(before) && /^\s*(?:[.,;!?]|$)/u.test(after);
}

/** Capitalised words that open a sentence before a weekday without naming anything ("Late Friday"). */
const TIME_WORDS =
  /^(?:late|early|starting|beginning|from|until|till|through|since|by|on|last|next|this|and|but|or|then|also|as|of|said|told|earlier|later|until)$/iu;

/**
 * True when `word`, right before a weekday, may make the two a name ("Black Friday", "Bloody
 * Sunday", "Super Tuesday") when it is capitalised: any word but a function word or a word of
 * time ("On Thursday", "Late Friday", "Last Friday").
 */
export function mayNameWithWeekday(word: string): boolean {
  return !STOPWORDS.has(word.toLowerCase()) && !TIME_WORDS.test(word);
}

/** Words after a weekday that make it part of a name or a kind of thing, not a day. */
const WEEKDAY_COMPOUND_AFTER =
  /^\s+(?:schools?|services?|prayers?|papers?|newspapers?|editions?|supplements?|league)\b/u;

/**
 * A plural part of the day after the weekday, or after the weekdays it is listed with: "on
 * Friday nights", "Friday and Saturday nights", "Friday, Saturday and Sunday evenings". A plural
 * names every such night, a set of times (TimeML's TIMEX3 of type SET, as "every Friday" and
 * "Fridays" are: Pustejovsky et al., TimeML 1.2.1, 2006), not one day: a standing rule or a
 * habit, never one event.
 */
const PLURAL_PART_OF_DAY = new RegExp(
  String.raw`^(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)${WEEKDAY_RE})*\s+(?:nights|evenings|mornings|afternoons|lunchtimes|nighttimes)(?![\p{L}])`,
  'iu',
);

/** Weekdays listed after "every" or "each", up to the one that follows the list's link. */
const LISTED_AFTER_EVERY = new RegExp(
  String.raw`\b(?:every|each)\s+${WEEKDAY_RE}(?:\s*,\s*${WEEKDAY_RE})*(?:\s*,)?\s*(?:,|and|or|&)\s*$`,
  'iu',
);

/**
 * True when a weekday is part of a name or a description rather than a day:
 *
 * - after a capitalised word other than a function word ("Bloody Sunday", "Black Friday",
 *   "Super Tuesday"; but "On Thursday", "Last Friday");
 * - before a capitalised word ("The Sunday Times", "Sunday Telegraph");
 * - after "the" ("on the Friday before the vote": some Friday of the story, not one counted
 *   from the publication date), or after "every"/"each" (a recurring day, as "every other" and
 *   "alternate" are), also further on in a list ("every Friday and Saturday");
 * - before a noun it classifies ("Sunday school", "Friday prayers");
 * - before a plural part of the day, alone or in a list of weekdays ("on Friday and Saturday
 *   nights"): a set of times, not one day.
 *
 * @param before text before the weekday (including a "last"/"next" the match may hold)
 * @param after text after the weekday (after a possessive "'s" when the match holds one)
 */
export function isWeekdayLookalike(before: string, after: string): boolean {
  const previous = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (previous !== undefined) {
    if (/^\p{Lu}/u.test(previous) && mayNameWithWeekday(previous)) return true;
    // "on the Friday before the vote", "every Friday", "the first Saturday of the new year".
    // "on a Wednesday", "any Friday": an indefinite article names no particular day (a
    // nonspecific noun phrase: Quirk et al. 1985, A Comprehensive Grammar, §5.26), so none is dated.
    if (/^(?:the|every|each|a|an|any|first|second|third|fourth|fifth|final)$/iu.test(previous))
      return true;
  }
  // "every other Tuesday", "on alternate Fridays": a recurring day too.
  if (/\b(?:(?:every|each)\s+(?:other|second|third|fourth)|alternate)\s+$/iu.test(before))
    return true;
  // "every Friday and Saturday", "each Monday, Wednesday and Friday": "every" takes the list.
  if (LISTED_AFTER_EVERY.test(before)) return true;
  if (PLURAL_PART_OF_DAY.test(after)) return true;
  if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !MONTH_AFTER.test(after)) return true;
  return WEEKDAY_COMPOUND_AFTER.test(after) || /^\s+of\b/u.test(after);
}

/** Parts of a day: "Sunday morning" is a time, not a kind of thing. */
const PART_OF_DAY =
  /^\s+(?:morning|afternoon|evening|night|overnight|noon|midday|midnight|lunchtime|daytime)\b/iu;
/** Words before a weekday that make it a day whatever follows ("on Sunday trading was…"). */
const DAY_BEFORE = /\b(?:on|by|until|till|since|from|before|after|this|last|next)\s+$/iu;

/**
 * "spent" (and its other forms) right before a weekday: spending a stretch of time, then an -ing
 * clause telling what filled it ("spent Thursday meeting growers"), makes the weekday that
 * stretch, a day. Not "passed", whose object in news is mostly a law or a test ("passed Sunday
 * trading laws"), nor money spent, which takes a determiner ("spent the Sunday takings").
 */
const SPENT_BEFORE = /\b(?:spen[dt]|spends|spending)\s+$/iu;
/** An -ing form right after the weekday ("meeting", "visiting"). */
const ING_AFTER = /^\s+\p{Ll}{2,}ing\b/u;

/**
 * True when a weekday classifies the noun after it rather than naming a day: "relaxed Sunday
 * trading rules", "the Saturday market", "said Monday talks would resume" (where the day is
 * in doubt). Not after a word that makes it a day ("on Sunday", "last Friday"), not before
 * a part of the day ("Sunday morning"), and not as the object of "spent" before an -ing form
 * ("spent Thursday meeting growers": the day the meeting filled, not a "Thursday meeting";
 * "passed Sunday trading laws" is a classifier still). The noun is wink-nlp's part of speech in
 * context.
 *
 * @param before text before the weekday
 * @param weekday the weekday as written
 * @param after text after it
 */
export function isWeekdayClassifier(before: string, weekday: string, after: string): boolean {
  if (DAY_BEFORE.test(before) || PART_OF_DAY.test(after) || !/^\s+\p{Ll}/u.test(after))
    return false;
  if (SPENT_BEFORE.test(before) && ING_AFTER.test(after)) return false;
  return partOfSpeechAfter(`${before}${weekday}`, after) === 'NOUN';
}

/** "Thursday Aug. 27": a date follows, not a name. */
const MONTH_AFTER = new RegExp(`^\\s+${MONTH_RE}(?!\\p{L})`, 'u');

/** Units of measure: "10 km", "1800 tonnes", "1500 per cent". */
const MEASURES =
  /^(?:km|kms|kilometres?|kilometers?|m|metres?|meters?|miles?|ft|feet|yards?|cm|mm|kg|kilos?|kilograms?|g|grams?|t|tonnes?|tons?|lbs?|pounds?|ha|hectares?|acres?|sq|square|cubic|litres?|liters?|gallons?|barrels?|mw|gw|kw|kwh|mph|kph|km\/h|dollars?|euros?|roubles?|rubles?|yuan|yen|francs?|percent|per|pc)$/iu;
/** The scale words after a figure ("2 million", "5bn"); "m" after one is read as the metre here. */
const COUNTED_SCALES = [...SCALE_VALUES.keys()].filter((word) => word !== 'm');
/** Words of number and nouns of people a number can count: "2 million", "1800 officers". */
const COUNTED = new RegExp(
  String.raw`^(?:${COUNTED_SCALES.join('|')}|strong|odd|additional|extra|people|police|personnel|staff|infantry|cavalry|troops?|soldiers?|officers?|votes?|seats?|cases?|deaths?|times?)$`,
  'iu',
);

/**
 * Words that close the name of a street or a place ("14 March Lane", "Fourth of July Street",
 * "May Day Square"): a date right before one is part of the name, not a time.
 */
const PLACE_WORD_AFTER =
  /^\s+(?:Lane|Street|St|Road|Rd|Avenue|Ave|Square|Sq|Close|Way|Place|Drive|Terrace|Crescent|Row|Court|Gardens|Parade|Boulevard|Walk|Mews|Quay|Bridge|Station|Park)\b/u;

/** True when `after` (the text right after a date) goes on with a street or place word. */
export function isPlaceNameAfter(after: string): boolean {
  return PLACE_WORD_AFTER.test(after);
}

/**
 * True when a unit of measure follows a number (`after`: the text right after it): "March 10 km
 * markers", "will march 10 miles". A day of a month is never measured, so "March 10" before one
 * is a month word before a distance, or in doubt, and is no date.
 */
export function isMeasureAfter(after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{L}/]*)/u.exec(after)?.[1];
  return next !== undefined && MEASURES.test(next);
}

/** A clock time in the 24-hour form: "until 1800 GMT", "2100 hours", "1800 local time". */
const CLOCK_AFTER =
  /^\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z|hrs|hours|h|local\s+time)(?![\p{L}])/u;

/** Words ending in "s" that are not plural nouns, so may follow a year ("since 2016 has"). */
const NOT_A_COUNT =
  /^(?:was|has|is|does|says|seems|remains|goes|marks|sees|as|its|this|his|thus|plus|us|yes|less|unless|across|towards?)$/iu;

/**
 * True when a four-digit number is a count, a measure or a clock time rather than a year:
 * followed by a time zone or "hours" ("until 1800 GMT"), by a
 * unit or by a plural noun ("by 1800 officers", "of 1500 people", "2000 km", "1800-strong"),
 * by "of the/its/their…" ("1800 of its officers"), or by a per cent sign.
 *
 * @param after the text right after the number
 * @param afterTimeWord after a word that takes a time ("in", "since", "after"), the text from a
 *   little before up to the end of the number: there a word in -s makes the number a count only
 *   when wink-nlp, reading it in that context, tags it a noun ("in 1800 homes", "after 2000
 *   signatures"). Empty after "since", which takes no count ("since 1952 stands" is a year):
 *   only a unit makes a measure there. Null elsewhere.
 */
export function isCountLookalike(after: string, afterTimeWord: string | null = null): boolean {
  if (CLOCK_AFTER.test(after)) return true;
  if (/^\s*(?:%|-\s*(?:strong|odd|plus)\b)/iu.test(after)) return true;
  if (
    afterTimeWord === null &&
    /^\s+of\s+(?:the|its|his|her|their|our|them|whom|which|those|these)\b/iu.test(after)
  )
    return true;
  const next = /^\s+(\p{Ll}[\p{L}/]*)/u.exec(after)?.[1];
  if (next === undefined) return false;
  if (MEASURES.test(next) || COUNTED.test(next)) return true;
  const plural =
    next.length >= 4 && /[^su]s$/u.test(next) && !STOPWORDS.has(next) && !NOT_A_COUNT.test(next);
  if (!plural) return false;
  // After "in" or "since" a word in -s may be a verb ("since 1933 appears"): only a noun
  // ("in 1800 homes", "after 2000 signatures") makes the number a count there.
  if (afterTimeWord === null) return true;
  return afterTimeWord !== '' && partOfSpeechAfter(afterTimeWord, after) === 'NOUN';
}
