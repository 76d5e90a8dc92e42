/**
 * One gathering's attendance told with two verbs: "More than 300 people packed into the school
 * gym for the hearing" / "About 180 people attended the hearing". To attend an event is to be
 * present at it; a verb of coming together or filling a place with "for" and the event ("crowded
 * into the hall for the meeting", "turned out for the meeting", "gathered for the vigil") tells
 * the same presence, its purpose phrase naming the event (Quirk et al. 1985, A Comprehensive
 * Grammar of the English Language, 9.58, "for" of purpose and intended destination). So the two
 * counts, of the same people at the same event, are one measure: how many attended it.
 * fact-measures.ts compares them as counts of one thing.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import { CLAUSE_BREAK, unitsAfter, type ClausedSource } from './fact-clauses.js';
import { shorterWithin, untimed } from './fact-voice.js';
import type { PositionedValue } from './fact-values.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** The verb whose object is the event attended, as fact terms (every form). */
const ATTENDING = verbFormStems(['attend'], SEARCH_OPTIONS.facts.namePrefix);

/**
 * Verbs of coming together at or filling a place, which with "for" and an event tell presence at
 * it ("crowded into the hall for the meeting", "turned out for the vigil"), as fact terms.
 */
const GATHERING = verbFormStems(
  ['crowd', 'pack', 'cram', 'squeeze', 'gather', 'assemble', 'flock', 'throng', 'pour', 'turn'],
  SEARCH_OPTIONS.facts.namePrefix,
);

/** "Turn", a verb of gathering only with "out" or "up" ("turned out for the vigil"). */
const TURN = verbFormStems(['turn'], SEARCH_OPTIONS.facts.namePrefix);

/** "for" and an optional article, opening the phrase that names what a gathering is for. */
const FOR = /\bfor\s+(?:the\s+|a\s+|an\s+)?/i;

/**
 * The terms naming the event that a count's people attended, times of day and calendar words
 * set aside: the count is the subject of the verb right after its noun, "attended" and its object
 * ("the hearing"), or a verb of gathering ({@link GATHERING}) with "for" and the event later in
 * the clause. Null when the clause tells no attendance.
 */
function attendedBy(source: ClausedSource, x: PositionedNumber): Set<string> | null {
  if (x.unit === null) return null;
  const [noun, verb, ...rest] = unitsAfter(source, x.at);
  const act = verb?.keys[0];
  if (noun === undefined || act === undefined || verb === undefined) return null;
  if (noun.keys[0] !== x.unit.slice(0, SEARCH_OPTIONS.facts.namePrefix)) return null;
  // Only the words between the noun and the verb: "people in the hall attended" is another
  // subject; the verb must follow the noun.
  if (!/^\s+$/.test(source.text.slice(noun.end, verb.start))) return null;
  let event = rest;
  if (!ATTENDING().has(act)) {
    if (!GATHERING().has(act)) return null;
    const after = source.text.slice(verb.end);
    // "Turn" tells presence only as "turn out" or "turn up" ("turned away" tells the opposite).
    if (TURN().has(act) && !/^\s+(?:out|up)\b/i.test(after)) return null;
    const clauseEnd = after.search(CLAUSE_BREAK);
    const purpose = FOR.exec(clauseEnd < 0 ? after : after.slice(0, clauseEnd));
    if (purpose === null) return null;
    const from = verb.end + purpose.index + purpose[0].length;
    event = rest.filter((unit) => unit.start >= from);
  }
  const terms = untimed(event.flatMap((unit) => unit.keys));
  return terms.size === 0 ? null : terms;
}

/**
 * True when two counts each tell how many attended an event ({@link attendedBy}) and the event's
 * terms of the shorter naming are all in the longer ("the hearing" / "the hearing on Tuesday"):
 * "the meeting" / "the vigil" are two gatherings.
 */
export function attendanceAlike(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  const one = attendedBy(a, x);
  const other = attendedBy(b, y);
  if (one === null || other === null) return false;
  return shorterWithin(one, other, 1);
}
