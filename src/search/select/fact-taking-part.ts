/**
 * How many people took part on one named day, told with two verbs: "About 50 volunteers turned
 * out on Monday" / "Seventy volunteers joined police on Monday". To turn out, turn up or show up
 * is to be present; to join, help, assist, take part or participate is to be one of those doing
 * it: each says the counted people were among those there that day. With the same people counted
 * (the same noun of persons or groups, right before the verb) on the same stated day, the two counts count
 * one group, so figures that cannot be the same disagree. A day stated on one side only, two
 * days, or no day leaves the two counts apart (a search runs for days, and each day's turnout is
 * its own figure); so does a further thing said after the verb that the other does not share
 * ("joined the search" / "joined the clean-up"), who was joined set aside ("joined police").
 * Nouns of persons and groups: person-nouns.ts.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import { CLAUSE_BREAK, unitsAfter, type ClausedSource } from './fact-clauses.js';
import type { FactValues, PositionedValue } from './fact-values.js';
import { onOneStatedDay } from './fact-stated-day.js';
import { untimed } from './fact-voice.js';
import { factTerm } from './fact-term.js';
import { namesPersonOrGroup } from './person-nouns.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** Verbs of being one of those taking part, with no particle, as fact terms (every form). */
const TAKING_PART = verbFormStems(
  ['join', 'help', 'assist', 'participate', 'volunteer'],
  SEARCH_OPTIONS.facts.namePrefix,
);

/** Verbs of taking part or being present only with their particle ("turned out", "took part"). */
const WITH_PARTICLE: ReadonlyArray<[() => ReadonlySet<string>, RegExp]> = [
  [verbFormStems(['turn', 'show'], SEARCH_OPTIONS.facts.namePrefix), /^\s+(?:out|up)\b/i],
  [verbFormStems(['take'], SEARCH_OPTIONS.facts.namePrefix), /^\s+part\b/i],
];

/** What may stand between a verb and its object: a particle, a determiner. */
const BEFORE_OBJECT = /^\s+(?:(?:out|up|part)\s+)?(?:(?:the|a|an|local)\s+)?$/i;

/**
 * The terms said after the verb of a count of people taking part (`x`: the figure, its noun of
 * persons or groups right after it, the verb right after the noun), to the end of the clause,
 * times aside, and the verb's object aside when it names whom they joined or helped (a person
 * or group: "joined police"); null when the count is not so told.
 */
function takingPartOf(source: ClausedSource, x: PositionedNumber): Set<string> | null {
  if (x.unit === null) return null;
  const [noun, verb, ...rest] = unitsAfter(source, x.at);
  if (noun === undefined || verb === undefined) return null;
  if (noun.keys[0] !== factTerm(x.unit) || !/^\s+$/.test(source.text.slice(noun.end, verb.start)))
    return null;
  if (!namesPersonOrGroup(source.text.slice(noun.start, noun.end))) return null;
  const act = verb.keys[0] ?? '';
  const after = source.text.slice(verb.end);
  const told =
    TAKING_PART().has(act) ||
    WITH_PARTICLE.some(([stems, particle]) => stems().has(act) && particle.test(after));
  if (!told) return null;
  const clauseEnd = after.search(CLAUSE_BREAK);
  const end = verb.end + (clauseEnd < 0 ? after.length : clauseEnd);
  const said = rest.filter((unit) => unit.end <= end && !unit.name);
  const [object] = said;
  const joined =
    object !== undefined &&
    BEFORE_OBJECT.test(source.text.slice(verb.end, object.start)) &&
    namesPersonOrGroup(source.text.slice(object.start, object.end));
  return untimed((joined ? said.slice(1) : said).flatMap((unit) => unit.keys));
}

/**
 * True when two counts of one noun (the caller checks the noun and the publication dates) each
 * tell how many people took part, on one stated day, with nothing further said after the verbs
 * that sets them apart: what one says there is empty or shares a term with the other's.
 */
export function takingPartAlike(
  a: ClausedSource & { values: FactValues },
  x: PositionedNumber,
  b: ClausedSource & { values: FactValues },
  y: PositionedNumber,
): boolean {
  if (!onOneStatedDay(a.values, b.values)) return false;
  const one = takingPartOf(a, x);
  const other = takingPartOf(b, y);
  if (one === null || other === null) return false;
  return one.size === 0 || other.size === 0 || [...one].some((term) => other.has(term));
}
