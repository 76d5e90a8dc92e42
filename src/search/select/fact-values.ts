/**
 * The values a sentence states that two reports of one event can differ on: dates, numbers,
 * places and actors, each read by a general pattern. Used to tell the same fact from a
 * different one, and a disagreement from an agreement (fact-relation.ts).
 */
import { isUsuallyNoun } from '../../text/nouns.js';
import { MONTH_RE, MONTHS, monthNumber, WEEKDAY_RE, WEEKDAYS } from '../../text/months.js';
import { STOP_WORDS } from '../../text/stop-words.js';
import { namesCoordinatedAfter } from '../../text/coordinated-names.js';
import { endsPossessive, withoutClosingMark } from '../../text/possessive.js';
import { termsOf } from '../../text/terms.js';
import { YEAR_DIGITS } from '../../text/year.js';
import { dualCounts } from './fact-dual.js';
import { TONNE_SYMBOL_OF, unitName } from './fact-units.js';
import { isMetres } from './metres-or-million.js';
import {
  CURRENCY_SIGN,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  NAMED_CURRENCIES,
  NOTATION_SCALE_WORDS,
  SCALE_VALUES,
  SCALE_WORD_VALUES,
  SCALE_WORDS,
  SHARE_WORDS,
} from '../../text/notation-words.js';
import { passingVerbStart } from './fact-passing.js';
import { rangeUnits } from './fact-range-units.js';
import { SUBORDINATE_OPENER } from './fact-clauses.js';
import { ORDINAL_DAY, ordinalDay } from '../../timeline/spelled-ordinals.js';
import { matchesOf } from '../../text/matches-of.js';

/** A date as precise as the text gives it; a missing part is null. */
export interface StatedDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** What a sentence states. */
export interface FactValues {
  dates: StatedDate[];
  /**
   * Numbers, not counting years or days of dates, as values: "200", "1,200" → "1200", "two" →
   * "2", "$218 million" and "$218m" → "218000000"; a vague count as written ("dozens",
   * "hundreds", "tens of thousands"), so "dozens" and "20", or "tens of thousands" and
   * "thousands", count as different.
   */
  numbers: string[];
  /**
   * How many of `numbers` are a "both" (fact-dual.ts): a count of a set the reader already
   * knows, not news of its size, so it counts only against a count on the other side.
   */
  duals: number;
  /** Each number with what it counts: the term of the next content word ("200 protesters"). */
  counts: Array<{ value: string; unit: string }>;
  /** Weekdays named (0 Sunday … 6 Saturday), not in names such as "The Sunday Times". */
  weekdays: number[];
  /**
   * Weekdays named with the date they fall on ("Tuesday 12 March", "Tuesday, March 12, 2019"):
   * the date says which day is meant, so another weekday for it contradicts it.
   */
  weekdayDates: Array<{ weekday: number; date: StatedDate }>;
  /** Ordinals ("second", "3rd") that are not days of dates or shares ("a third of"). */
  ordinals: number[];
  /**
   * Proper names with the word that follows them ("the Harlow county council" → Harlow,
   * "counti"): two reports naming different bodies of one kind are about different things.
   */
  namedHeads: Array<{ name: string; head: string }>;
  /** Capitalised names after "in", "at", "from" … ("in the city of Minsk" → "Minsk"). */
  places: string[];
  /**
   * {@link places} with the names listed after each ("in Harrowby, Kelby and Low Ashby": all
   * three; text/coordinated-names.ts): every place a passage puts its report in, where `places`
   * holds each list's first. Two reports whose lists share a place do not disagree on where.
   */
  listedPlaces: string[];
  /** Capitalised names before a verb of saying or doing, at the start of a clause. */
  actors: string[];
  /**
   * Where each date, weekday and number stands (offset in the text), so that values in the same
   * place of two passages' shared wording can be compared (fact-relation.ts).
   */
  positioned: PositionedValue[];
  /**
   * Counts of nought stated in words ("None was taken to hospital", "no passengers", "nobody"),
   * each with where its words stand and what it counts when it says ("none of the passengers",
   * "no passengers": "passeng"; "none", "nobody": null). Kept apart from `numbers`: the same
   * words deny (fact-stance.ts), and only a comparison of counts reads them as a value.
   */
  zeros: ZeroCount[];
}

/** A count of nought stated in words. */
export interface ZeroCount {
  at: number;
  end: number;
  unit: string | null;
}

/** "none (of the X)", "nobody", "no one", or "no" before a noun (not "no longer", "no more than"). */
const ZERO_COUNT =
  /\b(?:(none)\b(?:\s+of\b)?|nobody\b|no[\s-]one\b|(no)\s+(?!(?:longer|later|more|less|fewer|sooner|matter|doubt|way|one)\b)(?=\p{L}))/giu;

/** The counts of nought a text states in words ({@link FactValues.zeros}). */
export function zeroCounts(text: string): ZeroCount[] {
  return [...matchesOf(text, ZERO_COUNT)].map((m) => {
    const end = m.index + m[0].length;
    const counted = m[2] !== undefined || (m[1] !== undefined && /of$/i.test(m[0]));
    return { at: m.index, end, unit: counted ? nextTerm(text.slice(end)) : null };
  });
}

/** A date, weekday or number with its offset in the text. */
export type PositionedValue =
  | { aspect: 'date'; at: number; date: StatedDate }
  | { aspect: 'date'; at: number; weekday: number }
  | {
      aspect: 'number';
      at: number;
      number: string;
      kind: NumberKind;
      unit: string | null;
      /**
       * "more than 600" is a lower bound, "fewer than 600" an upper one, "nearly 600" a little
       * below 600, "just over 600" a little above it; null: no bound stated.
       */
      bound: Bound | null;
      /** Stated as approximate ("about 250", "around 9,400", "an estimated 40"). */
      approximate: boolean;
      /**
       * Written with a scale word ("£2.4m", "1.2 million", "40k"): a figure rounded to its last
       * written digit, not an exact one (fact-qualifiers.ts `statedRange`).
       */
      rounded: boolean;
      /**
       * For money, its currency as a sign ("£2.4m", "250,000 pounds" → "£"; "$", "€", "¥"), or
       * the currency's word when it has no sign listed ("crowns"); null for other kinds.
       */
      currency: string | null;
    };

/**
 * Which side of a number a bound word puts the value on: "lower" (at least it: "more than",
 * "over", "at least"), "upper" (at most it: "fewer than", "under", "up to"), "below" (a little
 * below it: "nearly", "almost", "just under"), "above" (a little above it: "just over").
 */
export type Bound = 'lower' | 'upper' | 'below' | 'above';

/**
 * "Up to" as a numeral's modifier ("up to 300 bathers"), not after a form of "go": "went up to
 * £2.6m" is the phrasal verb "go up" (WordNet 3.1 rise.v.02, "increase in value or to a higher
 * point"), its particle and then "to" before the level reached, its goal (Quirk et al. 1985,
 * §16.2 on particles, ch. 9 on the goal), no bound on the figure.
 */
const UP_TO = String.raw`(?<!\b(?:go|goes|going|gone|went)\s+)up\s+to`;

/**
 * The modifiers of a cardinal numeral (Huddleston & Pullum 2002, The Cambridge Grammar of the
 * English Language, ch. 5, the modifiers of numerals in noun phrases; Quirk et al. 1985, ch. 8,
 * the approximators "almost", "nearly" among the downtoners): words that bound a number from below or
 * above, put it a little short of or past the figure, or make it approximate. Each is the
 * words as a regex alternation; {@link beforeNumber} reads them right before a figure. "A
 * minimum of" and "a maximum of" bound a figure as "at least" and "at most" do (a minimum, "the
 * least quantity assignable, admissible, or possible": Merriam-Webster; so "closed for at least
 * six weeks" / "shut for a minimum of 42 days" state one bound).
 */
const LOWER_BOUND_WORDS = String.raw`more than|over|at least|a minimum of|upwards of|in excess of|above|exceeding|no fewer than|no less than`;
const UPPER_BOUND_WORDS = String.raw`fewer than|less than|under|${UP_TO}|at most|a maximum of|no more than|below`;
/**
 * Words that put a number a little below or above the figure: "nearly 10,000" is not 10,000 nor
 * 6,000 but a figure just short of it. Read before the bounds ("just under", "just over" end in
 * their words).
 */
