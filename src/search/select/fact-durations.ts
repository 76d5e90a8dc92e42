/**
 * How long an activity went on, told by two verbs of time: "The two unions spent three weeks in
 * talks with the port operator" / "Talks between the unions and the port operator lasted three
 * weeks". "Spend" with a span of time as its object and the activity after "in" or "on" (or as
 * the "-ing" verb right after the span: "spent three weeks negotiating"), and "last" with the span
 * as its complement and the activity as its subject, each state the one thing, the activity's
 * length (VerbNet's spend_time class: an agent passes a span of time in an activity; "last" takes
 * an obligatory complement of duration, Quirk et al. 1985 on verbs with a complement of measure;
 * plan/answer-type.ts reads both as saying how long). Neither verb is an act of its own there,
 * so the two, standing right before spans of one unit of time, are one word (fact-relation.ts),
 * as the price verbs before a sum are: "spent" / "lasted" no longer keep the reports apart as two
 * acts (fact-acts.ts) or two measures (fact-measures.ts), and every other check (stance, day,
 * place, names, the figure itself) still reads the words as written: "spent three weeks in
 * talks" / "talks lasted three weeks" is one fact, "… lasted four weeks" differs on the number.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { TIME_UNITS as TIME_UNIT_WORDS } from '../plan/answer-type.js';
import { stem } from '../../text/terms.js';
import { verbFormStems } from '../verb-forms.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';
import { rangesOverlap, statedRange } from './fact-qualifiers.js';
import { unitsAfter, unitsBefore, type ClausedSource } from './fact-clauses.js';
import { subjectOf } from './fact-count-acts.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** A fact term: its stem cut to `namePrefix` letters. */
const cut = (term: string) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** The units a span of time is counted in (answer-type.ts's), as fact terms ("weeks" → "week"). */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  TIME_UNIT_WORDS.split('|').map((unit) => cut(stem(unit.replace(/s\?$/, '')))),
);

/** Every form of "spend" and of "last", as fact terms ("spent", "lasted" → "last"). */
const SPEND = verbFormStems(['spend'], SEARCH_OPTIONS.facts.namePrefix);
const LAST = verbFormStems(['last'], SEARCH_OPTIONS.facts.namePrefix);

/** What a passage needs to be read here. */
export interface DurationSource extends ClausedSource {
  values: { positioned: readonly PositionedValue[] };
}

/** A span of an activity a passage states with "spend" or "last". */
export interface Duration {
  /** Which verb tells it. */
  verb: 'spend' | 'last';
  /** The verb as a fact term ("spent", "last"). */
  term: string;
  /** The unit of time counted, as a fact term ("week"). */
  unit: string;
  /** The span's range in that unit (fact-qualifiers.ts: "about three weeks"); null when vague. */
  range: [number, number] | null;
  /**
   * What went on that long, as fact terms: for "spend", the noun after "in" or "on" (or the
   * "-ing" verb) right after the span; for "last", the terms of its subject.
   */
  activity: ReadonlySet<string>;
}

/** The word right after a span of "spend" that opens its activity: "in talks", "on repairs". */
const ACTIVITY_OPENER = /^\s+(?:in|on)\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * The one span of an activity a passage states with "spend" or "last" ({@link Duration}), or
 * null: none, a verb other than these right before the span (its "about" or "more than" set
 * aside), more than one span of time, or no activity said. Other numbers ("the two unions") are
 * compared as numbers are (fact-relation.ts).
 */
export function durationOf(source: DurationSource): Duration | null {
  const spans = source.values.positioned.filter(
    (v): v is PositionedNumber =>
      'number' in v && v.kind === 'count' && v.unit !== null && TIME_UNITS.has(cut(v.unit)),
  );
  if (spans.length !== 1) return null;
  const [x] = spans as [PositionedNumber];
  const unit = cut(x.unit!);
  const range = statedRange(x);
  const [verb] = unitsBefore(source, qualifierStart(source.text, x.at));
  if (verb === undefined || verb.name || verb.keys.length !== 1) return null;
  const term = verb.keys[0]!;
  if (LAST().has(term)) {
    const activity = subjectOf(source, verb.start).keys;
    return activity.size === 0 ? null : { verb: 'last', term, unit, range, activity };
  }
  if (!SPEND().has(term)) return null;
  // The span's unit, then the activity: "three weeks in talks", "three weeks negotiating".
  const [span, next] = unitsAfter(source, x.at);
  if (span === undefined || next === undefined || span.keys[0] !== unit || next.name) return null;
  const gap = source.text.slice(span.end, next.start);
  const ing = /^\s+$/.test(gap) && /ing$/i.test(source.text.slice(next.start, next.end));
  if (!ing && !ACTIVITY_OPENER.test(gap)) return null;
  return { verb: 'spend', term, unit, range, activity: new Set(next.keys) };
}

/**
 * The spans of two passages that tell one span of one activity ({@link durationOf}), first of
 * `a`: one says "spend", the other "last", each right before a span of the same unit of time,
 * and the activity "spend" names is a word of the subject of "last" ("in talks" / "The talks …
 * lasted"). Null otherwise. Their `term`s are the verbs fact-relation.ts reads as one word.
 */
export function oneActivitySpans(
  a: DurationSource,
  b: DurationSource,
): readonly [Duration, Duration] | null {
  const x = durationOf(a);
  if (x === null) return null;
  const y = durationOf(b);
  if (y === null || x.verb === y.verb || x.unit !== y.unit) return null;
  const [spend, last] = x.verb === 'spend' ? [x, y] : [y, x];
  return [...spend.activity].some((term) => last.activity.has(term)) ? [x, y] : null;
}

/**
 * True when {@link oneActivitySpans} give figures whose ranges do not meet ("spent three weeks
 * in talks" / "the talks lasted four weeks"): they differ on the number, when nothing else
 * differs (fact-relation.ts).
 */
export function spansDiffer([x, y]: readonly [Duration, Duration]): boolean {
  return x.range !== null && y.range !== null && !rangesOverlap(x.range, y.range);
}
