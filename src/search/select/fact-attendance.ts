/**
 * One gathering's attendance told with two verbs: "More than 300 people packed into the school
 * gym for the hearing" / "About 180 people attended the hearing". To attend an event is to be
 * present at it; a verb of coming together or filling a place with "for" and the event ("crowded
 * into the hall for the meeting", "turned out for the meeting", "gathered for the vigil") tells
 * the same presence, its purpose phrase naming the event (Quirk et al. 1985, A Comprehensive
 * Grammar of the English Language, 9.58, "for" of purpose and intended destination). So the two
 * counts, of the same people at the same event, are one measure: how many attended it.
 * fact-measures.ts compares them as counts of one thing.
 *
 * Such a verb with a place as its goal and no purpose ("More than 200 people crammed into
 * Dunmore church hall on Thursday night") tells presence in that place (Quirk et al. 1985, 9.15-
 * 9.17, "into" and "in" of destination and position); an event held there ("attended a public
 * meeting in Dunmore church hall") is attended in it. The place must be named in at least
 * {@link LEAST_PLACE_TERMS} terms, all in the other's naming ("Dunmore church hall"), for "the
 * hall" alone may be any hall; the times are compared elsewhere (fact-measures.ts, fact-setting.ts
 * `sameSetting`), so a count in one hall on two nights stays two counts.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import {
  CLAUSE_BREAK,
  PURPOSE_INFINITIVE,
  unitsAfter,
  type ClausedSource,
} from './fact-clauses.js';
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

/** A preposition of destination or position right after a verb of gathering ("crammed into"). */
const INTO = /^\s+(?:into|inside|in|at)\s+(?:the\s+)?/i;

/** What ends a place named after {@link INTO}: a preposition, "to" of purpose, a time, a clause. */
const PLACE_END =
  /\s(?:on|at|in|to|for|from|with|by|after|before|during|as|when|while|last|this|yesterday|and|or)\b/i;

/** The fewest terms of a place named as a gathering's goal that identify it ("Dunmore church hall"). */
const LEAST_PLACE_TERMS = 2;

/** What a count's people attended: an event's terms, or (`place`) a place they came into. */
interface Attended {
  terms: Set<string>;
  place: boolean;
}

/**
 * What a count's people attended, times of day and calendar words set aside: the count is the
 * subject of the verb right after its noun, "attended" and its object ("the hearing"), or a verb
 * of gathering ({@link GATHERING}) with "for" and the event later in the clause, or else with a
 * place as its goal right after it ("into the hall": `place`). Null when the clause tells no
 * attendance.
 */
function attendedBy(source: ClausedSource, x: PositionedNumber): Attended | null {
  if (x.unit === null) return null;
  const [noun, verb, ...rest] = unitsAfter(source, x.at);
  const act = verb?.keys[0];
  if (noun === undefined || act === undefined || verb === undefined) return null;
  if (noun.keys[0] !== x.unit.slice(0, SEARCH_OPTIONS.facts.namePrefix)) return null;
  // Only the words between the noun and the verb: "people in the hall attended" is another
  // subject; the verb must follow the noun.
  if (!/^\s+$/.test(source.text.slice(noun.end, verb.start))) return null;
  let event = rest;
  let place = false;
  if (!ATTENDING().has(act)) {
    if (!GATHERING().has(act)) return null;
    let after = source.text.slice(verb.end);
    // "Turn" tells presence only as "turn out" or "turn up" ("turned away" tells the opposite).
    if (TURN().has(act)) {
      const particle = /^\s+(?:out|up)\b/i.exec(after);
      if (particle === null) return null;
      after = after.slice(particle[0].length);
    }
    // A purpose adjunct ("to call for a new depot") tells what they came for, not the event
    // attended: its "for" names none.
    const clauseEnd = after.search(CLAUSE_BREAK);
    const ownClause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
    const purposeAt = ownClause.search(PURPOSE_INFINITIVE);
    const clause = purposeAt < 0 ? ownClause : ownClause.slice(0, purposeAt);
    const purpose = FOR.exec(clause);
    const goal = INTO.exec(clause);
    const afterStart = source.text.length - after.length;
    if (purpose !== null) {
      const from = afterStart + purpose.index + purpose[0].length;
      event = rest.filter((unit) => unit.start >= from);
    } else if (goal !== null) {
      const from = afterStart + goal[0].length;
      const named = clause.slice(goal[0].length);
      const end = named.search(PLACE_END);
      const to = from + (end < 0 ? named.length : end);
      event = rest.filter((unit) => unit.start >= from && unit.end <= to);
      place = true;
    } else return null;
  }
  const terms = untimed(event.flatMap((unit) => unit.keys));
  return terms.size === 0 ? null : { terms, place };
}

/**
 * True when two counts each tell how many attended an event or came into a place ({@link
 * attendedBy}) and the terms of the shorter naming are all in the longer ("the hearing" / "the
 * hearing on Tuesday"; "Dunmore church hall" / "a public meeting in Dunmore church hall"): "the
 * meeting" / "the vigil" are two gatherings. A place is named in at least {@link
 * LEAST_PLACE_TERMS} terms, all of them within the other's naming (of a place, the shorter's
 * within the longer's).
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
  if (!one.place && !other.place) return shorterWithin(one.terms, other.terms, 1);
  if (one.place && other.place) return shorterWithin(one.terms, other.terms, LEAST_PLACE_TERMS);
  const [place, naming] = one.place ? [one, other] : [other, one];
  return (
    place.terms.size >= LEAST_PLACE_TERMS && [...place.terms].every((t) => naming.terms.has(t))
  );
}
