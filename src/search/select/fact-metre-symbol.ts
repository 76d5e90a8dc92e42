/**
 * "m" after a figure is the metre's symbol (BIPM, The International System of Units, 9th ed.
 * 2019, table 2; Chicago Manual of Style, 17th ed., 9.16–9.18 on symbols with numerals) and the
 * British papers' abbreviation of "million" (metres-or-million.ts). A sentence alone is read as
 * million unless its own words say a length ("640m deep"); but where the other report of a pair
 * states the same figure in metres written out ("a cordon of 100 metres" / "A 100m cordon", "some
 * 170 metres of the pier's decking" / "About 170m of the pier's decking"), the symbol is read as
 * that unit: the two readings of one written form are resolved by the report it is compared with,
 * as a symbol and its unit's name are one unit (SI Brochure 5.4.3: a symbol is a mathematical
 * entity, not an abbreviation). Money ("£100m") is never read so: a currency's figure in "m" is
 * millions. Nothing else changes: the figure must still be the same, and every other check of the
 * comparison reads both reports as before.
 */
import { keptIn } from '../../text/bounded-memo.js';
import { analyseFact, type AnalysedFact } from './fact-analysis.js';
import { isMetres } from './metres-or-million.js';
import { unitMeasures } from './fact-measure-units.js';
import { CURRENCY_SIGN } from '../../text/notation-words.js';
import { matchesOf } from '../../text/matches-of.js';

/** A figure with "m" right after it, no letter, digit or hyphen after ("100m", "2.4m"). */
const FIGURE_M = /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)m(?![\p{L}\p{N}-])/gu;
/** A currency sign (with spaces) right before a figure: money, so "m" is million. */
const MONEY_BEFORE = new RegExp(`${CURRENCY_SIGN}\\s*$`, 'u');

/** The figures of `text` written with "m" that its own words read as million, with where each ends. */
function millionSymbols(text: string): Array<{ value: string; end: number }> {
  if (!/\dm/u.test(text)) return [];
  const found: Array<{ value: string; end: number }> = [];
  for (const m of matchesOf(text, FIGURE_M)) {
    const before = text.slice(0, m.index);
    const end = m.index + m[0].length;
    if (MONEY_BEFORE.test(before) || isMetres(before, text.slice(end), text)) continue;
    found.push({ value: String(Number((m[1] as string).replace(/,/g, ''))), end });
  }
  return found;
}

/** The figures `fact` states in metres written out ("100 metres", "a hundred metres"). */
function metresStated(fact: AnalysedFact): Set<string> {
  const numbers = fact.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  return new Set(
    unitMeasures(fact.text, numbers)
      .filter((m) => m.unit === 'metre')
      .map((m) => m.value),
  );
}

/**
 * `fact` with each figure it writes with "m" and reads as million read as metres instead, where
 * `other` states that figure in metres; `fact` itself when there is none.
 */
function readAsMetres(fact: AnalysedFact, other: AnalysedFact): AnalysedFact {
  const symbols = millionSymbols(fact.text);
  if (symbols.length === 0) return fact;
  const metres = metresStated(other);
  const read = symbols.filter((s) => metres.has(s.value));
  if (read.length === 0) return fact;
  let text = fact.text;
  // From the last, so each earlier figure's offset still holds.
  for (const { end } of [...read].reverse())
    text = `${text.slice(0, end - 1)} metres${text.slice(end)}`;
  return keptIn(readTexts, text, MAX_READ_TEXTS, (read) => analyseFact(read));
}

/** Each text read with its symbols as metres, analysed once for the most texts: a question compares one pair again. */
const readTexts = new Map<string, AnalysedFact>();
const MAX_READ_TEXTS = 1_000;

/**
 * The two reports with a figure one writes with "m" read as metres where the other states it in
 * metres written out (see the file's comment): `[a, b]` themselves when neither does.
 *
 * @example
 * metreSymbolsRead(analyseFact('A 100m cordon remained in place.'),
 *                  analyseFact('Police set up a cordon of 100 metres.'))
 * // [analyseFact('A 100 metres cordon remained in place.'), (the second as given)]
 */
export function metreSymbolsRead(
  a: AnalysedFact,
  b: AnalysedFact,
): readonly [AnalysedFact, AnalysedFact] {
  return [readAsMetres(a, b), readAsMetres(b, a)];
}
