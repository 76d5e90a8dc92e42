/**
 * The unit the two ends of a range or a change share. "From 12,300 to 19,800 seats" and "from
 * 12,300 seats to 19,800" both count seats at each end: English writes the shared head noun of
 * two coordinated quantities once, after either end (ellipsis of a head the conjoins share,
 * Quirk et al. 1985, ch. 13 on coordination). Read
 * only between "from … to", "between … and" and "to … from" (a change's end written before its
 * start, "rose to 9 seats from 4"), where the two figures can only be the ends of one measure,
 * with at most the unit's own word between the first figure and "to" / "and" / "from".
 */
import { CURRENCY_SIGN } from '../../text/notation-words.js';

/** What stands right before a range's first figure ("rise from ", "between £", "rose to "). */
const RANGE_OPENER = new RegExp(String.raw`\b(from|between|to)\s+${CURRENCY_SIGN}?$`, 'i');

/**
 * What stands between a range's two figures: the first's scale or unit word at most, then
 * "to" (after "from"), "and" (after "between") or "from" (after "to": the change's end written
 * first, {@link changeStartAfterEnd}), then a currency sign.
 */
const RANGE_JOINER = new RegExp(
  String.raw`^(?:[kmb]n?|\s+[\p{L}’'-]+)?\s+(to|and|from)\s+${CURRENCY_SIGN}?$`,
  'iu',
);

/** The word that joins a range's later figure to its first, by the word opening the range. */
const JOINER_OF: Readonly<Record<string, string>> = { from: 'to', between: 'and', to: 'from' };

/** A figure as the range reader needs it: its unit, and where it starts and ends. */
export interface RangeEnd {
  at: number;
  end: number;
  unit: string | null;
}

/**
 * The units of `first` and `second`, two figures of `text` in order, once a range's shared unit
 * is given to the end that states none ("from 12,300 to 19,800 seats": both "seat"); the units as
 * they were when the two are no range's ends, or both or neither state one.
 */
export function rangeUnits(
  text: string,
  first: RangeEnd,
  second: RangeEnd,
): [string | null, string | null] {
  const kept: [string | null, string | null] = [first.unit, second.unit];
  if ((first.unit === null) === (second.unit === null)) return kept;
  const opener = RANGE_OPENER.exec(text.slice(0, first.at));
  const joiner = RANGE_JOINER.exec(text.slice(first.end, second.at));
  if (opener === null || joiner === null) return kept;
  if (JOINER_OF[opener[1]!.toLowerCase()] !== joiner[1]!.toLowerCase()) return kept;
  const unit = first.unit ?? second.unit;
  return [unit, unit];
}

/**
 * The first end of a range whose later end is written at `at` ("from 12,300 seats to 19,800"
 * → where "12,300" stands): the two ends are one object of what governs the range, the first
 * end's unit no verb of the second. Null when `at` ends no range of figures.
 */
export function rangeStartBefore(text: string, at: number): number | null {
  const m = RANGE_BEFORE_END.exec(text.slice(0, at));
  if (m === null) return null;
  const between = /^between$/i.test(m[1]!);
  return between === /^and$/i.test(m[3]!) ? m.index + m[0].indexOf(m[2]!) : null;
}

/** A range's first end and what joins it to the later end written right after ("from 12,300 seats to "). */
const RANGE_BEFORE_END = new RegExp(
  String.raw`\b(from|between)\s+${CURRENCY_SIGN}?(\d[\d,.]*(?:[kmb]n?)?)(?:\s+[\p{L}’'-]+)?\s+(to|and)\s+${CURRENCY_SIGN}?$`,
  'iu',
);

/**
 * The end of a change written before its start, when its start is written at `at`: "rose to 9
 * seats from 4", "will rise to £365 from £310" (→ where "9", "£365" stand). "To" marks the goal
 * and "from" the source of a change, in either order (Quirk et al. 1985, ch. 9 on the
 * prepositions of destination and source; Fillmore 1968's goal and source), so the figure after
 * "from" is the start, ranked first in its place (fact-value-slots.ts), and stands where the end
 * stands. Null when `at` is no such start.
 */
export function changeStartAfterEnd(text: string, at: number): number | null {
  const m = END_BEFORE_START.exec(text.slice(0, at));
  return m === null ? null : m.index + m[0].indexOf(m[1]!);
}

/** A change's end and what joins it to its start written right after ("to 9 seats from "). */
const END_BEFORE_START = new RegExp(
  String.raw`\bto\s+${CURRENCY_SIGN}?(\d[\d,.]*(?:[kmb]n?)?)(?:\s+[\p{L}’'-]+)?\s+from\s+${CURRENCY_SIGN}?$`,
  'iu',
);
