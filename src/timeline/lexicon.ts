/**
 * Season words the date rules read (month and weekday names are in src/text/months.ts).
 */
import type { Season } from './calendar.js';

/** Season by name, lower-cased. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);
