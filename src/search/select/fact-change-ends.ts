/**
 * One change of a measure told by its two ends in two ways: "Adult season tickets will rise from
 * £310 to £365" / "An adult season ticket will cost £365, up from £310". A verb of rising or
 * falling with "from X to Y" (fact-changes.ts `RISING`, `FALLING`), and a figure Y followed by a
 * verbless ", up from X" or ", down from X" (a verbless supplementive clause, Quirk et al. 1985,
 * ch. 15, here comparing the figure with an earlier value), both state that one
 * thing went from X to Y: the verbs ("rise", "cost") say how each report puts it, not two things
 * reported, as two verbs of one level do (fact-levels.ts). So two such reports of one subject,
 * one direction and the same two ends are one change whatever their verbs.
 *
 * Read only where nothing else can tell them apart here: two figures on each side, the change's
 * ends, of one kind (money of one currency, a count of one unit), the same start and end with
 * the same bounds, the same direction, which the figures bear out ("up" from the smaller); the
 * same subject (the content words before the verb, back to a clause break or a word opening a
 * clause of its own, "confirmed that …") and the same words between the verb and its figures
 * (an object, "lowered the charge from …": `governingVerb`), two words at least: a place or a
 * kind named on one side only ("adult season tickets at Kelby Park") may be another price. Time,
 * stance and the rest of the wording are compared by fact-relation.ts as for any report.
 */
import { FALLING, RISING } from './fact-changes.js';
import { LOWERING_VERBS, RAISING_VERBS } from '../change-verbs.js';
import { verbFormStems } from '../verb-forms.js';
import { SEARCH_OPTIONS } from '../options.js';
import { opensSubordinate, unitsBefore } from './fact-clauses.js';
import type { UnitOccurrence } from './fact-participants.js';
import type { MeasuredSource } from './fact-measures.js';
import { roundedReading } from './fact-qualifiers.js';
import { changeStartAfterEnd, rangeStartBefore } from './fact-range-units.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** "from" right before a change's first figure, its currency sign aside. */
const FROM_BEFORE = /\s+from\s+\p{Sc}?$/iu;

/** Between a figure and its earlier value: what is said of it in its clause, then ", up from". */
const UP_FROM_BETWEEN = /^[^,;:.!?()—–]*,\s+(up|down)\s+from\s+\p{Sc}?$/iu;

/**
 * Between a verb and the figure it governs: a space and a currency sign at most, or "to" before
 * it, which marks the figure as the change's end ("rose to $241 million, up from $212 million").
 */
const GOVERNS = /^\s+(?:to\s+)?\p{Sc}?$/iu;

/** A change a passage states by its two ends. */
export interface ChangeEnds {
  direction: 'up' | 'down';
  /** Both figures as compared: kind, currency or unit, bound, approximation and number. */
  ends: string;
  /** The start and the end as read. */
  from: PositionedNumber;
  to: PositionedNumber;
  subject: ReadonlySet<string>;
  /** What stands between the verb and the change's figures ({@link GoverningVerb}). */
  afterVerb: ReadonlySet<string>;
}

/** A figure as compared: its kind, what it measures in, its bound and its number. */
export function figure(x: PositionedNumber): string {
  const unit = x.kind === 'money' ? x.currency : x.unit;
  return `${x.kind} ${unit ?? ''} ${x.bound ?? ''} ${x.approximate} ${x.number}`;
}

/**
 * The content terms of the subject of a verb starting at `at`: the units before it in its
 * clause, back to a word opening a clause of its own ("confirmed that an adult ticket will …").
 */
export function subjectBefore(source: MeasuredSource, at: number): Set<string> {
  const keys = new Set<string>();
  let edge = at;
  for (const unit of unitsBefore(source, at)) {
    if (opensSubordinate(source.text.slice(unit.end, edge))) break;
    for (const key of unit.keys) keys.add(key);
    edge = unit.start;
  }
  return keys;
}

/**
 * Causative verbs of change ({@link RAISING_VERBS}, {@link LOWERING_VERBS}), as fact terms: read
 * here only before "from", "to" or "by" (the change's start, end or size: Quirk et al. 1985, ch. 9
 * on the prepositions of source and goal), where the figure cannot be the doer's new level alone.
 */
