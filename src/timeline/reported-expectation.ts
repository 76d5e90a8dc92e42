/**
 * A reported expectation with a deadline: "Operators said they expected services to return to
 * normal by Saturday." A verb of expecting in the simple past, with an object and an infinitive
 * ("expected services to return"), is a future seen from the past, which may lie on either side
 * of the time of writing (forecast.ts). When the sentence dates nothing but the deadline, the
 * expectation is reported with no day of its own: news reports the latest word it has
 * ("said", "expected" as of the time of writing; the inverted pyramid puts the newest first), so
 * the expectation is held at the time of writing and its deadline lies ahead of it, as under
 * "should return … by Saturday". A sentence that dates the expecting ("On Monday operators
 * expected …") or states no deadline ("expected … to return on Saturday") is left to the other
 * rules.
 */
import { isDeadline } from './deadline.js';
import { detectMentions } from './detect.js';

/**
 * A verb of expecting in the simple past (no auxiliary before it), its object (one to four words)
 * and an infinitive, then the rest of the clause up to the date: "they expected services to
 * return to normal by".
 */
const EXPECTED_OBJECT_TO = new RegExp(
  String.raw`(?<!\b(?:was|were|is|are|be|been|being|had|has|have|not)\s+)\b(?:expected|predicted|forecast|projected|anticipated)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll}+\b[^,;:.!?]*$`,
  'iu',
);

/**
 * True when the date at `start`–`end` of `sentence` is a deadline of an expectation reported in
 * the simple past, and the only date the sentence gives: it lies ahead of the time of writing.
 */
export function expectedByDeadline(sentence: string, start: number, end: number): boolean {
  if (!isDeadline(sentence, start, end)) return false;
  if (!EXPECTED_OBJECT_TO.test(sentence.slice(0, start))) return false;
  return detectMentions(sentence).every((m) => m.start >= start && m.end <= end);
}
