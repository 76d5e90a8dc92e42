/**
 * Who did what to whom. "Halden Foods bought Brisk Dairies" and "Brisk Dairies bought Halden
 * Foods" share every word and report opposite facts: the same two participants stand on
 * opposite sides of the same action. Two reports are kept apart when, around a shared word of
 * action, the one that acts (the agent) in one is the one acted on (the patient) in the other.
 * The passive voice turns the order round ("Brisk Dairies was bought by Halden Foods" has Halden
 * Foods as its agent), so it is read, not treated as a swap. Only the nearest shared things on
 * either side of the action within its clause are read: a long sentence's other clauses are
 * left alone, which costs a missed swap, never a false one.
 */
import { PASSIVE_AUXILIARIES } from '../../text/auxiliaries.js';
import { anyOf } from '../../text/word-class.js';
import { matchesOf } from '../../text/matches-of.js';

/** One occurrence of a unit of content (a word, or a name's words together) in a passage. */
export interface UnitOccurrence {
  /** Its terms as compared (stems cut to `namePrefix` letters). */
  keys: string[];
  /** Offsets in the passage. */
  start: number;
  end: number;
  /** Capitalised: a name, never the action. */
  name: boolean;
}

/** What a passage needs to be read here: its text and its units in order. */
export interface ParticipantsSource {
  text: string;
  sequence: readonly UnitOccurrence[];
}

/** What separates clauses: the participants of an action are read within its own. */
const CLAUSE_BREAK = /[,;:.!?()—–]/;
/** A form of "be" or "get" between the first participant and the action: the passive. */
const PASSIVE_AUXILIARY = new RegExp(`\\b(?:${anyOf(PASSIVE_AUXILIARIES)})\\b`, 'i');
/**
 * Prepositions: a thing after one is a circumstance of the action ("completed in the spring"),
 * not what it is done to; before the action, one puts the thing in another phrase ("the head
 * of the council sued"). "to" before the action marks an infinitive ("is due to be completed").
 */
export const PREPOSITION =
  /\b(?:in|on|at|by|for|with|from|to|of|into|onto|over|under|after|before|during|since|until|about|against|between|through|per|via|across|among|near|within|without|towards?)\b/i;
const PREPOSITION_BEFORE_ACTION = new RegExp(PREPOSITION.source.replace('|to|', '|'), 'i');
/** "by" right before the thing after the action, with at most a determiner between: its agent. */
const AGENT_BY = /\bby\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/i;
/** What may stand between two words of one phrase ("harbour contractor", "Halden Foods"). */
const ADJOINING = /^[\s'’]*$/;

/** An action with its agent and patient, each as the terms of its phrase. */
interface Action {
  action: string;
  agent: readonly string[];
  patient: readonly string[];
}

const meet = (x: readonly string[], y: readonly string[]) => x.some((key) => y.includes(key));
const isShared = (unit: UnitOccurrence, other: ReadonlySet<string>) =>
  unit.keys.some((key) => other.has(key));

/**
 * The phrase unit `i` of `sequence` heads, read away from the action (`step` -1: back, 1:
 * forward): it and the units adjoining it ("the harbour contractor", "Tarnby council").
 */
function phraseOf(
  text: string,
  sequence: readonly UnitOccurrence[],
  i: number,
  step: -1 | 1,
): string[] {
  const keys = [...(sequence[i] as UnitOccurrence).keys];
  for (let j = i; j + step >= 0 && j + step < sequence.length; j += step) {
    const [x, y] = (
      step < 0 ? [sequence[j + step], sequence[j]] : [sequence[j], sequence[j + step]]
    ) as [UnitOccurrence, UnitOccurrence];
    if (!ADJOINING.test(text.slice(x.end, y.start))) break;
    keys.push(...(sequence[j + step] as UnitOccurrence).keys);
  }
  return keys;
}

/**
 * The actions of a passage read around each word (not a name) that the other passage holds too
 * (`other`: its terms): the phrase of the nearest shared unit before it, in its clause and in no
 * prepositional phrase, as its agent; the phrase of the nearest shared unit after it, with no
 * preposition between, as its patient. In the passive (a form of "be" before the action, "by"
 * before the thing after it) the roles are the other way round.
 */
function actionsOf(passage: ParticipantsSource, other: ReadonlySet<string>): Action[] {
  const { text, sequence } = passage;
  const actions: Action[] = [];
  sequence.forEach((unit, i) => {
    if (unit.name || !isShared(unit, other)) return;
    const nearest = (step: -1 | 1): number | null => {
      for (let j = i + step; j >= 0 && j < sequence.length; j += step) {
        const next = sequence[j] as UnitOccurrence;
        const between =
          step < 0 ? text.slice(next.end, unit.start) : text.slice(unit.end, next.start);
        if (CLAUSE_BREAK.test(between)) return null;
        if (isShared(next, other)) return j;
      }
      return null;
    };
    const b = nearest(-1);
    const f = nearest(1);
    if (b === null || f === null) return;
    const before = sequence[b] as UnitOccurrence;
    const after = sequence[f] as UnitOccurrence;
    const toAction = text.slice(before.end, unit.start);
    const fromAction = text.slice(unit.end, after.start);
    if (PREPOSITION_BEFORE_ACTION.test(toAction)) return;
    const passive = PASSIVE_AUXILIARY.test(toAction) && AGENT_BY.test(fromAction);
    if (!passive && PREPOSITION.test(fromAction)) return;
    const subject = phraseOf(text, sequence, b, -1);
    const object = phraseOf(text, sequence, f, 1);
    if (meet(subject, object)) return;
    const [agent, patient] = passive ? [object, subject] : [subject, object];
    actions.push({ action: unit.keys[0] as string, agent, patient });
  });
  return actions;
}

/** Each passage's keys (per sequence, which an analysed passage keeps), built once. */
const keysRead = new WeakMap<readonly UnitOccurrence[], ReadonlySet<string>>();

function keysOf(passage: ParticipantsSource): ReadonlySet<string> {
  let keys = keysRead.get(passage.sequence);
  if (keys === undefined) {
    keys = new Set(passage.sequence.flatMap((unit) => unit.keys));
    keysRead.set(passage.sequence, keys);
  }
  return keys;
}

/**
 * True when the two passages name the same action with the same two participants, the agent of
 * one being the patient of the other ("the council sued the contractor" / "the contractor sued
 * the council"; but not "the contractor was sued by the council").
 */
export function participantsSwapped(a: ParticipantsSource, b: ParticipantsSource): boolean {
  const actionsA = actionsOf(a, keysOf(b));
  if (actionsA.length === 0) return false;
  const actionsB = actionsOf(b, keysOf(a));
  return actionsA.some((x) =>
    actionsB.some(
      (y) =>
        y.action === x.action &&
        meet(x.agent, y.patient) &&
        meet(x.patient, y.agent) &&
        !meet(x.agent, y.agent) &&
        !meet(x.patient, y.patient),
    ),
  );
}

/** A verb of telling: who tells stands before it, who is told right after it. */
const TELLING = /\b(?:told|tells|tell|telling)\b/giu;
/** {@link TELLING} for a cheap test (no global state). */
const MAYBE_TELLING = /\b(?:told|tells|tell|telling)\b/iu;

/** The teller and the told of one "X told Y", each as the terms of the first unit of its phrase. */
interface Telling {
  teller: readonly string[];
  told: readonly string[];
}

/**
 * Each "X told Y" of a passage, read from its units: the teller is the first unit of the clause
 * the verb stands in ("Residents from St Aubyn told …" → residents), the told the first unit
 * right after it ("… told officials from Truro" → officials). A phrase's head comes first in
 * English, and what follows it ("from St Aubyn", the rest of a name after "the") only describes
 * it, so the first units are the parties.
 */
function tellingsOf(passage: ParticipantsSource): Telling[] {
  const { text, sequence } = passage;
  const found: Telling[] = [];
  for (const m of matchesOf(text, TELLING)) {
    let clauseStart = m.index;
    while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1] as string)) clauseStart--;
    const teller = sequence.find((unit) => unit.start >= clauseStart && unit.end <= m.index);
    const told = sequence.find((unit) => unit.start >= m.index + m[0].length);
    if (teller === undefined || told === undefined) continue;
    if (CLAUSE_BREAK.test(text.slice(m.index, told.start))) continue;
    found.push({ teller: teller.keys, told: told.keys });
  }
  return found;
}

