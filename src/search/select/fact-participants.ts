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
const PASSIVE_AUXILIARY = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\b/i;
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
