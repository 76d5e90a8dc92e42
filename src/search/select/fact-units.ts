/**
 * Unit symbols read as the unit's name, so a count of "430GB" and one of "340 gigabytes" count
 * the same unit (fact-values.ts reads what a count counts from the word after it). Only symbols
 * with one standard meaning are listed: the SI prefixes with the byte (IEC 80000-13 writes "kB",
 * "MB", "GB", "TB", "PB"; "KB" is the common spelling of "kB"), and the SI symbols of the
 * kilometre, centimetre, millimetre, kilogram and hectare (BIPM, The International System of
 * Units, 9th edition, tables 5 and 8). Symbols that also stand for something else are left out:
 * "m" (also "million": "£2m"), "g" ("5G"), "t", "mi".
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
]);

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