const RAISED = verbFormStems(RAISING_VERBS, SEARCH_OPTIONS.facts.namePrefix);
const LOWERED = verbFormStems(LOWERING_VERBS, SEARCH_OPTIONS.facts.namePrefix);

/** Every term of a verb of change, either way. */
const CHANGE_TERMS = () => new Set([...RISING(), ...RAISED(), ...FALLING(), ...LOWERED()]);

/** The forms of "go", as fact terms: the verb of the phrasal verbs of change {@link phrasalDirection}. */
const GO = verbFormStems(['go'], SEARCH_OPTIONS.facts.namePrefix);

/** The adverb particle right after a verb (Quirk et al. 1985, §16.2): "up" or "down". */
const PARTICLE_AFTER = /^\s+(up|down)\b/iu;

/**
 * The direction a form of "go" with the particle "up" or "down" right after it says ("has gone up
 * by £500,000"): WordNet 3.1 lists "go up" with "rise" and "climb" ("increase in value or to a
 * higher point", rise.v.02) and "go down" with "decline" ("decline, go down, wane", decline.v.03),
 * verbs of rising and falling; null for any other unit.
 */
function phrasalDirection(unit: UnitOccurrence, text: string): 'up' | 'down' | null {
  if (!unit.keys.some((key) => GO().has(key))) return null;
  const particle = PARTICLE_AFTER.exec(text.slice(unit.end))?.[1]?.toLowerCase();
  return particle === 'up' ? 'up' : particle === 'down' ? 'down' : null;
}

/**
 * The direction a unit of `text` says as a verb of change ({@link RAISED}, {@link LOWERED} and
 * {@link phrasalDirection} among them).
 */
function directionOf(unit: UnitOccurrence, text: string): 'up' | 'down' | null {
  if (unit.name) return null;
  const phrasal = phrasalDirection(unit, text);
  if (phrasal !== null) return phrasal;
  const rising = unit.keys.some((key) => RISING().has(key) || RAISED().has(key));
  const falling = unit.keys.some((key) => FALLING().has(key) || LOWERED().has(key));
  return rising === falling ? null : rising ? 'up' : 'down';
}

/**
 * The direction a verb of change ending right before `edge` says (a verb of rising or falling,
 * or a causative one, {@link RAISED}, {@link LOWERED}), and where it starts.
 */
function verbBefore(
  source: MeasuredSource,
  edge: number,
): { at: number; end: number; direction: 'up' | 'down' | null } | null {
  const [verb] = unitsBefore(source, edge);
  if (verb === undefined || verb.name) return null;
  return { at: verb.start, end: verb.end, direction: directionOf(verb, source.text) };
}

/** The verb of change whose figure a preposition marks, and what stands between the two. */
export interface GoverningVerb {
  at: number;
  end: number;
  direction: 'up' | 'down';
  /** The content terms between the verb and the preposition: its object, or an adverbial. */
  afterVerb: ReadonlySet<string>;
}

/** Most content units read between a verb of change and its figure's preposition. */
const MAX_AFTER_VERB = 8;

/** A coordinator between two words: what follows it may be another predicate's. */
const COORDINATOR = /\b(?:and|or|but|nor)\b/i;

/**
 * The verb of change that governs the figure after the preposition at `edge` ("from", "to" or
 * "by"), in its clause: right before it ("fell from £6.50 to £4"), or before what stands between
 * ("lowered the daily parking charge from £6.50 to £4"). A transitive verb of change of state
 * takes as its object what changes (Levin 1993, §45.4, the causative of "the charge lowered"; §45.6
 * on the calibratable ones, whose change "from", "to" and "by" measure; Quirk et al. 1985, §10.2 on
 * the affected object), so the words between are part of what the change is said of, an object or
 * an adverbial, and are compared as such (`sameChangeTold`), never set aside. Null when no verb
 * of change stands within {@link MAX_AFTER_VERB} units, or a clause of its own or a coordinator
 * comes between, or a verb of both directions is met first.
 */
