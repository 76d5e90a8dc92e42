/**
 * Small words that change what two otherwise alike reports say, and that content terms leave
 * out (most are stop words): bounds on a number ("more than 600 homes" / "fewer than 600
 * homes"), the order of two events ("finished before the storm" / "after the storm"), a
 * modifier that makes a name another person or body ("the mayor" / "the deputy mayor"), how
 * much of something ("all eleven gates" / "only four of the eleven gates") and how far a state
 * is reached ("almost complete" / "complete"). Each keeps two reports from being claimed as one
 * fact; none is a disagreement, which needs values.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import { keptPattern } from '../../text/kept-pattern.js';
import type { Bound, FactValues } from './fact-values.js';
import { CURRENCY_SIGN, CURRENCY_SIGNS, SCALE_WORDS } from '../../text/notation-words.js';
import { matchesOf } from '../../text/matches-of.js';

/** True when both state the same number of one kind, one as a lower bound, the other as an upper. */
export function boundsConflict(a: FactValues, b: FactValues): boolean {
  return a.positioned.some(
    (x) =>
      'number' in x &&
      x.bound !== null &&
      b.positioned.some(
        (y) =>
          'number' in y &&
          y.kind === x.kind &&
          y.number === x.number &&
          y.bound !== null &&
          y.bound !== x.bound,
      ),
  );
}

/**
 * True when one number is a bound ("well over 7,000 tickets", "nearly 10,000"), approximate
 * ("about 250") or rounded ("£2.4m" against "£2.43m") and a different number of the same kind, counting the same thing, lies within
 * its range ("9,800 tickets", "248"), or two such ranges overlap ("over 7,000" / "under 9,000").
 * A bound or an approximation states a range, not a value: a value inside it is compatible with
 * it, never a disagreement; nor are the two one statement. Vague counts ("hundreds") have no
 * numeric value and are left out.
 */
export function withinBound(a: FactValues, b: FactValues): boolean {
  return a.positioned.some(
    (x) =>
      'number' in x &&
      b.positioned.some(
        (y) =>
          'number' in y &&
          y.kind === x.kind &&
          (x.kind !== 'count' || x.unit === null || y.unit === null || x.unit === y.unit) &&
          x.number !== y.number &&
          !roundedReading(x, y) &&
          (x.bound !== null ||
            y.bound !== null ||
            x.approximate ||
            y.approximate ||
            x.rounded ||
            y.rounded) &&
          numbersMeet(x, y),
      ),
  );
}

/**
 * True when one of two figures is the other read on a coarser scale: neither is a bound, one is
 * approximate ("about 3,000") or rounded with a scale word ("£2.4m"), and the other, a figure of
 * the same kind counting the same unit, falls wholly within its range, {@link statedRange}, its
 * upper end left open ("some 3,050", "3,000", "£2.43m"; "£6.4m" is "£6m", "£5.5m" and "£6.5m"
 * are not: half up, "£5.45m" is written "£5.5m" and rounds to "£5m").
 * A round figure is the coarse report of a finer one (Krifka 2007, "Approximate interpretation
 * of number words": "about 3,000" is read on a scale of hundreds, which 3,050 rounds to), so the
 * two state one value, as "about 3,000" / "3,000" do: one fact when all else agrees, never a
 * disagreement. A bound ("more than 600", "nearly 10,000") says what was not reached or was
 * passed, no value: a figure inside it stays only compatible ({@link withinBound}).
 */
export function roundedReading(
  x: StatedNumber & { kind?: string; unit?: string | null },
  y: StatedNumber & { kind?: string; unit?: string | null },
): boolean {
  if (x.bound !== null || y.bound !== null) return false;
  if (x.kind !== y.kind) return false;
  if (x.unit != null && y.unit != null && x.unit !== y.unit) return false;
  const coarse = (n: StatedNumber) => n.approximate || n.rounded === true;
  if (!coarse(x) && !coarse(y)) return false;
  const rx = statedRange(x);
  const ry = statedRange(y);
  if (rx === null || ry === null) return false;
  // Its upper end left open, as news figures are rounded half up: "£6.5m" is "£7m", not "£6m".
  const inside = (inner: [number, number], outer: [number, number]) =>
    outer[0] <= inner[0] && inner[1] < outer[1];
  return (coarse(x) && inside(ry, rx)) || (coarse(y) && inside(rx, ry));
}

/** What a number states, as far as it goes: its bound, its approximation, or itself. */
export interface StatedNumber {
  number: string;
  bound: Bound | null;
  approximate: boolean;
  /** Written with a scale word ("£2.4m", "1.2 million"); absent: false. */
  rounded?: boolean;
}

