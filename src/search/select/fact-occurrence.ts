/**
 * Verbs of occurrence ("take place", "happen", "occur"): they say only that the event their
 * subject names came about (Levin 1993, §48.3, "Verbs of occurrence"), so the event is the
 * subject's noun, not the verb: "Demolition of the mill took place on Wednesday" tells what "The
 * mill was demolished on Wednesday" tells. Their words are no content of the report; the noun
 * that names the event is compared with the other report's act (fact-acts.ts).
 */

import { matchesOf } from '../../text/matches-of.js';

/** The verbs of occurrence, every form. */
const OCCURRENCE =
  /\b(?:(?:take|takes|took|taken|taking)\s+place|happen(?:s|ed|ing)?|occur(?:s|red|ring)?)\b/gi;

/** Where a passage's verbs of occurrence stand, as [start, end) offsets. */
export function occurrenceVerbSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of matchesOf(text, OCCURRENCE))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** At most a few words (auxiliaries, "not", "to be") between a stance's marker and the verb. */
const UP_TO_VERB = /^[\p{L}’']*(?:\s+[\p{L}’']+){0,3}\s+$/u;

/**
 * The stances of a passage (fact-stance.ts `stancesOf`: each with its marker's offset) with those
 * whose marker stands right before a verb of occurrence ("did not take place", "will take place",
 * "may have happened") read as governing the whole passage (offset 0): the verb's subject, before
 * the marker, is the event the stance bears on, and the verb's words are no content to find
 * after the marker (fact-stance.ts `governingStances`).
 */
export function withOccurrenceStances<S>(
  text: string,
  stances: ReadonlyMap<S, number>,
): ReadonlyMap<S, number> {
  const spans = occurrenceVerbSpans(text);
  if (spans.length === 0) return stances;
  const read = new Map(stances);
  for (const [stance, at] of stances)
    if (spans.some((span) => span.start > at && UP_TO_VERB.test(text.slice(at, span.start))))
      read.set(stance, 0);
  return read;
}
