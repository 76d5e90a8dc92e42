/**
 * One change of a measure told twice: "Tarvian wheat futures climbed 1.8 percent on Monday" /
 * "Tarvian wheat futures ended Monday up 2.1 per cent". A verb of change with a figure as its
 * extent ("climbed 1.8 percent", "fell by £2") or a verb ending a period with "up" or "down"
 * before the figure ("ended Monday up 2.1 per cent", "closed down 3 points") states how much one
 * thing moved over one period: on one subject and one day there is one such change, so two
 * figures of the same kind that cannot be the same differ. Such reports share too few words to
 * be found one event by their wording (fact-relation.ts), as counts in other words may
 * (fact-measures.ts).
 *
 * Read only where nothing else tells the two changes apart: the same direction (a rise is not a
 * fall), the same subject (the words before the verb in its clause, one side's all among the
 * other's, two at least, and the same word right before the verb: "wheat futures" is not
 * "wheat exports"), one figure on each side, of one kind (a share: "percent", "per cent" and
 * "%" alike, fact-values.ts; money of one currency; a count of one unit, "points"), nothing said
 * after the figure in its clause but the same words ("against the dollar" / "against the euro"
 * are two changes; a clause of time or reason, "after the forecast was cut", is not read), a day
 * both name alike, articles published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days
 * apart, and neither side taking a stance (fact-stance.ts: "are expected to rise 2 percent" is a
 * forecast, two forecasts may both be truly reported).
 */
import { stem } from '../../text/terms.js';
import { SEARCH_OPTIONS } from '../options.js';
import { opensSubordinate, unitsAfter, unitsBefore } from './fact-clauses.js';
import { publishedClose, SCALE_TERMS, type MeasuredSource } from './fact-measures.js';
import { rangesOverlap, statedRange } from './fact-qualifiers.js';
import { stancesOf } from './fact-stance.js';
import { relativeTimes } from './fact-time.js';
import { compatibleDates, qualifierStart } from './fact-values.js';
import { verbFormStems } from '../verb-forms.js';
import { FALLING_VERBS, RISING_VERBS } from '../change-verbs.js';
import { CURRENCY_SIGNS } from '../../text/notation-words.js';

/** Verbs saying a measure rose by the figure after them ({@link RISING_VERBS}), as fact terms. */
export const RISING = verbFormStems(RISING_VERBS, SEARCH_OPTIONS.facts.namePrefix);

/** Verbs saying a measure fell by the figure after them ({@link FALLING_VERBS}), as fact terms. */
export const FALLING = verbFormStems(FALLING_VERBS, SEARCH_OPTIONS.facts.namePrefix);

/**
 * Verbs ending a period of trading, whose change is told by "up" or "down" before the figure
 * ("ended Monday up 2.1 per cent") or "higher" or "lower" after it ("closed 2 percent higher").
 */
const ENDING = verbFormStems(['end', 'close', 'finish', 'settle'], SEARCH_OPTIONS.facts.namePrefix);

/** "Up" or "down" right before a figure (and a "by"), where a verb of ending tells the change. */
const DIRECTION_BEFORE = /\b(up|down)(?:\s+by)?\s*$/i;

/** "By" right before a figure: "rose by 2 percent". */
const BY = /\s+by\s*$/i;

/** The terms of "higher" and "lower", which say which way a change went after its figure. */
const HIGHER = stem('higher').slice(0, SEARCH_OPTIONS.facts.namePrefix);
const LOWER = stem('lower').slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** A change a passage reports: which way, by how much, of what, and what else is said of it. */
interface Change {
  direction: 'up' | 'down';
  /** The figure's kind and unit: "share", "money €", "count points". */
  measure: string;
  range: [number, number];
  /** The terms before the verb in its clause. */
  subject: ReadonlySet<string>;
  /** The term right before the verb ("futur" of "wheat futures climbed"). */
  head: string;
  /** The terms after the figure in its clause, up to a clause of its own, scales left out. */
  after: string[];
}

/**
 * The change a passage reports ({@link Change}); null when it states no figure or more than one,
 * or none as the extent of a verb of change.
 */