/**
 * The range of values a stated number allows, [low, high]; null for a vague count ("dozens").
 *
 * - A bound ("more than 600", "under 600") is open on one side.
 * - "Nearly N", "almost N", "just under N" are a little below N: from N less
 *   `SEARCH_OPTIONS.facts.nearlyShare` of it up to, but not including, N ("nearly 10,000":
 *   9,000 to 9,999.99…); "just over N" likewise a little above. A figure further off would be
 *   written as a rounder figure of its own ("about 9,000"), and N itself is what the word says
 *   was not reached: "nearly 10,000" and "10,000" are two readings, "nearly 10,000" and "6,000"
 *   disagree.
 * - A figure written with a scale word ("£2.4m", "1.2 million") is rounded to its last written
 *   digit: it stands for the values that round to it ("£2.4m": £2.35m–£2.45m), since news style
 *   gives such amounts to one or two decimals (BBC and Guardian style guides: "£2.4m", "£5bn").
 * - An approximate figure ("about 9,400", "around £4m") allows half a unit of its last
 *   significant digit ("about 9,400": 9,350–9,450; "about £4m": £3.5m–£4.5m), but never more than
 *   `SEARCH_OPTIONS.facts.approximateShare` of itself ("about 40": 38–42), since a reporter who
 *   knew 37 would not write "about 40" in a report that another source contradicts; a rounded
 *   figure keeps at least its rounding ("about £2.3m": £2.25m–£2.35m). The half unit of the last
 *   significant digit is the reading of round numbers on a scale as coarse as they are round
 *   (Krifka 2007, "Approximate interpretation of number words": "about 3,000" is read on a
 *   coarser scale than "some 3,600", so the two differ, while "about 3,000" meets "3,000").
 * - Any other figure is itself.
 */
export function statedRange(x: StatedNumber): [number, number] | null {
  const n = Number(x.number);
  if (!Number.isFinite(n)) return null;
  const o = SEARCH_OPTIONS.facts;
  if (x.bound === 'lower') return [n, Infinity];
  if (x.bound === 'upper') return [-Infinity, n];
  // A hair (a millionth of a millionth) short of N, so that N itself is outside.
  if (x.bound === 'below') return [n - Math.abs(n) * o.nearlyShare, n - Math.abs(n) * 1e-12];
  if (x.bound === 'above') return [n + Math.abs(n) * 1e-12, n + Math.abs(n) * o.nearlyShare];
  const rounding = x.rounded === true ? lastDigitUnit(x.number) / 2 : 0;
  if (!x.approximate) return [n - rounding, n + rounding];
  const slack = Math.max(
    rounding,
    Math.min(lastDigitUnit(x.number) / 2, Math.abs(n) * o.approximateShare),
  );
  return [n - slack, n + slack];
}

/** The place value of a number's last significant digit ("9400" → 100, "2.35" → 0.01, "0" → 1). */
function lastDigitUnit(number: string): number {
  const [whole = '', fraction = ''] = number.split('.');
  if (fraction !== '') return 10 ** -fraction.length;
  const zeros = whole.length - whole.replace(/0+$/, '').length;
  return whole.replace(/0+$/, '') === '' ? 1 : 10 ** zeros;
}

/**
 * Whether two stated numbers may be one value: their ranges ({@link statedRange}) share one; but
 * where one is rounded (a scale word, "£6m") and the other states its figure as closely or more
 * closely, neither approximate nor a bound ("£6.5m", "£6,450,000"), the closer figure as written
 * must round to the other, half up, as news figures are rounded: "£2.43m" is "£2.4m", "£6.5m"
 * is "£7m", never "£6m" (so "£6m" / "£6.5m" differ, while "£2.4m" / "£2.43m" meet). Between two
 * figures written to one unit, the same test is the ranges' meeting, their upper ends left
 * open ("£2.4m" / "£2.45m" differ). False when either range is unknown.
 */
export function numbersMeet(x: StatedNumber, y: StatedNumber): boolean {
  const plain = (n: StatedNumber) => n.bound === null && !n.approximate;
  if (plain(x) && plain(y) && (x.rounded === true || y.rounded === true)) {
    const [coarse, fine] =
      lastDigitUnit(x.number) >= lastDigitUnit(y.number) && x.rounded === true ? [x, y] : [y, x];
    const range = statedRange(coarse);
    const value = Number(fine.number);
    return range !== null && Number.isFinite(value) && range[0] <= value && value < range[1];
  }
  return rangesOverlap(statedRange(x), statedRange(y));
}

