/**
 * One occasion named two ways: "The hearing at Carrowbridge Crown Court, which had been set for 9
 * September, has been postponed" and "Varnek will appear at Carrowbridge Crown Court on 9
 * September 2025" tell of one event with no word in common for it ("hearing", "appear"). Events
 * are the same when they take up the same place at the same time (Quine 1985, "Events and
 * Reification"; Davidson 1985, "Reply to Quine on Events"), so a report's event placed at a
 * named venue is the planned one placed at that venue on the same day.
 *
 * Only a place taken as a point: "at" with a proper name, which locates at a point ("at the
 * Crown Court"), not "in", which locates within an area or volume ("in London", "in Kent":
 * Quirk et al. 1985, §9.15–9.17 on the dimension types of prepositions of place). A city or a
 * county holds many events of a day; a venue, as a rule, one of a kind. The caller checks the
 * day (later-outcome.ts): a month at a venue is no single occasion.
 */

import { matchesOf } from '../text/matches-of.js';

/** "at Carrowbridge Crown Court", "at the Kestrow Assembly Rooms": the venue's name, capitalised words. */
const AT_VENUE =
  /(?<![\p{L}])at\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)/gu;

/** The names of the venues `text` places something at ("at Carrowbridge Crown Court"), as written. */
export function venuesOf(text: string): string[] {
  return [...matchesOf(text, AT_VENUE)].map((m) => m[1]!.replace(/\s+/gu, ' '));
}

/**
 * True when `phrase` (the noun phrase naming a report's event: "The hearing at Carrowbridge
 * Crown Court") places it at a venue that `plan` (a planned entry's sentence) places its event
 * at too, the same name whole (case as written).
 */
export function atSameVenue(phrase: string, plan: string): boolean {
  const planned = new Set(venuesOf(plan));
  return venuesOf(phrase).some((venue) => planned.has(venue));
}
