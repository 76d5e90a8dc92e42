/**
 * "from" and a month that is also a given name, read as the start of a period ahead: "The bus
 * lane will be trialled on Mill Street from May", "The library will open for 40 hours a week
 * from April". "from" is a preposition of time, the beginning of a period (Quirk et al. 1985,
 * 9.37–9.43), or of source, where something comes from (9.44: "criticism from May", "took over
 * from May"). Source needs a governor that something comes from a person by: a noun or verb of
 * communication, transfer or motion, or a particle of separation, right before "from". A clause
 * ahead of its writing ("will", "shall") whose "from" follows a noun of time or place, a number
 * or a proper name (the end of an adjunct or complement: "on Mill Street", "40 hours a week",
 * "by 5%") has no such governor there, and a period starting then is what such a clause plans.
 */
import {
  NOUN_ARTIFACT,
  NOUN_LOCATION,
  NOUN_PERSON,
  NOUN_TIME,
  usualNounFiles,
} from '../search/usual-noun-files.js';
import { PARTICLES_ONLY, PARTICLES_OR_PREPOSITIONS } from '../text/particles.js';
import { STOP_WORDS } from '../text/stop-words.js';

/**
 * A future auxiliary, then the clause's words (no clause-ending mark), then the word right before
 * "from" (group `last`), "from" ending the text.
 */
const FUTURE_THEN_FROM =
  /(?:\b(?:will|shall)|['’]ll)\s+[^.;:!?()—–]*?\s(?<last>[\p{L}\d%]+)\s+from\s+$/iu;

/**
 * A capitalised name after a preposition of place (Quirk et al. 1985, 9.15–9.21), then "from":
 * "on Mill Street from", "at the Central Library from".
 */
const PLACE_NAME_BEFORE =
  /\b(?:on|in|at|along|outside|inside|near|across|around|throughout)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}from\s+$/u;

/** Usual senses of a noun of time or place (lexnames(5WN)): "week", "year", "town", "centre". */
const PLACE_FILES: ReadonlySet<number> = new Set([NOUN_TIME, NOUN_LOCATION]);

/** The same, and of a made thing, for the last word of a name: "Mill Street", "Central Library". */
const PLACE_FILES_OF_NAMES: ReadonlySet<number> = new Set([...PLACE_FILES, NOUN_ARTIFACT]);

/**
 * True when `before`, the text before a month that is also a given name, ends in "from" that
 * starts a period ahead (see the module note): a future auxiliary earlier in the clause, and right
 * before "from" a number, or a noun whose usual sense is of time or place (WordNet's noun.time,
 * noun.location: "week", "town"), or of a made thing ending a name after a preposition of place
 * ("on Mill Street"); not a
 * particle or a function word ("take over from", particles.ts), nor a name of a person or a
 * title ("as Prime Minister from May": noun.person).
 *
 * @param before text before the month (its last 40 characters suffice)
 */
export function startsPeriodAhead(before: string): boolean {
  const last = FUTURE_THEN_FROM.exec(before)?.groups?.last;
  if (last === undefined) return false;
  if (/\d/u.test(last)) return true;
  // "take over from May": a particle, though "over" is also a noun of time (cricket's).
  const word = last.toLowerCase();
  if (PARTICLES_ONLY.has(word) || PARTICLES_OR_PREPOSITIONS.has(word)) return false;
  if (STOP_WORDS.has(word)) return false;
  const files = usualNounFiles(word);
  if (files.includes(NOUN_PERSON)) return false;
  // A name headed by a noun of a made thing, after a preposition of place, names a building or
  // a street ("on Mill Street", "at Central Library"); "from May" after a common one may be a
  // sender's ("a parcel from May"), and after "as" a title's ("as Chair from May").
  const place = PLACE_NAME_BEFORE.test(before) ? PLACE_FILES_OF_NAMES : PLACE_FILES;
  return files.some((f) => place.has(f));
}