export function changeOf(source: MeasuredSource): Change | null {
  const numbers = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  if (numbers.length !== 1 || source.values.zeros.length > 0) return null;
  const number = numbers[0]!;
  const range = statedRange(number);
  const measure =
    number.kind === 'share'
      ? 'share'
      : number.kind === 'money' && number.currency !== null
        ? `money ${number.currency}`
        : number.kind === 'count' && number.unit !== null
          ? `count ${number.unit}`
          : null;
  if (range === null || measure === null) return null;
  const before = source.text.slice(0, qualifierStart(source.text, number.at));
  const marked = DIRECTION_BEFORE.exec(before);
  const verbEdge = marked?.index ?? before.replace(BY, '').length;
  const [verb] = unitsBefore(source, verbEdge);
  if (verb === undefined || verb.name) return null;
  // The verb governs the figure: nothing but "by", or "up" / "down" and the day, between them.
  if (marked === null && /\S/.test(source.text.slice(verb.end, verbEdge))) return null;
  const key = verb.keys[0]!;
  const after = wordsAfter(source, number.at);
  let direction: Change['direction'] | null = null;
  if (marked !== null) {
    if (ENDING().has(key)) direction = marked[1]!.toLowerCase() === 'up' ? 'up' : 'down';
  } else if (RISING().has(key)) direction = 'up';
  else if (FALLING().has(key)) direction = 'down';
  else if (ENDING().has(key) && (after[0] === HIGHER || after[0] === LOWER)) {
    direction = after.shift() === HIGHER ? 'up' : 'down';
  }
  if (direction === null) return null;
  const subject = unitsBefore(source, verb.start);
  const [head] = subject;
  if (head === undefined) return null;
  return {
    direction,
    measure,
    range,
    subject: new Set(subject.flatMap((unit) => unit.keys)),
    head: head.keys.join(' '),
    after,
  };
}

/** A gap within a figure: digits, separators, spaces, a percent or a currency sign. */
const FIGURE_GAP = new RegExp(`^[\\d.,\\s%${CURRENCY_SIGNS}-]*$`);

/**
 * The terms after offset `from` in its clause, up to a word opening a clause of its own; the
 * figure's own scale and unit words right after it ("per cent", "million euros") left out.
 */
function wordsAfter(source: MeasuredSource, from: number): string[] {
  const found: string[] = [];
  let edge = from;
  let figure = true;
  for (const unit of unitsAfter(source, from)) {
    const gap = source.text.slice(edge, unit.start);
    if (opensSubordinate(gap)) break;
    // The figure's words run on with nothing but its digits, a sign or a space between.
    figure &&= FIGURE_GAP.test(gap) && unit.keys.every((key) => SCALE_TERMS.has(key));
    if (!figure) found.push(...unit.keys);
    edge = unit.end;
  }
  return found;
}

/** The periods counted from publication a passage names (fact-time.ts keys), in order. */
const periodsOf = (text: string) =>
  relativeTimes(text)
    .map((t) => t.key)
    .join(' ');

/**
 * True when two passages report one change of one measure with figures that cannot be the same
 * (the module note says when they are one change). `published`: the two articles' publication
 * dates (`YYYY-MM-DD`), both needed.
 */
export function changesDiffer(
  a: MeasuredSource,
  b: MeasuredSource,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  if (!publishedClose(published)) return false;
  const x = changeOf(a);
  const y = changeOf(b);
  if (x === null || y === null) return false;
  if (x.direction !== y.direction || x.measure !== y.measure || x.head !== y.head) return false;
  const [small, large] = x.subject.size <= y.subject.size ? [x, y] : [y, x];
  if (small.subject.size < 2 || ![...small.subject].every((t) => large.subject.has(t)))
    return false;
  if (x.after.join(' ') !== y.after.join(' ')) return false;
  const sameWeekday = a.values.weekdays.some((day) => b.values.weekdays.includes(day));
  const sameDate = a.values.dates.some(
    (d) => d.day !== null && b.values.dates.some((e) => compatibleDates(d, e)),
  );
  if (!sameWeekday && !sameDate) return false;
  // One period: a weekday named alike in a week named on one side only ("on Monday" / "on
  // Monday last week") may be another Monday. Periods counted from publication (fact-time.ts)
  // must be the same words on both sides; the articles' dates are close already.
  if (periodsOf(a.text) !== periodsOf(b.text)) return false;
  if (stancesOf(a.text).size > 0 || stancesOf(b.text).size > 0) return false;
  return !rangesOverlap(x.range, y.range);
}