/**
 * True when one passage's teller is the other's told and the other way round: "Residents from
 * St Aubyn told officials from Truro that the dam was unsafe" / "Officials from Truro told
 * residents from St Aubyn that …" report two tellings, never one fact, and the places that
 * describe each party are no place where the fact happened.
 */
export function tellersSwapped(a: ParticipantsSource, b: ParticipantsSource): boolean {
  if (!MAYBE_TELLING.test(a.text) || !MAYBE_TELLING.test(b.text)) return false;
  const tellingsB = tellingsOf(b);
  return tellingsOf(a).some((x) =>
    tellingsB.some(
      (y) =>
        meet(x.teller, y.told) &&
        meet(x.told, y.teller) &&
        !meet(x.teller, y.teller) &&
        !meet(x.told, y.told),
    ),
  );
}

/**
 * Each term of a passage with the word that modifies it right before it: the name's word before
 * it ("Kerrow County Council" → council: county), or the word standing right before it with
 * only a space between ("the parish council" → council: parish). `named`: the pair is in a name.
 */
function modifiersOf(
  passage: ParticipantsSource,
): Array<{ term: string; modifier: string; named: boolean }> {
  const found: Array<{ term: string; modifier: string; named: boolean }> = [];
  passage.sequence.forEach((unit, i) => {
    unit.keys.forEach((key, k) => {
      if (k > 0) found.push({ term: key, modifier: unit.keys[k - 1] as string, named: true });
    });
    const before = passage.sequence[i - 1];
    if (before !== undefined && /^\s+$/.test(passage.text.slice(before.end, unit.start)))
      found.push({
        term: unit.keys[0] as string,
        modifier: before.keys[before.keys.length - 1] as string,
        named: unit.name || before.name,
      });
  });
  return found;
}

/**
 * True when both passages name the same kind of thing with different words before it, one of
 * them in a name, and neither word occurs in the other passage: "Kerrow County Council's
 * planning committee will meet on November 4" / "The parish council will discuss the plan at
 * its meeting on January 28" are two councils' meetings, and their dates are no disagreement.
 */
export function modifiedApart(a: ParticipantsSource, b: ParticipantsSource): boolean {
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  const ofB = modifiersOf(b);
  return modifiersOf(a).some((x) =>
    ofB.some(
      (y) =>
        y.term === x.term &&
        y.modifier !== x.modifier &&
        (x.named || y.named) &&
        !keysB.has(x.modifier) &&
        !keysA.has(y.modifier),
    ),
  );
}
