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
 * So are two verbs of lasting ("lasted nine hours" / "ran for 9 hours": {@link LAST}), each with
 * the activity as its subject, when the two subjects have one head ("Talks at …" / "Monday's
 * talks at …"; not "The strike at …").
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

/** Every form of "spend", as fact terms ("spent"). */
const SPEND = verbFormStems(['spend'], SEARCH_OPTIONS.facts.namePrefix);
/**
 * Every form of the verbs of lasting, as fact terms ("lasted" → "last", "ran" → "ran"): WordNet
 * 3.1's "last" (verb sense 1, "persist for a specified period of time; 'The bad weather lasted
 * for three days'") and "run" in the sense WordNet files under it (its troponym "run, run for":
 * "extend or continue for a certain period of time; 'The film runs 5 hours'"). Each takes the
 * span as its complement, with or without "for", and the activity as its subject: read only so,
 * right before a span of time, "ran" is no running.
 */
const LAST = verbFormStems(['last', 'run'], SEARCH_OPTIONS.facts.namePrefix);

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
  /**
   * For "last", the head of its subject, as fact terms: the last word before the preposition
   * that opens its postmodifier ("Monday's talks at the … Service" → "talk"), else its last word.
   * Empty for "spend".
   */
  head: ReadonlySet<string>;
}

/** A preposition opening a noun phrase's postmodifier ("talks at …", "the inquiry into …"). */
const POSTMODIFIER = /\b(?:at|in|into|on|of|over|between|with|about|from|by|near|for)\b/i;

/**
 * The head of the subject ending before offset `end`: in English the noun a prepositional
 * postmodifier follows ("the inquiry into the closure" is an inquiry; Quirk et al. 1985, §17.2,
 * the noun phrase's head and its postmodification), else the subject's last word.
 */
function subjectHead(source: DurationSource, end: number): ReadonlySet<string> {
  const units = source.sequence.filter((unit) => unit.end <= end);
  for (let i = 1; i < units.length; i++)
    if (POSTMODIFIER.test(source.text.slice(units[i - 1]!.end, units[i]!.start)))
      return new Set(units[i - 1]!.keys);
  return new Set(units.at(-1)?.keys ?? []);
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
    const head = subjectHead(source, verb.start);
    return activity.size === 0 ? null : { verb: 'last', term, unit, range, activity, head };
  }
  if (!SPEND().has(term)) return null;
  // The span's unit, then the activity: "three weeks in talks", "three weeks negotiating".
  const [span, next] = unitsAfter(source, x.at);
  if (span === undefined || next === undefined || span.keys[0] !== unit || next.name) return null;
  const gap = source.text.slice(span.end, next.start);
  const ing = /^\s+$/.test(gap) && /ing$/i.test(source.text.slice(next.start, next.end));
  if (!ing && !ACTIVITY_OPENER.test(gap)) return null;
  return { verb: 'spend', term, unit, range, activity: new Set(next.keys), head: new Set() };
}

/**
 * The spans of two passages that tell one span of one activity ({@link durationOf}), first of
 * `a`: one says "spend", the other a verb of lasting, or the two say different verbs of lasting
 * ("lasted" / "ran for"), each right before a span of the same unit of time, and the activity of
 * one is a word of the other's ("in talks" / "The talks … lasted"; "Talks … lasted" / "Monday's
 * talks … ran for"). Null otherwise. Their `term`s are the verbs fact-relation.ts reads as one
 * word.
 */
export function oneActivitySpans(
  a: DurationSource,
  b: DurationSource,
): readonly [Duration, Duration] | null {
  const x = durationOf(a);
  if (x === null) return null;
  const y = durationOf(b);
  // One verb on both sides is one word shared already: nothing to read as one.
  if (y === null || x.term === y.term || x.unit !== y.unit) return null;
  if (x.verb === 'spend' && y.verb === 'spend') return null;
  // The activity "spend" names is a word of the subject of "last"; two verbs of lasting ("lasted"
  // / "ran for") have subjects of one head, the activity itself ("Talks at …" / "Monday's talks
  // at …", not "The strike at …").
  if (x.verb === 'last' && y.verb === 'last')
    return [...x.head].some((term) => y.head.has(term)) ? [x, y] : null;
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
