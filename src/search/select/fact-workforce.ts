/**
 * How many people a body employs now, told from either side: "The depot employs 27 staff" / "31
 * staff work at the depot". That X employs (or has) N staff and that N staff work at (for, in) X,
 * or are employed at (by) X, tell one state: the size of X's workforce. Both told in the present
 * ("employs", "has", "work", "are employed"), in articles published close (the caller's test), they
 * tell it at one time, so two figures that cannot be the same disagree. A past tense ("employed",
 * "worked") may tell a state before a change, and is not read here. The counted noun must name
 * persons or a group (person-nouns.ts: "staff", "nurses", "people"), and it is the same noun on
 * both sides (the caller's test). The employer is the unit right before "employs" / "has", or
 * right after "at" / "for" / "in" / "by"; the two must share a term ("the Hollin Lane depot" /
 * "the depot"): two employers are two workforces.
 */
import { unitsAfter, unitsBefore, type ClausedSource } from './fact-clauses.js';
import type { PositionedValue } from './fact-values.js';
import { namesPersonOrGroup } from './person-nouns.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** What may stand between the employing verb and the figure: a qualifier of the figure. */
const QUALIFIER = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under)\s+)?`;
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
  if (noun === undefined || !namesPersonOrGroup(source.text.slice(noun.start, noun.end)))
    return null;
  const before = source.text.slice(0, x.at);
  const employs = EMPLOYS.exec(before);
  if (employs !== null) {
    const [employer] = unitsBefore(source, employs.index);
    return employer === undefined ? null : new Set(employer.keys);
  }
  const work = WORK_AT.exec(source.text.slice(noun.end));
  if (work === null) return null;
  const [employer] = unitsAfter(source, noun.end + work[0].length);
  return employer === undefined ? null : new Set(employer.keys);
}

/**
 * True when two counts of one noun (the caller checks the noun and the publication dates) each
 * tell the present size of one employer's workforce (see the file's comment).
 */
export function workforceAlike(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  const one = employerOf(a, x);
  if (one === null) return false;
  const other = employerOf(b, y);
  return other !== null && [...one].some((term) => other.has(term));
}
