/**
 * Two counts of one measured thing in other words: "The company said 9,800 tickets had been
 * sold" / "Coastline FM understands that around 9,400 tickets had been sold"; "Four people were
 * taken to hospital after the fire" / "None was taken to hospital". Such reports share too few
 * words to be found one event by their wording (fact-relation.ts), yet they disagree: each
 * counts the same thing ("tickets", or a count of people in words: "none", "nobody"), says the
 * same of it ("had been sold", "taken to hospital"; or the same act in the active and the passive,
 * fact-voice.ts), at the same time (articles published within
 * `SEARCH_OPTIONS.facts.measureMaxDaysApart` days of each other), and the counts' ranges
 * (fact-qualifiers.ts: "around 9,400" is 9,350–9,450) do not meet.
 *
 * A count of nought in words is read as a value here only: elsewhere "none" and "no" deny
 * (fact-stance.ts). An amount of money is a measure too, its currency its unit ("£2.4m", "2.4
 * million pounds": "£"): "The repairs cost £2.4m." / "The repairs cost about £4m." What money
 * measures is named before it, in words that vary ("debts of about £2.3m" / "owing about
 * £2.1m"), so two amounts are read as one measure only when the words before them in their
 * clauses say so alike ({@link sameAmountOf}). Shares are left out, and so are two counts stated
 * weeks apart, which may be two moments of a growing figure ("well over 7,000" in May, 9,800 in
 * July).
 */
import type { SynonymousTerms } from './fact-synonym-terms.js';
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { dayNumber, parseIsoDate } from '../../text/calendar.js';
import { MONTH_RE } from '../../text/months.js';
import {
  holdsFromStart,
  stancesOf,
  stanceDifference,
  stancesUpTo,
  type Stance,
} from './fact-stance.js';
import { PREPOSITION, type UnitOccurrence } from './fact-participants.js';
import { holdsDimension } from '../plan/quantity.js';
import { claimOf } from './fact-attribution.js';
import { rangesOverlap, statedRange } from './fact-qualifiers.js';
import {
  compatibleDates,
  factValues,
  type FactValues,
  type PositionedValue,
} from './fact-values.js';
import { cumulativeTotalFalls } from './fact-cumulative.js';
import {
  CLAUSE_BREAK,
  clauseTerms,
  opensAdverbialClause,
  opensSubordinate,
  unitsAfter,
  unitsBefore,
  PURPOSE_INFINITIVE,
} from './fact-clauses.js';
import { qualifierStart } from './fact-values.js';
import { countActs } from './fact-count-acts.js';
import { patientsAlike, voicesAlike } from './fact-voice.js';
import { attendanceAlike, attendanceCountsApart } from './fact-attendance.js';
import { isGeneralPersonTerm, personKindAboveGeneral } from './fact-general-nouns.js';
import { verbFormStems } from '../verb-forms.js';
import { moneyVerbsOf, phrasalMoneyVerbsOf } from '../money-verbs.js';
import { presentLevelAt } from './fact-levels.js';
import { partOfFigure } from './fact-partitive.js';
import { joinedNounTerms, kindCountAboveClass } from './fact-counted-kinds.js';
import { factTerm } from './fact-term.js';
import { premodifiedHead, worthSaidOf, WORTH } from './fact-sum-worth.js';
import { sumOfActAndItsNoun } from './fact-deverbal-sum.js';
import { measureHeads } from './fact-measure-head.js';
import { CURRENCY_SIGN, CURRENCY_WORDS, SCALE_VALUES } from '../../text/notation-words.js';
import { measuredAtOneCheck } from './fact-examination.js';
import { takingPartAlike } from './fact-taking-part.js';
import { workforceAlike } from './fact-workforce.js';
import { toldAsPresentState, toldInPresent } from './fact-state-window.js';
import { agentPhraseStart } from './fact-agent-phrase.js';

/** A term as fact terms are compared: its stem cut to `namePrefix` letters. */
const cut = (term: string) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** No two terms are synonyms: what is compared without a synonym table. */
const NO_SYNONYMS: SynonymousTerms = () => false;

/** What a passage needs to be read here. */
export interface MeasuredSource {
  text: string;
  /** `text` with its attribution framing blanked (fact-attribution.ts `claimOf`); read when absent. */
  claim?: string;
  values: FactValues;
  /** Content units in order (fact-analysis.ts `AnalysedFact.sequence`). */
  sequence: readonly UnitOccurrence[];
}

/** The one count a passage states: its range, what it counts, and what it says of it. */
interface Measure {
  range: [number, number];
  /** The counted noun's term (cut as fact terms are), or null for "none", "nobody". */
  unit: string | null;
  /** Terms of the words after the count in its clause, the counted noun left out. */
  said: string[];
  /** How many of `said` stand before a phrase saying when ({@link beforeTimePhrase}). */
  untimed: number;
  /**
   * How many of `said` stand before a passive's agent phrase ending the clause ("were broken by
   * the blast": fact-agent-phrase.ts); all of them when there is none.
   */
  unagented: number;
  /**
   * For a weight or a length of something ("12,000 tonnes of rock"), the term of what is
   * measured ("rock"), and the names said of it after it in its clause, each with the word
   * before it that says how ("onto Corran Pass"); else null.
   */
  material: { term: string; names: string[] } | null;
  /** Where the count's words end: a zero's stance marker is the count itself. */
  zero: { at: number; end: number } | null;
  /** The count as fact-values.ts reads it; null for a count of nought in words. */
  number: PositionedNumber | null;
  /** For an amount of money, what the words before it in its clause say it is of; else null. */
  amountOf: AmountOf | null;
}

/**
 * What the words before an amount of money in its clause say it is the amount of: the term
 * right before it (the act or relation: "cost", "sold for", "debts of"), the other content terms
 * of the clause before it ("repairs", "house"), and the names among them ("Harl Street").
 */
interface AmountOf {
  nearest: string;
  terms: ReadonlySet<string>;
  names: ReadonlySet<string>;
  /**
   * For a worth said of a noun (fact-sum-worth.ts), the names of the whole passage and whether it
   * states a date: the act round the noun ("awarded … to Harlow Build") is told outside the
   * words read before the sum, so it must not differ.
   */
  whole?: { names: ReadonlySet<string>; dated: boolean };
  /** For a sum premodifying a noun (fact-sum-worth.ts), that noun's term. */
  noun?: string;
  /** Read only against the act its noun names (a sum after a genitive: fact-deverbal-sum.ts). */
  actOnly?: true;
  /** What {@link wholeOf} reads of the passage, for an act told against its noun. */
  passage: () => NonNullable<AmountOf['whole']>;
}

/** The names of a whole passage and whether it states a date ({@link AmountOf} `whole`). */
function wholeOf(source: MeasuredSource): NonNullable<AmountOf['whole']> {
  return {
    names: new Set(source.sequence.filter((u) => u.name).map((u) => u.keys.join(' '))),
    dated: source.values.dates.length > 0,
  };
}

/**
 * Verbs of giving or spending money on a purpose (money-verbs.ts, role "purpose"): "commit €1.5
 * million to raising the wreck", "spend 1.2 million euros to raise the wreck", "pledge",
 * "provide", "invest", "allocate", "earmark". With a sum as their object and the same purpose
 * after it, each states what the payer puts to that purpose: one sum, whichever verb a reporter
 * uses. As fact terms (stems cut to `namePrefix` letters), every form. Other money verbs state
 * other sums ("earn", "borrow", "owe").
 */
const GIVING_MONEY = verbFormStems(moneyVerbsOf('purpose'), SEARCH_OPTIONS.facts.namePrefix);

/** The term every verb of giving money is read as ({@link GIVING_MONEY}). */
const GIVING = 'spend';

/** A term, or {@link GIVING} for a verb of giving money. */
const givingAsOne = (key: string) => (GIVING_MONEY().has(key) ? GIVING : key);

/**
 * The price verbs (money-verbs.ts, role "price"): "cost", and the phrasal "come to" and "amount
 * to" ("the bill came to $4.2 million", "the cost amounted to $4.2 million"). With a sum right
 * after them each states what the thing before them cost: one relation, whichever verb a reporter
 * uses, read as one term ({@link PRICE}). As fact terms, every form of each lemma; a phrasal
 * one with its particle.
 */
