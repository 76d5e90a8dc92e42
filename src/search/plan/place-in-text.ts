/**
 * A place a passage names, what "where …?" asks for: a capitalised name after a preposition of
 * place ("in Durnford", "near the Kelby ring road", "from the port of Tarn", "on Quarry Road").
 * Not every such name is a place, and a false one makes a passage that names none look like an
 * answer ("was found rolled in a carpet …, according to Detective Inspector Raymond Osei" ranked
 * above "… found in a lock-up garage in Durnford"):
 *
 * - "according to X" attributes what is said to X (a person, an outlet), wherever X is;
 * - a month or a weekday after "in", "from" or "to" is a date ("in March", "from Monday");
 * - a name after a title or role is a person ("to President Ames"): the caller tells those
 *   (answer-type.ts, which holds the titles).
 */
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { isPlaceNameAfter } from '../../timeline/lookalikes.js';
import { matchesOf } from '../../text/matches-of.js';

/** Nouns that class a place and may stand before "of" and its name ("the city of Minsk"). */
const PLACE_CLASSES =
  'city|town|region|capital|village|republic|settlement|province|state|port|island|county|district';
/** A capitalised name of up to four words. */
const NAME = '([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,3})';

/** A preposition of place, an optional "the" and "city of"-like head, then a capitalised name (group 1). */
const PLACE_PHRASE = new RegExp(
  `\\b(?:in|at|from|near|to|into|across|outside|on)\\s+(?:the\\s+)?(?:(?:${PLACE_CLASSES}) of\\s+)?${NAME}`,
  'gu',
);

/**
 * A place class, written in lower case or capitalised as part of the name ("the State of
 * Nevada", "the city of Minsk"), "of", then a capitalised name (group 1), after any word.
 */
const CLASSED_PLACE = new RegExp(
  `\\b(?:${PLACE_CLASSES.split('|')
    .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
    .join('|')}) of\\s+${NAME}`,
  'gu',
);
/**
 * "On" before a name: a place only when the name is a street's ("on Quarry Road"), the
 * preposition English gives a street; before any other name it is a day ("on Sunday"), a topic
 * ("talks on Brexit"), a medium ("on Facebook") or a target ("sanctions on Belarus").
 */
const ON = /^on\b/iu;

/** "according to": attribution, not a destination. */
const ATTRIBUTION = /\baccording\s+$/iu;
/** A month or weekday name standing alone as the name: a date, not a place. */
const DATE_NAME = new RegExp(`^(?:${MONTH_RE}|${WEEKDAY_RE})(?![\\p{L}-])`, 'u');

/**
 * The names `text` introduces as places, as written (up to four capitalised words each), in
 * order; empty when it names none. Attributions ("according to …") and dates ("in March") are
 * left out.
 *
 * @example placeNamesIn('It was found in a garage in Durnford, according to Inspector Osei.') // ['Durnford']
 */
export function placeNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of matchesOf(text, PLACE_PHRASE)) {
    const name = match[1] ?? '';
    if (DATE_NAME.test(name)) continue;
    if (ON.test(match[0]) && !isPlaceNameAfter(` ${name.split(/\s+/u).at(-1) ?? ''}`)) continue;
    if (/^to\b/iu.test(match[0]) && ATTRIBUTION.test(text.slice(0, match.index))) continue;
    names.push(name);
  }
  return names;
}

/**
 * The names `text` gives places by their class, wherever they stand: the appositive "of" of a
 * noun naming a kind of place and a name ("the State of Nevada", "the port of Tarn"), in which
 * the name says which place the noun means (Quirk et al. 1985, ch. 17, appositive
 * postmodification by an "of"-phrase: "the city of Rome"). A sentence may name a place so as
 * its subject or after "of" ("the admission of the State of Nevada"), where no preposition of
 * place stands before it ({@link placeNamesIn}). Empty when it names none.
 *
 * @example classedPlaceNamesIn('The admission of the State of Nevada is completed.') // ['Nevada']
 */
export function classedPlaceNamesIn(text: string): string[] {
  return [...matchesOf(text, CLASSED_PLACE)]
    .map((match) => match[1] ?? '')
    .filter((name) => !DATE_NAME.test(name));
}
