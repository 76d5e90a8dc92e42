/**
 * Unit symbols read as the unit's name, so a count of "430GB" and one of "340 gigabytes" count
 * the same unit (fact-values.ts reads what a count counts from the word after it). Only symbols
 * with one standard meaning are listed: the SI prefixes with the byte (IEC 80000-13 writes "kB",
 * "MB", "GB", "TB", "PB"; "KB" is the common spelling of "kB"), and the SI symbols of the
 * kilometre, centimetre, millimetre, kilogram, hectare, megalitre and millilitre (BIPM, The International System of
 * Units, 9th edition, tables 5 and 8). Symbols that also stand for something else are left out:
 * "m" (also "million": "£2m"), "g" ("5G"), "mi"; "t" only before "of" (below).
 *
 * A symbol is matched as written (case and all): "GB" is gigabytes, "gb" is not read as one.
 */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map([
  ['kB', 'kilobytes'],
  ['KB', 'kilobytes'],
  ['MB', 'megabytes'],
  ['GB', 'gigabytes'],
  ['TB', 'terabytes'],
  ['PB', 'petabytes'],
  ['km', 'kilometres'],
  ['cm', 'centimetres'],
  ['mm', 'millimetres'],
  ['kg', 'kilograms'],
  ['ha', 'hectares'],
  // The litre's symbol is "l" or "L" (SI Brochure, table 8); a prefix symbol keeps its case, "M"
  // mega (10^6) and "m" milli (10^-3) (SI Brochure 3.1, table 7): "Ml" is a megalitre, never a
  // millilitre.
  ['Ml', 'megalitres'],
  ['ML', 'megalitres'],
  ['ml', 'millilitres'],
  ['mL', 'millilitres'],
]);

/**
 * The tonne's symbol, "t" (SI Brochure, table 8: 1 t = 10^3 kg), read as the tonne only in a
 * measure phrase, a figure, the symbol and "of" with what is measured ("400 t of sandbags"; Quirk
 * et al. 1985, §17.104 on measure phrases): alone, a "t" after a figure may be anything else.
 */
export const TONNE_SYMBOL_OF = /^t\s+of\b/;

/**
 * The name of the unit a symbol stands for ("GB" → "gigabytes"), or the word itself when it is
 * no symbol listed above.
 *
 * @example
 * unitName('GB') // 'gigabytes'
 * unitName('files') // 'files'
 */
export function unitName(word: string): string {
  return UNIT_NAMES.get(word) ?? word;
}
