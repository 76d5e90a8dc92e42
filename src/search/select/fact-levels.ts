/**
 * One level of a measure told with two verbs: "The Dunmore reservoir level rose to 84 percent" /
 * "The Dunmore reservoir level reached 84 percent". A figure after "to" or "at" right after its
 * verb ("rose to 84 percent", "fell to", "stood at 14") or after a verb of reaching ("reached",
 * "hit", "topped": {@link REACHING}) is the level the measure is at, not a change or a count of
 * what was done: how the level came about ("rose", "climbed", "reached") is said in the verb, and
 * the level is one fact. So two such reports of one subject and one figure are one fact whatever
 * their verbs, where "200 people marched" / "200 people were detained" count two acts.
 *
 * Read only where nothing else tells them apart: the same subject (the content words before the
 * verb in its clause, alike on both sides, two at least: fact-changes.ts reads a change's
 * subject so), one figure each, of one kind and unit, equal; no contrary ways ("rose to" /
 * "fell to"); no stance either side; nothing said after the figure in its clause but its unit.
 * The time and the rest of the wording are compared by fact-relation.ts as for any report.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { changeOf, FALLING, RISING } from './fact-changes.js';
import { unitsAfter, unitsBefore } from './fact-clauses.js';
import { SCALE_TERMS, type MeasuredSource } from './fact-measures.js';
import type { UnitOccurrence } from './fact-participants.js';
import { stancesOf } from './fact-stance.js';
import { qualifierStart } from './fact-values.js';
import { verbFormStems } from '../verb-forms.js';

/** Verbs whose object is the level reached ("reached 84 percent"), in their forms. */
const REACHING = verbFormStems(['reach', 'hit', 'top'], SEARCH_OPTIONS.facts.namePrefix);

/** "to" or "at" right before a figure: the level it is at ("rose to", "stood at"). */
const LEVEL_PREPOSITION = /\s+(?:to|at)\s*$/i;

/** Adverbs of the present time that may stand in a present level ("is now", "has now risen to"). */
const NOW_WORDS = /^(?:now|currently|still|already)$/i;

/** A present form of "be", then such adverbs, right before a figure: "is now", "are still". */
const PRESENT_BE = /\b(?:is|are)(?:\s+(?:now|currently|still))?\s*$/i;

/** "has" or "have", then such adverbs, right before a verb: the present perfect. */
const PRESENT_PERFECT = /\b(?:has|have)(?:\s+(?:now|already))?\s+$/i;

/** "stands" or "stand", then "at": "now stands at £25,000". */
const STANDS_AT = /^stands?$/i;

/**
 * How a figure at offset `at` is stated as the present level of what the words before it in its
 * clause name, or null: after a present form of "be" ("The reward is now £20,000"), after "stands
 * at", or after a verb of moving or reaching in the present perfect ("has risen to £25,000", "has
 * reached £25,000"). Each says what the thing amounts to when the report was written; the verb
 * says how it came to be so, not another thing measured (the module note). Nothing but its scale
 * or currency may be said of the figure after it in its clause. `words`: the content units of the
 * level's own words ("stands", "risen"), to be set aside from what the figure is of. A past form
 * ("was £20,000", "rose to £25,000") is not read so: an earlier level may stand beside the
 * present one in the same coverage.
 */