export function governingVerb(source: MeasuredSource, edge: number): GoverningVerb | null {
  const afterVerb = new Set<string>();
  for (const unit of unitsBefore(source, edge).slice(0, MAX_AFTER_VERB + 1)) {
    const between = source.text.slice(unit.end, edge);
    if (opensSubordinate(between) || COORDINATOR.test(between)) return null;
    const direction = directionOf(unit, source.text);
    if (direction !== null) return { at: unit.start, end: unit.end, direction, afterVerb };
    if (!unit.name && unit.keys.some((key) => CHANGE_TERMS().has(key))) return null;
    for (const key of unit.keys) afterVerb.add(key);
  }
  return null;
}

/** A preposition marking a change's start, end or size ("from", "to", "by") right before a figure. */
const CHANGE_PREPOSITION_BEFORE = /\s+(?:from|to|by)\s+\p{Sc}?$/iu;

/**
 * The ways the verbs of change of a passage say its figures went: each figure after "from",
 * "to" or "by" ({@link CHANGE_PREPOSITION_BEFORE}) whose verb of change ({@link governingVerb})
 * says up or down.
 */
function changeWays(source: MeasuredSource): Set<'up' | 'down'> {
  const ways = new Set<'up' | 'down'>();
  for (const value of source.values.positioned) {
    if (!('number' in value)) continue;
    const before = source.text.slice(0, qualifierStart(source.text, value.at));
    const preposition = CHANGE_PREPOSITION_BEFORE.exec(before);
    const verb = preposition === null ? null : governingVerb(source, preposition.index);
    if (verb !== null) ways.add(verb.direction);
  }
  return ways;
}

/**
 * True when the verbs of change of two passages say their figures went opposite ways, each one
 * way only ("rose by 40p to £2.40" / "have gone down by 40p to £2.40"): a rise and a fall are
 * two changes, whatever the figures and other words share (rising and falling are antonyms,
 * WordNet's "rise" / "fall" and "go up" / "go down").
 */
export function changeWaysApart(a: MeasuredSource, b: MeasuredSource): boolean {
  const x = changeWays(a);
  const y = changeWays(b);
  return x.size === 1 && y.size === 1 && [...x][0] !== [...y][0];
}

/** A change's two ends by role, the verb that tells it and the way its words say it went. */
interface ChangeRoles {
  from: PositionedNumber;
  to: PositionedNumber;
  verbAt: number;
  way: string;
  afterVerb: ReadonlySet<string>;
}

/**
 * The two ends a passage gives a change by their roles, "rise from X to Y", "rise to Y from X" or
 * "Y, up from X",
 * whether or not the figures bear out the way its words say ("rose to $212 million, up from $241
 * million" still puts $241 million as the start); null when it states no such change.
 */
function changeRolesOf(source: MeasuredSource): ChangeRoles | null {
  const numbers = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  if (numbers.length !== 2 || source.values.zeros.length > 0) return null;
  const [first, second] = numbers as [PositionedNumber, PositionedNumber];
  if (first.kind !== second.kind || (first.kind !== 'money' && first.kind !== 'count')) return null;
  const text = source.text;
  let read: ChangeRoles | null = null;
  const start = qualifierStart(text, first.at);
  const from = FROM_BEFORE.exec(text.slice(0, start));
  if (from !== null && rangeStartBefore(text, second.at) === first.at) {
    // "rise from X to Y", "lowered the charge from X to Y": the verb before "from" says which way.
    const verb = governingVerb(source, from.index);
    if (verb === null) return null;
    read = {
      from: first,
      to: second,
      verbAt: verb.at,
      way: verb.direction,
      afterVerb: verb.afterVerb,
    };
  } else if (changeStartAfterEnd(text, second.at) === first.at) {
    // "rise to Y from X", "cut the fare to Y from X": the verb before "to" says which way.
    const to = /\s+to\s+\p{Sc}?$/iu.exec(text.slice(0, start));
    const verb = to === null ? null : governingVerb(source, to.index);
    if (verb === null) return null;
    read = {
      from: second,
      to: first,
      verbAt: verb.at,
      way: verb.direction,
      afterVerb: verb.afterVerb,
    };
  } else {
    // "cost Y …, up from X": the verb governs Y, "up" or "down" says which way.
    const up = UP_FROM_BETWEEN.exec(text.slice(first.at, second.at));
    const verb = up === null ? null : verbBefore(source, start);
    if (up === null || verb === null || !GOVERNS.test(text.slice(verb.end, first.at))) return null;
    const way = up[1]!.toLowerCase();
    read = { from: second, to: first, verbAt: verb.at, way, afterVerb: new Set() };
  }
  return read;
}

