/**
 * How many people a body employs now, told from either side: "The depot employs 27 staff" / "31
 * staff work at the depot". That X employs (or has) N staff and that N staff work at (for, in) X,
 * or are employed at (by) X, tell one state: the size of X's workforce. Both told in the present
 * ("employs", "has", "work", "are employed"), in articles published close (the caller's test), they
 * tell it at one time, so two figures that cannot be the same disagree. A past tense ("employed",
 * "worked") may tell a state before a change, and is not read here. The counted noun must name
 * persons or a group (person-nouns.ts: "staff", "nurses", "people"), and it is the same noun on
 * both sides, or a general word for those employed on each ("38 staff" / "42 people": staff,
 * employees, workers, people, personnel; "nurses" are some of the staff, not all). The employer
 * is what the sentence names before "employs" / "has" ("The centre, which opened in 2019,
 * employs"), or the unit right after "at" / "for" / "in" / "by"; the two must share a term ("the
 * Hollin Lane depot" / "the depot"): two employers are two workforces.
 */
import { unitsAfter, type ClausedSource } from './fact-clauses.js';
import { NUMBER_MODIFIER, type PositionedValue } from './fact-values.js';
import { namesPersonOrGroup } from './person-nouns.js';
import { factTerm } from './fact-term.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** What may stand between the employing verb and the figure: a modifier of the numeral. */
const QUALIFIER = String.raw`(?:(?:${NUMBER_MODIFIER})\s+)?`;
/** "… employs about", "… has": the verb right before the figure, in the present. */
const EMPLOYS = new RegExp(
  String.raw`\b(?:now\s+|currently\s+)?(?:employs|employ|has|have)\s+${QUALIFIER}$`,
  'i',
);
/** "27 staff work at", "31 nurses are employed by": the verb and preposition after the noun. */
const WORK_AT =
  /^\s+(?:now\s+|currently\s+)?(?:work|works|are\s+employed|is\s+employed)\s+(?:at|for|in|by)\s+/i;

/** The terms of the employer of a workforce count, or null when the count is not so told. */
function employerOf(source: ClausedSource, x: PositionedNumber): ReadonlySet<string> | null {
  if (x.unit === null) return null;
  const figureEnd = x.at + (/^[\d.,]+/.exec(source.text.slice(x.at))?.[0].length ?? 0);
  const [noun] = unitsAfter(source, figureEnd);
  if (noun === undefined) return null;
  const employs = EMPLOYS.exec(source.text.slice(0, x.at));
  const work = employs === null ? WORK_AT.exec(source.text.slice(noun.end)) : null;
  if (employs === null && work === null) return null;
  if (!namesPersonOrGroup(source.text.slice(noun.start, noun.end))) return null;
  if (employs !== null) {
    const employer = source.sequence.filter((unit) => unit.end <= employs.index);
    return employer.length === 0 ? null : new Set(employer.flatMap((unit) => unit.keys));
  }
  const [employer] = unitsAfter(source, noun.end + (work as RegExpExecArray)[0].length);
  return employer === undefined ? null : new Set(employer.keys);
}

/** General words for those a body employs, any of which counts its whole workforce (fact terms). */
const EMPLOYED: ReadonlySet<string> = new Set(
  ['staff', 'staffers', 'employees', 'workers', 'people', 'persons', 'personnel'].map(factTerm),
);

/**
 * True when two counts, of the same noun or each of a general word for those employed
 * ({@link EMPLOYED}), may count one workforce.
 */
function sameEmployed(x: PositionedNumber, y: PositionedNumber): boolean {
  if (x.unit === null || y.unit === null) return false;
  return x.unit === y.unit || (EMPLOYED.has(x.unit) && EMPLOYED.has(y.unit));
}

/**
 * True when two counts (the caller checks the publication dates) each tell the present size of
 * one employer's workforce (see the file's comment).
 */
export function workforceAlike(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  if (!sameEmployed(x, y)) return false;
  const one = employerOf(a, x);
  if (one === null) return false;
  const other = employerOf(b, y);
  return other !== null && [...one].some((term) => other.has(term));
}