export function presentLevelAt(
  source: MeasuredSource,
  at: number,
): { words: UnitOccurrence[] } | null {
  // A currency's sign is part of the figure ("£25,000").
  const before = source.text.slice(0, qualifierStart(source.text, at)).replace(/\p{Sc}$/u, '');
  // "Is £2,000 short", "has risen to £25,000 after a donation" say something else of the figure,
  // or of a moment, than its present level; "£2.4 million", "25,000 pounds" only say the figure.
  const said = unitsAfter(source, at).filter((unit) => unit.start > at);
  if (said.some((unit) => unit.keys.some((key) => !SCALE_TERMS.has(key)))) return null;
  const units = unitsBefore(source, before.length);
  const adverbs = (from: number) => {
    const found: UnitOccurrence[] = [];
    for (const unit of units.slice(from)) {
      if (!NOW_WORDS.test(source.text.slice(unit.start, unit.end))) break;
      found.push(unit);
    }
    return found;
  };
  if (PRESENT_BE.test(before)) return { words: adverbs(0) };
  const preposition = LEVEL_PREPOSITION.exec(before);
  const verbEdge = preposition?.index ?? before.trimEnd().length;
  const verbAt = units.findIndex((unit) => unit.end <= verbEdge);
  const verb = units[verbAt];
  if (verb === undefined || verb.name || /\S/.test(source.text.slice(verb.end, verbEdge)))
    return null;
  const written = source.text.slice(verb.start, verb.end);
  if (
    preposition !== null &&
    preposition[0].trim().toLowerCase() === 'at' &&
    STANDS_AT.test(written)
  )
    return { words: [verb, ...adverbs(verbAt + 1)] };
  const moving = verb.keys.some((key) => RISING().has(key) || FALLING().has(key));
  const reaching = verb.keys.some((key) => REACHING().has(key));
  if (!(preposition !== null ? moving : reaching)) return null;
  const perfect = adverbs(verbAt + 1);
  const edge = perfect.at(-1)?.start ?? verb.start;
  return PRESENT_PERFECT.test(source.text.slice(0, edge)) ? { words: [verb, ...perfect] } : null;
}

/** A level a passage states: its subject's terms, its figure as compared, the way it went. */
interface Level {
  subject: string;
  figure: string;
  /** "rose to" (fact-changes.ts `RISING`), "fell to" (`FALLING`), or neither ("reached"). */
  direction: 'up' | 'down' | null;
}

/** The level a passage states ({@link Level}); null when it states none, or more than one figure. */
function levelOf(source: MeasuredSource): Level | null {
  const numbers = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  if (numbers.length !== 1 || source.values.zeros.length > 0) return null;
  const number = numbers[0]!;
  const before = source.text.slice(0, qualifierStart(source.text, number.at));
  const preposition = LEVEL_PREPOSITION.exec(before);
  const verbEdge = preposition?.index ?? before.trimEnd().length;
  const [verb] = unitsBefore(source, verbEdge);
  if (verb === undefined || verb.name) return null;
  // The verb governs the figure: nothing but the preposition between them.
  if (/\S/.test(source.text.slice(verb.end, verbEdge))) return null;
  if (preposition === null && !verb.keys.some((key) => REACHING().has(key))) return null;
  const subject = unitsBefore(source, verb.start).flatMap((unit) => unit.keys);
  if (subject.length < 2) return null;
  // Nothing said of the figure after it but its unit: "84 percent of capacity" is another level.
  const after = unitsAfter(source, number.at).filter((unit) => unit.start > number.at);
  if (after.length > 0 && !(number.unit !== null && after.length === 1)) return null;
  const unit = number.kind === 'money' ? number.currency : number.unit;
  const rising = verb.keys.some((key) => RISING().has(key));
  const falling = verb.keys.some((key) => FALLING().has(key));
  return {
    direction: rising && !falling ? 'up' : falling && !rising ? 'down' : null,
    subject: [...new Set(subject)].sort().join(' '),
    figure: `${number.kind} ${unit ?? ''} ${number.number} ${number.bound ?? ''}`,
  };
}

/**
 * True when one passage states a change by its figure ("rose 84 percent": fact-changes.ts
 * `changeOf`) and the other a level ("rose to 84 percent"): the same figure then measures two
 * things, how far the measure moved and where it ended, and the reports are not one fact.
 */
export function changeAgainstLevel(a: MeasuredSource, b: MeasuredSource): boolean {
  return (
    (changeOf(a) !== null && levelOf(b) !== null) || (changeOf(b) !== null && levelOf(a) !== null)
  );
}

/**
 * True when two passages state one level of one measure, each with its own verb (the module
 * note says when): the verbs are then no two things reported.
 */
export function sameLevel(a: MeasuredSource, b: MeasuredSource): boolean {
  const x = levelOf(a);
  const y = levelOf(b);
  if (x === null || y === null) return false;
  if (x.subject !== y.subject || x.figure !== y.figure) return false;
  // "Rose to 14" and "fell to 14" tell the same level come about in two contrary ways.
  if (x.direction !== null && y.direction !== null && x.direction !== y.direction) return false;
  return stancesOf(a.text).size === 0 && stancesOf(b.text).size === 0;
}
