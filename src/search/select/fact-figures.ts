/**
 * Which figures two reports both state. "Also reported by" says the other outlet states the same
 * fact: every figure of the passage shown, not one of them ("81% backed a strike on a 74%
 * turnout" is not confirmed by "81% backed a strike", which leaves the turnout unsaid, and its
 * article may give another). "Sources differ" says two reports give different values for one
 * thing: one place where they differ, not two ("81% on a 74% turnout" / "88% on a 79% turnout"
 * differ in every figure, which tells two votes more often than two mistakes; fact-relation.ts
 * claims one aspect at a time for the same reason).
 */
import type { FactValues, PositionedValue } from './fact-values.js';
import { roundedReading } from './fact-qualifiers.js';
import { ownClauseSpan } from './fact-clauses.js';
import { TIME_UNITS } from './fact-durations.js';

/**
 * True when a number of `a` and one of `b` (as `FactValues.numbers` writes them) state one
 * value: the same figure, or one the other read on a coarser scale ("about 3,000" / "some
 * 3,050", fact-qualifiers.ts `roundedReading`).
 */
export function sameFigure(x: string, y: string, a: FactValues, b: FactValues): boolean {
  if (x === y) return true;
  return a.positioned.some(
    (p) =>
      'number' in p &&
      p.number === x &&
      b.positioned.some((q) => 'number' in q && q.number === y && roundedReading(p, q)),
  );
}

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/**
 * The figures of `a` (its positioned numbers: a tally such as "412 to 36" is one) that `b` does
 * not state as the same value ({@link sameFigure}, either way round).
 */
export function figuresUnstated(a: FactValues, b: FactValues): PositionedNumber[] {
  const figures = a.positioned.filter((x): x is PositionedNumber => 'number' in x);
  return figures.filter(
    (x) => !b.numbers.some((y) => sameFigure(x.number, y, a, b) || sameFigure(y, x.number, b, a)),
  );
}

/** What is read of a report here: its text and values. */
export interface FiguredSource {
  text: string;
  values: FactValues;
}

/**
 * True when a figure of one report that the other does not state stands in the own clause
 * (fact-clauses.ts `ownClauseSpan`, with its adjuncts set off by commas: {@link
 * clauseWithAdjuncts}) of a figure both state: another slot of the fact the two are
 * found to share ("voted 81% in favour of strike action on a turnout of 74%" / "voted 81% in
 * favour of strike action": the turnout is a figure of that vote, unconfirmed). A figure in
 * another clause ("Norway will keep 30 percent, Iceland 15 percent" / "Iceland will receive 15
 * per cent"; "…, adding that 2,000 homes would get bottled water") is another fact beside it,
 * which the other report may leave out.
 */
export function figureUnconfirmed(a: FiguredSource, b: FiguredSource): boolean {
  return unconfirmedBeside(a, b) || unconfirmedBeside(b, a);
}

/**
 * Prepositions opening a phrase set off by a comma that is an adverbial of the clause beside it
 * (Quirk et al. 1985, 8.12-8.14: an adjunct set off by punctuation is still an element of its
 * clause): "…, on a turnout of 74%", "…, with turnout at 74%".
 */
const ADJUNCT_OPENER = /^\s*(?:on|with|at|by|from|amid|among)\s/iu;

/**
 * The own clause of the figure at `at` (fact-clauses.ts `ownClauseSpan`) with the phrases set off
 * by commas beside it that open with a preposition ({@link ADJUNCT_OPENER}): "Members voted 81%
 * in favour, on a turnout of 74%" is one clause for this purpose.
 */
function clauseWithAdjuncts(text: string, at: number): { start: number; end: number } {
  let { start, end } = ownClauseSpan(text, at);
  while (text[end] === ',' && ADJUNCT_OPENER.test(text.slice(end + 1))) {
    const next = ownClauseSpan(text, end + 2).end;
    if (next <= end) break;
    end = next;
  }
  while (start > 1 && text[start - 1] === ',') {
    const previous = ownClauseSpan(text, start - 2).start;
    if (previous >= start || !ADJUNCT_OPENER.test(text.slice(previous))) break;
    start = previous;
  }
  return { start, end };
}

/**
 * A preposition of duration right before a span of time, with an optional determiner: "over the
 * six weeks of work", "during the first two weeks", "throughout the three months", "for six weeks".
 */
const DURATION_OPENER =
  /\b(?:over|during|throughout|across|for)\s+(?:(?:the|its|their|those|these|that|this)\s+)?$/iu;

/**
 * A phrase naming the period a fact holds over by what happens in it rather than by its length
 * ("during the closure period", "throughout the works"): "during" and "throughout" open only
 * adjuncts of time (Quirk et al. 1985, ch. 9 on the prepositions of time duration).
 */
const NAMED_PERIOD = /\b(?:during|throughout)\s+(?:the|its|their|this|that)\s+\p{L}/iu;

/**
 * True when figure `x` of `source` is the length of the period its fact holds over, told in an
 * adjunct of duration ({@link DURATION_OPENER} before a count of a unit of time: "booked flights
 * over the six weeks of work"). Such an adjunct says when, not what (Quirk et al. 1985, ch. 8 on
 * adjuncts of time duration): its figure is no slot of the fact, so a report that names the same
 * period in other words ({@link NAMED_PERIOD}: "during the closure period") leaves nothing of the
 * fact unconfirmed.
 */
function periodLength(source: FiguredSource, x: PositionedNumber): boolean {
  return (
    x.kind === 'count' &&
    x.unit !== null &&
    TIME_UNITS.has(x.unit) &&
    DURATION_OPENER.test(source.text.slice(Math.max(0, x.at - 40), x.at))
  );
}

function unconfirmedBeside(a: FiguredSource, b: FiguredSource): boolean {
  const named = NAMED_PERIOD.test(b.text);
  const unstated = figuresUnstated(a.values, b.values).filter(
    (x) => !(named && periodLength(a, x)),
  );
  if (unstated.length === 0) return false;
  return a.values.positioned.some((x) => {
    if (!('number' in x) || unstated.includes(x)) return false;
    const own = clauseWithAdjuncts(a.text, x.at);
    return unstated.some((u) => u.at >= own.start && u.at < own.end);
  });
}

/**
 * True when two reports differ in more than one figure: each states at least two figures the
 * other does not ("81% on a 74% turnout" / "88% on a 79% turnout"). Such reports are not set
 * against each other as one thing told two ways.
 */
export function figuresApartTwice(a: FactValues, b: FactValues): boolean {
  return figuresUnstated(a, b).length >= 2 && figuresUnstated(b, a).length >= 2;
}
