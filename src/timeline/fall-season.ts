/**
 * "fall" as a season. The word names autumn only in American English (the Oxford Dictionary of
 * English labels that sense "North American"), and only as a time expression; everywhere it is
 * also the noun of falling ("suffered a broken leg in the fall", "halted work after the fall"),
 * so a British report of an accident reads "the fall" as the accident. A season name works as a
 * time adjunct when its own phrase marks it as a time (Quirk et al., A Comprehensive Grammar of
 * the English Language, 1985, chapter 8, on time-position adjuncts, which a noun phrase with
 * "this", "last", "next" or "every" realises without a preposition): a year ("fall 2025", "the
 * fall of 2025", read by date-rules.ts) or one of those determiners. "the fall" with neither is
 * read as the season only when coordinated with another season name ("in the fall and winter"),
 * which fixes its sense. A time adjunct is no participant of its clause, so a "fall" that is the
 * subject of the verb after it ("This fall was preventable.") is the noun.
 */
import { AUXILIARIES, NEGATIVE_MODALS } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';
import { isPastForm } from './past-forms.js';
import { SEASON_NOT_FALL_RE } from '../text/months.js';

/** The determiners that make a bare season name a time adjunct ("this fall", "last fall"). */
const TIME_DETERMINER_BEFORE = /\b(?:this|last|next|every)\s+$/iu;
/** Another season name joined to "fall" ("the fall and winter", "the fall or spring"). */
const SEASON_COORDINATED_AFTER = new RegExp(
  String.raw`^\s+(?:and|or)\s+(?:the\s+)?${SEASON_NOT_FALL_RE}(?![\p{L}])`,
  'iu',
);
const NEXT_WORD = /^\s+(?<word>[\p{L}'’]+)/u;
const FINITE_AUXILIARY = wordIn([...AUXILIARIES, ...NEGATIVE_MODALS]);

/**
 * True when "fall", matched without a year between `before` (the text right before it) and
 * `after` (the text right after it), names the season: coordinated with another season name,
 * or after "this", "last", "next" or "every" and not the subject of a verb right after it (an
 * auxiliary, a modal or a past form). A possessive ("last fall's budget") stays the season.
 *
 * @example isFallSeason('The pier reopened last ', '.') // true
 * @example isFallSeason('He broke a leg in the ', '.') // false
 * @example isFallSeason('He said: "This ', ' was preventable."') // false
 */
export function isFallSeason(before: string, after: string): boolean {
  if (SEASON_COORDINATED_AFTER.test(after)) return true;
  if (!TIME_DETERMINER_BEFORE.test(before)) return false;
  const next = NEXT_WORD.exec(after)?.groups?.word ?? '';
  return !FINITE_AUXILIARY.test(next) && !isPastForm(next);
}
