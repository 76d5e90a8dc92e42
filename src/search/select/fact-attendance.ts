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
 *
 * A crowd's size ("A crowd of 24,118 watched the match") counts everyone present: a crowd is
 * people gathered in one place (WordNet crowd n. 1, derived from the verb of gathering "crowd",
 * as "throng" is from "throng"), and spectators present at an event are its attendance (WordNet
 * gate n. 1, "the number of spectators who pay to see an athletic event"; audience n. 1, "a
 * gathering of spectators"), so a crowd that watched or saw an event attended it. Not
 * when a phrase after the event says where or how it was watched ("on television", "on a big
 * screen"), nor for a count of people who watched (viewers of a broadcast are counted so too).
 * A count of persons who attended ("25,912 supporters") counts some of those present: set
 * against a crowd's size, only more of them than the whole crowd is a disagreement
 * ({@link attendanceCountsApart}), as a kind counted above its class is (fact-counted-kinds.ts).
 *
 * An "attended" with no object ("The club said 25,912 supporters attended, the largest crowd …")
 * leaves what was attended to be understood from the context (Quirk et al. 1985, on verbs with
 * an understood object; implicit-object.ts): the event the sentence before reports. Two such
 * counts are of one event only when the caller knows the sentences each follows report one fact
 * (fact-relation-types.ts `RelationContext.leanedOnAlike`).
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
import { qualifierStart, type PositionedValue } from './fact-values.js';
import { countsPersons } from './fact-general-nouns.js';
import { rangesOverlap } from './fact-qualifiers.js';
import type { UnitOccurrence } from './fact-participants.js';

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

/**
 * Verbs of watching an event (WordNet watch v. 5, "watch, view, see, catch, take in"),
 * which with a crowd as subject tell its presence at the event (see the module note), as fact
 * terms.
 */
const WATCHING = verbFormStems(['watch', 'see'], SEARCH_OPTIONS.facts.namePrefix);

/** A noun of people gathered in one place, then "of" before the count of them ("a crowd of"). */
const CROWD_OF_SOURCE = String.raw`\b(?:a|an|the)\s+(?:crowd|throng)\s+of\s+`;

/** {@link CROWD_OF_SOURCE} ending the words before a count (its qualifier set aside). */
const CROWD_OF = new RegExp(`${CROWD_OF_SOURCE}$`, 'i');

/** {@link CROWD_OF} anywhere in a text (its count, in digits or words, follows). */
const CROWD_OF_ANYWHERE = new RegExp(CROWD_OF_SOURCE, 'i');

/**
 * True when a passage may tell a crowd's size ("A crowd of 24,118 watched the match"): a cheap
 * necessary test for fact-may-disagree.ts, since such a count shares with a count of persons who
 * attended ("30,500 people attended the concert") only the event's word, its counted noun
 * ("crowd") being none of theirs.
 */
export function mayTellCrowdSize(text: string): boolean {
  return CROWD_OF_ANYWHERE.test(text);
}

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

/**
 * What a count's people attended: an event's terms, or (`place`) a place they came into, or
 * (`implicit`) an event left to the context, its terms none. `crowd`: the count is a crowd's
 * size, everyone present; else `counted` is the counted noun as written ("supporters").
 */
interface Attended {
  terms: Set<string>;
  place: boolean;
  implicit: boolean;
  crowd: boolean;
  counted: string;
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
  const crowd = CROWD_OF.test(source.text.slice(0, qualifierStart(source.text, x.at)));
  const after = unitsAfter(source, x.at);
  // A crowd's size is the subject itself ("a crowd of 24,118 watched"): the verb follows the
  // count; else the counted noun follows it and the verb the noun.
  const noun = crowd ? undefined : after[0];
  const [verb, ...rest] = crowd ? after : after.slice(1);
  const act = verb?.keys[0];
  if ((!crowd && noun === undefined) || act === undefined || verb === undefined) return null;
  const counted = crowd ? null : (noun ?? null);
  if (counted !== null && counted.keys[0] !== x.unit.slice(0, SEARCH_OPTIONS.facts.namePrefix))
    return null;
  // Only the words between the noun (or the count) and the verb: "people in the hall attended"
  // is another subject; the verb must follow the noun.
  const subjectEnd =
    counted?.end ?? x.at + (/^[\d.,]+/.exec(source.text.slice(x.at))?.[0].length ?? 0);
  if (!/^\s+$/.test(source.text.slice(subjectEnd, verb.start))) return null;
  const attended = (terms: Set<string>, place: boolean): Attended | null =>
    terms.size === 0
      ? null
      : {
          terms,
          place,
          implicit: false,
          crowd,
          counted: counted === null ? '' : source.text.slice(counted.start, counted.end),
        };
  const watching = crowd && WATCHING().has(act);
  if (ATTENDING().has(act) || watching) {
    // "attended," with no object before its clause ends: what was attended is the context's.
    if (rest.length === 0 && CLAUSE_BREAK.test(source.text.slice(verb.end).trimStart()[0] ?? '.'))
      return {
        terms: new Set(),
        place: false,
        implicit: true,
        crowd,
        counted: counted === null ? '' : source.text.slice(counted.start, counted.end),
      };
    // A crowd that watched "on television" or "on a big screen" was not there: a phrase after
    // the event watched says where or how.
    if (watching && rest.some((_, i) => i > 0 && opensPhrase(source, rest, i))) return null;
    return attended(untimed(rest.flatMap((unit) => unit.keys)), false);
  }
  if (!GATHERING().has(act)) return null;
  let event = rest;
  let place = false;
  {
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
  return attended(untimed(event.flatMap((unit) => unit.keys)), place);
}

/**
 * Prepositions of position or means (Quirk et al. 1985, 9.15-9.17 and 9.50), which after an
 * event watched say where or how it was watched ("on television", "in a pub", "via a stream"):
 * "against", "between", "of" and the like say which event it was ("the match against Ashby").
 */
const WHERE_OR_HOW = /\b(?:on|in|at|from|via|through|outside|inside|online)\b/i;

/** True when a phrase saying where or how ({@link WHERE_OR_HOW}) opens at the `i`th unit of `units`. */
function opensPhrase(source: ClausedSource, units: readonly UnitOccurrence[], i: number): boolean {
  const unit = units[i]!;
  const previous = units[i - 1]!;
  return WHERE_OR_HOW.test(source.text.slice(previous.end, unit.start));
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
  leanedOnAlike?: () => boolean,
): boolean {
  const one = attendedBy(a, x);
  const other = attendedBy(b, y);
  return one !== null && other !== null && attendedAlike(one, other, leanedOnAlike);
}

/** {@link attendanceAlike} of two attendances read. */
function attendedAlike(one: Attended, other: Attended, leanedOnAlike?: () => boolean): boolean {
  // An event left to the context is the one the sentence before reports (see the module note).
  if (one.implicit || other.implicit) return leanedOnAlike?.() === true;
  if (!one.place && !other.place) return shorterWithin(one.terms, other.terms, 1);
  if (one.place && other.place) return shorterWithin(one.terms, other.terms, LEAST_PLACE_TERMS);
  const [place, naming] = one.place ? [one, other] : [other, one];
  return (
    place.terms.size >= LEAST_PLACE_TERMS && [...place.terms].every((t) => naming.terms.has(t))
  );
}

/**
 * True when two counts tell the attendance of one event ({@link attendanceAlike}) and cannot
 * both be true of it: two crowds' sizes whose ranges do not meet (fact-qualifiers.ts
 * `statedRange`, `xRange` and `yRange`), or a count of persons who attended (a general noun for
 * people or a kind of person, fact-general-nouns.ts `countsPersons`) above the crowd's size it
 * is part of. Counts of two nouns neither of which is a crowd are not read here (fact-measures.ts
 * compares counts of one noun): "200 residents" and "150 councillors" may both have attended.
 */
export function attendanceCountsApart(
  a: ClausedSource,
  x: PositionedNumber,
  xRange: readonly [number, number],
  b: ClausedSource,
  y: PositionedNumber,
  yRange: readonly [number, number],
  leanedOnAlike?: () => boolean,
): boolean {
  const one = attendedBy(a, x);
  const other = attendedBy(b, y);
  if (one === null || other === null || (!one.crowd && !other.crowd)) return false;
  if (one.crowd && other.crowd)
    return !rangesOverlap([...xRange], [...yRange]) && attendedAlike(one, other, leanedOnAlike);
  const [part, partRange, wholeRange] = one.crowd ? [other, yRange, xRange] : [one, xRange, yRange];
  return (
    partRange[0] > wholeRange[1] &&
    countsPersons(part.counted) &&
    attendedAlike(one, other, leanedOnAlike)
  );
}
