/**
 * A state said to hold on, against the change that brought it about. "Two workers were flown to
 * hospital in Omaha" tells an event (a movement); "Two workers remain hospitalised in Omaha"
 * tells the state holding after it; "The site reopened on Monday" is a change, "The site stayed
 * open" none. The two are different facts of the same people or place (the verb's aspect, not
 * its words, sets them apart), so never "also reported by" one another. Two reports of the state
 * ("remain in hospital" / "are still in hospital") are not set apart: only a report that tells an
 * event (fact-predicates.ts event words) against one telling a continuation.
 */
import { asyndeticClauseEnd } from '../clause-spans.js';
import type { ClaimEvents } from './fact-predicates.js';
import { NUMBER_WORD_LIST } from './fact-values.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * "By" with a figure, the size of a change ("has been lowered by 5m", "has been cut by 20%"):
 * the amount of difference a verb of change takes (Quirk et al. 1985, ch. 9, "by" of measure with
 * verbs of increase and decrease: "rose by 5%"). A state holds and has no size
 * of change, so a perfect with such a figure tells the change up to now, whatever "since" adds:
 * "The level has been lowered by 5m since pumping began" is the lowering, as "The pumps lowered
 * the level by five metres" is, not a state holding on.
 */
const CHANGE_BY_A_FIGURE = String.raw`\bby\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|under|less\s+than)\s+)?(?:\d|(?:${NUMBER_WORD_LIST.join('|')})\b)`;

/**
 * Words that mark a state holding on: "remain", "stay", "still", "continue to", and the perfect
 * with "since" ("has been gripped by protests since the election") but no size of a change
 * ({@link CHANGE_BY_A_FIGURE}). Not a noun ("the remains",
 * "a stay of execution"), "Still," meaning "even so", nor a plan that holds ("remains on course
 * to", "is still expected to"): a plan is read as such (fact-stance.ts 'future', 'modal'), and
 * its holding on is no change.
 */
const CONTINUING = new RegExp(
  String.raw`(?<!\b(?:the|a|an|human|his|her|their|its|whose|our|my|your)\s+)\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|continu(?:e|es|ed|ing)\s+to|still)\b(?![-’']|\s*,|\s+(?:(?:be|being)\s+)?(?:on\s+(?:course|track|schedule)|set|due|expected|likely|scheduled|planned|unclear|unknown|uncertain)\b)` +
    String.raw`|\b(?:has|have)\s+been\b(?=[^,;.]*\bsince\b)(?![^,;.]*?${CHANGE_BY_A_FIGURE})`,
  'giu',
);

/** What ends the clause a continuation marker governs: a semicolon, a dash, a sentence's end. */
const CLAUSE_END = /[;—–]|[.!?](?=\s|$)/;

/**
 * The spans (offsets in `text`) a continuation marker governs: from the marker to the end of
 * its main clause, so "The contractor is still disputing the penalty; a hearing is due in
 * September" marks the dispute, not the hearing, and "The paths are still closed, the crews have
 * gone" the paths, not the crews (a clause joined by a comma alone: clause-spans.ts).
 */
export function continuationSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of matchesOf(text, CONTINUING)) {
    const after = text.slice(m.index).search(CLAUSE_END);
    const end = after < 0 ? text.length : m.index + after;
    spans.push({ start: m.index, end: Math.min(end, asyndeticClauseEnd(text, m.index)) });
  }
  return spans;
}

/** What is read of a report here. */
export interface ContinuationSource extends Pick<ClaimEvents, 'events'> {
  text: string;
  /** Content terms, each with the offset of its first occurrence (fact-relation.ts). */
  terms: ReadonlyMap<string, number>;
}

/**
 * True when one report tells a state holding on (a {@link continuationSpans} span holding a term
 * both share) and the other tells an event and no such state: "Two workers remain hospitalised
 * in Omaha" / "Two workers were flown to hospital in Omaha". `shared`: the terms both hold.
 */
export function continuationApart(
  a: ContinuationSource,
  b: ContinuationSource,
  shared: readonly string[],
): boolean {
  const ca = continues(a, shared);
  const cb = continues(b, shared);
  if (ca === cb) return false;
  return (ca ? b : a).events().size > 0;
}

/** True when a continuation marker of the report governs a shared term (its first occurrence). */
function continues(source: ContinuationSource, shared: readonly string[]): boolean {
  const spans = continuationSpans(source.text);
  if (spans.length === 0) return false;
  return shared.some((term) => {
    const at = source.terms.get(term);
    return at !== undefined && spans.some((span) => at > span.start && at < span.end);
  });
}
