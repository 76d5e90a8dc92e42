/**
 * One change of a measure told by its two ends and by its size and end: "Average speeds fell
 * from 27.4mph to 24.1mph" / "Average speeds fell by 3.3mph, to 24.1mph". A change's size is the
 * difference of its ends (the size of an interval, |start − end|), so a report of the size and
 * the end states the start too: the two reports give one change, its three figures bearing each
 * other out. The size follows "by" after a verb of rising or falling ("fell by 3.3mph"; "by":
 * "to the extent or amount of", Merriam-Webster, "by", preposition), the end follows "to"
 * (the goal, Fillmore 1968), as fact-change-ends.ts reads the source and goal of "from … to …".
 *
 * Read only where nothing else can tell them apart here: two figures on each side, of one kind
 * (money of one currency, or a count of one unit), each exact (no "about", no bound: a rounded
 * figure's difference is not known); the same direction by the verbs, borne out by the ends; the
 * same end; the ends' difference equal to the size at the figures' own precision; and the same
 * subject and object (fact-change-ends.ts `sameChangeTold`). A share ("rose by 5% to 40%") is not read: its
 * size may be points or per cent of the start (fact-value-conflicts.ts `shareMeasuresApart`).
 */
import {
  changeEndsOf,
  figure,
  governingVerb,
  sameChangeTold,
  subjectBefore,
} from './fact-change-ends.js';
import type { MeasuredSource } from './fact-measures.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** "by" right before a change's size, its currency sign aside. */
const BY_BEFORE = /\s+by\s+\p{Sc}?$/iu;

/** From a size's digits to its end's: its unit, an optional comma, then "to". */
const TO_BETWEEN = /^[\d.,]+\s*\p{L}*,?\s+to\s+\p{Sc}?$/iu;

/** A change a passage states by its size and its end. */
interface SizedChange {
  direction: 'up' | 'down';
  size: PositionedNumber;
  to: PositionedNumber;
  subject: ReadonlySet<string>;
  afterVerb: ReadonlySet<string>;
}

/** The measure a figure is in: its currency, or its unit; null when it states none. */
const measureOf = (x: PositionedNumber) => (x.kind === 'money' ? x.currency : x.unit);

/** True when a figure is stated exactly: neither approximate nor a bound. */
const exact = (x: PositionedNumber) => x.bound === null && !x.approximate;

/** The change a passage states as "VERB by X(,) to Y" ({@link SizedChange}); null when none. */
function sizedChangeOf(source: MeasuredSource): SizedChange | null {
  const numbers = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  if (numbers.length !== 2 || source.values.zeros.length > 0) return null;
  const [size, to] = numbers as [PositionedNumber, PositionedNumber];
  if (size.kind !== to.kind || (size.kind !== 'money' && size.kind !== 'count')) return null;
  if (measureOf(size) === null || measureOf(size) !== measureOf(to)) return null;
  if (!exact(size) || !exact(to)) return null;
  const text = source.text;
  if (!TO_BETWEEN.test(text.slice(size.at, to.at))) return null;
  const by = BY_BEFORE.exec(text.slice(0, qualifierStart(text, size.at)));
  const verb = by === null ? null : governingVerb(source, by.index);
  if (verb === null) return null;
  const subject = subjectBefore(source, verb.at);
  return { direction: verb.direction, size, to, subject, afterVerb: verb.afterVerb };
}

/** The digits after a number's decimal point. */
const decimals = (n: string) => n.split('.')[1]?.length ?? 0;

/** True when `size` is the difference of `from` and `to`, at the finest precision of the three. */
function differenceIs(from: string, to: string, size: string): boolean {
  const scale = 10 ** Math.max(decimals(from), decimals(to), decimals(size));
  const whole = (n: string) => Math.round(Number(n) * scale);
  return Math.abs(whole(from) - whole(to)) === whole(size);
}

/** True when one passage states a change by its ends and the other that change by its size. */
function endsAgainstSize(ends: MeasuredSource, sized: MeasuredSource): boolean {
  const x = changeEndsOf(ends);
  if (x === null || !exact(x.from) || !exact(x.to)) return false;
  const y = sizedChangeOf(sized);
  if (y === null || x.direction !== y.direction) return false;
  if (figure(x.to) !== figure(y.to) || measureOf(x.from) !== measureOf(y.size)) return false;
  return differenceIs(x.from.number, x.to.number, y.size.number) && sameChangeTold(x, y);
}

/**
 * True when two passages state one change of one subject, one by its two ends and the other by
 * its size and end (the module note says when): their differing figures are then one change.
 */
export function sameChangeBySize(a: MeasuredSource, b: MeasuredSource): boolean {
  return endsAgainstSize(a, b) || endsAgainstSize(b, a);
}