const JUST_BELOW_WORDS = String.raw`nearly|almost|just\s+(?:under|below|short\s+of|shy\s+of)|not\s+quite|a\s+little\s+(?:under|below|less\s+than)|slightly\s+(?:under|below|less\s+than|fewer\s+than)`;
const JUST_ABOVE_WORDS = String.raw`just\s+(?:over|above|more\s+than)|a\s+little\s+(?:over|above|more\s+than)|slightly\s+(?:over|above|more\s+than)`;
const APPROXIMATE_WORDS = String.raw`about|around|approximately|roughly|some|circa|an estimated|estimated|or so|close to|in the region of`;

/**
 * Every modifier of a cardinal numeral above, as one regex alternation (no groups), longest
 * first where one ends another's words: what a reader of quantities lets stand before a figure
 * ("took about 15 minutes", "in less than 11 minutes").
 */
export const NUMBER_MODIFIER = [
  JUST_BELOW_WORDS,
  JUST_ABOVE_WORDS,
  LOWER_BOUND_WORDS,
  UPPER_BOUND_WORDS,
  APPROXIMATE_WORDS,
].join('|');

/** `words` right before a number (and its currency sign). */
function beforeNumber(words: string): RegExp {
  return new RegExp(String.raw`\b(?:${words})\s*${CURRENCY_SIGN}?\s*$`, 'i');
}

/** Words right before a number that bound it from below or above. */
const LOWER_BOUND = beforeNumber(LOWER_BOUND_WORDS);
const UPPER_BOUND = beforeNumber(UPPER_BOUND_WORDS);
const JUST_BELOW = beforeNumber(JUST_BELOW_WORDS);
const JUST_ABOVE = beforeNumber(JUST_ABOVE_WORDS);

/** Words right before a number (and its currency sign) that make it approximate. */
export const APPROXIMATE = beforeNumber(APPROXIMATE_WORDS);

/**
 * Where the words that bound or approximate a number at offset `at` begin ("more than", "around",
 * "an estimated"), so that what stands before a count can be read past them; `at` when there
 * are none.
 */
export function qualifierStart(text: string, at: number): number {
  const before = text.slice(0, at);
  let start = at;
  for (const words of [JUST_BELOW, JUST_ABOVE, LOWER_BOUND, UPPER_BOUND, APPROXIMATE]) {
    const m = words.exec(before);
    if (m !== null) start = Math.min(start, m.index);
  }
  return start;
}

function boundOf(before: string): Bound | null {
  if (JUST_BELOW.test(before)) return 'below';
  if (JUST_ABOVE.test(before)) return 'above';
  // "has passed 12,000" states as much as "more than 12,000" (fact-passing.ts).
  if (LOWER_BOUND.test(before) || passingVerbStart(before) !== null) return 'lower';
  return UPPER_BOUND.test(before) ? 'upper' : null;
}

/**
 * What a number measures: money ("$218 million", "€16.1m"), a share ("60 percent", "12%"), a
 * tally of a vote or a score ("voted 8-5", "by nine votes to four": one value, "9-4"), a
 * person's age ("Sarah Pennington, 38,", "aged 38", "a 79-year-old man"), or a count of
 * something else. Numbers of different kinds are never two values of one thing: an age is not
 * set against "two children".
 */
export type NumberKind = 'money' | 'share' | 'tally' | 'age' | 'count';

const CURRENCY_BEFORE = new RegExp(`(${CURRENCY_SIGN})\\s*$`);
/** The forms of a named currency's name, as a regex alternation. */
const currencyForms = (sign: string | null): string =>
  NAMED_CURRENCIES.filter((c) => c.sign === sign)
    .flatMap((c) => c.forms)
    .join('|');
