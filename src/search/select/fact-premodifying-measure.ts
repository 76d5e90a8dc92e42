/**
 * A measure made a premodifier: a number joined to its unit ("3km", "10-km", "ten-kilometre")
 * written before the noun it measures ("a 3km protection zone and a 10km surveillance zone").
 * Such a measure phrase belongs to the noun phrase it stands in, whose head comes after it (Quirk
 * et al. 1985, A Comprehensive Grammar of the English Language, 7.23 on measure phrases and
 * 17.104 on premodification; Huddleston and Pullum 2002, 5.14.3: "a three-day conference"): it
 * tells nothing of the words before it. Read where a value's place is taken from the wording
 * before it (fact-value-slots.ts): "a 3km protection zone and a 10km surveillance zone" does not
 * put 10 km after "protection zone", as "a protection zone of three kilometres" puts 3 km.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { DIMENSION_WORD_AFTER } from './dimension-words.js';
import { NUMBER_WORD_VALUES } from './fact-values.js';

/**
 * A number joined to a word by a hyphen or nothing ("3km", "10-km", "ten-kilometre"; group 1 the
 * word), then the next word (group 2).
 */
const JOINED_MEASURE = /^(?:\d[\d,.]*-?|\p{L}+-)(\p{L}+)(?=[\s-])((?:\s+|-)[\p{L}’'-]+)?/u;

/** What may stand before a sum's figure: its currency ("£2.4m contract" is a sum, not a measure). */
const CURRENCY_BEFORE = /[£$€¥]\s*$/u;

/**
 * True when the number at offset `at` of `text` is a measure joined to its unit and set before a
 * noun ({@link JOINED_MEASURE}): the word after the unit is a content word (not a function word, as
 * in "10km from the coast", nor a word of dimension, as in "3km long", which make the measure
 * predicative), and the unit is no number word ("twenty-five hens" is one number).
 */
export function premodifiesNoun(text: string, at: number): boolean {
  if (CURRENCY_BEFORE.test(text.slice(0, at))) return false;
  const m = JOINED_MEASURE.exec(text.slice(at));
  if (m === null) return false;
  const unit = (m[1] as string).toLowerCase();
  const after = m[2];
  if (NUMBER_WORD_VALUES.has(unit) || after === undefined) return false;
  if (DIMENSION_WORD_AFTER.test(after)) return false;
  const next = after.replace(/^[\s-]+/, '').toLowerCase();
  return /^\p{Ll}/u.test(after.trim()) && !STOP_WORDS.has(next);
}