/**
 * True when a passage states a change by its two ends ("rose from 4 to 9 seats", "cost £365, up
 * from £310"): each figure is one value in its role, the start or the end, never a range's bounds
 * (fact-number-range.ts), whether or not the figures bear out the way its words say.
 */
export function statesChangeEnds(source: MeasuredSource): boolean {
  return changeRolesOf(source) !== null;
}

/** The change a passage states by its two ends ({@link ChangeEnds}); null when it states none. */
export function changeEndsOf(source: MeasuredSource): ChangeEnds | null {
  const read = changeRolesOf(source);
  if (read === null) return null;
  const direction = read.way === 'up' ? 'up' : 'down';
  const rise = Number(read.to.number) - Number(read.from.number);
  if (!(direction === 'up' ? rise > 0 : rise < 0)) return null;
  const measure = (x: PositionedNumber) => (x.kind === 'money' ? x.currency : x.unit);
  if (measure(read.from) === null || measure(read.from) !== measure(read.to)) return null;
  return {
    direction,
    ends: `${figure(read.from)} → ${figure(read.to)}`,
    from: read.from,
    to: read.to,
    subject: subjectBefore(source, read.verbAt),
    afterVerb: read.afterVerb,
  };
}

/**
 * True when two passages state one change of one subject by the same two ends, each with its
 * own verb or none (the module note says when): the verbs are then no two things reported.
 */
export function sameChangeEnds(a: MeasuredSource, b: MeasuredSource): boolean {
  const x = changeEndsOf(a);
  if (x === null) return false;
  const y = changeEndsOf(b);
  if (y === null || x.direction !== y.direction || x.ends !== y.ends) return false;
  return sameChangeTold(x, y);
}

/** What a change is said of: its verb's subject, and what stands between the verb and figures. */
export interface ToldChange {
  subject: ReadonlySet<string>;
  afterVerb: ReadonlySet<string>;
}

/**
 * True when two changes are said of the same things: the same subject terms
 * ({@link subjectBefore}) and the same terms between verb and figures ({@link GoverningVerb}),
 * two terms at least in all. A place or a kind named on one side only, a doer on one side only
 * ("The council lowered the charge" / "The charge was lowered"), or an object on one side only
 * may be another measure, or says more than the other bears out.
 */
export function sameChangeTold(x: ToldChange, y: ToldChange): boolean {
  const same = (p: ReadonlySet<string>, q: ReadonlySet<string>) =>
    p.size === q.size && [...p].every((key) => q.has(key));
  return (
    x.subject.size + x.afterVerb.size >= 2 &&
    same(x.subject, y.subject) &&
    same(x.afterVerb, y.afterVerb)
  );
}

/**
 * True when two passages each state a change by its two ends, of one kind and one currency or
 * unit, and an end differs from the other's end in the same role: its start from the other's
 * start, or its end from the other's end, by more than a rounded reading
 * (fact-qualifiers.ts `roundedReading`). The start and the end of a change are two roles
 * (Fillmore 1968's source and goal): the same two figures in swapped roles ("rose to $241
 * million, up from $212 million" / "rose to $212 million, up from $241 million") state two
 * changes, never one, whatever wording the passages share.
 */
export function changeEndsApart(a: MeasuredSource, b: MeasuredSource): boolean {
  const x = changeRolesOf(a);
  if (x === null) return false;
  const y = changeRolesOf(b);
  if (y === null || x.from.kind !== y.from.kind) return false;
  const measure = (n: PositionedNumber) => (n.kind === 'money' ? n.currency : n.unit);
  const unit = measure(x.from);
  if (unit === null || [x.to, y.from, y.to].some((n) => measure(n) !== unit)) return false;
  const differ = (p: PositionedNumber, q: PositionedNumber) =>
    p.number !== q.number && !roundedReading(p, q);
  return differ(x.from, y.from) || differ(x.to, y.to);
}