const PRICE_VERBS = verbFormStems(moneyVerbsOf('price'), SEARCH_OPTIONS.facts.namePrefix);
// Each particle's pattern is made once here, not per sum read: a pattern made per call is
// compiled again whenever V8's regular-expression cache has been emptied (session 73).
const PHRASAL_PRICE_VERBS = phrasalMoneyVerbsOf('price').map(([lemma, particle]) => ({
  stems: verbFormStems([lemma], SEARCH_OPTIONS.facts.namePrefix),
  particleAlone: new RegExp(`^\\s+${particle}\\s+$`, 'i'),
}));

/** The term every price verb before a sum is read as ({@link PRICE_VERBS}). */
const PRICE = '\u0000price';

/** A currency sign ending a text, with any space after it. */
const SIGN_AT_END = new RegExp(`${CURRENCY_SIGN}\\s*$`);
/**
 * Whether `unit`, the nearest content unit before a sum whose words (a qualifier or a currency
 * sign first) begin at `start`, is a price verb ({@link PRICE_VERBS}): a one-word one, or a
 * phrasal one's verb with its particle between it and the sum ("came to $4.2 million"; "came
 * with $4.2 million" is none).
 */
function priceVerbAt(source: MeasuredSource, unit: UnitOccurrence, start: number): boolean {
  if (unit.keys.length !== 1) return false;
  const key = unit.keys[0] as string;
  if (PRICE_VERBS().has(key)) return true;
  const between = source.text.slice(unit.end, start).replace(SIGN_AT_END, '');
  return PHRASAL_PRICE_VERBS.some(
    ({ stems, particleAlone }) => stems().has(key) && particleAlone.test(between),
  );
}

/**
 * The terms of a passage that stand as a price verb right before a sum of money ({@link
 * priceVerbAt}): "came" in "The bill came to $4.2 million", "cost" in "The repairs cost $3.9
 * million". Two such terms, one of each report, tell one act (fact-relation.ts reads them as one
 * word, as it reads WordNet synonyms).
 */
export function priceVerbTerms(source: MeasuredSource): ReadonlySet<string> {
  const found = new Set<string>();
  for (const value of source.values.positioned) {
    if (!('number' in value) || value.kind !== 'money') continue;
    const start = qualifierStart(source.text, value.at);
    const [nearest] = unitsBefore(source, start);
    if (nearest !== undefined && priceVerbAt(source, nearest, start))
      found.add(nearest.keys[0] as string);
  }
  return found;
}

/**
 * The term every statement of a sum as the present level of what it is of is read as
 * (fact-levels.ts `presentLevelAt`: "is now £20,000", "has risen to £25,000"): one relation,
 * whichever words tell it, as the verbs of giving money are one ({@link GIVING}).
 */
const PRESENT_LEVEL = '\u0000level';

/**
 * What the clause before an amount of money at offset `at` says it is of; null when it says
 * nothing. A verb of giving money is read as one word ({@link GIVING_MONEY}); a present level,
 * whatever its words, as {@link PRESENT_LEVEL}, the words before it what it is the level of.
 */
function amountOf(source: MeasuredSource, at: number): AmountOf | null {
  const level = presentLevelAt(source, at);
  // A speaker and a verb of saying before the clause ("Officials said the repairs cost …") tell
  // who reports the sum, not what it is of: the frame is set aside, as for one fact. Only a
  // frame the sum itself stands outside of: a frame read over the sum is no frame of it.
  const claim = source.claim ?? claimOf(source.text);
  const framed = claim !== source.text && claim.slice(at, at + 1).trim() !== '';
  const before = unitsBefore(source, qualifierStart(source.text, at)).filter(
    (unit) => !framed || claim.slice(unit.start, unit.end).trim() !== '',
  );
  const units = level === null ? before : before.filter((unit) => !level.words.includes(unit));
  if (level !== null)
    return units.length === 0
      ? null
      : {
          nearest: PRESENT_LEVEL,
          terms: new Set([
            PRESENT_LEVEL,
            ...units.filter((unit) => !unit.name).flatMap((unit) => unit.keys),
          ]),
          names: new Set(units.filter((unit) => unit.name).map((unit) => unit.keys.join(' '))),
          passage: () => wholeOf(source),
        };
  // "a £34 million contract" is the contract's worth, as "the contract, worth £31m," is
  // (fact-sum-worth.ts): the noun is what the sum is of, "worth" the relation.
  const plain = premodifiedHead(source, at);
  // After a genitive ("the firm's £2.1 million offer") the sum is read only against its act
  // told by the verb (fact-deverbal-sum.ts), whose subject the genitive names.
  const head = plain ?? premodifiedHead(source, at, true);
  if (head !== null)
    return {
      nearest: WORTH,
      terms: new Set([
        WORTH,
        ...head.unit.keys,
        ...units.filter((unit) => !unit.name).flatMap((unit) => unit.keys),
      ]),
      names: new Set(units.filter((unit) => unit.name).map((unit) => unit.keys.join(' '))),
      whole: wholeOf(source),
      ...(head.unit.keys.length === 1 ? { noun: head.unit.keys[0] } : {}),
      ...(plain === null ? { actOnly: true } : {}),
      passage: () => wholeOf(source),
    };
  const [nearest] = units;
  if (nearest === undefined || nearest.name) return null;
  const saidOf = worthSaidOf(source, nearest);
  units.push(...saidOf);
  const price = priceVerbAt(source, nearest, qualifierStart(source.text, at));
  const termOf = (unit: UnitOccurrence) =>
    price && unit === nearest ? [PRICE] : unit.keys.map(givingAsOne);
  return {
    nearest: termOf(nearest).join(' '),
    terms: new Set(units.filter((unit) => !unit.name).flatMap(termOf)),
    names: new Set(units.filter((unit) => unit.name).map((unit) => unit.keys.join(' '))),
    ...(saidOf.length > 0 || nearest.keys.includes(WORTH) ? { whole: wholeOf(source) } : {}),
    passage: () => wholeOf(source),
  };
}

/** The least number of content terms before an amount in its clause that can say what it is of. */
const LEAST_AMOUNT_TERMS = 2;

/**
 * Whether two amounts of money are amounts of one thing by the words before them in their
 * clauses: the same word right before each ("cost", "sold"), the same names (none, or the same:
 * "the Harl Street house" is not "the house", which may be another), and the other words of one
 * all among the other's, at least {@link LEAST_AMOUNT_TERMS} of them ("The repairs cost" / "The
 * council said the repairs had cost"). "The school's repairs cost" / "The hall's repairs cost"
 * are two amounts. The words after the amounts must not say different things either
 * ({@link saidApart}).
 */
function sameAmountOf(x: AmountOf, y: AmountOf): boolean {
  // "The firm made a £2.1 million offer" / "The firm offered £2.4 million": one act told by its
  // verb and by its noun (fact-deverbal-sum.ts), in passages naming the same and dated alike.
  if (sumOfActAndItsNoun(x, y, WORTH) || sumOfActAndItsNoun(y, x, WORTH))
    return sameWhole(x.passage(), y.passage());
  if (x.actOnly === true || y.actOnly === true) return false;
  if (x.nearest !== y.nearest || x.names.size !== y.names.size) return false;
  if ((x.whole !== undefined || y.whole !== undefined) && !sameWhole(x.whole, y.whole))
    return false;
  if (![...x.names].every((name) => y.names.has(name))) return false;
  const [small, large] = x.terms.size <= y.terms.size ? [x.terms, y.terms] : [y.terms, x.terms];
  return small.size >= LEAST_AMOUNT_TERMS && [...small].every((term) => large.has(term));
}

/** Whether two passages name the same and both or neither state a date ({@link wholeOf}). */
function sameWhole(p: AmountOf['whole'], q: AmountOf['whole']): boolean {
  if (p === undefined || q === undefined || p.dated !== q.dated) return false;
  return p.names.size === q.names.size && [...p.names].every((name) => q.names.has(name));
}

/**
 * Whether what is said after two amounts in their clauses sets them apart: both say something
 * and neither begins the other ("sold for £1.6m to a developer" / "sold for £1.8m to a trust").
 */