/**
 * A currency named after an amount, one group for each of {@link NAMED_SIGNS}; "US" and
 * "American" may qualify the dollar, "British" and "sterling" the pound.
 */
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s*(?:(?:US\s+|American\s+)?(${currencyForms('$')})|(${currencyForms('€')})|(?:(?:British|sterling)\s+)?(${currencyForms('£')})(?:\s+sterling)?|(${currencyForms('¥')})|(${currencyForms(null)}))\b`,
  'i',
);
/** The sign of a currency named in words after its amount, by CURRENCY_AFTER's groups. */
const NAMED_SIGNS = ['$', '€', '£', '¥'];

/**
 * The currency of an amount, as its sign ("£2.4m" and "2.4 million pounds" → "£"), or the word
 * for a currency with no sign listed, singular and lower case ("crown"); null when it is no money.
 * "$" is any dollar: an amount in "US dollars" and one in "$" are read alike.
 */
function currencyOf(before: string, after: string): string | null {
  const sign = CURRENCY_BEFORE.exec(before)?.[1];
  if (sign !== undefined) return sign;
  const m = CURRENCY_AFTER.exec(after);
  if (m === null) return null;
  const group = [1, 2, 3, 4].find((i) => m[i] !== undefined);
  return group === undefined
    ? (m[5] as string).toLowerCase().replace(/s$/, '')
    : (NAMED_SIGNS[group - 1] as string);
}
const SHARE_AFTER = new RegExp(
  String.raw`^\s*(?:%|(?:${SHARE_WORDS})\b|percentage points?\b)`,
  'i',
);
/**
 * The notations of one share after its figure: "5 per cent", "5 percent" and "5%" are one value
 * (a percentage point is another measure, and stays a word of what is said).
 */
const SHARE_NOTATION = new RegExp(String.raw`^\s*(?:%|(?:${SHARE_WORDS})\b)`, 'i');
/**
 * The unit of a share stated in percentage points: the term of "percentage", which is read as
 * its unit as the next word (a percentage point is a measure of its own, not a per cent).
 */
export const PERCENTAGE_POINT_UNIT = (): string => termsOf('percentage')[0] ?? 'percentag';
/** "times" after a count: "three times a week", "two times" (a multiplicative, as "twice" is). */
const TIMES_AFTER = /^\s*times\b/i;
/** A scale word after a figure in digits ("231 million"): "231m" writes the same value. */
const SCALE_AFTER = new RegExp(String.raw`^\s*(?:${NOTATION_SCALE_WORDS.join('|')})\b`, 'i');

/**
 * How many characters of `after`, the text right after a figure, write the figure's notation
 * rather than what it counts: a share's words ("per cent", "percent", "%") or a currency's name
 * ("pounds", "US dollars"). Compared as the value's kind and currency ({@link numberKind},
 * {@link currencyOf}), they are no part of what is counted: "a 3 per cent pay rise" and "a 4% pay
 * rise" both count a pay rise, "2.4 million pounds for repairs" and "£2.4m for repairs" repairs.
 */
function notationLength(after: string): number {
  return (SHARE_NOTATION.exec(after) ?? CURRENCY_AFTER.exec(after))?.[0].length ?? 0;
}

/**
 * Multiplicative numerals (Quirk et al. 1985, 7.94, 8.64: "once", "twice", "thrice" are the
 * adverbs of "one time", "two times", "three times"), by value. "Once" is as often a conjunction
 * ("once the line opens") or an adverb of former time ("once a port"), so it is read as a count
 * only where it can be nothing else ({@link ONCE_COUNT}).
 */
const MULTIPLICATIVES: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);
/** A period a frequency is counted in ("once a week", "twice every year"). */
const PERIOD = String.raw`(?:day|night|week|fortnight|month|year|decade|season|term|hour|minute|quarter|century)`;
/**
 * "Once" as a count (case kept: a capital after it is a name): before a period ("once a week", "once every month"), or after a word that
 * bounds or restricts a count ("only once", "more than once", "at least once") and not before a
 * clause's subject, which makes it the conjunction ("only once the line opens").
 */
const ONCE_COUNT = String.raw`\b[Oo]nce(?=\s+(?:a|an|per|every|each)\s+${PERIOD}\b)|(?<=\b(?:only|just|exactly|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than)\s+)once\b(?!\s+(?:the|a|an|it|its|they|their|he|his|she|her|we|our|you|this|that|these|those|\p{Lu}\p{L}*)\b)`;
/**
 * A multiplicative read as a count ({@link MULTIPLICATIVES}); not one before a determiner (but
 * "a" before a period: "twice a week") or "as", where it multiplies a quantity named after it ("twice the target", "twice as many",
 * "twice what it was": a predeterminer or a comparison, Quirk et al. 1985, 5.15, 15.67), which is
 * no count of times.
 */
const MULTIPLICATIVE_PATTERN = new RegExp(
  String.raw`\b(?:[Tt]wice|[Tt]hrice)\b(?!\s+(?:the|as|that|this|these|those|its|their|his|her|our|my|your|what)\b|\s+an?\s+(?!${PERIOD}\b))|${ONCE_COUNT}`,
  'gu',
);
/** The term a multiplicative counts, as after "two times": "time". */
const TIMES_TERM = () => termsOf('times')[0] ?? 'time';

/** "aged 38", "at the age of 38", "age 38". */
const AGE_BEFORE = /\b(?:aged|age(?:\s+of)?)\s*$/i;
/** "38-year-old", "38 years old", "38 years of age". */
const AGE_AFTER = /^[\s-]*years?[\s-]+(?:old|of\s+age)\b/i;
/**
 * A number set off by commas right after a capitalised name, closing there ("Sarah
 * Pennington, 38, of Upper Kelsall"; "…, said Tom Reyne, 52."), or after a noun for a person
 * not named ("a man, 34, was arrested"): the news style for a person's age (AP Stylebook, "ages":
 * "the man, 34,", "a 34-year-old man").
 */
const APPOSITION_BEFORE =
  /(?:[A-Z][\p{L}’'-]+|\b(?:man|woman|boy|girl|teenager|driver|pedestrian|motorcyclist|cyclist|pensioner)),\s*$/u;

/**
 * The words of an age around its number, which say that the number is an age, nothing of what is
 * reported: "year" and "old" of "a 34-year-old man", "years of age", "aged". As [start, end)
 * offsets; a comparison reads them as part of the value (fact-relation.ts), so "a 34-year-old
 * man" and "a man, 34," share every content word. An age compound with no noun after it stands
 * for the person ("The 61-year-old told reporters …": fact-described-person.ts), so its words
 * are content there: the person is not named, and may be another.
 */
export function ageWordSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Both patterns hold a digit; most sentences hold none, and "\b(?:aged|age…)" is tried at every
  // word boundary (Cox 2012, "Regular Expression Matching with a Trigram Index": filter by
  // what a pattern requires before running it).
  if (!DIGIT.test(text)) return spans;
  for (const m of matchesOf(text, /\d(?=[\s-]*years?[\s-]+(?:old|of\s+age)\b)/gu)) {
    const start = m.index + 1;
    const words = AGE_AFTER.exec(text.slice(start));
    if (words === null) continue;
    const end = start + words[0].length;
    const attributive = /^-/u.test(words[0]);
    const next = /^\s+([\p{Ll}]+)/u.exec(text.slice(end))?.[1];
    if (!attributive || (next !== undefined && isUsuallyNoun(next))) spans.push({ start, end });
  }
  for (const m of matchesOf(text, /\b(?:aged|age(?:\s+of)?)(?=\s*\d)/giu))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The words that approximate or bound a figure ("around 300", "some 350", "more than 600":
 * {@link qualifierStart}), as [start, end) offsets: they say how exact the value is, which the
 * value's range holds (fact-qualifiers.ts), nothing of what is reported; "about 300 residents"
 * and "around 300 residents" share every content word. A figure is one in digits or an exact
 * count in words.
 */
export function qualifierWordSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const tallies = tallySpans(text);
  for (const m of matchesOf(text, FIGURE_START)) {
    // "has passed 12,000" bounds the figure as "more than 12,000" does (fact-passing.ts); a
    // motion that "passed 9-4" was carried, a vote's outcome, not a bound on its tally.
    const tally = tallies.some((span) => m.index >= span.start && m.index < span.end);
    const passing = tally ? null : passingVerbStart(text.slice(0, m.index));
    const start = passing ?? qualifierStart(text, m.index);
    if (start < m.index) spans.push({ start, end: m.index });
  }
  return spans;
}

const APPOSITION_AFTER = /^\s*(?:[,;)]|\.(?:\s|$))/;

function numberKind(before: string, after: string): NumberKind {
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return 'money';
  if (
    AGE_BEFORE.test(before) ||
    AGE_AFTER.test(after) ||
    (APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after))
  )
    return 'age';
  return SHARE_AFTER.test(after) ? 'share' : 'count';
}

const MONTH_WORD = MONTH_RE;
/**
 * "Nov. 19, 2020", "November 19", "November 2020", "19 November 2020", "4 November", "the 4th of
 * November"; the year one in prose (text/year.ts: "in March 1200 people marched" is a count).
 */
const DATE_PATTERN = new RegExp(
  `\\b(?:(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR_DIGITS}))?|(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+(${MONTH_WORD})(?:,?\\s+(${YEAR_DIGITS}))?|(${MONTH_WORD})\\s+(?:of\\s+)?(${YEAR_DIGITS}))\\b`,
  'g',
);
/**
 * A day of the month written as an ordinal in words, with its month and year: "the twenty-fifth
 * of November 2024", "March the first". English writes the ordinals 21st–31st as a compound of
 * the tens word and the unit's ordinal joined by a hyphen, the whole one ordinal (Quirk et al.
 * 1985, §6.63–6.64): "twenty-fifth" is the 25th, no count of twenty and a "fifth"
 * (timeline/spelled-ordinals.ts reads the same words for the timeline).
 */
const WORD_DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<!\p{L})[Tt]he\s+${ORDINAL_DAY}\s+of\s+(?<month>${MONTH_WORD})(?:,?\s+(?<year>${YEAR_DIGITS}))?(?![\p{L}\d])`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<!\p{L})(?<month>${MONTH_WORD})\s+the\s+${ORDINAL_DAY}(?![\p{L}-])(?:,?\s+(?<year>${YEAR_DIGITS})(?!\d))?`,
    'gu',
  ),
];
/** What every match of {@link WORD_DATE_PATTERNS} holds: "the", then "of" or a month before it. */
const MAYBE_WORD_DATE = /\bthe\s+[a-z]+(?:[-\s–][a-z]+)?\s+of\s+[A-Z]|[A-Z][a-z]+\.?\s+the\s+[a-z]/;

/** Each day of a month written as an ordinal in words ({@link WORD_DATE_PATTERNS}), where it stands. */
function wordDates(text: string): Array<{ start: number; end: number; date: StatedDate }> {
  if (!MAYBE_WORD_DATE.test(text)) return [];
  const found: Array<{ start: number; end: number; date: StatedDate }> = [];
  for (const pattern of WORD_DATE_PATTERNS)
    for (const m of matchesOf(text, pattern)) {
      const day = ordinalDay(m.groups?.ordinal ?? '');
      if (day === undefined) continue;
      const year = m.groups?.year;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        date: { month: monthOf(m.groups?.month ?? ''), day, year: year ? Number(year) : null },
      });
    }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * The words of each day of a month written as an ordinal in words ("the twenty-fifth of November
 * 2024"), as [start, end) offsets: a date, compared as a date, as "25 November 2024" is, so its
 * ordinal's words are no content of what is reported.
 */
export function wordDateSpans(text: string): Array<{ start: number; end: number }> {
  return wordDates(text).map(({ start, end }) => ({ start, end }));
}

/** A month's full name alone, after a word that makes it a time ("in May", not "May Fennick"). */
const BARE_MONTH_PATTERN = new RegExp(
  `\\b(?:in|since|until|till|by|from|during|early|late|mid|last|next|this|through|before|after)[\\s-]+(${[...MONTHS.keys()].filter((m) => m.length > 3 || m === 'May').join('|')})\\b(?!\\s+\\d)`,
  'g',
);
/** Exact counts written as words, by value ("one" is left out: it is as often a pronoun). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen'
  )
    .split(' ')
    .map((word, i) => [word, i + 2] as const)
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((word, i) => [word, (i + 2) * 10] as const),
    ),
);
/**
 * The unit after a tens word's hyphen ("forty-one", "twenty-five"): "one" too, which there can
 * only be the numeral (English writes the cardinals 21–99 as tens and unit joined by a hyphen:
 * Quirk et al. 1985, 6.63), as a regex alternation.
 */
const HYPHENED_UNIT = `(?:${[...NUMBER_WORDS.keys()].join('|')}|one)`;

/** The value of a number word, "one" counted as after a hyphen ({@link HYPHENED_UNIT}); 0 for another word. */
function numberWordValue(word: string): number {
  return word === 'one' ? 1 : (NUMBER_WORDS.get(word) ?? 0);
}

/**
 * The hundredths of an amount told by its currency's name and a number after it, closing its
 * phrase: "twelve pounds fifty", "5 euros 20" (Swan, Practical English
 * Usage, 4th ed. 2016, "numbers": money, "£3.75 three pounds seventy-five"). The number (group 1,
 * 1–99 in words or in two digits) must end the phrase (a stop, a comma, a bracket, the end or
 * a function word: "from twelve pounds fifty to nine pounds"; group 2 is the word after it), or it
 * would count a noun after it ("five pounds fifty people"; "ten pounds fifty pence" is left as
 * it is).
 */
const HUNDREDTHS_AFTER = new RegExp(
  String.raw`^\s+(?:pounds|euros|dollars)\s+((?:${[...NUMBER_WORDS.keys()].join('|')})(?:-${HYPHENED_UNIT})?|one|\d{2})(?=\s*(?:[.,;:)]|$)|\s+([\p{L}’']+))`,
  'iu',
);

/** {@link HUNDREDTHS_AFTER} at the start of `after`, its number closing the phrase; null if none. */
function hundredthsAfter(after: string): RegExpExecArray | null {
  const m = HUNDREDTHS_AFTER.exec(after);
  return m === null || (m[2] !== undefined && !STOP_WORDS.has(m[2].toLowerCase())) ? null : m;
}

/** The value of {@link HUNDREDTHS_AFTER}'s number: 1–99, else 0. */
function subunitValue(written: string): number {
  if (/^\d/.test(written)) return Number(written);
  const [tens, unit] = written.toLowerCase().split('-');
  const value = numberWordValue(tens as string) + (unit === undefined ? 0 : numberWordValue(unit));
  return value < 100 ? value : 0;
}
/** Exact numbers written as words, by value ("eleven" 11, "twenty" 20). */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = NUMBER_WORDS;
/** Exact numbers written as words ("eleven", "twenty"): values, not content. */
export const NUMBER_WORD_LIST: readonly string[] = [...NUMBER_WORDS.keys()];
/** Where a figure begins: a digit, a currency sign before one, or an exact count in words. */
const FIGURE_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:${CURRENCY_SIGN}\s*)?\d|\b(?:${NUMBER_WORD_LIST.join('|')})\b`,
  'giu',
);
/**
 * The indefinite quantifiers that take a plural count noun and state its number roughly
 * ("several agreements", "a few cases"), as written: Quirk et al. 1985, "A Comprehensive Grammar
 * of the English Language", §5.25 (closed-class quantifiers with plural count nouns). Not
 * "many" or "few", which judge the number as large or small rather than state it.
 */
export const INDEFINITE_COUNT_QUANTIFIERS: readonly string[] = ['several', 'a few'];
/**
 * The words of vague counts, as a regex alternation: "dozen", the plural of each scale word
 * ("dozens", "hundreds", … "trillions") and "scores".
 */
export const VAGUE_COUNT_WORDS = ['dozen', ...SCALE_WORDS.map((word) => `${word}s`), 'scores'].join(
  '|',
);
/** Vague counts, kept as written. */
const VAGUE_COUNTS = new RegExp(`^(?:${VAGUE_COUNT_WORDS})$`, 'i');
/**
 * What follows the hour of a time of day ("10am", "9.15pm", "10 a.m.", "10:30"): a clock
 * reading, not a count.
 */
const CLOCK_AFTER = String.raw`[.:]\d|\s?[ap]\.?m\b\.?`;
/**
 * A half added to a whole number written in words ("eight and a half", "one and a half"): a mixed
 * number, the whole and the fraction joined by "and" (Quirk et al. 1985, §6.64 on fractions;
 * Chicago Manual of Style, 17th ed., 9.15: "two and a half"), so "eight and a half million" is
 * 8,500,000, as "8.5 million" is, and "three and a half weeks" 3.5 weeks.
 */
const AND_A_HALF = String.raw`\s+and\s+a\s+half`;
/** {@link AND_A_HALF} ending a number's words. */
const ENDS_AND_A_HALF = new RegExp(`${AND_A_HALF}$`, 'i');
/**
 * The ordinal of a unit after a tens word's hyphen ("twenty-fifth", "thirty-first"): the compound
 * is one ordinal (Quirk et al. 1985, §6.63–6.64), not a count of twenty, as a regex alternation.
 */
const ORDINAL_UNIT = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
/** The tens words, as a regex alternation. */
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/**
 * A count: digits ("1,200", "3.5") or number words ("twenty-five", "eight and a half"), then an
 * optional multiplier; or a vague count ("dozens", "tens of thousands": one count, of its own size).
 */
const COUNT_PATTERN = new RegExp(
  `(?<![\\d.,:])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?!\\d|,\\d|(?:st|nd|rd|th)\\b|${CLOCK_AFTER})(?:\\s*(${[...SCALE_VALUES.keys()].join('|')})\\b)?` +
    `|\\b((?:${[...NUMBER_WORDS.keys()].join('|')})(?:-${HYPHENED_UNIT})?(?:${AND_A_HALF})?|(?:half\\s+)?an?|one(?:${AND_A_HALF})?)\\s+(${SCALE_WORDS.join('|')})\\b` +
    `|\\b(${[...NUMBER_WORDS.keys()].join('|')})(?!-${ORDINAL_UNIT}\\b)(?:-(${HYPHENED_UNIT}))?(?:${AND_A_HALF})?\\b` +
    `|\\b((?:(?:tens|dozens|hundreds|scores)\\s+of\\s+)?(?:${VAGUE_COUNT_WORDS}))\\b`,
  'gi',
);
/**
 * A side of a tally: a number, or a word that in a tally can only be one ("by six votes to
 * one", "nine votes to nil"), which elsewhere is left out ("one" is as often a pronoun).
 */
const TALLY_SIDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['nil', 0],
  ['none', 0],
  ['nought', 0],
  ['zero', 0],
]);
const TALLY_SIDE = `(?:\\d{1,3}|${[...NUMBER_WORDS.keys(), ...TALLY_SIDE_WORDS.keys()].join('|')})`;
/** A side of a tally, a tens word with its unit too ("thirty-one"). */
const TALLY_SIDE_HYPHENED = `(?:${TALLY_SIDE}(?:-${HYPHENED_UNIT})?)`;
/** Words of voting or scoring that a tally is the result of. */
const VOTE_WORD = String.raw`(?:vot(?:e|es|ed|ing)|pass(?:ed|es)?|approved|rejected|carried|defeated|backed|split|margin|majority|tally|won|lost|beat|ruled|ruling|score[ds]?)`;
const DASHED = String.raw`(\d{1,3})\s*[-–—]\s*(\d{1,3})(?![-–—]?\d)`;
/**
 * What may follow "seven to four" for it to be a tally rather than a range of things ("approved
 * 10 to 12 homes"): the clause's end, or a word that opens what is said of the vote ("in
 * favour", "on Tuesday", "after a long debate", "to close the annexe": what was voted for).
 */
const TALLY_CLOSE = String.raw`(?=\s*(?:[.;:,)—–]|$)|\s+(?:in|on|at|with|after|before|and|but|against|for|to|last|yesterday|today|tonight)\b)`;
/**
 * Words before a bare "N to M" that make it a change, a span or a time of day, never a tally
 * ("cut from 31 to 9", "between 12 to 10", "at 10 to 4").
 */
const NOT_A_TALLY_BEFORE = String.raw`(?<!\b(?:from|between|at)\s+)`;
/**
 * What joins a division's side in favour to its side against ({@link TALLY_PATTERN}): up to two
 * words naming the voters and when ("councillors on Tuesday"), an optional "in favour" or "for",
 * then "with" or "and", the number against, and "against" ("…, with 17 voting against", "… and
 * 17 against"); the number against is the pattern's last group.
 */
const SIDES_AGAINST = String.raw`(?:\s+[a-z’'-]+){0,4}?(?:\s+(?:voting\s+|votes?\s+)?(?:in\s+favou?r|for))?\s*,?\s+(?:with|and)\s+(${TALLY_SIDE_HYPHENED})\s+(?:voting\s+|votes?\s+)?against\b`;
/**
 * A tally: "by nine votes to four", "by six votes to one", "by 9 votes to 4"; two numbers joined
 * by "to" right after a word of voting ("voted seven to four in favour", "a vote of 7 to 4"); or
 * two numbers joined by a dash ("8-5", "7–4") right after a word of voting or scoring ("voted
 * 8-5", "passed 9-4", "a margin of 7–4"), before one ("an 8-5 vote", "a 6-3 ruling"), or closing
 * a clause of a sentence that has one ("approved the barrier on Tuesday, 8-5.", "beat Kelby Rovers
 * 2-1 on Saturday": a score after the beaten side, its clause closing as {@link TALLY_CLOSE}
 * says). A dash between
 * numbers is otherwise a range ("10-15 people"). Two numbers joined by "to" after the vote's
 * object ("approved the Marsh Lane plan 31 to 9 on Tuesday", "passed the bill 52 to 48"), in a
 * sentence with a word of voting, are a tally too when the first is the larger and they close
 * their clause as above ({@link TALLY_CLOSE}): news style gives a tally winner first, and a range
 * runs from the smaller number up ("aged 16 to 18", "10 to 12 homes"; AP Stylebook, "vote
 * tabulations"; its "from … to" is a change). A division's result told as its two sides, those for
 * and those against ("backed by 31 councillors, with 17 voting against", "31 in favour and 17
 * against"), is the same pair of numbers: a counted vote is recorded as the number in favour and
 * the number against (Robert's Rules of Order Newly Revised, 12th ed., 2020, on recording counted
 * votes; Erskine May, Parliamentary Practice, on divisions: "Ayes 31, Noes 17"), in a sentence
 * with a word of voting, the against side named by "against" right after it.
 */
const TALLY_PATTERN = new RegExp(
  String.raw`\b(${TALLY_SIDE})\s+votes?\s+to\s+(${TALLY_SIDE})\b` +
    String.raw`|\b${VOTE_WORD}\s+(?:(?:by|an?|of)\s+)?${DASHED}` +
    String.raw`|(?<![\d.,-])${DASHED}(?=\s+${VOTE_WORD}\b)` +
    String.raw`|(?<![\d.,-])${DASHED}${TALLY_CLOSE}` +
    String.raw`|\b${VOTE_WORD}\s+(?:(?:by|an?|of)\s+)?(${TALLY_SIDE})\s+to\s+(${TALLY_SIDE})\b${TALLY_CLOSE}` +
    String.raw`|${NOT_A_TALLY_BEFORE}(?<![\d.,${CURRENCY_SIGNS}-])\b(\d{1,3})\s+to\s+(\d{1,3})\b(?![.,]\d)${TALLY_CLOSE}` +
    String.raw`|(?<![\d.,${CURRENCY_SIGNS}-])\b(${TALLY_SIDE_HYPHENED})${SIDES_AGAINST}`,
  'gi',
);
/** Every tally above has two numbers joined by a dash, or by "to". */
const MAYBE_TALLY = new RegExp(String.raw`\d\s*[-–—]\s*\d|\sto\s+${TALLY_SIDE}\b|\bagainst\b`, 'i');
/** Where a tally's numbers start within its match ("voted seven to four" → "seven"). */
const TALLY_START = new RegExp(String.raw`\d|\b${TALLY_SIDE}\s+(?:votes?\s+)?to\b`, 'i');
/** Somewhere in a sentence: what makes a clause-closing "8-5" a tally. */
const HAS_VOTE_WORD = new RegExp(String.raw`\b${VOTE_WORD}\b`, 'i');
const VOTE_WORDS = new RegExp(String.raw`\b${VOTE_WORD}\b`, 'gi');

/**
 * The [start, end) offsets of each tally in `text` ("voted 8-5", "by nine votes to four"): one
 * value of two numbers, never a range of them.
 */
export function tallySpans(text: string): Array<{ start: number; end: number }> {
  if (!MAYBE_TALLY.test(text)) return [];
  return [...matchesOf(text, TALLY_PATTERN)]
    .filter((m) => tallyValue(m, text) !== null)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The words of voting or scoring a sentence holds ("voted", "votes", "approved"), lower case. */
export function voteWords(text: string): string[] {
  return [...matchesOf(text, VOTE_WORDS)].map((m) => m[0].toLowerCase());
}

/**
 * The value of a tally matched by {@link TALLY_PATTERN}, the larger number first ("4-9" is
 * "9-4"); null for a clause-closing pair of numbers in a sentence with no word of voting.
 */
function tallyValue(m: RegExpMatchArray, text: string): string | null {
  if (
    (m[7] !== undefined || m[11] !== undefined || m[13] !== undefined) &&
    !HAS_VOTE_WORD.test(text)
  )
    return null;
  // After the vote's object, only winner first: "16 to 18" is a range (TALLY_PATTERN).
  if (m[11] !== undefined && Number(m[11]) <= Number(m[12])) return null;
  const sides = [
    m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? m[11] ?? m[13],
    m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? m[12] ?? m[14],
  ].map((side) => {
    const word = (side as string).toLowerCase();
    if (/^\d/.test(word)) return Number(word);
    const [tens, unit] = word.split('-');
    return unit !== undefined
      ? numberWordValue(tens as string) + numberWordValue(unit)
      : (NUMBER_WORDS.get(word) ?? TALLY_SIDE_WORDS.get(word) ?? 0);
  });
  return sides.sort((x, y) => y - x).join('-');
}

const ORDINALS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'
    .split(' ')
    .map((word, i) => [word, i + 1] as const),
);
/** Ordinal numbers written as words ("first" … "twelfth"). */
export const ORDINAL_WORD_LIST: readonly string[] = [...ORDINALS.keys()];
const ORDINAL_PATTERN = new RegExp(
  `\\b(?:(?:(${TENS_WORD})-)?(${[...ORDINALS.keys()].join('|')})|(\\d+)(?:st|nd|rd|th))\\b(?!\\s+of\\b)`,
  'gi',
);
const WEEKDAY_PATTERN = new RegExp(`\\b(${WEEKDAY_RE})\\b`, 'g');
/** A run of capitalised words, and the word after it. */
const NAME_PATTERN = /((?:[A-Z][\p{L}’'-]*\s+)*[A-Z][\p{L}’'-]*)\s+([a-z][\p{L}-]*)/gu;
const YEAR_PATTERN = new RegExp(String.raw`\b(${YEAR_DIGITS})\b`, 'g');
/**
 * A digit, which every match of {@link DATE_PATTERN} and {@link YEAR_PATTERN} holds, and every
 * age {@link ageWordSpans} reads.
 */
const DIGIT = /\d/;
const PLACE_PATTERN =
  /\b(?:in|at|from|near|into|outside)\s+(?:the\s+)?(?:(?:city|town|region|capital|village|republic)\s+of\s+)?[‘']?((?:[A-Z][\p{L}’'-]+)(?:\s+[A-Z][\p{L}’'-]+)*)/gu;
/** The verbs {@link ACTOR_PATTERN} reads an actor before. */
const ACTOR_VERBS =
  'said|says|signed|announced|reported|ordered|approved|told|confirmed|denied|stated';
const ACTOR_PATTERN = new RegExp(
  String.raw`(?:^|[.;:,]\s+|\band\s+)((?:[A-Z][\p{L}’'-]+\s+){0,3}[A-Z][\p{L}’'-]+)\s+(?:${ACTOR_VERBS})\b`,
  'gu',
);
/**
 * One of {@link ACTOR_VERBS} anywhere, which every match of {@link ACTOR_PATTERN} holds: most
 * sentences hold none, and the pattern's runs of capitalised words are tried at every word.
 */
const ACTOR_VERB = new RegExp(ACTOR_VERBS, 'u');

function monthOf(word: string): number {
  return monthNumber(word.replace(/\.$/, '')) ?? 0;
}

/** A month's name right after a weekday: "Tuesday March 12" is a date, not a name. */
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_WORD})\\b`);

/**
 * A capitalised word that is a month or weekday name is a date, not a place: the whole word
 * ("March", "Sept.", "Sunday"), not its first letters ("Marsh", "Sunderland", "Montreal").
 */
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_RE}|${WEEKDAY_RE})(?![\\p{L}’'-])`, 'u');

/** Reads the dates, numbers, places and actors a sentence states. */
export function factValues(text: string): FactValues {
  const dates: StatedDate[] = [];
  const positioned: PositionedValue[] = [];
  const used: Array<[number, number]> = [];
  // Every date and year written in figures holds a digit; most sentences hold none, and the
  // month names' alternation is tried at every word (session 45's first-sight profile).
  const figures = DIGIT.test(text);
  // "The twenty-fifth of November 2024", "March the first" (wordDates): read first, so "November
  // 2024" is not read as a month of its own.
  for (const d of wordDates(text)) {
    used.push([d.start, d.end]);
    dates.push(d.date);
    positioned.push({ aspect: 'date', at: d.start, date: d.date });
  }
  const words = used.length;
  for (const m of figures ? matchesOf(text, DATE_PATTERN) : []) {
    const end = m.index + m[0].length;
    if (used.slice(0, words).some(([a, b]) => m.index < b && a < end)) continue;
    used.push([m.index, end]);
    if (m[1] !== undefined)
      dates.push({
        month: monthOf(m[1]),
        day: Number(m[2]),
        year: m[3] ? Number(m[3]) : null,
      });
    else if (m[5] !== undefined)
      dates.push({ month: monthOf(m[5]), day: Number(m[4]), year: m[6] ? Number(m[6]) : null });
    else dates.push({ month: monthOf(m[7] as string), day: null, year: Number(m[8]) });
    positioned.push({ aspect: 'date', at: m.index, date: dates[dates.length - 1] as StatedDate });
  }
  const inDate = (index: number) => used.some(([a, b]) => index >= a && index < b);
  // A month named alone after a preposition of time ("began in May", "since June").
  for (const m of matchesOf(text, BARE_MONTH_PATTERN)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    if (inDate(at)) continue;
    used.push([at, at + (m[1] as string).length]);
    dates.push({ month: monthOf(m[1] as string), day: null, year: null });
    positioned.push({ aspect: 'date', at, date: dates[dates.length - 1] as StatedDate });
  }
  for (const m of figures ? matchesOf(text, YEAR_PATTERN) : []) {
    if (!inDate(m.index)) {
      used.push([m.index, m.index + m[0].length]);
      dates.push({ year: Number(m[1]), month: null, day: null });
      positioned.push({ aspect: 'date', at: m.index, date: dates[dates.length - 1] as StatedDate });
    }
  }
  const numbers: string[] = [];
  const counts: Array<{ value: string; unit: string }> = [];
  for (const m of MAYBE_TALLY.test(text) ? matchesOf(text, TALLY_PATTERN) : []) {
    // The numbers' own offset: "voted 8-5" stands where "8-5" does.
    const value = tallyValue(m, text);
    if (value === null) continue;
    // A division told by its sides ("31 councillors, with 17 voting against") starts at its first.
    const at = m.index + Math.max(0, m[0].search(TALLY_START));
    used.push([at, m.index + m[0].length]);
    numbers.push(value);
    positioned.push({
      aspect: 'number',
      at,
      number: value,
      kind: 'tally',
      unit: null,
      bound: null,
      approximate: false,
      rounded: false,
      currency: null,
    });
  }
  // Where the last cardinal written in words ended: its later words are no numbers of their own.
  let cardinalEnd = 0;
  // The figures read below in order, each with where it ends: a range's ends share one unit.
  const figureEnds: Array<{ value: PositionedValue & { aspect: 'number' }; end: number }> = [];
  for (const m of matchesOf(text, COUNT_PATTERN)) {
    if (inDate(m.index) || m.index < cardinalEnd) continue;
    // "three hundred and fifty", "two thousand five hundred": one cardinal (cardinalWords).
    const words = m[3] !== undefined || m[5] !== undefined ? cardinalWords(text, m.index) : null;
    const longer = words !== null && words.end > m.index + m[0].length;
    const after = text.slice(longer ? words.end : m.index + m[0].length);
    // "640m deep" is 640 metres, "£640m" 640 million (metres-or-million.ts).
    const metres =
      m[2] === 'm' && isMetres(text.slice(0, m.index), after, text, /\d\s+m$/u.test(m[0]));
    const value = longer
      ? String(words.value)
      : metres
        ? String(Number(m[1]!.replace(/,/g, '')))
        : countValue(m);
    if (value === null) continue;
    if (longer) cardinalEnd = words.end;
    // "Twelve pounds fifty" is £12.50: the number after the currency's name is its hundredths.
    const hundredths = metres ? null : hundredthsAfter(after);
    const hundredthsValue = hundredths === null ? 0 : subunitValue(hundredths[1] as string);
    const amount =
      hundredthsValue > 0
        ? String(Number((Number(value) + hundredthsValue / 100).toFixed(2)))
        : value;
    if (hundredthsValue > 0)
      cardinalEnd = text.length - after.length + (hundredths as RegExpExecArray)[0].length;
    numbers.push(amount);
    const unit = nextTerm(
      metres
        ? ` metres${after}`
        : hundredthsValue > 0
          ? after.slice((hundredths as RegExpExecArray)[0].length)
          : after.slice(notationLength(after)),
    );
    if (unit !== null) counts.push({ value: amount, unit });
    const kind = numberKind(text.slice(0, m.index), after);
    const before = text.slice(0, m.index);
    const figure = {
      aspect: 'number' as const,
      at: m.index,
      number: amount,
      kind,
      unit,
      bound: boundOf(before),
      approximate: APPROXIMATE.test(before),
      rounded: longer
        ? words.roundedTo >= 1_000
        : !metres && (SCALE_VALUES.get((m[2] ?? m[4] ?? '').toLowerCase()) ?? 0) >= 1_000,
      currency: kind === 'money' ? currencyOf(before, after) : null,
    };
    positioned.push(figure);
    figureEnds.push({ value: figure, end: text.length - after.length });
  }
  // "From 12,300 to 19,800 seats": the end stating no unit counts the other's.
  for (let i = 1; i < figureEnds.length; i++) {
    const first = figureEnds[i - 1]!;
    const second = figureEnds[i]!;
    if (first.value.kind !== 'count' || second.value.kind !== 'count') continue;
    const units = rangeUnits(
      text,
      { at: first.value.at, end: first.end, unit: first.value.unit },
      { at: second.value.at, end: second.end, unit: second.value.unit },
    );
    for (const [end, unit] of [
      [first, units[0]],
      [second, units[1]],
    ] as const)
      if (end.value.unit === null && unit !== null) {
        end.value.unit = unit;
        counts.push({ value: end.value.number, unit });
      }
  }
  // "Twice" counts two times, as "two times" does.
  for (const m of /twice|thrice|once/i.test(text) ? matchesOf(text, MULTIPLICATIVE_PATTERN) : []) {
    const value = String(MULTIPLICATIVES.get(m[0].toLowerCase()));
    const before = text.slice(0, m.index);
    numbers.push(value);
    counts.push({ value, unit: TIMES_TERM() });
    positioned.push({
      aspect: 'number',
      at: m.index,
      number: value,
      kind: 'count',
      unit: TIMES_TERM(),
      bound: boundOf(before),
      approximate: APPROXIMATE.test(before),
      rounded: false,
      currency: null,
    });
  }
  // "Both miners" counts two of them, as "the two miners" does (fact-dual.ts).
  const duals = /\bboth\b/i.test(text) ? dualCounts(text) : [];
  for (const at of duals) {
    const after = text.slice(at + 'both'.length);
    const unit = nextTerm(after);
    numbers.push('2');
    if (unit !== null) counts.push({ value: '2', unit });
    positioned.push({
      aspect: 'number',
      at,
      number: '2',
      kind: 'count',
      unit,
      bound: null,
      approximate: false,
      rounded: false,
      currency: null,
    });
  }
  const weekdays: number[] = [];
  const weekdayDates: FactValues['weekdayDates'] = [];
  for (const m of matchesOf(text, WEEKDAY_PATTERN)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // "The Sunday Times", "Bloody Sunday", "Mondays" name something else than a day ("Tuesday
    // March 12" does not).
    if (
      (/^\s+[A-Z]/.test(after) && !MONTH_AFTER.test(after)) ||
      /^s\b/.test(after) ||
      /(?<![.!?]\s*)\b[A-Z]\p{L}+\s+$/u.test(before)
    )
      continue;
    const weekday = WEEKDAYS.get(m[1] as string) as number;
    weekdays.push(weekday);
    positioned.push({ aspect: 'date', at: m.index, weekday });
    const gap = after.match(/^,?\s+(?:the\s+)?/)?.[0].length;
    const date =
      gap === undefined
        ? undefined
        : positioned.find((v) => 'date' in v && v.at === m.index + m[0].length + gap);
    if (date !== undefined && 'date' in date && date.date.day !== null)
      weekdayDates.push({ weekday, date: date.date });
  }
  const ordinals: number[] = [];
  for (const m of matchesOf(text, ORDINAL_PATTERN)) {
    if (inDate(m.index)) continue;
    // "Twenty-fifth": the tens and the unit's ordinal, one ordinal (ORDINAL_UNIT).
    const tens = m[1] ? (NUMBER_WORDS.get(m[1].toLowerCase()) ?? 0) : 0;
    ordinals.push(m[2] ? tens + (ORDINALS.get(m[2].toLowerCase()) as number) : Number(m[3]));
  }
  const places: string[] = [];
  const listedPlaces: string[] = [];
  for (const m of matchesOf(text, PLACE_PATTERN)) {
    const name = m[1] as string;
    // "at Lukashenka's request", "at Harris' request" (a name ending in s takes the apostrophe
    // alone: text/possessive.ts) name a person, not a place; "in ‘Kelby’" names Kelby, the
    // quotation's closing mark no part of it.
    const possessive =
      /^['’]s\b/.test(text.slice(m.index + m[0].length)) ||
      endsPossessive(text, name, m.index + m[0].length - name.length);
    if (CALENDAR_WORD.test(name) || possessive) continue;
    places.push(withoutClosingMark(name));
    listedPlaces.push(withoutClosingMark(name));
    for (const conjunct of namesCoordinatedAfter(text, m.index + m[0].length)) {
      const end = conjunct.at + conjunct.name.length;
      if (CALENDAR_WORD.test(conjunct.name) || /^['’]s\b/.test(text.slice(end))) continue;
      if (endsPossessive(text, conjunct.name, conjunct.at)) continue;
      listedPlaces.push(withoutClosingMark(conjunct.name));
    }
  }
  // A pronoun ("He said") names no one the other passage could be checked against.
  const actors = [...(ACTOR_VERB.test(text) ? matchesOf(text, ACTOR_PATTERN) : [])]
    .map((m) => withoutClosingMark(m[1] as string))
    .filter((name) => !STOP_WORDS.has(name.toLowerCase()));
  return {
    dates,
    numbers,
    duals: duals.length,
    counts,
    weekdays,
    weekdayDates,
    ordinals,
    places,
    listedPlaces,
    actors,
    namedHeads: namedHeads(text),
    positioned: positioned.sort((x, y) => x.at - y.at),
    zeros: /\bno/i.test(text) ? zeroCounts(text) : [],
  };
}

/** A scale word of a cardinal in words, anywhere in a text. */
const SCALE_WORD = new RegExp(String.raw`\b(?:${SCALE_WORDS.join('|')})\b`, 'i');
/** The word of a half, which a mixed number in words holds ({@link AND_A_HALF}). */
const HALF_WORD = /\bhalf\b/i;

/** A cardinal written in words: its value, where it ends, and the scale word it ends on (or 1). */
export interface CardinalWords {
  value: number;
  end: number;
  roundedTo: number;
}

/** One word of a cardinal and where it ends, with a comma before it (group 1) when there is one. */
const CARDINAL_TOKEN = /\s*(,\s*)?([\p{L}]+(?:-[\p{L}]+)?)/uy;
/** A hundred after a group's first word: what a comma within a cardinal must open. */
const HUNDRED_NEXT = /\s+hundred\b/iy;

/**
 * Reads a cardinal number written in words from `at` by the grammar of English cardinals
 * (Quirk et al. 1985, 6.63-6.64; Huddleston & Pullum 2002, CGEL ch. 5 §7.1): groups below a
 * thousand ("nine", "twenty-five", "three hundred and fifty", "a hundred") each followed by a
 * scale word of falling size ("two thousand five hundred", "one million two hundred thousand");
 * "and" only before the tens and units that close a group ("three hundred and fifty"), "a" /
 * "an" / "one" only before a scale word; a comma only between a scale word and a group of
 * hundreds ("four thousand, eight hundred and twelve"). Reading stops at the first word that does not fit, and
 * the longest well-formed cardinal is returned, so "between two hundred and three hundred" reads
 * "two hundred". Null when no cardinal of two words or more starts at `at`.
 */
export function cardinalWords(text: string, at: number): CardinalWords | null {
  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let previous: 'start' | 'small' | 'article' | 'hundred' | 'scale' | 'and' = 'start';
  let best: CardinalWords | null = null;
  let beforeAnd: CardinalWords | null = null;
  let afterAnd = false;
  let words = 0;
  CARDINAL_TOKEN.lastIndex = at;
  for (let m = CARDINAL_TOKEN.exec(text); m !== null; m = CARDINAL_TOKEN.exec(text)) {
    const word = (m[2] as string).toLowerCase();
    // "Four thousand, eight hundred and twelve": a comma may part the groups after a scale word,
    // as it parts them in figures ("4,812"), but only before a group of hundreds: "raised two
    // million, nine charities said" is two phrases.
    if (m[1] !== undefined) {
      HUNDRED_NEXT.lastIndex = CARDINAL_TOKEN.lastIndex;
      const group = word === 'one' ? 1 : (NUMBER_WORDS.get(word) ?? 0);
      if (previous !== 'scale' || group === 0 || group > 9) break;
      if (!HUNDRED_NEXT.test(text)) break;
    }
    const parts = word.split('-');
    const small = parts.every((w, i) => NUMBER_WORDS.has(w) || (i > 0 && w === 'one'))
      ? parts.reduce((sum, w) => sum + numberWordValue(w), 0)
      : null;
    const scale = SCALE_WORD_VALUES.get(word);
    let roundedTo = 1;
    if (small !== null && group % 100 === 0 && previous !== 'small' && previous !== 'article') {
      group += small;
      previous = 'small';
    } else if (/^(?:an?|one)$/u.test(word) && (previous === 'start' || previous === 'scale')) {
      group += 1;
      previous = 'article';
    } else if (word === 'hundred' && group > 0 && group < 10 && previous !== 'hundred') {
      group *= 100;
      previous = 'hundred';
      roundedTo = 100;
    } else if (scale !== undefined && scale >= 1_000 && group > 0 && scale < lastScale) {
      total += group * scale;
      group = 0;
      lastScale = scale;
      previous = 'scale';
      roundedTo = scale;
    } else if (word === 'and' && (previous === 'hundred' || previous === 'scale')) {
      previous = 'and';
      beforeAnd = best;
      afterAnd = true;
    } else {
      // "Two hundred and three hundred": the "and" joins two cardinals, not the parts of one.
      if (word === 'hundred' && afterAnd && previous === 'small') best = beforeAnd;
      break;
    }
    words += 1;
    // Well formed so far: not ending on "and" or a lone article, and more than one word.
    if (previous !== 'and' && previous !== 'article' && words > 1)
      best = { value: total + group, end: CARDINAL_TOKEN.lastIndex, roundedTo };
  }
  return best;
}

/**
 * The words of each cardinal written in words with a scale word or "and" in it ("one hundred",
 * "half a million", "three hundred and fifty"), as [start, end) offsets: they are its value, as a
 * lone number word is ("nine"), nothing of what is reported, so "One hundred people …" and "100
 * people …" share every content word. A figure in digits has its scale word read by
 * {@link notationWordSpans}.
 */
export function cardinalWordSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Every such cardinal holds a scale word or a half ("eight and a half"): most passages hold
  // neither, and are read no further.
  if (!SCALE_WORD.test(text) && !HALF_WORD.test(text)) return spans;
  let end = 0;
  for (const m of matchesOf(text, COUNT_PATTERN)) {
    if (m.index < end || (m[3] === undefined && m[5] === undefined)) continue;
    const words = cardinalWords(text, m.index);
    const whole = m[3] !== undefined || ENDS_AND_A_HALF.test(m[0]);
    end = Math.max(words?.end ?? 0, whole ? m.index + m[0].length : 0);
    if (end > m.index) spans.push({ start: m.index, end });
  }
  return spans;
}

/** A word of a notation read by {@link notationWordSpans}, anywhere in a text. */
const NOTATION_WORD = new RegExp(
  String.raw`\b(?:${[...NOTATION_SCALE_WORDS, SHARE_WORDS, 'times', ...CURRENCY_WORDS].join('|')})\b`,
  'i',
);

/** A figure's last digit, or a number word. */
const FIGURE_END = new RegExp(
  String.raw`\d(?!\d|[.,]\d)|\b(?:${[...NUMBER_WORD_LIST, ...SCALE_WORDS].join('|')})\b`,
  'giu',
);

/**
 * The words that write a figure's notation, as [start, end) offsets: a scale word after digits
 * ("231 million", as "231m" writes it), a share's words ("5 per cent", as "5%"), a currency's
 * name ("2.4 million pounds", as "£2.4m"), "times" after a count ("two times", as "twice"), and
 * the multiplicatives read as counts ("twice"). Like a cardinal's words they are its value,
 * compared as a value, kind and currency are, nothing of what is reported: one quantity in two
 * notations is one value, and "£231 million" and "£231m" share every content word.
 */
export function notationWordSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Every notation above ends on one of its words: most passages hold none, and are read no
  // further for figures ("%" is no word, and needs no span).
  for (const m of NOTATION_WORD.test(text) ? matchesOf(text, FIGURE_END) : []) {
    // "2.4 million pounds": the scale word is read with its figure.
    if (m.index < (spans.at(-1)?.end ?? 0)) continue;
    let end = m.index + m[0].length;
    const start = end;
    if (/\d/.test(m[0])) end += SCALE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    const after = text.slice(end);
    end += notationLength(after) || (TIMES_AFTER.exec(after)?.[0].length ?? 0);
    if (end > start) spans.push({ start, end });
  }
  for (const m of /twice|thrice|once/i.test(text) ? matchesOf(text, MULTIPLICATIVE_PATTERN) : [])
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The value of number words (`value` of the whole), with a half added when they end {@link AND_A_HALF}. */
function halved(words: string, value: (whole: string) => number): number {
  const whole = words.replace(ENDS_AND_A_HALF, '');
  return value(whole) + (whole === words ? 0 : 0.5);
}

/** The value of a count matched by {@link COUNT_PATTERN}, or null for a lone "a". */
function countValue(m: RegExpMatchArray): string | null {
  if (m[1] !== undefined) {
    const n = Number(m[1].replace(/,/g, '')) * (SCALE_VALUES.get(m[2]?.toLowerCase() ?? '') ?? 1);
    // "16.1 million" is 16100000, not the 16100000.000000002 binary floating point gives.
    return String(Number(n.toPrecision(12)));
  }
  const word = (w: string | undefined) => numberWordValue(w?.toLowerCase() ?? '');
  if (m[4] !== undefined) {
    const base =
      // "half a million" is 500,000, not "a million"; "one" counts only before a scale word.
      /^(?:an?|one)$/i.test(m[3]!)
        ? 1
        : /^half\s+an?$/i.test(m[3]!)
          ? 0.5
          : halved(m[3]!, (whole) => whole.split('-').reduce((sum, w) => sum + word(w), 0));
    return String(base * (SCALE_VALUES.get(m[4].toLowerCase()) ?? 1));
  }
  if (m[5] !== undefined)
    return String(word(m[5]) + word(m[6]) + (ENDS_AND_A_HALF.test(m[0]) ? 0.5 : 0));
  // "Tens of thousands" is a count of its own, not "thousands".
  const vague = m[7]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
  return VAGUE_COUNTS.test(vague.replace(/^.* /, '')) ? vague : null;
}

/** Up to three words after a figure, past spaces, signs and hyphens. */
const WORDS_AFTER_FIGURE = new RegExp(
  String.raw`^[\s${CURRENCY_SIGNS}%-]*([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})`,
  'u',
);
/**
 * The term of the first content word of `text` that is not a number ("percent", "protesters"); a
 * unit's symbol is read as its name ("GB" as "gigabytes", fact-units.ts). A name before a
 * lower-case noun modifies it, which is the head counted: "200 Kelby residents" counts
 * residents, as "200 residents of Kelby" does (Huddleston & Pullum 2002 ch. 5, heads). Read up to
 * a word opening a clause of its own (fact-clauses.ts `SUBORDINATE_OPENER`).
 */
function nextTerm(text: string): string | null {
  // "400 t of sandbags": the tonne's symbol (fact-units.ts), which is a stop word's letter.
  if (TONNE_SYMBOL_OF.test(text.trimStart())) return termsOf('tonnes')[0] ?? null;
  const read = (text.match(WORDS_AFTER_FIGURE)?.[1] ?? '').split(/\s+/);
  // A word opening a clause of its own ends the figure's phrase: "19,800 when the new stand
  // opens" counts nothing the clause names.
  const opener = read.findIndex((word) => SUBORDINATE_OPENER.test(word));
  const words = (opener < 0 ? read : read.slice(0, opener)).filter(
    (word) => word !== '' && !STOP_WORDS.has(word.toLowerCase()),
  );
  const head = words.findIndex((word) => !NAME_WORD.test(word) || unitName(word) !== word);
  const word = words[head > 0 ? head : 0];
  return word === undefined ? null : (termsOf(unitName(word))[0] ?? null);
}

/** A capitalised word, a name's or a title's. */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Capitalised names (not stop words, months or weekdays, not a sentence's first word alone)
 * with the term of the lower-case word after them.
 */
function namedHeads(text: string): Array<{ name: string; head: string }> {
  const found: Array<{ name: string; head: string }> = [];
  for (const m of matchesOf(text, NAME_PATTERN)) {
    const words = withoutClosingMark(m[1] as string)
      .split(/\s+/)
      .filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !CALENDAR_WORD.test(w));
    const head = termsOf(m[2] as string)[0];
    if (words.length === 0 || head === undefined) continue;
    // A sentence's first word is capitalised whatever it is.
    if (words.length === 1 && /^\W*$/.test(text.slice(0, m.index + m[1]!.indexOf(words[0]!))))
      continue;
    found.push({ name: words.join(' '), head });
  }
  return found;
}

/**
 * True when two dates can be the same day: every part both give is equal. A date without a
 * year can never be shown to be the same as, or different from, a dated one.
 */
export function compatibleDates(a: StatedDate, b: StatedDate): boolean {
  return (
    (a.year === null || b.year === null || a.year === b.year) &&
    (a.month === null || b.month === null || a.month === b.month) &&
    (a.day === null || b.day === null || a.day === b.day)
  );
}