/** Whether two ranges (statedRange) share a value; false when either is unknown. */
export function rangesOverlap(x: [number, number] | null, y: [number, number] | null): boolean {
  if (x === null || y === null) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Content terms a qualifier reaches: the next few, within its clause. */
const SCOPE_TERMS = 3;
/** What ends a qualifier's clause. */
const CLAUSE_END = /[,;:.!?()—–]/;

/** One match of a qualifier pattern in a passage. */
interface Qualifier {
  /** The pattern's first group, lower case. */
  word: string;
  /** The first `SCOPE_TERMS` content terms after it in its clause, stems cut to `namePrefix` letters. */
  reach: readonly string[];
}

/**
 * Per pattern, each passage's qualifiers. They depend on the passage alone, and a question
 * relates each candidate passage with several others, both ways round, for as many as seven
 * qualifier patterns: read once per passage instead of once per pair (`node --cpu-prof` over the
 * bench's State of the Union questions found these scans the largest part of relating facts).
 */
const qualifiersRead = new Map<RegExp, Map<string, readonly Qualifier[]>>();
/** Passages whose qualifiers are kept, per pattern. */
const MAX_KEPT_PASSAGES = 5_000;

function qualifiersOf(text: string, pattern: RegExp): readonly Qualifier[] {
  let byText = qualifiersRead.get(pattern);
  if (!byText) qualifiersRead.set(pattern, (byText = new Map()));
  let found = byText.get(text);
  if (found === undefined) {
    found = [...matchesOf(text, pattern)].map((m) => {
      const rest = text.slice(m.index + m[0].length);
      const end = rest.search(CLAUSE_END);
      const reach = tokenize(end < 0 ? rest : rest.slice(0, end))
        .filter((token) => !isStopWord(token))
        .slice(0, SCOPE_TERMS)
        .map((token) => stem(token.word).slice(0, SEARCH_OPTIONS.facts.namePrefix));
      return { word: (m[1] as string).toLowerCase(), reach };
    });
    if (byText.size >= MAX_KEPT_PASSAGES) byText.clear();
    byText.set(text, found);
  }
  return found;
}

/**
 * The qualifier words of `pattern` (its first group, lower case) in `text` that qualify
 * something the other passage names too: one of the next `scope` (at most `SCOPE_TERMS`)
 * content terms in the clause after the word is in `shared`. "After an all-night debate"
 * qualifies a debate; set against "before the storm" in a passage with no debate, it says
 * nothing about the storm.
 */
function scoped(
  text: string,
  pattern: RegExp,
  shared: ReadonlySet<string>,
  scope = SCOPE_TERMS,
): Set<string> {
  const found = new Set<string>();
  for (const { word, reach } of qualifiersOf(text, pattern)) {
    for (let i = 0; i < Math.min(scope, reach.length); i++)
      if (shared.has(reach[i] as string)) {
        found.add(word);
        break;
      }
  }
  return found;
}

const ORDER = /\b(before|prior to|ahead of|during|amid|throughout|after|following)\b/gi;
/** Where each word of order puts what it qualifies: before, during or after the thing named. */
const ORDER_PLACE: Readonly<Record<string, -1 | 0 | 1>> = {
  before: -1,
  'prior to': -1,
  'ahead of': -1,
  during: 0,
  amid: 0,
  throughout: 0,
  after: 1,
  following: 1,
};

/**
 * True when both passages place what they share before, during or after something both name,
 * and in no place alike ("visited before the storm" / "during the storm" / "after the storm").
 */
export function orderConflict(a: string, b: string, shared: ReadonlySet<string>): boolean {
  const places = (text: string) =>
    new Set([...scoped(text, ORDER, shared)].map((w) => ORDER_PLACE[w.replace(/\s+/g, ' ')]));
  const pa = places(a);
  const pb = places(b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((place) => pb.has(place));
}

/** "without" and the word it governs: the absence of something. */
const ABSENCE = /\b(without)\b/gi;

/**
 * True when one passage says something happened without a thing both name and the other does
 * not say "without" ("won the contract after a tender" / "without a tender"). Only the first
 * content word after "without" is read: "detained without warning in Minsk" lacks a warning,
 * not Minsk.
 */
export function absenceConflict(a: string, b: string, shared: ReadonlySet<string>): boolean {
  const lacks = (text: string) => scoped(text, ABSENCE, shared, 1).size > 0;
  const says = (text: string) => /\bwithout\b/i.test(text);
  return (lacks(a) && !says(b)) || (lacks(b) && !says(a));
}

/** Words taking a side on something: against it, or for it. */
const SIDE = /\b(against|in favou?r of|in support of|opposed to)\b/gi;

/**
 * True when the two passages take opposite sides on something both name ("protested against the
 * wall" / "protested in favour of the wall"): "against" in one, "in favour of" or "in support
 * of" in the other, each qualifying a shared word.
 */
export function sideConflict(a: string, b: string, shared: ReadonlySet<string>): boolean {
  const sides = (text: string) =>
    new Set(
      [...scoped(text, SIDE, shared)].map((w) =>
        /^(?:against|opposed to)$/.test(w.replace(/\s+/g, ' ')),
      ),
    );
  const sa = sides(a);
  const sb = sides(b);
  return sa.size > 0 && sb.size > 0 && ![...sa].some((against) => sb.has(against));
}

/** A comparison with something not a number: "more than expected", "lower than last year". */
const COMPARATIVE = new RegExp(
  String.raw`\b(more|less|fewer|higher|lower|greater|smaller|larger|bigger|longer|shorter|faster|slower|earlier|later|cheaper|dearer)\s+than\s+(?!${CURRENCY_SIGN}?\d)`,
  'gi',
);
const UPWARD: ReadonlySet<string> = new Set([
  'more',
  'higher',
  'greater',
  'larger',
  'bigger',
  'longer',
  'faster',
  'later',
  'dearer',
]);

/**
 * True when both passages compare something with what it was expected or used to be, in
 * opposite directions only ("cost more than expected" / "cost less than expected").
 */
export function comparisonConflict(a: string, b: string): boolean {
  const directions = (text: string) =>
    new Set(qualifiersOf(text, COMPARATIVE).map(({ word }) => UPWARD.has(word)));
  const da = directions(a);
  const db = directions(b);
  return da.size > 0 && db.size > 0 && ![...da].some((up) => db.has(up));
}

/** Words that make a title or a name another holder of it: "the deputy mayor" is not the mayor. */
const ROLE_MODIFIER =
  /\b(former|ex|deputy|vice|acting|interim|assistant|co|outgoing|incoming)[\s-]+([\p{L}’'-]+)/giu;

/**
 * True when one passage puts a role modifier before a word the other uses without it ("the
 * deputy mayor" / "the mayor"). A modified word the other never names ("the former Soviet
 * republic") is a detail, not another holder.
 */
export function roleConflict(
  a: string,
  b: string,
  termsA: ReadonlyMap<string, number>,
  termsB: ReadonlyMap<string, number>,
): boolean {
  const conflict = (x: string, y: string, termsY: ReadonlyMap<string, number>) =>
    rolesOf(x).some(({ modifier, head }) => termsY.has(head) && !wordPattern(modifier).test(y));
  return conflict(a, b, termsB) || conflict(b, a, termsA);
}

/** A role modifier and the term it modifies (stem cut to `namePrefix` letters). */
interface Role {
  modifier: string;
  head: string;
}

/** Each passage's role modifiers, read once (see {@link qualifiersOf}). */
const rolesRead = new Map<string, readonly Role[]>();

function rolesOf(text: string): readonly Role[] {
  let roles = rolesRead.get(text);
  if (roles === undefined) {
    roles = [...matchesOf(text, ROLE_MODIFIER)].map((m) => ({
      modifier: (m[1] as string).toLowerCase(),
      head: stem((m[2] as string).toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix),
    }));
    if (rolesRead.size >= MAX_KEPT_PASSAGES) rolesRead.clear();
    rolesRead.set(text, roles);
  }
  return roles;
}

/** `word` as a whole word in any case; one expression per modifier, not one per comparison. */
function wordPattern(word: string): RegExp {
  return keptPattern(`\\b${word}\\b`, 'i');
}

/** Words saying how much of something: all of it, or a part. */
const QUANTIFIER =
  /\b(all|every|entire|whole|only|some|part|most|few|several|half|many|much|none)(?![\p{L}'’-])/giu;

/**
 * True when both passages say how much of something both name, and share no such word ("all
 * eleven gates" / "only four of the eleven gates", "most of the cost" / "part of the cost"). One
 * that says none ("eleven gates") is not in conflict: it may only be less precise.
 */
export function quantifiersConflict(a: string, b: string, shared: ReadonlySet<string>): boolean {
  const qa = scoped(a, QUANTIFIER, shared);
  const qb = scoped(b, QUANTIFIER, shared);
  return qa.size > 0 && qb.size > 0 && ![...qa].some((q) => qb.has(q));
}

/**
 * Words of degree: a state not (or not wholly) reached; before a number they are a bound, and
 * "half" before "a" and a scale word is part of a cardinal ("half a million": fact-values.ts), as
 * it is after a whole number and "and a" ("eight and a half million": fact-values.ts `AND_A_HALF`).
 */
const DEGREE = new RegExp(
  String.raw`\b(?<!\band\s+a\s+)(almost|nearly|partly|partially|largely|mostly|virtually|barely|half)[\s-]+(?![\d${CURRENCY_SIGNS}]|an?\s+(?:${SCALE_WORDS.join('|')})\b)`,
  'giu',
);

/**
 * True when one passage qualifies by degree a state both name and the other has no such word
 * ("almost complete" / "complete").
 */
export function degreeConflict(a: string, b: string, shared: ReadonlySet<string>): boolean {
  const has = (text: string) => qualifiersOf(text, DEGREE).length > 0;
  return (
    (scoped(a, DEGREE, shared).size > 0 && !has(b)) ||
    (scoped(b, DEGREE, shared).size > 0 && !has(a))
  );
}