function saidApart(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && !short.every((term, i) => long[i] === term);
}

/**
 * Whether two measures that each may be a sum of money are sums of one thing: both are
 * ({@link sameAmountOf}), nothing said after them sets them apart ({@link saidApart}), and a sum
 * given is one sum only for one purpose, so both say what it is for. Read alike when the sums
 * differ (told two ways) and when they are equal (one fact).
 */
function sameSumOf(x: Measure, y: Measure): boolean {
  if (x.amountOf === null || y.amountOf === null || !sameAmountOf(x.amountOf, y.amountOf))
    return false;
  if (saidApart(x.said, y.said)) return false;
  return x.amountOf.nearest !== GIVING || (x.said.length > 0 && y.said.length > 0);
}

/**
 * True when two passages each state one sum of money and say different things after them in
 * their clauses ({@link saidApart}): "spend €1.5 million to raise the wreck" / "spend €1.2
 * million to build a museum for the wreck" are sums for two purposes, not two accounts of one.
 */
export function amountsSaidApart(a: MeasuredSource, b: MeasuredSource): boolean {
  const sum = (source: MeasuredSource) => {
    const money = source.values.positioned.filter((v) => 'number' in v && v.kind === 'money');
    return money.length === 1 ? saidAfter(source, money[0]!.at) : null;
  };
  const x = sum(a);
  const y = sum(b);
  return x !== null && y !== null && saidApart(x, y);
}

/** Words that scale or name a count's kind, not what it counts ("2.3 million", "12 per cent"). */
export const SCALE_TERMS: ReadonlySet<string> = new Set(
  [
    ...SCALE_VALUES.keys(),
    'percent',
    'per',
    'cent',
    // Currencies named after a figure ("1.2 million euros") are its unit, as "€" is.
    ...CURRENCY_WORDS,
  ].map(factTerm),
);

/** The content terms after offset `from`, up to the end of its clause. */
function saidAfter(source: MeasuredSource, from: number): string[] {
  return unitsAfter(source, from).flatMap((unit) =>
    unit.keys.filter((key) => !SCALE_TERMS.has(key)),
  );
}

/**
 * How many of the terms after offset `from` in its clause ({@link saidAfter}) stand before a
 * phrase that says when: one a preposition opens and a date holds ("recruit 60 new dockers by
 * the end of 2027" → "dockers"); all of them when there is none.
 */
function beforeTimePhrase(source: MeasuredSource, from: number): number {
  const units = unitsAfter(source, from);
  const last = units.at(-1)?.end ?? from;
  const breakAt = source.text.slice(last).search(CLAUSE_BREAK);
  const end = breakAt < 0 ? source.text.length : last + breakAt;
  let count = 0;
  let edge = from;
  for (const unit of units) {
    const opens = PREPOSITION.test(source.text.slice(edge, unit.start));
    const dated = source.values.positioned.some(
      (v) => v.aspect === 'date' && v.at >= edge && v.at <= end,
    );
    if (opens && dated) return count;
    count += unit.keys.filter((key) => !SCALE_TERMS.has(key)).length;
    edge = unit.end;
  }
  return count;
}

/**
 * How many of the terms after offset `from` in its clause ({@link saidAfter}) stand before a
 * passive's agent phrase that ends the clause (fact-agent-phrase.ts: "were broken by the blast"
 * → "broken"); all of them when there is none.
 */
function beforeAgentPhrase(source: MeasuredSource, from: number): number {
  const units = unitsAfter(source, from);
  const start = agentPhraseStart(source.text, units, from) ?? units.length;
  return units
    .slice(0, start)
    .reduce((n, unit) => n + unit.keys.filter((key) => !SCALE_TERMS.has(key)).length, 0);
}

/**
 * Two measures with a passive's agent phrase set aside where one of them alone names the agent
 * (fact-agent-phrase.ts: "were broken" / "were broken by the blast" tell one act, its doer left
 * unstated on one side); as they are when both or neither name one.
 */
function agentAside(x: Measure, y: Measure): [Measure, Measure] {
  const agented = (m: Measure) => m.unagented < m.said.length;
  if (agented(x) === agented(y)) return [x, y];
  const aside = (m: Measure): Measure =>
    agented(m)
      ? { ...m, said: m.said.slice(0, m.unagented), untimed: Math.min(m.untimed, m.unagented) }
      : m;
  return [aside(x), aside(y)];
}

/** A unit word, then "of" and the word for what it measures ("tonnes of rock", "miles of the road"). */
const MEASURED_OF = /^\s*[\p{L}’'-]+\s+of\s+(?:the\s+)?([\p{L}’'-]+)/u;

/**
 * What a weight or a length measures ("About 12,000 tonnes of rock and mud slid onto the
 * Corran Pass road" → "rock", said of "Corran Pass"): the units are plan/quantity.ts's, so a
 * count of people ("200 members of the union") is no such measure.
 */
