/**
 * Word lists the date rules read: seasons and verbs of saying (month and weekday names are in
 * src/text/months.ts).
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

/** Verbs of saying that shift a reported "is" back to "was". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said told announced added stated confirmed reported explained insisted warned wrote noted'.split(
    ' ',
  ),
);