function materialOf(source: MeasuredSource, at: number): Measure['material'] {
  const after = source.text.slice(at).replace(/^[\d.,]+/, '');
  const digits = source.text.slice(at, source.text.length - after.length);
  const unitWord = /^\s*[\p{L}’'-]+/u.exec(after)?.[0] ?? '';
  if (!holdsDimension(digits + unitWord, 'weight') && !holdsDimension(digits + unitWord, 'length'))
    return null;
  const of = MEASURED_OF.exec(after);
  if (of === null || of[1] === undefined) return null;
  const nounEnd = source.text.length - after.length + of[0].length;
  return {
    term: cut(stem(of[1])),
    names: unitsAfter(source, nounEnd)
      .filter((unit) => unit.name)
      .map((unit) => {
        const before = /([\p{L}’'-]+)\s+(?:the\s+)?$/u.exec(source.text.slice(0, unit.start));
        return `${before?.[1]?.toLowerCase() ?? ''} ${unit.keys.join(' ')}`;
      }),
  };
}

/**
 * Verbs that state a figure by putting "the number of" a thing at it ("Police put the number of
 * cars towed … at about 400", "estimated the total of", "placed", "set"), as fact terms.
 */
const PUTTING = verbFormStems(['put', 'place', 'estimate', 'set'], SEARCH_OPTIONS.facts.namePrefix);

/**
 * A verb of putting ({@link PUTTING}), "the number of" (or "total", "count", "tally"), the counted
 * noun and what is said of it, then "at" and the figure (its "about" set aside): the words of a
 * count told as "X N were …" ("Police said 520 cars were towed …") in another order.
 */
const NUMBER_PUT_AT =
  /\b([\p{L}’'-]+)\s+the\s+(?:number|total|count|tally)\s+of\s+([\p{L}’'-]+)([^,;:.!?()]*?)\s+at\s*$/iu;

/**
 * The counted noun (a fact term) of a figure at offset `at` stated as "put the number of N … at"
 * it, and the terms said of N between it and "at" ("towed in Seltz during Saturday's market");
 * null when the figure is not stated so.
 */
function numberPutAt(source: MeasuredSource, at: number): { unit: string; said: string[] } | null {
  const before = source.text.slice(0, qualifierStart(source.text, at));
  const m = NUMBER_PUT_AT.exec(before);
  if (m === null || !PUTTING().has(cut(stem(m[1]!.toLowerCase())))) return null;
  const unit = cut(stem(m[2]!.toLowerCase()));
  const from = m.index + m[0].length - m[3]!.length - /\s+at\s*$/.exec(m[0])![0].length;
  const to = m.index + m[0].length;
  const said = source.sequence
    .filter((u) => u.start >= from && u.end <= to)
    .flatMap((u) => u.keys.filter((key) => !SCALE_TERMS.has(key)));
  return { unit, said };
}

/**
 * The one count or amount of money a passage states, or null when it states none, more than one
 * number, a number of another kind (a share, a tally, an age), an amount with nothing before it
 * in its clause to say what it is of, or a vague count ("dozens"). `partsAside`: a part of the
 * figure before it ("35 homes …, four of them badly": fact-partitive.ts) is no second number.
 * `only`: the figures read, the others left aside ({@link measureCounting}).
 */
function measureOf(
  source: MeasuredSource,
  first = false,
  partsAside = false,
  only?: (number: PositionedNumber) => boolean,
): Measure | null {
  const all = statedFigures(source, partsAside);
  const numbers = first ? all.slice(0, 1) : only === undefined ? all : all.filter(only);
  const { zeros } = source.values;
  if (numbers.length + zeros.length !== 1) return null;
  const [number] = numbers;
  if (number?.kind === 'money') {
    const range = statedRange(number);
    const of = amountOf(source, number.at);
    if (number.currency === null || range === null || of === null) return null;
    // What is said of a premodified noun follows the noun, not the sum.
    const head = premodifiedHead(source, number.at) ?? premodifiedHead(source, number.at, true);
    const said = saidAfter(source, head?.end ?? number.at);
    return {
      range,
      unit: number.currency,
      said,
      untimed: said.length,
      unagented: said.length,
      material: null,
      zero: null,
      number,
      amountOf: of,
    };
  }
  if (number !== undefined) {
    const range = statedRange(number);
    const put =
      number.kind === 'count' && number.unit === null ? numberPutAt(source, number.at) : null;
    if (put !== null && range !== null)
      return {
        range,
        unit: put.unit,
        said: put.said,
        untimed: put.said.length,
        unagented: put.said.length,
        material: null,
        zero: null,
        number,
        amountOf: null,
      };
    if (number.kind !== 'count' || number.unit === null || range === null) return null;
    const unit = cut(number.unit);
    const said = saidAfter(source, number.at);
    const noun = said[0] === unit ? 1 : 0;
    return {
      range,
      unit,
      said: said.slice(noun),
      untimed: Math.max(0, beforeTimePhrase(source, number.at) - noun),
      unagented: Math.max(0, beforeAgentPhrase(source, number.at) - noun),
      material: materialOf(source, number.at),
      zero: null,
      number,
      amountOf: null,
    };
  }
  const zero = zeros[0]!;
  const unit = zero.unit === null ? null : cut(zero.unit);
  const said = saidAfter(source, zero.end);
  const noun = unit !== null && said[0] === unit ? 1 : 0;
  return {
    range: [0, 0],
    unit,
    said: said.slice(noun),
    untimed: Math.max(0, beforeTimePhrase(source, zero.end) - noun),
    unagented: said.length - noun,
    material: null,
    zero: { at: zero.at, end: zero.end },
    number: null,
    amountOf: null,
  };
}

/** The figures a passage states, a part of a figure before it set aside with `partsAside`. */
function statedFigures(source: MeasuredSource, partsAside: boolean): PositionedNumber[] {
  const stated = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  return partsAside ? stated.filter((v) => !partOfFigure(source.text, v, stated)) : stated;
}

/**
 * The measure of a passage stating several figures that counts what the other passage's one
 * measure (`other`) counts: its only count of the same counted noun ("Sixty firefighters …,
 * supported by 12 fire engines" against "ten fire engines were at the scene": the engines). A
 * cardinal quantifies the noun it determines (Huddleston & Pullum 2002, ch. 5 §7.2), so figures
 * of other nouns are of other things and are left aside, when they stand in other clauses. Null
 * when the passage states a zero, no or more than one count of that noun, another figure in that
 * count's clause, or `other` is no count of a noun.
 */
function measureCounting(
  source: MeasuredSource,
  other: Measure,
  partsAside: boolean,
): Measure | null {
  const kind = other.number?.kind;
  if (kind !== 'count' || other.amountOf !== null || source.values.zeros.length > 0) return null;
  const counts = (v: PositionedNumber) =>
    v.kind === 'count' && v.unit !== null && cut(v.unit) === other.unit;
  const stated = statedFigures(source, partsAside);
  const matching = stated.filter(counts);
  if (matching.length !== 1) return null;
  // Another figure in the same clause may count a conjunct of what it says ("35 homes … were
  // flooded and four shops"), or a part of it: the count is then not told alone.
  const at = (matching[0] as PositionedNumber).at;
  const [from, to] = [clauseStart(source.text, at), clauseEnd(source.text, at)];
  if (stated.some((v) => !counts(v) && v.at >= from && v.at < to)) return null;
  return measureOf(source, false, partsAside, counts);
}

/**
 * The measures of two passages when they may be compared at all: articles published at most
 * `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart (a running count moves), each passage
 * holding a measure. Null otherwise. `counting`: a passage of several figures is read by its one
 * count of the noun the other's one figure counts ({@link measureCounting}).
 */
function comparableMeasures(
  a: MeasuredSource,
  b: MeasuredSource,
  published: readonly [string | null, string | null] | undefined,
  first = false,
  partsAside = false,
  counting = false,
): [Measure, Measure] | null {
  const close = publishedClose(published);
  if (!close && !publishedWithin(published, SEARCH_OPTIONS.facts.stateMaxDaysApart)) return null;
  let x = measureOf(a, first, partsAside);
  let y = measureOf(b, first, partsAside);
  // One passage of several figures: its count of the noun the other's one figure counts.
  if (counting && x === null && y !== null) x = measureCounting(a, y, partsAside);
  else if (counting && y === null && x !== null) y = measureCounting(b, x, partsAside);
  if (x === null || y === null) return null;
  // A state holds over time (fact-state-window.ts): two reports of one told a week apart are
  // of one time, a running tally's are not.
  const state = (source: MeasuredSource, m: Measure) =>
    m.number !== null && m.amountOf === null && presentStateAt(source.text, m.number.at);
  return close || (state(a, x) && state(b, y)) ? [x, y] : null;
}

/** True when the figure at offset `at` of `text` is told as a present state, no running tally. */
function presentStateAt(text: string, at: number): boolean {
  return (
    !RUNNING_COUNT.test(text) &&
    toldAsPresentState(clauseAround(text, at), at - clauseStart(text, at))
  );
}

/**
 * True when two passages' figures (`texts`, each figure's offset in `at`, undefined when not
 * known) may be of one time, so that figures differing between them dispute one value rather
 * than tell two moments of a changing one. A figure told in the present (fact-state-window.ts
 * `toldInPresent`: "has 48 cases", "employs 27 staff") is as of its article's writing, so two
 * such reports are of one time only when their articles (`published`, `YYYY-MM-DD`) were
 * published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart ({@link
 * publishedClose}), or at most `stateMaxDaysApart` with each figure a present state
 * (`toldAsPresentState`), or when both passages date what they report alike (`datedAlike`: a
 * date each states, compatible); "has 48 cases" and "has 112 cases" six weeks apart are two
 * moments, and saying the sources differ would be untrue. Figures of past acts are not read so
 * here (a finished act's figure is one whenever it is told).
 */
export function figuresOfOneTime(
  texts: readonly [string, string],
  at: readonly [number | undefined, number | undefined],
  published: readonly [string | null, string | null] | undefined,
  datedAlike: boolean,
): boolean {
  if (datedAlike || publishedClose(published)) return true;
  const present = texts.some((text, i) => {
    const offset = at[i];
    return (
      offset !== undefined &&
      toldInPresent(clauseAround(text, offset), offset - clauseStart(text, offset))
    );
  });
  if (!present) return true;
  if (!publishedWithin(published, SEARCH_OPTIONS.facts.stateMaxDaysApart)) return false;
  return texts.every((text, i) => {
    const offset = at[i];
    return offset !== undefined && presentStateAt(text, offset);
  });
}

/**
 * True when two articles (`published`: their publication dates, `YYYY-MM-DD`) are known to be
 * published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart: counts given in them
 * are taken as of one time.
 */
export function publishedClose(
  published: readonly [string | null, string | null] | undefined,
): boolean {
  return publishedWithin(published, SEARCH_OPTIONS.facts.measureMaxDaysApart);
}

/** True when two articles are known to be published at most `days` days apart. */
function publishedWithin(
  published: readonly [string | null, string | null] | undefined,
  days: number,
): boolean {
  const gap = daysApart(published?.[0], published?.[1]);
  return gap !== null && gap <= days;
}

/** Days between two publication dates (`YYYY-MM-DD`); null unless both give the day. */
function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  const day = (date: string | null | undefined) => {
    const stated = date == null ? null : parseIsoDate(date);
    return stated?.precision === 'day' && stated.month !== undefined && stated.day !== undefined
      ? dayNumber(stated.year, stated.month, stated.day)
      : NaN;
  };
  const gap = Math.abs(day(a) - day(b));
  return Number.isFinite(gap) ? gap : null;
}

/** The text with a zero count's words blanked (same length), so its "none" denies nothing. */
function withoutZero(text: string, zero: Measure['zero']): string {
  return zero === null
    ? text
    : text.slice(0, zero.at) + ' '.repeat(zero.end - zero.at) + text.slice(zero.end);
}

/**
 * True when two passages count the same thing, say the same of it, at the same time, and
 * their counts cannot be the same: a disagreement on the number, found without shared wording.
 * `published`: the two articles' publication dates (`YYYY-MM-DD`), both needed.
 *
 * The same thing: the same counted noun, or a count of nought in words with none ("none",
 * "nobody") against any. Said the same: the words after each count in its clause are the same,
 * or the shorter, of two words or more, begins the longer ("were taken to hospital" / "were
 * taken to hospital after the fire"): one word alone ("sold") must be all either says. The
 * same stance once a zero's own "none" is set aside: a denial or a plan is not a count; and both
 * or neither said to hold from a start (fact-stance.ts `holdsFromStart`). `synonymous`: terms (of
 * `a` first) that are WordNet synonyms, one word where the words said of the counts or the verbs
 * before them are compared ("Fourteen people were injured" / "Seventeen people were hurt").
 * `leanedOnAlike`: whether the sentences the two passages follow report one fact
 * (fact-relation-types.ts `RelationContext.leanedOnAlike`), asked only of an attendance whose
 * event is left to the context (fact-attendance.ts).
 */
export function measuresDiffer(
  a: MeasuredSource,
  b: MeasuredSource,
  published: readonly [string | null, string | null] | undefined,
  synonymous: SynonymousTerms = NO_SYNONYMS,
  leanedOnAlike?: () => boolean,
): boolean {
  // A part of a figure ("35 homes …, four of them badly") is not a rival to the other's count
  // (fact-partitive.ts); for one fact (measuresAgree) both parts must still agree.
  const measures = comparableMeasures(a, b, published, false, true, true);
  if (measures === null) return false;
  const [x, y] = ofKindAndClass(a, b, measures);
  if (runningCountsApart(a.text, b.text, published, [x.number?.at, y.number?.at])) return false;
  if (x.zero !== null && y.zero !== null) return false;
  // "38 staff" / "42 people" may count one workforce (fact-workforce.ts).
  const workforce =
    x.number !== null && y.number !== null && workforceAlike(a, x.number, b, y.number);
  // "25,912 supporters attended" / "A crowd of 24,118 watched the match": a part of one
  // event's crowd counted above the whole crowd (fact-attendance.ts).
  const attendance =
    x.number !== null &&
    y.number !== null &&
    attendanceCountsApart(a, x.number, x.range, b, y.number, y.range, leanedOnAlike);
  // "More than 200 residents were evacuated" / "About 120 people were evacuated": a kind of
  // person counted above the people counted, which include them (fact-general-nouns.ts), when
  // the people's count says nothing the other does not ("120 people were evacuated from the
  // school" may count fewer than the residents).
  const persons =
    x.number !== null &&
    y.number !== null &&
    personKindAboveGeneral(a, x.number, x.range, b, y.number, y.range) &&
    (isGeneralPersonTerm(x.unit)
      ? x.said.every((t) => y.said.includes(t))
      : y.said.every((t) => x.said.includes(t)));
  const sameThing =
    attendance ||
    persons ||
    workforce ||
    x.unit === y.unit ||
    (x.zero !== null && x.unit === null) ||
    (y.zero !== null && y.unit === null) ||
    x.ofKind;
  if (!sameThing || rangesOverlap(x.range, y.range)) return false;
  if (x.amountOf !== null || y.amountOf !== null) {
    if (!sameSumOf(x, y)) return false;
  } else {
    const acts =
      x.number !== null && y.number !== null
        ? countActs(a, x.number, b, y.number, synonymous)
        : null;
    // "employs 27 staff" / "has 31 staff": two verbs of one workforce (fact-workforce.ts).
    if (acts === 'different' && !workforce && !attendance) return false;
    if (
      !saidAlike(x, y, acts === 'same', synonymous) &&
      !(
        acts === 'same' &&
        x.number !== null &&
        y.number !== null &&
        measuredAtOneCheck(a, x.number, b, y.number)
      ) &&
      !sameMaterialAtOnce(x, y, a.values, b.values) &&
      !(
        x.number !== null &&
        y.number !== null &&
        (voicesAlike(a, x.number, b, y.number) ||
          patientsAlike(a, x.number, b, y.number) ||
          attendance ||
          persons ||
          attendanceAlike(a, x.number, b, y.number, leanedOnAlike) ||
          takingPartAlike(a, x.number, b, y.number) ||
          workforce)
      ) &&
      !(
        x.number !== null &&
        y.number !== null &&
        sameActInOnePlace(a, x.number, b, y.number, synonymous)
      )
    )
      return false;
  }
  if (holdsFromStart(a.text) !== holdsFromStart(b.text)) return false;
  // As for one fact (measuresAgree), a wish or a plan in a purpose adjunct after the count is of
  // the purpose's own event ({@link countClauseEnd}); any other later clause still counts here.
  return (
    stanceDifference(
      stancesBearingOnCount(withoutZero(a.text, x.zero), x),
      stancesBearingOnCount(withoutZero(b.text, y.zero), y),
    ) === null
  );
}

/**
 * The stances of `text` that bear on the count of measure `m` for a disagreement: those of the
 * whole text less a purpose adjunct right after the count ({@link countClauseEnd}), blanked with
 * as many spaces so that a marker elsewhere is still read.
 */
function stancesBearingOnCount(text: string, m: Measure): ReadonlySet<Stance> {
  const at = m.number?.at ?? m.zero?.at;
  if (at === undefined) return new Set(stancesOf(text).keys());
  const purpose = countClauseEnd(text, at);
  const end = clauseEnd(text, at);
  const read = text.slice(0, purpose) + ' '.repeat(end - purpose) + text.slice(end);
  return new Set(stancesOf(read).keys());
}

/**
 * Two measures, each marked `ofKind` when one counts kinds of what the other counts and more of
 * them than the other can (fact-counted-kinds.ts: "70 ewes and lambs" / "52 sheep"); the nouns
 * joined to a counted noun ("and lambs") are then words of the thing counted, not said of it.
 */
function ofKindAndClass(
  a: MeasuredSource,
  b: MeasuredSource,
  [x, y]: [Measure, Measure],
): [Measure & { ofKind: boolean }, Measure & { ofKind: boolean }] {
  const countOf = (source: MeasuredSource, m: Measure) =>
    m.number === null || m.unit === null || m.amountOf !== null || m.material !== null
      ? null
      : { text: source.text, at: m.number.at, unit: m.unit, range: m.range };
  const cx = countOf(a, x);
  const cy = countOf(b, y);
  if (cx === null || cy === null || !kindCountAboveClass(cx, cy))
    return [
      { ...x, ofKind: false },
      { ...y, ofKind: false },
    ];
  const joinedAside = (m: Measure, count: typeof cx) => {
    const joined = joinedNounTerms(count);
    return {
      ...m,
      said: m.said.slice(joined.filter((t, i) => m.said[i] === t).length),
      ofKind: true,
    };
  };
  return [joinedAside(x, cx), joinedAside(y, cy)];
}

/**
 * Whether what is said of two counts after them in their clauses is alike: the same words, or
 * the shorter, of two words or more, begins the longer ("were taken to hospital" / "were taken
 * to hospital after the fire"); one word alone ("sold") must be all either says. Nothing said
 * after either is alike only when both are `governed` by one act before them ("makes 23
 * recommendations." / "sets out 23 recommendations."). A word and its WordNet synonym in the same
 * place are one word (`synonymous`, a term of `x`'s passage first: "Fourteen people were
 * injured" / "Seventeen people were hurt"), as one act told with a synonym is (fact-acts.ts).
 */
function saidAlike(
  measureX: Measure,
  measureY: Measure,
  governed: boolean,
  synonymous: SynonymousTerms = NO_SYNONYMS,
): boolean {
  const [x, y] = agentAside(measureX, measureY);
  const xShorter = x.said.length <= y.said.length;
  const [shorter, longer] = xShorter ? [x, y] : [y, x];
  const short = shorter.said;
  const long = longer.said;
  if (short.length === 0) return governed && long.length === 0;
  const alike = (s: string, l: string) =>
    s === l || (xShorter ? synonymous(s, l) : synonymous(l, s));
  const begins = short.every((term, i) => long[i] !== undefined && alike(term, long[i]));
  // Counts of one act on one subject ("agreed to recruit 80 new dockers" / "committed to
  // recruiting 60 new dockers by the end of 2027"): a phrase saying when, on one side only, is
  // a date, which is compared where both give one (fact-setting.ts `sameSetting`), not another
  // thing counted.
  if (governed && begins && longer.untimed <= short.length) return true;
  return begins && (short.length === long.length || short.length >= 2);
}

/** The smallest count reported alone as the same fact: figures below it are spelt out in news style. */
const LEAST_FIGURE = 10;

/**
 * True when two passages report one count of one thing alike: the same exact figure of the same
 * counted noun ("23 recommendations"), the object of one act (`countActs`: the same verb, or
 * verbs with no event of their own: "It makes 23 recommendations, all of which the council says
 * it has accepted." / "The report, published on 7 October, sets out 23 recommendations."), with
 * what is said after the counts alike, the same stance, both or neither holding from a start, in
 * articles published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart. Such reports
 * may share no other word, so this is how they are found one fact. Only an exact figure written
 * in digits, of at least ten, identifies a count: news style spells out smaller ones (AP and BBC
 * style: one to nine), and "two people were arrested" recurs in a week's news by chance. A figure
 * that opens its sentence is spelt out whatever its size (the same styles), so there "Seventeen
 * homes" is the figure "17 homes" is elsewhere, and counts as written in digits; an
 * approximate or bounded figure ("about 6,000") says too little to be the same report.
 * `published`: the two articles' publication dates (`YYYY-MM-DD`), both needed; `synonymous`, as
 * for {@link measuresDiffer}.
 */
export function measuresAgree(
  a: MeasuredSource,
  b: MeasuredSource,
  published: readonly [string | null, string | null] | undefined,
  synonymous: SynonymousTerms = NO_SYNONYMS,
): boolean {
  const several = sameCounts(a.values, b.values);
  const measures = comparableMeasures(a, b, published, several);
  if (measures === null) return false;
  const [x, y] = measures;
  if (x.number === null || y.number === null || x.unit !== y.unit) return false;
  const exact = (m: Measure, source: MeasuredSource) =>
    m.number !== null &&
    !m.number.approximate &&
    m.number.bound === null &&
    m.range[0] === m.range[1] &&
    m.range[0] >= LEAST_FIGURE &&
    (/^\d/.test(source.text.slice(m.number.at)) || opensSentence(source.text, m.number.at));
  if (!exact(x, a) || !exact(y, b) || x.range[0] !== y.range[0]) return false;
  if (x.amountOf !== null || y.amountOf !== null) {
    // Two equal sums are one fact on the evidence that sets two unequal ones against each other
    // as one amount told two ways (measuresDiffer): the words before each say it is the amount
    // of one thing (`sameAmountOf`: the same word right before it, the same names, the other
    // words of one all among the other's, two at least) and the words after it say nothing
    // else; a sum given, for one purpose on both sides. "sold for £1.6m" alone, which recurs in
    // a week's property news, names no thing and is never enough.
    if (!sameSumOf(x, y)) return false;
  } else {
    const acts = countActs(a, x.number, b, y.number, synonymous);
    if (acts === 'different' || !saidAlike(x, y, acts === 'same', synonymous)) return false;
  }
  if (holdsFromStart(a.text) !== holdsFromStart(b.text)) return false;
  // A plan or a hope in a later clause ("…, but expects the number to rise") is of its own
  // event, not of the count: stances are read up to the end of the count's clause.
  return (
    stanceDifference(
      stancesUpTo(a.text, countClauseEnd(a.text, x.number.at)),
      stancesUpTo(b.text, countClauseEnd(b.text, y.number.at)),
    ) === null
  );
}

/**
 * Where the stances bearing on a count at offset `at` stop: at the end of its clause
 * ({@link clauseEnd}), or earlier at a purpose infinitive ({@link PURPOSE_INFINITIVE}). A purpose
 * adjunct tells what the act was done for (Quirk et al. 1985, §15.48, clauses of purpose): a
 * wish or a plan in it ("to demand that the firm provide a ship") is of the purpose's own event,
 * and leaves the act and its count told as fact. A marker that opens before the infinitive
 * ("expected to attend", "due to sail", "tried to get in") still bears on the count: it is
 * read from where it starts (fact-stance.ts `stancesUpTo`).
 */
function countClauseEnd(text: string, at: number): number {
  const end = clauseEnd(text, at);
  const purpose = text.slice(at, end).search(PURPOSE_INFINITIVE);
  return purpose < 0 ? end : at + purpose;
}

/** Where the clause of a number at offset `at` ends (its own separators, "9,800", break none). */
function clauseEnd(text: string, at: number): number {
  const after = text
    .slice(at)
    .replace(/(?<=\d)[,.](?=\d)/g, '0')
    .search(CLAUSE_BREAK);
  return after < 0 ? text.length : at + after;
}

/**
 * True when two passages state more than one number, all counts, and the same counts in the
 * same order: each figure of the same noun, exact ("118 tiles, 40 of them coloured" twice).
 * Such reports are compared by their first count as a report of one count is
 * ({@link measuresAgree}): the others, equal on both sides, say nothing apart.
 */
function sameCounts(a: FactValues, b: FactValues): boolean {
  const counts = (values: FactValues) =>
    values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  const x = counts(a);
  const y = counts(b);
  return (
    x.length > 1 &&
    x.length === y.length &&
    a.zeros.length === 0 &&
    b.zeros.length === 0 &&
    x.every((v, i) => {
      const w = y[i]!;
      return (
        v.kind === 'count' &&
        w.kind === 'count' &&
        v.number === w.number &&
        v.unit !== null &&
        w.unit !== null &&
        cut(v.unit) === cut(w.unit) &&
        !v.approximate &&
        !w.approximate &&
        v.bound === null &&
        w.bound === null
      );
    })
  );
}

/**
 * True when a number at offset `at` opens its sentence (a passage is a sentence), only an opening
 * quotation mark or bracket before it: where news style spells out any figure ("Seventeen homes
 * have been evacuated").
 */
function opensSentence(text: string, at: number): boolean {
  return /^[\s"“‘'(]*$/u.test(text.slice(0, at));
}

/** An ordinal's suffix written after its digits ("30th", "2d" as older prose writes it). */
const ORDINAL_SUFFIX = '(?:st|nd|rd|th|d)';

/**
 * A figure in digits, with its thousands separators ("9,800", "23"), that measures: not an
 * ordinal ("the 30th"), nor a day or year written with a month name ("June 30, 1886", "8th
 * November, 1858", "30 June"). Those are parts of dates, which the relation compares as dates
 * (fact-values.ts), never as sums or counts (`measuresAgree`).
 */
const FIGURE = new RegExp(
  String.raw`(?<![\d.,])(?<!\b${MONTH_RE},?\s+(?:\d{1,2}(?:${ORDINAL_SUFFIX}\b)?,?\s+)?)` +
    String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)` +
    String.raw`(?![\d.,]\d|\d|${ORDINAL_SUFFIX}\b|\s+(?:of\s+)?${MONTH_RE}\b)`,
  'g',
);

/**
 * The figures of at least ten a text writes in digits, as written ("9,800", "23"), dates' days
 * and years and ordinals left out ({@link FIGURE}).
 */
export function writtenFigures(text: string): string[] {
  return (text.match(FIGURE) ?? []).filter((f) => Number(f.replace(/,/g, '')) >= LEAST_FIGURE);
}

/**
 * A cheap test that {@link measuresAgree} can hold for two texts, given their
 * {@link writtenFigures}: both write a figure of at least ten the same way ("23"). Lets a caller
 * that skips pairs sharing few words keep these.
 */
export function shareFigure(a: readonly string[], b: readonly string[]): boolean {
  for (const figure of a) if (b.includes(figure)) return true;
  return false;
}

/**
 * True when two weights or lengths measure the same thing, in the same relation to the same
 * named place, on the same day: "About 12,000 tonnes of rock and mud slid onto the Corran Pass
 * road … on Tuesday" / "Around 15,000 tonnes of rock came down onto the Corran Pass road … on
 * Tuesday night". The verb may be another word for the same act ("slid" / "came down"), so the
 * relation is read from the word before the place ("onto", not "from" or "at"): a material that
 * came onto one named place on one day is one thing measured twice. Both must name the day (a
 * weekday in common, or dates that can be the same day).
 */
function sameMaterialAtOnce(x: Measure, y: Measure, a: FactValues, b: FactValues): boolean {
  const mx = x.material;
  const my = y.material;
  if (mx === null || my === null || mx.term !== my.term) return false;
  if (!mx.names.some((name) => my.names.includes(name))) return false;
  const sameWeekday = a.weekdays.some((day) => b.weekdays.includes(day));
  const sameDate = a.dates.some((d) => b.dates.some((e) => compatibleDates(d, e)));
  return sameWeekday || sameDate;
}

/**
 * True when two counts tell one act in one named place: what each says was done to or by what
 * it counts ({@link actOf}) is the same word or a WordNet synonym (`synonymous`), and the names of the counts' clauses, up to a word
 * opening a clause of its own (fact-clauses.ts `SUBORDINATE_OPENER`: the names of a reason or a time, "after a
 * fire spread across Corrie Fell", are not where), are the same, one at least: "Twelve homes in
 * Ashby were evacuated as a precaution late on Saturday evening" / "Seventeen homes have been
 * evacuated in Ashby after a moorland fire spread across the common". What else each says (why,
 * at what hour) may differ: a reason or an hour added does not make another evacuation of the
 * place. Another day does (different weekdays or dates keep reports apart before counts are
 * read: fact-relation.ts), and so does another named place, or one more ("in Ashby and Selby").
 */
function sameActInOnePlace(
  a: MeasuredSource,
  x: PositionedNumber,
  b: MeasuredSource,
  y: PositionedNumber,
  synonymous: SynonymousTerms = NO_SYNONYMS,
): boolean {
  const act = actOf(a, x);
  const other = actOf(b, y);
  if (act === null || other === null || (act !== other && !synonymous(act, other))) return false;
  const nx = namesWhere(a, x.at);
  const ny = namesWhere(b, y.at);
  return nx.size > 0 && nx.size === ny.size && [...nx].every((name) => ny.has(name));
}

/**
 * True when a name of the clause where one count stands ({@link namesWhere}) is no word of the
 * other passage: "Twelve homes in Ashby were evacuated" / "Seventeen homes in Ashby and Selby were
 * evacuated" count homes of one village and of two, so the figures are not set against each
 * other. Counts only (numbers of other kinds: false).
 */
export function countNamesApart(
  a: MeasuredSource & { terms: ReadonlyMap<string, number> },
  x: PositionedNumber,
  b: MeasuredSource & { terms: ReadonlyMap<string, number> },
  y: PositionedNumber,
): boolean {
  if (x.kind !== 'count' || y.kind !== 'count') return false;
  const unnamed = (names: ReadonlySet<string>, other: { terms: ReadonlyMap<string, number> }) =>
    [...names].some((name) => !name.split(' ').every((key) => other.terms.has(key)));
  return unnamed(namesWhere(a, x.at), b) || unnamed(namesWhere(b, y.at), a);
}

/**
 * The names of the clause of a count at offset `at`: those before it, and those after it up to a
 * word that opens a clause of its own (fact-clauses.ts `opensSubordinate`); a single capitalised
 * word opening the passage is not read as a name.
 */
function namesWhere(source: MeasuredSource, at: number): Set<string> {
  const after: UnitOccurrence[] = [];
  let edge = at;
  for (const unit of unitsAfter(source, at)) {
    if (opensSubordinate(source.text.slice(edge, unit.start))) break;
    after.push(unit);
    edge = unit.end;
  }
  // Every word is capitalised where a sentence opens ("Nearly 900 runners"): one word there is
  // not known to be a name.
  const opening = source.text.search(/\p{L}/u);
  return new Set(
    [...unitsBefore(source, at), ...after]
      .filter((unit) => unit.name && !(unit.start === opening && unit.keys.length === 1))
      .map((unit) => unit.keys.join(' ')),
  );
}

/** A number as fact-values.ts positions it. */
type PositionedNumber = Extract<PositionedValue, { number: string }>;

/**
 * What a count says was done by or to what it counts, as a term: the first word after it in its
 * own clause (up to a word opening a clause of time or reason: "when", "after") that is not a name, its counted noun, a scale, or in a phrase a preposition opens ("about
 * 200 people from the Harl estate marched" → "march", "150 were detained in Minsk" → "detain";
 * such a phrase runs through its names, the word a name qualifies and words joined by "and").
 * Null when there is none. A verb before the count is not read here: "the 3 councils paid" and
 * "cost the 3 councils" tell one payment from its two sides (fact-count-acts.ts reads it only
 * when both counts stand after one).
 */
function actOf(source: MeasuredSource, x: PositionedNumber): string | null {
  const noun = x.unit === null ? null : cut(x.unit);
  let edge = x.at;
  let inPhrase = false;
  let afterName = false;
  let nounSeen = false;
  for (const unit of unitsAfter(source, x.at)) {
    const gap = source.text.slice(edge, unit.start);
    edge = unit.end;
    // The count's own clause ends where one of its own opens ("17 hours when the plant failed"):
    // what is done there is said of another subject (fact-clauses.ts `ownClauseSpan`).
    if (opensAdverbialClause(gap)) break;
    if (PREPOSITION.test(gap)) inPhrase = true;
    else if (!(inPhrase && ((afterName && /^\s+$/.test(gap)) || /^\s+(?:and|or)\s+$/i.test(gap))))
      inPhrase = false;
    afterName = unit.name;
    const key = unit.keys.find((k) => !SCALE_TERMS.has(k));
    if (inPhrase || unit.name || key === undefined) continue;
    if (!nounSeen && key === noun) {
      nounSeen = true;
      continue;
    }
    return key;
  }
  return null;
}

/**
 * True when two counts of one noun are counts of different measures: each says what was done
 * by or to what it counts (its act), and neither act is said anywhere in the other's clause.
 * "About 200 people marched" / "around 150 people were detained" count marchers and detainees:
 * the counts are never set against each other, nor the passages taken for one fact. "About 200
 * people were detained" / "police detained 150 people" say the same act, so they are one
 * measure. Synonyms are not matched ("arrested" / "detained" count apart): that costs a missed
 * disagreement, never a false one; `sameAct` names acts known to be one told in other words
 * (fact-acts.ts `actInOtherWords`: "arrested" / "apprehended", WordNet synonyms), which are one
 * measure. Counts of different nouns, of other kinds, or vague ("hundreds") are not judged here
 * (false).
 */
export function differentMeasures(
  a: MeasuredSource,
  x: PositionedNumber,
  b: MeasuredSource,
  y: PositionedNumber,
  sameAct: (x: string, y: string) => boolean = () => false,
): boolean {
  if (x.kind !== 'count' || y.kind !== 'count' || x.unit === null || y.unit === null) return false;
  // A vague count ("tens of thousands of Belarusians") measures nothing to set apart.
  if (cut(x.unit) !== cut(y.unit) || statedRange(x) === null || statedRange(y) === null)
    return false;
  // "a 3.2-year supply of land" / "a supply of land of 3.2 years": one measure of one noun,
  // before it and after it; "a plan of 3.2 years" measures another (fact-measure-head.ts).
  const heads = measureHeads([a.text, x.at], [b.text, y.at]);
  if (heads !== null) return heads === 'two';
  // A weight or a length of one material is one measure whatever the verb ("slid" / "came
  // down"): sameMaterialAtOnce reads it.
  const material = materialOf(a, x.at);
  if (material !== null && material.term === materialOf(b, y.at)?.term) return false;
  if (countActs(a, x, b, y, sameAct) === 'different') return true;
  const actX = actOf(a, x);
  const actY = actOf(b, y);
  return (
    actX !== null &&
    actY !== null &&
    actX !== actY &&
    !sameAct(actX, actY) &&
    !clauseTerms(b, y.at).has(actX) &&
    !clauseTerms(a, x.at).has(actY)
  );
}

/**
 * True when a count of one passage has counts of the same noun in the other and is a different
 * measure ({@link differentMeasures}) from each of them: "200 people marched" / "200 people
 * were detained" report two facts, whatever else they share.
 */
export function measuresApart(
  a: MeasuredSource,
  b: MeasuredSource,
  sameAct: (x: string, y: string) => boolean = () => false,
): boolean {
  const numbersOf = (source: MeasuredSource) =>
    source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  const ys = numbersOf(b);
  return numbersOf(a).some((x) => {
    const sameNoun = ys.filter(
      (y) => x.unit !== null && y.unit !== null && cut(x.unit) === cut(y.unit),
    );
    return sameNoun.length > 0 && sameNoun.every((y) => differentMeasures(a, x, b, y, sameAct));
  });
}

/** What a count counts and the words said of it after it in its clause, the counted noun left out. */
function countedAt(
  source: MeasuredSource,
  x: PositionedNumber,
): { unit: string; said: string[] } | null {
  if (x.unit === null) return null;
  const unit = cut(x.unit);
  const said = saidAfter(source, x.at);
  return { unit, said: said[0] === unit ? said.slice(1) : said };
}

/**
 * Whether two counts, found in passages about one event but not in the same place of shared
 * wording, count one thing: the same noun, both named, and something said alike of it after it
 * in its clause (or nothing said after either). "five weeks before it was due to begin" / "two
 * weeks after saying it was a civil matter" count weeks of two spans; "its membership had grown
 * to more than 4,500" / "3,100 members on Facebook" name no noun after the first. Numbers of
 * other kinds (money, shares, tallies) name their kind and are not judged here (true).
 */
export function sameCounted(
  a: MeasuredSource,
  x: PositionedNumber,
  b: MeasuredSource,
  y: PositionedNumber,
): boolean {
  if (x.kind !== 'count' || y.kind !== 'count') return true;
  if (differentMeasures(a, x, b, y)) return false;
  const cx = countedAt(a, x);
  const cy = countedAt(b, y);
  if (cx === null || cy === null || cx.unit !== cy.unit) return false;
  if (cx.said.length === 0 && cy.said.length === 0) return true;
  return cx.said.some((term) => cy.said.includes(term));
}

/**
 * Words that give a count as it stands at a moment of a changing figure: it "has risen to 48",
 * "climbed to", "fell to", "reached", "so far", "to date", "now stands at"; or as a total of
 * a tally that grows ("In all, 15 people were treated", "in total", "altogether", "all told",
 * "a total of", "the total was", "the death toll", "at least": the count as far as it is known
 * when written); or as it stands when said, in the present perfect ("Eight people have been
 * treated", "has confirmed 12 cases": the perfect tells what has happened up to the time of
 * speaking).
 */
const RUNNING_COUNT =
  /\b(?:ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|gr(?:ow|ows|own|ew|owing)|increas(?:e|es|ed|ing)|f(?:all|alls|allen|ell|alling)|drop(?:s|ped|ping)?|reach(?:es|ed|ing)?|so far|to date|(?:now\s+)?st(?:ands|ood)\s+at|in all|in total|altogether|all told|a\s+total\s+of|the\s+total\s+(?:of|is|was|has|had|now|stands|stood)|(?:death|casualty)\s+toll|at least|ha(?:s|ve)\s+(?:now\s+)?been\s+\w+(?:ed|en)|ha(?:s|ve)\s+(?:now\s+)?\w+ed)\b/i;

/**
 * Of {@link RUNNING_COUNT}, the words that tie a count to the time of writing: "so far", "to
 * date", "now stands at", and the present perfect ("Twenty people have been rescued"), which
 * tells what has happened up to the time of speaking (Quirk et al. 1985, ch. 4, the present
 * perfective). A total of a past event ("In all, 35 homes were flooded") is not so tied.
 */
const AS_OF_WRITING =
  /\b(?:so far|to date|(?:now\s+)?st(?:ands|ood)\s+at|ha(?:s|ve)\s+(?:now\s+)?been\s+\w+(?:ed|en)|ha(?:s|ve)\s+(?:now\s+)?\w+ed)\b/i;

/** The clause of a figure at offset `at`: from the clause break before it to the one after. */
function clauseAround(text: string, at: number): string {
  return text.slice(clauseStart(text, at), clauseEnd(text, at));
}

/** Where the clause of a figure at offset `at` starts (a number's own separators break none). */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at).replace(/(?<=\d)[,.](?=\d)/g, '0');
  let start = before.length;
  while (start > 0 && !CLAUSE_BREAK.test(before[start - 1] as string)) start -= 1;
  return start;
}

/**
 * True when two differing counts may be two moments of one changing figure rather than a
 * disagreement: either is said to have risen, fallen or reached its figure, or to stand so far
 * ("Confirmed cases have risen to 48" on 11 March / "… have risen to 112" on 5 April), and the
 * articles are not known to be published within `SEARCH_OPTIONS.facts.measureMaxDaysApart` days
 * of each other (the window {@link measuresDiffer} uses for the same reason). With the counts'
 * offsets (`at`, each undefined when not known), a count whose own clause ties it to the time of
 * writing ({@link AS_OF_WRITING}) is set against the other only within
 * `SEARCH_OPTIONS.facts.runningCountMaxDaysApart` days (the same day): "Twelve people were
 * rescued on Monday" / "Twenty people have been rescued" the next day. Within
 * `measureMaxDaysApart` days a later article's smaller cumulative total is set against the
 * earlier one (fact-cumulative.ts: such a total only grows).
 * `published`: the two articles' publication dates (`YYYY-MM-DD`), null when not stated.
 */
export function runningCountsApart(
  a: string,
  b: string,
  published: readonly [string | null, string | null] | undefined,
  at: readonly [number | undefined, number | undefined] = [undefined, undefined],
): boolean {
  if (!RUNNING_COUNT.test(a) && !RUNNING_COUNT.test(b)) return false;
  const gap = daysApart(published?.[0], published?.[1]);
  const tied = (text: string, offset: number | undefined) =>
    offset !== undefined && AS_OF_WRITING.test(clauseAround(text, offset));
  const window =
    tied(a, at[0]) || tied(b, at[1])
      ? SEARCH_OPTIONS.facts.runningCountMaxDaysApart
      : SEARCH_OPTIONS.facts.measureMaxDaysApart;
  if (gap === null) return true;
  if (gap <= window) return false;
  return gap > SEARCH_OPTIONS.facts.measureMaxDaysApart || !totalFalls(a, b, published, at);
}

/**
 * True when the later of two articles gives a smaller cumulative total than the earlier one
 * (fact-cumulative.ts `cumulativeTotalFalls`), of the counts at the offsets `at` (both needed).
 * `published`: both articles' days, which must differ.
 */
function totalFalls(
  a: string,
  b: string,
  published: readonly [string | null, string | null] | undefined,
  at: readonly [number | undefined, number | undefined],
): boolean {
  const [pa, pb] = published ?? [null, null];
  if (pa == null || pb == null || pa === pb || at[0] === undefined || at[1] === undefined)
    return false;
  const read = (text: string, offset: number) => {
    const value = factValues(text).positioned.find((v) => v.at === offset && 'number' in v);
    const range = value !== undefined && 'number' in value ? statedRange(value) : null;
    return range === null ? null : { clause: clauseAround(text, offset), range };
  };
  const x = read(a, at[0]);
  const y = read(b, at[1]);
  if (x === null || y === null) return false;
  return pa < pb ? cumulativeTotalFalls(x, y) : cumulativeTotalFalls(y, x);
}
