/**
 * Whether two passages from different articles report the same fact, a different one, or the
 * same thing with different values ("made in the city of Minsk" / "signed in Moscow"). The
 * bot says "also reported by" and "sources differ" on its own authority, so both are claimed
 * only on positive evidence:
 *
 * - the same event: most content words shared (one act told with a WordNet synonym or as its
 *   noun counts as a word shared: fact-acts.ts `actInOtherWords`), or (for a question both
 *   answer) a shared question word and dates that can be the same day, each with its year;
 * - the same stance (fact-stance.ts): neither denies, negates, plans, wishes for, makes
 *   conditional, asks about or alleges what the other reports as having happened (a
 *   possibility or a plan is not a report of the fact; a present progressive, an arrangement
 *   or an act under way, takes a plan's stance against one: fact-progressive.ts);
 * - not another occurrence: no "subsequent", "later", "another", "next" on one side only, no
 *   different ordinals ("a second round" / "a third round"), and not a date (with its year) or
 *   a count on one side only;
 * - the same time: words counted from publication ("the year", "now": fact-time.ts) only
 *   between articles published on the same date, as far as the words reach;
 * - the same claim: what two reports share once their attribution is set aside ("X, who …,
 *   said": fact-attribution.ts), not only the framing;
 * - values: dates (with years), weekdays, numbers (by what they count), places and actors
 *   that both state must agree for the same fact; when they do not, the passages disagree on
 *   that aspect, if nothing else differs (weekdays only ever make them different facts: a
 *   weekday alone cannot tell one event from two occurrences of it; but two weekdays named
 *   with the same date, "Tuesday 12 March" / "Wednesday 12 March", differ on that date, and so
 *   do two weekdays of the start, end or occurrence of one happening named with "the",
 *   fact-once.ts).
 *   Values are compared where they stand (after the same shared words) and only of one kind
 *   (money, a share, a tally, a count of the same thing); a verb of passing a threshold bounds
 *   its figure from below, and the total it passes is the one a verb of obtaining got
 *   ("has passed 12,000 signatures" / "had gathered more than 12,000": fact-passing.ts);
 * - the same names: "the Harlow council" and "the Dunmore council" are different bodies.
 */
import { escapeRegExp } from '../../text/escape.js';
import { withLengthsInOneUnit } from './fact-lengths.js';
import { SEARCH_OPTIONS } from '../options.js';
import { monthNumber, WEEKDAYS } from '../../text/months.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import { keptIn } from '../../text/bounded-memo.js';
import { ATTRIBUTION, differingSlot, framingAgainstClaim } from './fact-slots.js';
import {
  ageWordSpans,
  cardinalWordSpans,
  compatibleDates,
  qualifierWordSpans,
  NUMBER_WORD_LIST,
  factValues,
  type FactValues,
  type PositionedValue,
  type StatedDate,
} from './fact-values.js';
import {
  BEARING_ON_EARLIER,
  governingStances,
  holdsFromStart,
  planMarkerSpans,
  STANCE_REASON,
  stanceDifference,
  stancesOf,
  type Stance,
} from './fact-stance.js';
import { eventWordBefore, sameEventAt } from './fact-event.js';
import { withSchedule } from './fact-schedule.js';
import { claimOf } from './fact-attribution.js';
import { withProgressiveAsPlan } from './fact-progressive.js';
import { passedTotalMet } from './fact-passing.js';
import { compareHolders, holdersOf, holdsPossessedFigure, type Holder } from './fact-holders.js';
import { claimsMayDispute } from './fact-framed-claims.js';
import { timeFramesApart } from './fact-time-frame.js';
import {
  boundsConflict,
  absenceConflict,
  comparisonConflict,
  degreeConflict,
  orderConflict,
  quantifiersConflict,
  roleConflict,
  roundedReading,
  sideConflict,
  withinBound,
} from './fact-qualifiers.js';
import {
  isTimed,
  passageTime,
  resolvedDaysAt,
  savedDatesOf,
  resolvesToStatedDay,
  holdsStatedDay,
  sameCalendarDays,
  sameTime,
  timeSpans,
  upToNowAlike,
  type PassageTime,
  type SavedMention,
} from './fact-resolved-time.js';
import { overlapCoefficient } from './widen.js';
import {
  modifiedApart,
  participantsSwapped,
  tellersSwapped,
  type UnitOccurrence,
} from './fact-participants.js';
import {
  CLAUSE_BREAK,
  DESCRIBING_CLAUSE,
  mainClauses,
  NOT_A_BREAK,
  ownClause,
  ownClauseSpan,
} from './fact-clauses.js';
import {
  amountsSaidApart,
  countNamesApart,
  differentMeasures,
  measuresAgree,
  measuresApart,
  measuresDiffer,
  priceVerbTerms,
  figuresOfOneTime,
  publishedClose,
  runningCountsApart,
  sameCounted,
} from './fact-measures.js';
import { actorContradicted, holdsContrast } from './fact-contrast.js';
import { onOneStatedDay, statedDaysApart } from './fact-stated-day.js';
import { dimensionsDiffer } from './fact-dimensions.js';
import { quantitiesConflict } from './fact-quantities.js';
import { clockSpans, clockTimes, clockTimesConflict, clockTimesDiffer } from './fact-clock.js';
import { talliesAgree, talliesDiffer } from './fact-tallies.js';
import { onsetOfState } from './fact-onset.js';
import { claimEventWords, eventsApart } from './fact-predicates.js';
import { statesNumberRange } from './fact-number-range.js';
import { actInOtherWords, actsApart } from './fact-acts.js';
import { compactVerbObjects, supportVerbsOf } from './fact-support-verbs.js';
import { causativePairs } from './fact-causatives.js';
import { occurrenceVerbSpans, withOccurrenceStances } from './fact-occurrence.js';
import { restatesError } from '../../text/correction.js';
import { placesApart } from './fact-places.js';
import { reportedTerms } from './fact-anchors.js';
import { continuationApart } from './fact-continuation.js';
import { findingAgainstPending } from './fact-pending.js';
import { NEGATIVE_UNIVERSAL_TERM, negativeUniversalSpans } from './fact-negative-universal.js';
import { negatedPredicatesDiffer } from './fact-negated-predicate.js';
import { oneSidedModifiers } from './fact-premodifiers.js';
import { secondReferenceNames } from './fact-second-reference.js';
import { groupSizesDiffer, maySizeGroup } from './fact-group-size.js';
import { partySharesAgree } from './fact-shares.js';
import { factiveClause } from './fact-subordinate.js';
import { changesDiffer } from './fact-changes.js';
import { compoundHeadsApart, namedHeadsApart } from './fact-compounds.js';
import { changeAgainstLevel, sameLevel } from './fact-levels.js';
import { leadersApart, leadersDiffer } from './fact-leaders.js';
import { sameFigure } from './fact-figures.js';
import { sharedFigureTerms } from './fact-shared-figures.js';
import { premodifiedNoun } from './fact-date-premodifier.js';
import { eventIdentityVeto } from './fact-event-identity.js';
import { onceOnTwoDays, onceOnWeekday, phaseVerbOf } from './fact-once.js';
import { generalNounPair } from './fact-general-nouns.js';
import { sharesOnlyNames } from './fact-name-only.js';
import { oneActivitySpans, spansDiffer, type Duration } from './fact-durations.js';
import { supplementsOf, supplementsOnOneName, type Supplement } from './fact-supplement.js';

/**
 * What the values of two reports can differ on. The engine's `SourcesDiffer.aspect` takes these
 * values (engine.ts assigns one to the other, so the compiler keeps them in step).
 */
export type Aspect = 'place' | 'date' | 'number' | 'actor';

/** How two passages relate. */
export type FactRelation =
  | { kind: 'same-fact' }
  | { kind: 'different-fact'; reason: string }
  | {
      kind: 'disagree';
      aspect: Aspect;
      /**
       * The shared content terms (as compared: stems cut to `namePrefix` letters) right before
       * the differing values, when they stand in the same place of shared wording.
       */
      anchor?: readonly string[];
    };

/** What the question tells about the pair, when they answer one. */
export interface RelationContext {
  /** The aspect the question asks about ("where" → place); a disagreement is reported on it only. */
  asked?: Aspect | null;
  /**
   * The publication dates of the two passages' articles (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`; null
   * when not stated), which time stated relative to publication counts from (fact-time.ts).
   * Absent: not known, so passages stating such a time are never the same fact.
   */
  published?: readonly [string | null, string | null];
  /**
   * WordNet synonyms of a word's stem as the corpus's terms (the index's synonym table,
   * synonyms.ts), so two words in one place of otherwise shared wording that are synonyms
   * ("began" / "started", "closed" / "shut") are one word, not two things reported
   * (fact-slots.ts). Absent: none.
   */
  synonyms?: (stem: string) => readonly string[];
  /**
   * True when only a disagreement is sought (select.ts `findDisagreements`): a pair that is not
   * one fact as written is then returned as it is ('different-fact'), not read again by its
   * clauses and claims ({@link relateFacts}), which can find it one fact but never a
   * disagreement. Absent: false.
   */
  disputeOnly?: boolean;
}

/**
 * Words that make an event another occurrence of its kind. "Earlier", "later", "next",
 * "previous" and "prior" before a period ("earlier this month", "later that day", "next week",
 * "the previous year") say when, not that it happened again: that time is compared as one
 * (fact-time.ts), not read as another occurrence. "Originally" and "initially", as "previously",
 * tell an earlier state or plan than the one now reported ("was originally due to be complete in
 * the spring" / "remains on course to be finished in the spring").
 */
const ANOTHER_OCCURRENCE =
  /\b(?:subsequent|subsequently|another|previously|originally|initially|again|renewed|further|additional|numerous|follow-up|finally)\b|\b(?:later|earlier|previous|prior|next)\b(?!\s+(?:(?:this|that|the\s+same)\s+)?(?:day|week|month|year|today|tonight|morning|afternoon|evening|night|weekend)\b)/i;
/**
 * Exact numbers written as words ("eleven"), as written: values too. Vague counts ("tens of
 * thousands", "hundreds") and multipliers ("million") stay words.
 */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORD_LIST);
/**
 * Numbers and month and weekday names are values, not what an event is about. A name is read as
 * written (months.ts): "March" is a month, "marched" and "march" are what people did.
 */
const isValueTerm = (term: string, word: string, written: string) =>
  /^\d/.test(term) ||
  NUMBER_WORD_SET.has(word) ||
  monthNumber(written) !== undefined ||
  WEEKDAYS.has(written);

/**
 * Each content term of a text with the offset of its first occurrence. Terms are compared by
 * their first letters (`namePrefix`), as names are: spelling variants ("Lukashenko" /
 * "Lukashenka", "Rosgvardia" / "Rosgvardiya") and derived forms ("Belarus" / "Belarusian",
 * "cooperate" / "cooperation") are one word, whether capitalised or not.
 */
export function contentTerms(text: string): ReadonlyMap<string, number> {
  return readTerms(text).terms;
}

/** What may stand between two words of one name: spaces, a possessive's apostrophe. */
const ADJOINING = /^[\s'’]*$/;

/**
 * The content terms of a text grouped as what they name: a run of two or more capitalised words
 * ("Marrowick Inshore Fishers' Association", "Orrel Valley Regional Authority") is one name, so
 * one unit; every other term is a unit of its own. Two reports that share only a long name share
 * one thing, not four ("The association has warned that the gates could harm shellfish" /
 * "Members of the association watched from their boats").
 */
export function termUnits(text: string): string[][] {
  return readTerms(text).units;
}

/**
 * {@link contentTerms} and {@link termUnits} of a text, read in one pass, with every occurrence
 * of a unit in order (a name's words together), where it stands in the text. Words inside
 * `times` (spans of time counted from publication: "last night", "yesterday") are values, as a
 * weekday's name is: the days they denote are compared (fact-resolved-time.ts), not their words
 * ("yesterday" and "last night" of two articles may be one day).
 */
function readTerms(
  text: string,
  times: ReadonlyArray<{ start: number; end: number }> = [],
): {
  terms: Map<string, number>;
  units: string[][];
  sequence: UnitOccurrence[];
  stems: Map<string, string>;
} {
  const terms = new Map<string, number>();
  const stems = new Map<string, string>();
  const units: string[][] = [];
  const sequence: UnitOccurrence[] = [];
  let run: string[] = [];
  let runEnd = -1;
  let occurrence: UnitOccurrence | null = null;
  // "no one", "nobody", "none": one pronoun, read as one term (fact-negative-universal.ts).
  const pronouns = negativeUniversalSpans(text);
  // A time of day is a value ("3.40 pm" / "15:40"), compared as a time (fact-clock.ts).
  const clocks = clockSpans(text);
  // The words marking a plan ("is due to", "remains on course to") are its stance, compared as
  // such (fact-stance.ts `planMarkerSpans`), no content of what is planned.
  // So are a verb of occurrence's ("took place", "happened"): the event is its subject's noun
  // (fact-occurrence.ts).
  const plans = [...planMarkerSpans(text), ...occurrenceVerbSpans(text)];
  // The words of an age ("34-year-old", "aged 34") are its value's, as a weekday's name is.
  // So are the words that approximate or bound a figure ("around 300"): its range holds them.
  // So are the words of a cardinal written in words ("one hundred", "half a million").
  const ages = [...ageWordSpans(text), ...qualifierWordSpans(text), ...cardinalWordSpans(text)];
  const close = () => {
    if (run.length > 0) units.push(run);
    run = [];
  };
  for (const token of tokenize(text)) {
    const first = text[token.start] ?? '';
    const capitalised = first !== first.toLowerCase();
    const adjoining = runEnd >= 0 && ADJOINING.test(text.slice(runEnd, token.start));
    const stop =
      isStopWord(token) ||
      times.some((t) => token.start < t.end && t.start < token.end) ||
      plans.some((p) => token.start >= p.start && token.end <= p.end);
    if (!capitalised || !adjoining || stop) close();
    const pronoun = pronouns.some((p) => token.start >= p.start && token.end <= p.end);
    const term = stop ? '' : pronoun ? NEGATIVE_UNIVERSAL_TERM : stem(token.word);
    const clock =
      clocks.some((c) => token.start >= c.start && token.end <= c.end) ||
      ages.some((c) => token.start >= c.start && token.end <= c.end);
    if (stop || clock || isValueTerm(term, token.word, text.slice(token.start, token.end))) {
      close();
      runEnd = -1;
      continue;
    }
    const key = term.slice(0, SEARCH_OPTIONS.facts.namePrefix);
    if (capitalised && adjoining && occurrence?.name) {
      occurrence.keys.push(key);
      occurrence.end = token.end;
    } else {
      occurrence = { keys: [key], start: token.start, end: token.end, name: capitalised };
      sequence.push(occurrence);
    }
    const seen = terms.has(key);
    if (!seen) terms.set(key, token.start);
    if (!seen) stems.set(key, term);
    if (capitalised) {
      if (!seen) run.push(key);
      runEnd = token.end;
    } else {
      runEnd = -1;
      if (!seen) units.push([key]);
    }
  }
  close();
  return { terms, units, sequence, stems };
}

/**
 * Share of the smaller passage's units (termUnits) that the other passage's terms meet: a name
 * counts once, met when the other holds any of its words. 0 when either has none. `told`: terms
 * of `b` told in other words, each with the term of `a` it stands for ({@link toldInOtherWords}),
 * each pair met by the other.
 */
function unitOverlap(
  a: AnalysedFact,
  b: AnalysedFact,
  told: ReadonlyMap<string, string> = NONE_TOLD,
): number {
  const aSmaller = a.units.length <= b.units.length;
  const [small, other] = aSmaller ? [a, b] : [b, a];
  if (small.units.length === 0 || other.units.length === 0) return 0;
  const ofA = new Set(told.values());
  const meets = (term: string) =>
    other.terms.has(term) || (aSmaller ? ofA.has(term) : told.has(term));
  const met = small.units.filter((unit) => unit.some(meets)).length;
  return met / small.units.length;
}

/** No term told in other words. */
const NONE_TOLD: ReadonlyMap<string, string> = new Map();

/**
 * `terms` (of the second report) with each term told in other words (`told`: term of the second
 * → term of the first, {@link toldInOtherWords}) read as the first's, so it counts as a word both
 * share.
 */
function toldAsShared(
  terms: Iterable<string>,
  told: ReadonlyMap<string, string>,
): ReadonlySet<string> {
  if (told.size === 0) return terms instanceof Set ? terms : new Set(terms);
  return new Set([...terms].map((term) => told.get(term) ?? term));
}

/**
 * The terms of `b` that tell a term of `a` in other words, each with that term of `a`: the act
 * told in other words (`act`, fact-acts.ts `actInOtherWords`), and any other term of `b` not in
 * `a` that is a WordNet synonym (`synonymous`: the index's table, a term of `a` first) of a term
 * of `a` not in `b`, one for one, first come first paired. WordNet's synsets group words of one
 * sense (Miller 1995, "WordNet: a lexical database for English"; Fellbaum 1998): "injured" /
 * "hurt", "fell" / "collapsed" are one word said twice, as the act told with a synonym is. Only
 * what is counted as shared changes; every check of stance, act, place, day and slot still reads
 * the words as written.
 */
function toldInOtherWords(
  a: AnalysedFact,
  b: AnalysedFact,
  act: readonly [string, string] | null,
  synonymous: (x: string, y: string) => boolean,
): ReadonlyMap<string, string> {
  const told = new Map<string, string>();
  const paired = new Set<string>();
  if (act !== null) {
    told.set(act[1], act[0]);
    paired.add(act[0]);
  }
  for (const y of b.terms.keys()) {
    if (a.terms.has(y) || told.has(y)) continue;
    for (const x of a.terms.keys())
      if (!b.terms.has(x) && !paired.has(x) && synonymous(x, y)) {
        told.set(y, x);
        paired.add(x);
        break;
      }
  }
  return told;
}

function datesWithYear(values: FactValues): StatedDate[] {
  return values.dates.filter((date) => date.year !== null);
}

/** A place by its first word ("Belarusian border"), a person by the last ("President Vladimir Putin"). */
const fold = (name: string, word: 'first' | 'last' = 'first') => {
  const words = name.toLowerCase().split(/\s+/);
  return (
    (word === 'first' ? words[0] : words[words.length - 1])?.slice(
      0,
      SEARCH_OPTIONS.facts.namePrefix,
    ) ?? ''
  );
};

/** Two name lists agree when they share a name (compared by the start of one word of it). */
function namesMeet(
  a: readonly string[],
  b: readonly string[],
  word: 'first' | 'last' = 'first',
): boolean {
  return a.some((x) => b.some((y) => fold(x, word) === fold(y, word)));
}

/**
 * True when `text` writes the first word of one of `places` as a word, capitalised as the
 * place list has it ("A Dunmere family" names Dunmere).
 */
function namesAnyPlace(text: string, places: readonly string[]): boolean {
  return places.some((place) => {
    const first = place.split(/\s+/)[0] ?? '';
    return (
      first !== '' &&
      new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(first)}(?![\p{L}])`, 'u').test(text)
    );
  });
}

/**
 * The aspects on which both passages state values and none of them agree. Dates count with
 * their years only, unless the passages are nearly the same words (`sameWording`): then
 * "September 14" and "September 4" differ whatever the year. Places differ only when neither
 * passage names a place of the other's anywhere (`texts`, the two passages' words, when known):
 * "The Turvey family from Dunmere, who were moved to Farrowby" and "A Dunmere family … moved from
 * Kelbridge to Farrowby" read "from" in two roles, not two places for one thing (as
 * {@link namesConflict} reads two names before one noun).
 */
function conflicts(
  a: FactValues,
  b: FactValues,
  sameWording: boolean,
  texts: readonly [string, string] | null = null,
): Aspect[] {
  const found: Aspect[] = [];
  const da = sameWording ? a.dates : datesWithYear(a);
  const db = sameWording ? b.dates : datesWithYear(b);
  if (da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => compatibleDates(x, y))))
    found.push('date');
  if (
    a.listedPlaces.length > 0 &&
    b.listedPlaces.length > 0 &&
    !namesMeet(a.listedPlaces, b.listedPlaces) &&
    (texts === null ||
      (!namesAnyPlace(texts[1], a.listedPlaces) && !namesAnyPlace(texts[0], b.listedPlaces)))
  )
    found.push('place');
  if (
    a.numbers.length > 0 &&
    b.numbers.length > 0 &&
    (!a.numbers.some((x) => b.numbers.some((y) => sameFigure(x, y, a, b))) ||
      countsConflict(a, b) ||
      agesConflict(a, b))
  )
    found.push('number');
  if (a.actors.length > 0 && b.actors.length > 0 && !namesMeet(a.actors, b.actors, 'last'))
    found.push('actor');
  return found;
}

/**
/**
 * True when both passages state ages and none is the same: "A 79-year-old woman died in the crash
 * on the A40" / "A woman, 76, died in the crash on the A40", whatever other number ("A40") both
 * write alike. An age is compared with ages only (fact-values.ts `NumberKind`).
 */
function agesConflict(a: FactValues, b: FactValues): boolean {
  const ages = (values: FactValues) =>
    values.positioned.flatMap((v) => ('number' in v && v.kind === 'age' ? [v.number] : []));
  const x = ages(a);
  const y = ages(b);
  return x.length > 0 && y.length > 0 && !x.some((age) => y.includes(age));
}

/**
 * True when both passages count the same thing ("protesters") and no count of it agrees:
 * "3 people were arrested and 20 injured" against "20 people were arrested and 3 injured".
 */
function countsConflict(a: FactValues, b: FactValues): boolean {
  return a.counts.some(
    (x) =>
      b.counts.some((y) => y.unit === x.unit) &&
      !b.counts.some(
        (y) =>
          y.unit === x.unit &&
          a.counts.some((z) => z.unit === x.unit && sameFigure(z.value, y.value, a, b)),
      ),
  );
}

/**
 * Where a value stands in the wording two passages share: the last `slotAnchorTerms` shared
 * content terms before it, with at most `slotGapTerms` other content terms among and after them
 * ("the final cost of the work was €15.6 million" → "final cost"); null when it stands nowhere
 * in particular.
 */
function slotOf(fact: AnalysedFact, at: number, shared: ReadonlySet<string>): Slot | null {
  const o = SEARCH_OPTIONS.facts;
  const before = [...fact.terms]
    .filter(([, offset]) => offset < at)
    .sort((x, y) => x[1] - y[1])
    .map(([term]) => term);
  const anchor: string[] = [];
  const gap: string[] = [];
  for (let i = before.length - 1; i >= 0 && anchor.length < o.slotAnchorTerms; i--) {
    const term = before[i] as string;
    if (shared.has(term)) anchor.unshift(term);
    else if (gap.unshift(term) > o.slotGapTerms) return null;
  }
  return anchor.length === o.slotAnchorTerms ? { anchor, gap } : null;
}

/** Where a value stands: the shared terms before it, and the other terms among and after them. */
interface Slot {
  anchor: string[];
  gap: string[];
}

/**
 * Two values stand in the same place when they follow the same shared terms, and any other
 * words there are on one side only ("the final cost was" / "the final cost of the work was"):
 * different words on both sides ("deficit approached" / "deficit increased by") say different
 * things of the same subject.
 */
function sameSlot(x: Slot, y: Slot): boolean {
  return (
    x.anchor.join(' ') === y.anchor.join(' ') &&
    (x.gap.length === 0 || y.gap.length === 0 || x.gap.join(' ') === y.gap.join(' '))
  );
}

/**
 * Whether two positioned values of one aspect are the same; null when they cannot be compared: a
 * weekday and a date, or numbers of different kinds or of different things counted ("310
 * tonnes" / "hundreds of people").
 */
function sameValue(x: PositionedValue, y: PositionedValue): boolean | null {
  if ('number' in x && 'number' in y) {
    // Money and shares name their unit; a count's is the word after it. Amounts in two
    // currencies ("$2 million" / "€3 million") measure in two units: setting them against each
    // other needs an exchange rate, which neither report states, so they are not compared.
    const units =
      x.kind === 'money'
        ? x.currency === null || y.currency === null || x.currency === y.currency
        : x.kind !== 'count' || x.unit === null || y.unit === null || x.unit === y.unit;
    if (x.kind !== y.kind || !units) return null;
    // Two vague counts ("thousands", "tens of thousands") state no figures to set against each
    // other: each agrees with itself only. Against a figure one still differs ("dozens" / "20").
    const vague = (n: string) => !/^\d/.test(n);
    if (x.kind === 'count' && x.number !== y.number && vague(x.number) && vague(y.number))
      return null;
    // One figure read on a coarser scale ("about 3,000" / "some 3,050") states one value.
    return x.number === y.number || roundedReading(x, y);
  }
  if ('date' in x && 'date' in y) return compatibleDates(x.date, y.date);
  if ('weekday' in x && 'weekday' in y) return x.weekday === y.weekday;
  return null;
}

/**
 * The aspects on which both passages put a value in the same place of their shared wording
 * ("piling on the north bank began in May" / "… began on June 7"), and those values differ in
 * exactly one place, with none in that place agreeing (two places that differ are two
 * differences, and claimed as none; a value agreeing in another place, "killed three and injured
 * 12" / "killed four and injured 12", is another value, and leaves the difference standing).
 * Values in the same place answer the same question, so they are compared whatever else the
 * passages hold: "€15.6 million" is set against "€16.1 million", both after "final cost", not
 * against the "€17 million estimate" beside it.
 */
function slotConflicts(
  a: AnalysedFact,
  b: AnalysedFact,
  shared: ReadonlySet<string>,
): Map<Aspect, SlotConflict> & { anyDiffer: boolean } {
  const conflicting = new Map<Aspect, number>();
  const anchors = new Map<Aspect, SlotConflict>();
  // Agreements by place ("aspect anchor"): a value agreeing elsewhere ("… and injured 12" twice)
  // says nothing of the place where two differ ("killed three" / "killed four").
  const agreeing = new Set<string>();
  const placeOf = (aspect: Aspect, anchor: readonly string[]) => `${aspect} ${anchor.join(' ')}`;
  const slotsOfB = b.values.positioned.map((y) => slotOf(b, y.at, shared));
  for (const x of a.values.positioned) {
    const slot = slotOf(a, x.at, shared);
    if (slot === null) continue;
    b.values.positioned.forEach((y, j) => {
      const other = slotsOfB[j];
      if (y.aspect !== x.aspect || other == null || !sameSlot(slot, other)) return;
      // Counts of one noun under different acts measure different things ("200 people
      // marched" / "150 people were detained"): neither an agreement nor a difference.
      if ('number' in x && 'number' in y && differentMeasures(a, x, b, y)) return;
      const same = sameValue(x, y);
      if (same === true) agreeing.add(placeOf(x.aspect, slot.anchor));
      else if (same === false) {
        conflicting.set(x.aspect, (conflicting.get(x.aspect) ?? 0) + 1);
        anchors.set(x.aspect, { anchor: slot.anchor, pair: [x, y] });
      }
    });
  }
  // Any difference in one place, even among agreements elsewhere ("rose to $241 million, up
  // from $212 million" / "rose to $212 million, up from $241 million"), rules out the same fact.
  return Object.assign(
    new Map(
      [...anchors].filter(
        ([aspect, { anchor }]) =>
          conflicting.get(aspect) === 1 && !agreeing.has(placeOf(aspect, anchor)),
      ),
    ),
    { anyDiffer: conflicting.size > 0 },
  );
}

/**
 * A disagreement on the number found by what two counts or amounts measure (fact-measures.ts,
 * fact-changes.ts, fact-group-size.ts), with the place of shared wording the differing values
 * stand in ({@link slotConflicts}) as its anchor when they stand in one: "The timber was insured
 * for £40,000" / "… for £25,000" share too few words for the passages to be read by their
 * wording, yet their amounts follow the same words ("timber insured"), which say what the
 * amounts are of. The anchor is what a question of no answer type is matched against
 * (select.ts `findDisagreements`); the relation itself is the same with or without it.
 */
function numberDisagreement(
  a: AnalysedFact,
  b: AnalysedFact,
  shared: ReadonlySet<string>,
): FactRelation {
  const anchor = slotConflicts(a, b, shared).get('number')?.anchor;
  return { kind: 'disagree', aspect: 'number', ...(anchor === undefined ? {} : { anchor }) };
}

/** A difference in one place of shared wording: the shared terms before it, and the two values. */
interface SlotConflict {
  anchor: readonly string[];
  pair: [PositionedValue, PositionedValue];
}

/**
 * True when the values that differ on an aspect are values of one event read where they stand
 * (fact-event.ts): the pair in the same place of shared wording when there is one, else every
 * pair of differing values of that aspect.
 */
function differingValuesOfOneEvent(
  a: AnalysedFact,
  b: AnalysedFact,
  aspect: Aspect,
  slotted: SlotConflict | undefined,
): boolean {
  if (aspect !== 'date' && aspect !== 'number') return true;
  const pairs: Array<[PositionedValue, PositionedValue]> =
    slotted !== undefined
      ? [slotted.pair]
      : a.values.positioned.flatMap((x) =>
          b.values.positioned
            .filter((y) => x.aspect === aspect && y.aspect === aspect && sameValue(x, y) === false)
            .map((y): [PositionedValue, PositionedValue] => [x, y]),
        );
  return pairs.every(
    ([x, y]) =>
      sameEventAt(
        { text: a.text, stances: a.stances, at: x.at },
        { text: b.text, stances: b.stances, at: y.at },
        aspect,
      ) &&
      // Outside a shared place of wording, counts are of one thing only when they say so.
      (slotted !== undefined || !('number' in x) || !('number' in y) || sameCounted(a, x, b, y)) &&
      // Counts of one village and of two ("in Ashby" / "in Ashby and Selby") count two things.
      !('number' in x && 'number' in y && countNamesApart(a, x, b, y)),
  );
}

/**
 * Whether words differing in one place of two reports' shared wording (fact-slots.ts
 * `differingSlot`) bear on the figures that differ: the fact a figure states is its own clause
 * (fact-clauses.ts `ownClauseSpan`: its measure and the act it is said of), not the whole
 * sentence. When the figures stand in the same place of shared wording (`slotted`), one word on
 * each side in another clause ("17 hours when the plant failed" / "13 hours when the station
 * failed") says at what moment or of what the clause beside it speaks, not what the figure
 * measures; two or more words there may tell another moment, so they still bear on it.
 */
function slotBearsOnFigure(
  a: AnalysedFact,
  b: AnalysedFact,
  place: { a: string[]; b: string[] } | null,
  slotted: SlotConflict | undefined,
): boolean {
  if (place === null) return false;
  if (slotted === undefined || place.a.length > 1 || place.b.length > 1) return true;
  const outside = (fact: AnalysedFact, terms: readonly string[], at: number) => {
    const own = ownClauseSpan(fact.text, at);
    return terms.every((term) => {
      const offset = fact.terms.get(term);
      return offset !== undefined && (offset < own.start || offset >= own.end);
    });
  };
  return !(outside(a, place.a, slotted.pair[0].at) && outside(b, place.b, slotted.pair[1].at));
}

/** True when some number of one passage can be compared with some number of the other. */
function comparableNumbers(a: FactValues, b: FactValues): boolean {
  return a.positioned.some((x) =>
    b.positioned.some((y) => sameValue(x, y) !== null && 'number' in x),
  );
}

/** True when both name a weekday and none is the same. */
function weekdaysConflict(a: FactValues, b: FactValues): boolean {
  return (
    a.weekdays.length > 0 &&
    b.weekdays.length > 0 &&
    !a.weekdays.some((day) => b.weekdays.includes(day))
  );
}

/**
 * True when the weekdays that conflict are named with the same date ("Tuesday 12 March" /
 * "Wednesday 12 March"): the date says the reports mean one day, so the weekdays contradict each
 * other about it rather than name two days. Each passage names one weekday, with a day of a
 * month.
 */
function weekdaysContradictDate(a: FactValues, b: FactValues): boolean {
  const [x] = a.weekdayDates;
  const [y] = b.weekdayDates;
  return (
    a.weekdays.length === 1 &&
    b.weekdays.length === 1 &&
    x !== undefined &&
    y !== undefined &&
    x.weekday !== y.weekday &&
    compatibleDates(x.date, y.date)
  );
}

/**
 * True when both passages name weekdays and every one comes with the date it falls on ("reopened
 * on Sunday 7 June" / "reopened on Monday 8 June"): the dates say which days are meant, so the
 * passages are compared by those dates, as "7 June" / "8 June" would be, rather than kept apart
 * as weekdays that may name two occurrences.
 */
function weekdaysDated(a: FactValues, b: FactValues): boolean {
  return (
    a.weekdays.length > 0 &&
    b.weekdays.length > 0 &&
    a.weekdayDates.length === a.weekdays.length &&
    b.weekdayDates.length === b.weekdays.length
  );
}

/**
 * True when nothing two reports state of where, when or of which named thing they tell sets them
 * apart: their places meet where both name one, their dates (with years) can be one day where
 * both give one, no name before the same word differs ("the Harlow council" / "the Dunmore
 * council"), and no one name stands before two nouns each side alone writes ("the Marden roof
 * collapse" / "the Marden bus crash": two things of one place, fact-compounds.ts
 * `namedHeadsApart`). Read for reports found alike by their counts alone (fact-measures.ts),
 * which share too few words for these to be compared as values of one event.
 */
function sameSetting(a: AnalysedFact, b: AnalysedFact): boolean {
  const pa = claimValuesOf(a).places;
  const pb = claimValuesOf(b).places;
  const da = datesWithYear(a.values);
  const db = datesWithYear(b.values);
  return (
    (pa.length === 0 || pb.length === 0 || namesMeet(pa, pb)) &&
    (da.length === 0 || db.length === 0 || da.some((x) => db.some((y) => compatibleDates(x, y)))) &&
    !namesConflict(a.values, b.values, a.text, b.text) &&
    !namedHeadsApart(a, b)
  );
}

/**
 * True when the two passages share a name, or one of them names nothing: "200 people … in
 * Kelby" / "200 Arnby residents" name two towns.
 */
function namesShared(a: AnalysedFact, b: AnalysedFact): boolean {
  const names = (fact: AnalysedFact) =>
    new Set(fact.sequence.filter((unit) => unit.name).flatMap((unit) => unit.keys));
  const na = names(a);
  const nb = names(b);
  return na.size === 0 || nb.size === 0 || [...na].some((key) => nb.has(key));
}

/**
 * True when both passages state amounts of money in known currencies and none of one
 * passage's currencies is among the other's ("$2 million" / "€2 million").
 */
function currenciesApart(a: FactValues, b: FactValues): boolean {
  const currencies = (values: FactValues) =>
    values.positioned.flatMap((v) =>
      'number' in v && v.kind === 'money' && v.currency !== null ? [v.currency] : [],
    );
  const ca = currencies(a);
  const cb = currencies(b);
  return ca.length > 0 && cb.length > 0 && !ca.some((c) => cb.includes(c));
}

/** True when both give ordinals ("the second round") and none is the same. */
function ordinalsConflict(a: FactValues, b: FactValues): boolean {
  return (
    a.ordinals.length > 0 &&
    b.ordinals.length > 0 &&
    !a.ordinals.some((n) => b.ordinals.includes(n))
  );
}

/**
 * True when both put different names before the same word ("the Harlow council" / "the Dunmore
 * council") and neither name occurs in the other passage at all; or two names of several words
 * that share a word, each with a word of its own, neither written whole in the other passage
 * ("the Marsh Lane scheme" / "the Ash Lane scheme": two lanes, as "Pell Boathouse" / "Lark
 * Boathouse" are two boathouses, fact-tallies.ts `namesApart`).
 */
function namesConflict(a: FactValues, b: FactValues, textA: string, textB: string): boolean {
  const mentions = (text: string, name: string) =>
    name.split(/\s+/).some((word) => text.toLowerCase().includes(fold(word)));
  return a.namedHeads.some((x) =>
    b.namedHeads.some(
      (y) =>
        x.head === y.head &&
        ((!namesMeet([x.name], [y.name], 'last') &&
          !mentions(textB, x.name) &&
          !mentions(textA, y.name)) ||
          namesOwnWords(x.name, textA, y.name, textB)),
    ),
  );
}

/**
 * True when two names of several words, each after "the" before its noun (a name that says which
 * thing: "the Marsh Lane scheme"; a person's name, "Ana Ruiz" / "Ms Ruiz", takes none), each
 * have a word the other lacks (compared by their first `namePrefix` letters) and neither
 * passage writes the other's name whole.
 */
function namesOwnWords(x: string, textA: string, y: string, textB: string): boolean {
  const words = (name: string) => name.split(/\s+/).map((word) => fold(word));
  const wx = words(x);
  const wy = words(y);
  if (wx.length < 2 || wy.length < 2) return false;
  const afterThe = (text: string, name: string) =>
    new RegExp(String.raw`\bthe\s+${escapeRegExp(name)}\s`, 'i').test(text);
  return (
    wx.some((word) => !wy.includes(word)) &&
    wy.some((word) => !wx.includes(word)) &&
    afterThe(textA, x) &&
    afterThe(textB, y) &&
    !textB.includes(x) &&
    !textA.includes(y)
  );
}

/** `terms` less `aside` (itself when there is nothing to set aside). */
function without(terms: Set<string>, aside: ReadonlySet<string>): Set<string> {
  if (aside.size === 0) return terms;
  return new Set([...terms].filter((term) => !aside.has(term)));
}

/** Shared terms over all terms of either (the Jaccard index), 0–1. */
function jaccardIndex<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** True when a passage names holders, none of them by name (a pronoun, a bare title). */
const unnamed = (holders: readonly Holder[]): boolean =>
  holders.length > 0 && holders.every((h) => h.keys.size === 0);

/**
 * True when a passage frames what it reports as someone's saying (its claim holds fewer terms
 * than it: fact-attribution.ts) but names no holder fact-holders.ts reads ("In Dunmere, traders
 * said …"): a speaker, not shown to be any other.
 */
const framedUnread = (fact: AnalysedFact, holders: readonly Holder[]): boolean =>
  holders.length === 0 && fact.claimTerms.size < fact.terms.size;

/**
 * True when two passages are copies, as far as their content terms go: nearly the same words
 * (`nearlySameJaccard` of their content terms, each with at least `nearlySameMinTerms`). One
 * story run again (a wire report, a press release) says "she said" of one person.
 */
function nearCopies(a: AnalysedFact, b: AnalysedFact): boolean {
  const o = SEARCH_OPTIONS.facts;
  const x = new Set(a.terms.keys());
  const y = new Set(b.terms.keys());
  return (
    Math.min(x.size, y.size) >= o.nearlySameMinTerms && jaccardIndex(x, y) >= o.nearlySameJaccard
  );
}

/**
 * True when a passage dates, with a year, what two passages share. A date dates all a sentence
 * says unless it only describes a thing the sentence names: its event word (fact-event.ts: the
 * word it is the date of) is not one of the shared terms, and it stands in a clause of its own
 * inside the sentence, opened by "which", "who" or a participle, holding none of them. "The
 * terminal extension, completed in 2017 several months late and, according to an audit, about
 * 12 per cent over budget" dates the completion, not the audit's finding it shares with "An
 * audit found that project was about 12 percent over budget". A clause opening the sentence
 * ("After the election of August 2020, police detained …") or of another kind (", days after
 * the election of August 2020") may say when the shared fact happened, so it dates it. A date
 * premodifying a noun ("a repeat of the November 2020 surge") dates that noun's thing only
 * (fact-date-premodifier.ts): it dates the shared fact when the noun is shared.
 */
function datesShared(fact: AnalysedFact, shared: ReadonlySet<string>): boolean {
  const text = fact.text.replace(NOT_A_BREAK, ' ');
  return fact.values.positioned.some((value) => {
    if (!('date' in value) || value.date.year === null) return false;
    // "a repeat of the November 2020 surge": the date says which surge, not when the fact was.
    const noun = premodifiedNoun(fact.text, value.at);
    if (noun !== null) return shared.has(noun);
    const word = eventWordBefore(fact.text, value.at);
    if (word === null || shared.has(word)) return true;
    let start = value.at;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] as string)) start -= 1;
    if (start === 0 || !DESCRIBING_CLAUSE.test(text.slice(start))) return true;
    const after = text.slice(value.at).search(CLAUSE_BREAK);
    const end = after < 0 ? text.length : value.at + after;
    return fact.sequence.some(
      (unit) => unit.start >= start && unit.end <= end && unit.keys.some((key) => shared.has(key)),
    );
  });
}

/** How many values of an aspect a passage states. */
function valuesOf(values: FactValues, aspect: Aspect, sameWording: boolean): number {
  switch (aspect) {
    case 'date':
      return sameWording ? values.dates.length : datesWithYear(values).length;
    case 'place':
      return new Set(values.listedPlaces.map((place) => fold(place))).size;
    case 'number':
      return new Set(values.numbers).size;
    case 'actor':
      return new Set(values.actors.map((actor) => fold(actor, 'last'))).size;
  }
}

/** The term that stands for a calendar day two passages share ({@link sameDayOfOneEvent}). */
const SHARED_DAY = '\u0000day';

/**
 * True when both passages state one calendar day after the same event word ("The ballot closes
 * on 12 October" / "The ballot will close on 12 October"): a thing they share, as a shared word
 * is, which their content terms leave out (dates are values, fact-values.ts). A day is a day of
 * a month, or a weekday or other time counted from publication that resolves to one day
 * (fact-resolved-time.ts `resolvedDaysAt`, from `published`, the articles' dates in order):
 * "arrived back in Tromsø on Tuesday" of Wednesday 12 August and "arrived back in Tromsø on
 * Tuesday, 11 August" name one day. A month or a year alone is no such anchor: many events
 * share one; nor is a weekday left unresolved, which may be any week's.
 */
function sameDayOfOneEvent(
  a: AnalysedFact,
  b: AnalysedFact,
  published: readonly [string | null, string | null],
  act: readonly [string, string] | null = null,
): boolean {
  const days = (fact: AnalysedFact, from: string | null) => {
    const stated = fact.values.positioned.flatMap((v) =>
      'date' in v && v.date.day !== null && v.date.month !== null ? [v] : [],
    );
    const counted = isTimed(fact.time) ? resolvedDaysAt(fact.time, from) : [];
    return [...stated, ...counted].map(({ at, date }) => ({
      date,
      word: eventWordBefore(fact.text, at),
    }));
  };
  // Both must state a day: a passage stating none is known so from its words, before the other's
  // time is resolved by the timeline's rules (most of what this test costs).
  if (!mayStateDay(a) || !mayStateDay(b)) return false;
  const daysB = days(b, published[1]);
  if (daysB.length === 0) return false;
  return days(a, published[0]).some(
    (x) =>
      x.word !== null &&
      daysB.some(
        (y) =>
          (y.word === x.word || (x.word === act?.[0] && y.word === act[1])) &&
          compatibleDates(x.date, y.date),
      ),
  );
}

/**
 * False when a passage states no day {@link sameDayOfOneEvent} reads: no date of a month and no
 * time counted from publication (fact-resolved-time.ts `isTimed` needs a relative time or a
 * weekday's name); read from its words, with nothing resolved.
 */
function mayStateDay(fact: AnalysedFact): boolean {
  if (fact.time.relative.length > 0 || fact.time.maybeWeekday) return true;
  for (const v of fact.values.positioned)
    if ('date' in v && v.date.day !== null && v.date.month !== null) return true;
  return false;
}

/**
 * Classifies two passages (sentences of different articles) as the same fact, a different
 * fact, or a disagreement on one aspect.
 *
 * @example
 * classifyFacts('Police said 200 protesters were detained in Minsk on Sunday.',
 *               'The ministry denied that any protesters were detained in Minsk on Sunday.')
 * // { kind: 'different-fact', reason: 'polarity' }
 */
export function classifyFacts(a: string, b: string, context: RelationContext = {}): FactRelation {
  return relateFacts(analyseFact(a), analyseFact(b), context);
}

/** What the comparison reads of one passage, computed once per passage. */
export interface AnalysedFact {
  text: string;
  stances: ReadonlyMap<Stance, number>;
  anotherOccurrence: boolean;
  /** Restates an error its article corrects (text/correction.ts `restatesError`). */
  restatesError: boolean;
  /** Content terms, each with the offset of its first occurrence. */
  terms: ReadonlyMap<string, number>;
  /** Each content term's whole stem ("started" → "start"; terms are cut to `namePrefix`). */
  stems: ReadonlyMap<string, string>;
  values: FactValues;
  /** Content terms grouped as what they name (termUnits). */
  units: readonly string[][];
  /** Every occurrence of a unit, in order (fact-participants.ts reads who did what to whom). */
  sequence: readonly UnitOccurrence[];
  /** Content terms of what the passage reports, its attribution framing set aside. */
  claimTerms: ReadonlySet<string>;
  /** What the passage reports, its attribution framing set aside (fact-attribution.ts). */
  claim: string;
  /** The event words of its claim (fact-predicates.ts), read when a comparison needs them. */
  events: () => ReadonlySet<string>;
  /** Time stated relative to publication ("this year", "yesterday", "on Tuesday"). */
  time: PassageTime;
  /** Whose its statement or figure is (fact-holders.ts), read when a comparison needs them. */
  holders: () => readonly Holder[];
  /** May give a group's size (fact-group-size.ts `maySizeGroup`): read once, tested per pair. */
  sizesGroup: boolean;
}

/**
 * What a passage reports, its attribution framing set aside (fact-attribution.ts): its content
 * terms and its values; its own when it has no framing.
 */
function claimRead(
  text: string,
  terms: ReadonlyMap<string, number>,
  times: ReadonlyArray<{ start: number; end: number }>,
): { claimTerms: ReadonlySet<string>; claim: string } {
  const claim = claimOf(text);
  return {
    claim,
    claimTerms: new Set((claim === text ? terms : readTerms(claim, times).terms).keys()),
  };
}

/** Each passage's claim values, read only when a disagreement on a place or actor needs them. */
const claimValuesRead = new WeakMap<AnalysedFact, FactValues>();

/**
 * The values of what a passage reports, its attribution framing set aside: "Ana Ruiz said" and
 * "Speaking in Truro, …" name who spoke and where, not the fact's actor or place.
 */
function claimValuesOf(fact: AnalysedFact): FactValues {
  if (fact.claim === fact.text) return fact.values;
  let values = claimValuesRead.get(fact);
  if (values === undefined) claimValuesRead.set(fact, (values = factValues(fact.claim)));
  return values;
}

/** `read`, called at most once. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/**
 * Analyses a passage for {@link relateFacts}. `events`: its {@link claimEventWords} when known (an
 * index saves them for each sentence); read from the text, by tagging, only when needed otherwise.
 * `dates`: its {@link savedFactDates} when known (an index saves them too); read when needed
 * otherwise. Each part is read from the text on first use and kept ({@link analysedWith}).
 */
export function analyseFact(
  text: string,
  events?: ReadonlySet<string>,
  dates?: readonly SavedMention[],
): AnalysedFact {
  // One length of time in other units is one figure (fact-lengths.ts).
  const read = withLengthsInOneUnit(text);
  return analysedWith(
    read,
    events === undefined ? () => claimEventWords(read) : () => events,
    dates,
  );
}

/**
 * The timeline's reading of a passage's dates as {@link analyseFact} of `text` makes it
 * (fact-resolved-time.ts `savedDatesOf`), for an index to save per sentence.
 */
export function savedFactDates(text: string): SavedMention[] {
  return savedDatesOf(withLengthsInOneUnit(text));
}

/**
 * {@link analyseFact} with its event words read by `events`. Each part of the analysis is read
 * from the text when first asked for, then kept: a question reads only the values of most of its
 * candidates (select.ts: which hold a value of the kind asked), the terms of those compared by
 * {@link mayDisagree}, and the rest only of the pairs compared in full; reading every part of
 * every candidate was about a sixth of a State of the Union question met for the first time
 * (session 33). Every part is a function of the text alone, so what is read is what an eager
 * analysis would hold. The parts are the object's own enumerable properties (getters), so a
 * copy made by spreading (`{ ...fact, stances }`) reads and holds them all.
 */
function analysedWith(
  text: string,
  events: () => ReadonlySet<string>,
  dates?: readonly SavedMention[],
): AnalysedFact {
  let time: PassageTime | undefined;
  let read: ReturnType<typeof readTerms> | undefined;
  let values: FactValues | undefined;
  let stances: ReadonlyMap<Stance, number> | undefined;
  let anotherOccurrence: boolean | undefined;
  let restates: boolean | undefined;
  let claim: ReturnType<typeof claimRead> | undefined;
  let sizesGroup: boolean | undefined;
  const timeOf = () => (time ??= passageTime(text, dates));
  const termsRead = () => (read ??= readTerms(text, timeSpans(timeOf())));
  const claimOfText = () => (claim ??= claimRead(text, termsRead().terms, timeSpans(timeOf())));
  return {
    text,
    get stances() {
      return (stances ??= withOccurrenceStances(text, stancesOf(text)));
    },
    get anotherOccurrence() {
      return (anotherOccurrence ??= ANOTHER_OCCURRENCE.test(text));
    },
    get restatesError() {
      return (restates ??= restatesError(text));
    },
    get terms() {
      return termsRead().terms;
    },
    get stems() {
      return termsRead().stems;
    },
    get values() {
      return (values ??= factValues(text));
    },
    get units() {
      return termsRead().units;
    },
    get sequence() {
      return termsRead().sequence;
    },
    get claimTerms() {
      return claimOfText().claimTerms;
    },
    get claim() {
      return claimOfText().claim;
    },
    events,
    get time() {
      return timeOf();
    },
    holders: once(() => holdersOf({ text, sequence: termsRead().sequence })),
    get sizesGroup() {
      return (sizesGroup ??= maySizeGroup(text));
    },
  };
}

/**
 * A cheap test that {@link relateFacts} can find two analysed passages to disagree at all, to
 * spare the full comparison. Every way to a disagreement needs one of: most of the smaller
 * passage's content terms shared (at least `sameEventOverlap` of them: the same event, nearly
 * the same words, values in one place of shared wording); two terms shared and a year stated
 * on both sides (a shared date anchor); two terms shared and one count on each side (a count of
 * one thing said alike: its noun and what is said of it, fact-measures.ts), or a count of nought
 * in words against one count, which may share a single term ("None was hurt." / "Four people
 * were hurt."); two terms shared and one tally on each side (one vote counted twice,
 * fact-tallies.ts); two terms shared and a group's size on each side ("a 60-strong team" / "a team
 * of about 50", fact-group-size.ts); one term shared and one sum on each side (a present level of
 * one thing, fact-measures.ts); or a correction of who acted (fact-contrast.ts). A term of one and
 * a WordNet synonym of it in the other (`synonyms`: the index's table, RelationContext) count as
 * one more term shared, as the comparison counts them ({@link toldInOtherWords}): "Fourteen people
 * were injured." / "Seventeen people were hurt." share two.
 */
export function mayDisagree(
  a: AnalysedFact,
  b: AnalysedFact,
  synonyms?: RelationContext['synonyms'],
): boolean {
  if (mayDisagreeSharing(a, b, 0)) return true;
  // Supplements on one name may contradict each other whatever else is said (fact-supplement.ts).
  if (supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b)).length > 0) return true;
  // One count each of one noun on one stated day may share no other word: "About 50 volunteers
  // turned out on Monday" / "Seventy volunteers joined police on Monday" (fact-taking-part.ts).
  if (sameCountedNoun(a.values, b.values) && onOneStatedDay(a.values, b.values)) return true;
  if (synonyms === undefined) return false;
  // At most every term one writes and the other does not is told in other words: when even that
  // many would not do, no synonym is looked up (most pairs stop here).
  let ownA = 0;
  for (const term of a.terms.keys()) if (!b.terms.has(term)) ownA += 1;
  const ownB = b.terms.size - (a.terms.size - ownA);
  if (ownA === 0 || ownB === 0 || !mayDisagreeSharing(a, b, Math.min(ownA, ownB))) return false;
  // synonymousTerms' test, with each side's terms, stems and synonym sets read once per passage
  // ({@link synonymTermsOf}) rather than once per pair: a question tests every pair of its best
  // candidates and each shown passage against fifty more. Greedy, in each side's term order: each
  // own term of `b` pairs with the first own term of `a` not yet paired that either's synonyms
  // hold.
  const readA = synonymTermsOf(a, synonyms);
  const readB = synonymTermsOf(b, synonyms);
  const ofA = readA.inOrder;
  const ofB = readB.inOrder;
  // 1 where a term of `a` is written in `b` too or is already paired: not to be paired (again).
  const taken = takenScratch(ofA.length);
  for (let i = 0; i < ofA.length; i++) taken[i] = b.terms.has((ofA[i] as SynonymTerm).term) ? 1 : 0;
  let told = 0;
  for (const y of ofB) {
    if (a.terms.has(y.term)) continue;
    for (let i = 0; i < ofA.length; i++) {
      if (taken[i] === 1) continue;
      const x = ofA[i] as SynonymTerm;
      if (synonymsOfTerm(y, readB).has(x.stem) || synonymsOfTerm(x, readA).has(y.stem)) {
        taken[i] = 1;
        told += 1;
        break;
      }
    }
  }
  return told > 0 && mayDisagreeSharing(a, b, told);
}

/**
 * A content term of a passage with its stem and, once a test has read them
 * ({@link synonymsOfTerm}), that stem's WordNet synonyms.
 */
interface SynonymTerm {
  term: string;
  stem: string;
  synonyms?: ReadonlySet<string>;
}

/** A passage's {@link SynonymTerm}s, by term and in the order of its terms, and their table's sets. */
interface SynonymTerms {
  byTerm: ReadonlyMap<string, SynonymTerm>;
  inOrder: readonly SynonymTerm[];
  setOf: (stem: string) => ReadonlySet<string>;
}

/**
 * The synonyms of a passage's term (`read`: the passage's {@link synonymTermsOf}), read on first
 * need and kept with the term: most terms of a passage are never tested.
 */
function synonymsOfTerm(term: SynonymTerm, read: SynonymTerms): ReadonlySet<string> {
  return (term.synonyms ??= read.setOf(term.stem));
}

/**
 * Each passage's {@link SynonymTerms}, per synonym table (the index's: RelationContext), kept as
 * long as the passage's analysis is (select.ts keeps a bounded number of them).
 */
const synonymTermsRead = new WeakMap<
  (stem: string) => readonly string[],
  WeakMap<AnalysedFact, SynonymTerms>
>();

/**
 * The terms of `fact` that may be told in other words ({@link synonymousTerms}, {@link
 * mayDisagree}), each with its stem (its synonyms read when first tested: {@link
 * synonymsOfTerm}): every term (each has a stem) but the verbs of attribution. Read once per
 * passage, not once per pair or per test of two terms: a question relates each of its passages
 * to dozens of others, and each relation tests every term of one against every term of the
 * other, more than once.
 */
function synonymTermsOf(
  fact: AnalysedFact,
  synonyms: (stem: string) => readonly string[],
): SynonymTerms {
  let byFact = synonymTermsRead.get(synonyms);
  if (byFact === undefined) synonymTermsRead.set(synonyms, (byFact = new WeakMap()));
  let read = byFact.get(fact);
  if (read === undefined) {
    const byTerm = new Map<string, SynonymTerm>();
    for (const [term, stemmed] of fact.stems)
      if (!ATTRIBUTION.has(term)) byTerm.set(term, { term, stem: stemmed });
    byFact.set(
      fact,
      (read = { byTerm, inOrder: [...byTerm.values()], setOf: synonymSetOf(synonyms) }),
    );
  }
  return read;
}

/** Scratch marks of {@link mayDisagree}, one per term of a passage, reused from pair to pair. */
let takenMarks = new Uint8Array(64);

function takenScratch(length: number): Uint8Array {
  if (takenMarks.length < length)
    takenMarks = new Uint8Array(Math.max(length, takenMarks.length * 2));
  return takenMarks;
}

/** True when each passage states one number, a count, and both count the same noun. */
function sameCountedNoun(a: FactValues, b: FactValues): boolean {
  const counted = (values: FactValues) => {
    let found: PositionedValue | null = null;
    for (const value of values.positioned)
      if ('number' in value) {
        if (found !== null) return null;
        found = value;
      }
    return found !== null && 'number' in found && found.kind === 'count' ? found.unit : null;
  };
  const unit = counted(a);
  return unit !== null && unit === counted(b);
}

/** {@link mayDisagree} with `told` more terms shared than the two write alike. */
function mayDisagreeSharing(a: AnalysedFact, b: AnalysedFact, told: number): boolean {
  // Counted with loops, not filtered lists or closures: a question tests every pair of its
  // candidates, and the lists were most of what it allocated here (bench/ask-allocation.ts).
  const counts =
    countsOf(a, false) + a.values.zeros.length === 1 &&
    countsOf(b, false) + b.values.zeros.length === 1;
  if (counts && (a.values.zeros.length > 0 || b.values.zeros.length > 0)) return true;
  if (holdsContrast(a.text) || holdsContrast(b.text)) return true;
  let shared = told;
  for (const term of a.terms.keys()) if (b.terms.has(term)) shared += 1;
  // One sum each, stated as the present level of one thing (fact-levels.ts `presentLevelAt`),
  // may share only that thing's word: "The reward is now £20,000." / "… has risen to £25,000."
  if (shared === 1 && counts && holdsMoney(a.values) && holdsMoney(b.values)) return true;
  if (shared < 2) return false;
  if (counts || (a.sizesGroup && b.sizesGroup)) return true;
  if (countsOf(a, true) === 1 && countsOf(b, true) === 1) return true;
  if (holdsYearDate(a.values) && holdsYearDate(b.values)) return true;
  const smaller = Math.min(a.terms.size, b.terms.size);
  return smaller > 0 && shared / smaller >= SEARCH_OPTIONS.facts.sameEventOverlap;
}

/** How many counted values a passage states (only tallies when `tallies`), for {@link mayDisagree}. */
function countsOf(fact: AnalysedFact, tallies: boolean): number {
  let found = 0;
  for (const value of fact.values.positioned)
    if ('number' in value && (!tallies || value.kind === 'tally')) found += 1;
  return found;
}

/** True when a passage states a sum of money. */
function holdsMoney(values: FactValues): boolean {
  for (const value of values.positioned)
    if ('number' in value && value.kind === 'money') return true;
  return false;
}

/** True when a passage states a date with its year ({@link datesWithYear} not empty). */
function holdsYearDate(values: FactValues): boolean {
  for (const date of values.dates) if (date.year !== null) return true;
  return false;
}

/**
 * {@link classifyFacts} on passages already analysed (a question compares each with several).
 * A relation is claimed only when it holds read both ways round, so what a reply says about two
 * passages never depends on which of them ranked first.
 */
export function relateFacts(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext = {},
): FactRelation {
  const reported = relateReported(a, b, context);
  // "The company said 70 jobs would go" / "Union officials said 95 jobs would go": two speakers'
  // figures for one quantity are a dispute (fact-framed-claims.ts), never one fact.
  const relation =
    reported.kind !== 'different-fact' || a.restatesError || b.restatesError
      ? reported
      : (disputeOfClaims(a, b, context) ?? reported);
  // "70 jobs would go this year" / "95 jobs would go by 2030": two frames of time, two
  // quantities (fact-time-frame.ts), whatever else the figures share.
  return relation.kind === 'disagree' &&
    relation.aspect === 'number' &&
    timeFramesApart(a.text, b.text, context.published)
    ? { kind: 'different-fact', reason: 'different number' }
    : relation;
}

/**
 * The disagreement on a number two reports' claims make, their frames of saying set aside, when
 * they may be read so (fact-framed-claims.ts `claimsMayDispute`); null otherwise. What the frames
 * hold must not set the reports apart: no dates, places or weekdays of the whole passages that
 * differ ("said on Monday" / "said on Friday" may be two moments of a changing figure).
 */
function disputeOfClaims(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  if (context.asked != null && context.asked !== 'number') return null;
  if (!claimsMayDispute(a, b, context.published)) return null;
  const whole = conflicts(a.values, b.values, true, [a.text, b.text]);
  if (whole.includes('date') || whole.includes('place') || weekdaysConflict(a.values, b.values))
    return null;
  // A frame that takes a stance ("has not said that …") bears on its claim: not set aside.
  const x = claimFactOf(a);
  const y = claimFactOf(b);
  if ((x === a && a.claim !== a.text) || (y === b && b.claim !== b.text)) return null;
  const relation = relateRead(x, y, context);
  if (relation.kind !== 'disagree' || relation.aspect !== 'number') return null;
  return eventIdentityVeto(x, y, relation, synonymousTerms(x, y, context.synonyms)) === null
    ? relation
    : null;
}

/** Each passage's supplements (fact-supplement.ts), read once. */
const supplementsRead = new WeakMap<AnalysedFact, readonly Supplement[]>();

function supplementsOfFact(fact: AnalysedFact): readonly Supplement[] {
  let found = supplementsRead.get(fact);
  if (found === undefined) supplementsRead.set(fact, (found = supplementsOf(fact.text)));
  return found;
}

/** Each supplement's statement analysed as a passage of its own, kept for the most statements. */
const supplementFacts = new Map<string, AnalysedFact>();
const MAX_SUPPLEMENT_FACTS = 1_000;

/**
 * The disagreement on a number two passages' supplementary relative clauses on one name make
 * (fact-supplement.ts: "…, which can carry ten cars," / "…, which can carry up to eight cars,"),
 * each read as a statement of its own by the same rules as whole passages, for a dispute only;
 * null when there is none. A supplement within a framed claim ("X said the Kelby Star, which …")
 * is the speaker's, whose holder the comparison of claims reads: such passages are left out.
 */
function disputeInSupplements(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  if (context.asked != null && context.asked !== 'number') return null;
  if (a.claim !== a.text || b.claim !== b.text) return null;
  for (const [x, y] of supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b))) {
    const read = (text: string) =>
      keptIn(supplementFacts, text, MAX_SUPPLEMENT_FACTS, (statement) => analyseFact(statement));
    const relation = relateFacts(read(x), read(y), { ...context, disputeOnly: true });
    if (relation.kind === 'disagree' && relation.aspect === 'number') return relation;
  }
  return null;
}

/** {@link relateFacts} without the dispute read from two speakers' claims ({@link disputeOfClaims}). */
function relateReported(a: AnalysedFact, b: AnalysedFact, context: RelationContext): FactRelation {
  // "Correction: Our article of 2 May said the crane was built in 1902." reports what its
  // article no longer says (text/correction.ts): it is never the same fact as a report that still
  // says it, nor set against one as a disagreement: the value its article now holds is in another
  // sentence (the correction after it), which this comparison does not read.
  if (a.restatesError || b.restatesError)
    return { kind: 'different-fact', reason: 'restates a corrected error' };
  let relation = relateRead(a, b, context);
  if (relation.kind === 'different-fact') {
    // "The Kelby Star, which can carry ten cars, made three runs" / "The Kelby Star, which can
    // carry up to eight cars, arrived …": two reports of other events may still contradict each
    // other in what they add of one name (fact-supplement.ts).
    const supplements = disputeInSupplements(a, b, context);
    if (supplements !== null) return supplements;
    if (context.disputeOnly === true) return relation;
    // "The ballot closes on 12 October, and the union says …" reports, in its first main clause,
    // what "The ballot will close on 12 October." reports: that clause is compared on its own.
    const firstA = firstClauseOf(a);
    const firstB = firstClauseOf(b);
    const clauses =
      firstA === a && firstB === b
        ? relation
        : relateFirstClauses([a, firstA], [b, firstB], context);
    // "The find was announced a week after the cellar was sealed … on May 6" tells, in its clause
    // of time, what "The mill cellar was sealed on 6 May …" reports (fact-subordinate.ts): that
    // clause is compared with the other report, or with its own such clause.
    const told = clauses.kind === 'same-fact' ? clauses : toldInClause(a, b, context);
    // "The station, run by Marl Water, failed at about 2am on Monday in a heavy storm" tells in
    // its own clause (fact-clauses.ts `ownClause`) what "The Tarnbury pump station failed at 2am
    // on Monday, two days after a service" tells in its own: those clauses are compared.
    const own = told?.kind === 'same-fact' ? told : inOwnClauses(a, b, context);
    // "The ministry stated on Monday that the ferry would resume sailing in April" reports, in its
    // that-clause, what "The ferry will resume sailing in April." reports: the report frame (who
    // spoke, the verb of saying, the day of saying) is no part of the fact, so the claims are
    // compared as passages of their own ({@link claimFactOf}).
    const claims = own?.kind === 'same-fact' ? own : inClaims(a, b, context);
    if (claims === null || claims.kind !== 'same-fact') return relation;
    relation = claims;
  }
  // One predicate with two complements, or figures not all stated alike (fact-event-identity.ts).
  const veto = eventIdentityVeto(a, b, relation, synonymousTerms(a, b, context.synonyms));
  if (veto !== null) return { kind: 'different-fact', reason: veto };
  // Figures and statements of different holders ("the campaign's own estimate" / "the council
  // said") are two parties' claims, each reported truly: never one fact, never a dispute
  // (fact-holders.ts). A figure named as one party's own is set against another only when the
  // other's holder is shown to be that party: "It puts the cost at" does not say whose it is.
  const holdersA = a.holders();
  const holdersB = b.holders();
  const holders = compareHolders(holdersA, holdersB);
  if (holders === 'apart') return { kind: 'different-fact', reason: 'different holders' };
  // Statements whose holders are not shown to be one ("She says …" / "She said …", "In Dunmere,
  // traders said" / "she said": a pronoun resolves in its own article) are one fact only as copies.
  if (
    relation.kind === 'same-fact' &&
    (holders === 'unknown' ||
      (holders === 'none' &&
        ((unnamed(holdersA) && framedUnread(b, holdersB)) ||
          (unnamed(holdersB) && framedUnread(a, holdersA))))) &&
    !nearCopies(a, b)
  )
    return { kind: 'different-fact', reason: 'holders not shown to be one' };
  if (
    relation.kind === 'disagree' &&
    holders === 'unknown' &&
    (holdsPossessedFigure(holdersA) || holdsPossessedFigure(holdersB))
  )
    return { kind: 'different-fact', reason: 'holders not shown to be one' };
  return relation;
}

/**
 * True when the figures of two passages may be set against each other as one value told two
 * ways: not a running count given at two moments (fact-measures.ts `runningCountsApart`), and
 * known to be of one time (`figuresOfOneTime`: articles of about one day, a present state within
 * the state window, or a date both passages state alike). `published`: the articles' dates.
 */
function numbersOfOneTime(
  a: AnalysedFact,
  b: AnalysedFact,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  const at: [number | undefined, number | undefined] = [
    a.values.positioned.find((v) => 'number' in v)?.at,
    b.values.positioned.find((v) => 'number' in v)?.at,
  ];
  const datedAlike = a.values.dates.some((x) => b.values.dates.some((y) => compatibleDates(x, y)));
  return (
    !runningCountsApart(a.text, b.text, published, at) &&
    figuresOfOneTime([a.text, b.text], at, published, datedAlike)
  );
}

/**
 * True when one passage states no time counted from publication but calendar days, and the
 * other's time counted from its publication (`published`: the two articles' dates, in order)
 * resolves to one of those days (fact-resolved-time.ts `resolvesToStatedDay`; a day written
 * without its year in the year the timeline gives it): "Inspectors began their review … on 31
 * March 2026" and "The inspectors started reviewing … on Tuesday last week" of 8 April 2026 are
 * dated alike.
 */
function onStatedDay(
  a: AnalysedFact,
  b: AnalysedFact,
  [publishedA, publishedB]: readonly [string | null, string | null],
): boolean {
  const told = (
    dated: AnalysedFact,
    timed: AnalysedFact,
    published: string | null,
    datedPublished: string | null,
  ) =>
    !isTimed(dated.time) &&
    isTimed(timed.time) &&
    resolvesToStatedDay(timed.time, published, dated.time, datedPublished);
  return told(a, b, publishedB, publishedA) || told(b, a, publishedA, publishedB);
}

/** The calendar days a passage states: dates with a month and a day, with or without a year. */
function calendarDays(values: FactValues): StatedDate[] {
  return values.dates.filter((date) => date.month !== null && date.day !== null);
}

/**
 * Whether a calendar day one passage states and a time the other counts from publication can be
 * one day; null when the passages are not of that kind (each states a calendar day, or a time
 * counted from publication, and not both). Both name when the fact happened in two ways, which
 * are compared only as days: the counted time resolved from its own article's date
 * (fact-resolved-time.ts `holdsStatedDay`: "on Tuesday" of Wednesday 3 March 2021 holds "March
 * 2"), the calendar day as the timeline dates it from its own article's date (its year, when not
 * written, the one tense and publication give: fact-resolved-time.ts `calendarDayNumbers`). A
 * time that cannot be resolved (no publication date; a weekday the timeline leaves in doubt) may
 * be any day: the two are then not known to be one, so never claimed as one fact.
 */
function countedAgainstCalendar(
  a: AnalysedFact,
  b: AnalysedFact,
  [publishedA, publishedB]: readonly [string | null, string | null],
): boolean | null {
  const dated = (fact: AnalysedFact) => !isTimed(fact.time) && calendarDays(fact.values).length > 0;
  const counted = (fact: AnalysedFact) =>
    isTimed(fact.time) && calendarDays(fact.values).length === 0;
  if (dated(a) && counted(b)) return holdsStatedDay(b.time, publishedB, a.time, publishedA);
  if (dated(b) && counted(a)) return holdsStatedDay(a.time, publishedA, b.time, publishedB);
  return null;
}

/**
 * The first of a passage's two main clauses (fact-clauses.ts `mainClauses`), analysed as a
 * passage of its own, its event words the whole passage's; the passage itself when it joins
 * none, or when the later clause may bear on the first ({@link BEARING_ON_EARLIER}).
 */
function firstClauseOf(fact: AnalysedFact): AnalysedFact {
  let first = firstClauses.get(fact);
  if (first === undefined) firstClauses.set(fact, (first = readFirstClause(fact)));
  return first;
}

/** Each passage's {@link firstClauseOf}, read once. */
const firstClauses = new WeakMap<AnalysedFact, AnalysedFact>();

function readFirstClause(fact: AnalysedFact): AnalysedFact {
  const clauses = mainClauses(fact.text);
  if (clauses === null) return fact;
  const later = stancesOf(clauses.later);
  if (BEARING_ON_EARLIER.some((stance) => later.has(stance))) return fact;
  return analysedWith(clauses.first, fact.events);
}

/**
 * The relation of two reports read with the first main clause of one or both ({@link
 * firstClauseOf}), each given as [the passage, the reading compared]. A first clause is read with
 * its sentence's event words, which are its claim's ("…, and the union says any strike could
 * begin": "begin"): when it holds none of them, its own act is not read, and the act comparison
 * (fact-acts.ts `actsApart`) cannot tell two predicates apart. Such a reading is one fact with
 * the other only when they share a term outside the names of who or what they are about
 * (fact-name-only.ts): "For farmer Ana Brey the frost has been a disaster" / "Farmer Ana Brey is
 * still heating her glasshouses, and she says …" share only the woman.
 */
function relateFirstClauses(
  [a, firstA]: readonly [AnalysedFact, AnalysedFact],
  [b, firstB]: readonly [AnalysedFact, AnalysedFact],
  context: RelationContext,
): FactRelation {
  const relation = relateRead(firstA, firstB, context);
  if (relation.kind !== 'same-fact') return relation;
  const actUnread = (whole: AnalysedFact, first: AnalysedFact) =>
    first !== whole && ![...first.events()].some((event) => first.terms.has(event));
  return (actUnread(a, firstA) || actUnread(b, firstB)) &&
    sharesOnlyNames(firstA, firstB, synonymousTerms(firstA, firstB, context.synonyms))
    ? { kind: 'different-fact', reason: 'only a name shared' }
    : relation;
}

/**
 * The relation of two reports read with the fact one or both tell in a clause of time or reason
 * (fact-subordinate.ts `factiveClause`) in place of the whole sentence; null when neither tells
 * one. Only a same fact is taken from it (relateFacts): a clause is no ground for a dispute.
 */
function toldInClause(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  const clauseA = clauseFactOf(a);
  const clauseB = clauseFactOf(b);
  if (clauseA === null && clauseB === null) return null;
  const sides: Array<[AnalysedFact, AnalysedFact]> = [];
  if (clauseA !== null) sides.push([clauseA, b]);
  if (clauseB !== null) sides.push([a, clauseB]);
  if (clauseA !== null && clauseB !== null) sides.push([clauseA, clauseB]);
  let relation: FactRelation | null = null;
  for (const [x, y] of sides) {
    relation = relateRead(x, y, context);
    if (relation.kind === 'same-fact') return relation;
  }
  return relation;
}

/**
 * The fact a passage tells in a clause of time or reason (fact-subordinate.ts), analysed as a
 * passage of its own, its event words the whole passage's; null when it tells none. Read once.
 */
function clauseFactOf(fact: AnalysedFact): AnalysedFact | null {
  let clause = clauseFacts.get(fact);
  if (clause === undefined) {
    const text = factiveClause(fact.text);
    clause = text === null ? null : analysedWith(text, fact.events);
    clauseFacts.set(fact, clause);
  }
  return clause;
}

/**
 * The relation of two reports read as their own clauses (fact-clauses.ts `ownClause`), analysed
 * as passages of their own with the whole passages' event words; null when their clauses share
 * too little ({@link ownClausesMeet}). The values of the whole passages must not differ (dates,
 * places, numbers, actors, weekdays that both state and none of which agree). Only a same fact
 * is taken from it (relateFacts): what is set aside may hold values, so a clause is no ground
 * for a dispute.
 */
function inOwnClauses(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  const terms = (fact: AnalysedFact) => {
    let read = ownTermsRead.get(fact);
    if (read === undefined) ownTermsRead.set(fact, (read = ownClauseTerms(fact.text)));
    return read;
  };
  // The cheap test first: most pairs' clauses share too little to be read further.
  if (!ownClausesMeet(terms(a), terms(b))) return null;
  const x = ownClauseFactOf(a);
  const y = ownClauseFactOf(b);
  if (x === a && y === b) return null;
  // Details set aside on both sides with values that differ ("approved the plan, 8 votes to 5" /
  // "…, 9 votes to 4") tell the fact differently: not one fact told twice.
  if (
    conflicts(a.values, b.values, true, [a.text, b.text]).length > 0 ||
    weekdaysConflict(a.values, b.values)
  )
    return { kind: 'different-fact', reason: 'different values set aside' };
  return relateRead(x, y, context);
}

/**
 * The relation of two reports read as their claims, the attribution framing set aside
 * (fact-attribution.ts `claimOf`: "X announced on Monday that …", "…, the agency said, adding
 * that …"); null when neither has a frame to set aside, or when a frame takes a stance
 * ({@link claimFactOf}). Only a same fact is taken from it (relateFacts): who said it is compared
 * after (fact-holders.ts), and a frame is no ground for a dispute.
 */
function inClaims(a: AnalysedFact, b: AnalysedFact, context: RelationContext): FactRelation | null {
  const x = claimFactOf(a);
  const y = claimFactOf(b);
  if (x === a && y === b) return null;
  // Two frames must name one speaker: the same words from two speakers are two statements
  // ("Ana Ruiz said …" / "Tom Rowe said …"), whose claims alone would read as one.
  if (x !== a && y !== b && !namesMeet(a.values.actors, b.values.actors, 'last')) return null;
  // A claim is shorter than its sentence, so most of it is shared more easily: only nearly the
  // same words (most of both claims' terms, a Jaccard index) are read as one claim. A word told
  // with a WordNet synonym ("completed" / "finished") is a word shared, as it is for whole
  // passages ({@link toldInOtherWords}); so are a name and its second reference
  // (fact-second-reference.ts: "Cobb Mill Bridge" / "the bridge").
  const told = toldInOtherWords(x, y, null, synonymousTerms(x, y, context.synonyms));
  if (
    jaccardIndex(
      without(new Set(x.terms.keys()), secondReferenceNames(x, y)),
      without(new Set(toldAsShared(y.terms.keys(), told)), secondReferenceNames(y, x)),
    ) < SEARCH_OPTIONS.facts.nearlySameJaccard
  )
    return null;
  return relateRead(x, y, context);
}

/**
 * A passage's claim (its attribution framing set aside) as a passage of its own, its event words
 * the whole passage's; the passage itself when it has no frame, or when the frame takes a stance
 * ("The council has not said that …", "may announce that …"): a stance there bears on the
 * claim. A participle's clause after a closing frame ("…, adding that it could stay shut") is
 * the speaker's further words: its stance bears on them, not on the claim before. Read once.
 */
function claimFactOf(fact: AnalysedFact): AnalysedFact {
  let found = claimFacts.get(fact);
  if (found === undefined) {
    found = fact;
    if (fact.claim !== fact.text) {
      const frame = [...fact.text]
        .map((char, i) => (fact.claim[i] === char ? ' ' : char))
        .join('')
        .split(/,\s*\p{Ll}+ing\b/u)[0] as string;
      if (stancesOf(frame).size === 0) found = analysedWith(fact.claim.trim(), fact.events);
    }
    claimFacts.set(fact, found);
  }
  return found;
}

/** Each passage's {@link claimFactOf}, read once. */
const claimFacts = new WeakMap<AnalysedFact, AnalysedFact>();

/** What {@link ownClausesMeet} reads of a passage: its own clause's content terms. */
export interface OwnClauseTerms {
  /** Content terms of the own clause (fact-clauses.ts `ownClause`), as {@link contentTerms}. */
  terms: ReadonlySet<string>;
  /** True when the own clause sets something aside, so is not the whole passage. */
  setAside: boolean;
}

/** Reads {@link OwnClauseTerms} from a passage's text: one tokenising pass, no analysis. */
export function ownClauseTerms(text: string): OwnClauseTerms {
  const own = ownClause(text);
  return { terms: new Set(contentTerms(own).keys()), setAside: own !== text };
}

/**
 * A cheap test that two passages' own clauses ({@link inOwnClauses}) may be found one fact: at
 * least one sets something aside, and they share `anchorSharedTerms` content terms or more, as
 * the comparison needs them shared: `sameEventOverlap` of the smaller one's, of nearly
 * `minContentTerms`, or nearly all of both (`nearlySameJaccard`). For the selection's cheap test
 * of candidates (select.ts `mayReportOneFact`), whose whole sentences share too few words when
 * each adds its own detail, and before the comparison of the clauses themselves.
 */
export function ownClausesMeet(x: OwnClauseTerms, y: OwnClauseTerms): boolean {
  if (!x.setAside && !y.setAside) return false;
  let shared = 0;
  for (const term of x.terms) if (y.terms.has(term)) shared += 1;
  const smaller = Math.min(x.terms.size, y.terms.size);
  const o = SEARCH_OPTIONS.facts;
  // Only what the comparison could find one event (relateOneWay): most of `minContentTerms`
  // terms, one of which may be a calendar day both state (SHARED_DAY), or nearly the same words.
  const overlapping = smaller + 1 >= o.minContentTerms && shared / smaller >= o.sameEventOverlap;
  const nearlySame =
    smaller >= o.nearlySameMinTerms &&
    shared / (x.terms.size + y.terms.size - shared) >= o.nearlySameJaccard;
  return shared >= o.anchorSharedTerms && (overlapping || nearlySame);
}

/**
 * A passage's own clause as a passage of its own; the passage itself when that is all of it, or
 * when what is set aside is more than a detail ({@link setAsideAlone}).
 */
function ownClauseFactOf(fact: AnalysedFact): AnalysedFact {
  let own = ownClauseFacts.get(fact);
  if (own === undefined) {
    const text = ownClause(fact.text);
    const clause = text === fact.text ? null : analysedWith(text, fact.events);
    own = clause !== null && setAsideAlone(fact, clause) ? clause : fact;
    ownClauseFacts.set(fact, own);
  }
  return own;
}

/**
 * True when what a passage's own clause sets aside is a detail only: it takes no stance ("…, a
 * leaked forecast suggested", "…, but the museum disputes the figure"), frames no claim ("…,
 * police said": fact-attribution.ts) and says nothing of when ("on Tuesday, 4 August", "at
 * 2am"): each of those bears on the fact the clause tells.
 */
function setAsideAlone(fact: AnalysedFact, clause: AnalysedFact): boolean {
  const whenOf = (x: AnalysedFact) =>
    [x.values.dates.length, x.values.weekdays.length, clockTimes(x.text).length].join(' ');
  return (
    fact.claim === fact.text &&
    [...fact.stances.keys()].every((stance) => clause.stances.has(stance)) &&
    whenOf(fact) === whenOf(clause)
  );
}

/** Each passage's {@link ownClauseTerms}, read once. */
const ownTermsRead = new WeakMap<AnalysedFact, OwnClauseTerms>();

/** Each passage's {@link ownClauseFactOf}, read once. */
const ownClauseFacts = new WeakMap<AnalysedFact, AnalysedFact>();

/** Each passage's {@link clauseFactOf}, read once. */
const clauseFacts = new WeakMap<AnalysedFact, AnalysedFact | null>();

/** {@link relateFacts} but for the holders of what the two report. */
function relateRead(a: AnalysedFact, b: AnalysedFact, context: RelationContext): FactRelation {
  // "The year" of an address of 1894 is not that of one of 1893, and "last night" of two days
  // is two nights: passages whose times cannot be the same (fact-resolved-time.ts) are neither
  // one fact nor a disagreement. Read only for a pair that would be claimed as one, since most
  // pairs are kept apart by their words alone and resolving dates costs more.
  const [publishedA, publishedB] = context.published ?? [null, null];
  const sameTimes = () =>
    countedAgainstCalendar(a, b, [publishedA, publishedB]) ??
    (sameTime(a.time, b.time, publishedA, publishedB) ||
      onStatedDay(a, b, [publishedA, publishedB]));
  const apart: FactRelation = {
    kind: 'different-fact',
    reason: 'relative time from different dates',
  };
  // "The county council, not Wenn Water, issued the original notice" / "Wenn Water issued the
  // notice": the correction says who acted (fact-contrast.ts). Its time, when it states one, must
  // be the other's: two notices issued "last night" of different days may be two acts.
  const contrasted =
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    actorContradicted(a.text, b.text);
  if (contrasted)
    return sameTimes() || !isTimed(a.time) || !isTimed(b.time)
      ? { kind: 'disagree', aspect: 'actor' }
      : apart;
  // One vote counted twice, on one day, about one named thing (fact-tallies.ts): its tallies
  // differ whatever else the wording does, unless one is another occurrence or the parties swap.
  const votes = talliesDiffer(a, b, [publishedA, publishedB]);
  if (
    votes !== null &&
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    !participantsSwapped(a, b) &&
    !tellersSwapped(a, b)
  )
    return { kind: 'disagree', aspect: 'number', anchor: votes };
  // Alike, those tallies are the vote's result told twice ("voted 14 to 3" / "was carried by
  // fourteen votes to three"), when the two take one stance and say nothing else apart: no other
  // occurrence, the same ordinals, the same place and date, no parties or tellers swapped.
  if (
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    a.values.ordinals.join() === b.values.ordinals.join() &&
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) === null &&
    talliesAgree(a, b, [publishedA, publishedB]) &&
    sameSetting(a, b) &&
    !participantsSwapped(a, b) &&
    !tellersSwapped(a, b)
  )
    return { kind: 'same-fact' };
  // "The lido has stood on Marsh Lane since 1937" dates the beginning "The lido opened in 1937"
  // tells (fact-onset.ts), when the two take one stance and name no other thing or place.
  if (
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) === null &&
    onsetOfState(a.text, b.text) &&
    sameSetting(a, b)
  )
    return { kind: 'same-fact' };
  // Two leaders named for one body, in articles of about one time (fact-leaders.ts): "Judge Tom
  // Hale will lead the inquiry into the Kelby flood" / "an inquiry led by Judge Anna Wray …".
  if (
    (context.asked == null || context.asked === 'actor') &&
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    publishedClose(context.published) &&
    !namedHeadsApart(a, b) &&
    leadersDiffer(a, b)
  )
    return { kind: 'disagree', aspect: 'actor' };
  // A schedule told in the present ("The ballot closes on 12 October", before that day) is a
  // plan, as "will close" is (fact-schedule.ts).
  const scheduledA = scheduled(a, publishedA);
  const scheduledB = scheduled(b, publishedB);
  const one = relateOneWay(scheduledA, scheduledB, context);
  if (one.kind === 'different-fact') return one;
  // Read the other way round, each passage keeps its own article's date: a time counted from
  // publication resolved from the other's date would name another day.
  const swapped: RelationContext =
    context.published === undefined
      ? context
      : { ...context, published: [context.published[1], context.published[0]] };
  const other = relateOneWay(scheduledB, scheduledA, swapped);
  const agree =
    one.kind === 'disagree'
      ? other.kind === 'disagree' && other.aspect === one.aspect
      : other.kind === one.kind;
  if (!agree) return { kind: 'different-fact', reason: 'not the same read both ways' };
  if (sameTimes()) return one;
  // Two weekdays of one happening's start (fact-once.ts) are two times for one: the disagreement.
  if (
    one.kind === 'disagree' &&
    one.aspect === 'date' &&
    weekdaysConflict(a.values, b.values) &&
    onceOnWeekday(a) !== null &&
    onceOnWeekday(b) !== null
  )
    return one;
  return one.kind === 'same-fact' && upToNowAlike(a.time, b.time, publishedA, publishedB)
    ? one
    : apart;
}

/** The passage with a plan's stance where it tells a schedule in the present (fact-schedule.ts). */
function scheduled(fact: AnalysedFact, published: string | null): AnalysedFact {
  const stances = withSchedule(fact, published);
  return stances === fact.stances ? fact : { ...fact, stances };
}

/**
 * Whether a content term of `a` and one of `b` are WordNet synonyms, by their whole stems,
 * either way round (`synonyms`: the corpus's table, RelationContext). A verb of attribution
 * ("said", "told", "announced": fact-slots.ts `ATTRIBUTION`) is no synonym of anything here:
 * it frames what a report says (fact-attribution.ts), it does not tell the event reported, so
 * "The mayor said … would be on the agenda" does not tell "The council has ordered …", whatever
 * sense WordNet gives "order" ("order, tell, enjoin, say": to give a directive).
 */
function synonymousTerms(
  a: AnalysedFact,
  b: AnalysedFact,
  synonyms: RelationContext['synonyms'],
): (x: string, y: string) => boolean {
  if (synonyms === undefined) return () => false;
  // Each side's terms read on the first test (many relations test none).
  let readA: SynonymTerms | undefined;
  let readB: SynonymTerms | undefined;
  return (x, y) => {
    const tx = (readA ??= synonymTermsOf(a, synonyms)).byTerm.get(x);
    if (tx === undefined) return false;
    const ty = (readB ??= synonymTermsOf(b, synonyms)).byTerm.get(y);
    return (
      ty !== undefined &&
      (synonymsOfTerm(tx, readA).has(ty.stem) || synonymsOfTerm(ty, readB).has(tx.stem))
    );
  };
}

/**
 * Each stem's synonyms as a set, per synonym table: a question relates every pair of a few dozen
 * passages, each pair testing every term of one against every term of the other, so a look-up
 * in the table and a scan of its list per test cost more than the rest of relating facts
 * (`node --cpu-prof` over `bench/ask-tail.ts`).
 */
const synonymSets = new WeakMap<
  (stem: string) => readonly string[],
  Map<string, ReadonlySet<string>>
>();
/** The most stems whose synonym sets are kept per table. */
const MAX_SYNONYM_SETS = 20_000;

/** A stem's synonyms (`synonyms`: the index's table) as a set, kept per table. */
function synonymSetOf(
  synonyms: (stem: string) => readonly string[],
): (stem: string) => ReadonlySet<string> {
  let sets = synonymSets.get(synonyms);
  if (sets === undefined) synonymSets.set(synonyms, (sets = new Map()));
  const memo = sets;
  return (stemmed) => keptIn(memo, stemmed, MAX_SYNONYM_SETS, (key) => new Set(synonyms(key)));
}

/**
 * `same`, with a price verb before a sum in each report ("came to $4.2 million" / "cost $4.2
 * million", fact-measures.ts `priceVerbTerms`) read as one word: one act told in other words.
 */
function withPriceVerbs(
  a: AnalysedFact,
  b: AnalysedFact,
  same: (x: string, y: string) => boolean,
): (x: string, y: string) => boolean {
  const priceA = priceVerbTerms(a);
  if (priceA.size === 0) return same;
  const priceB = priceVerbTerms(b);
  if (priceB.size === 0) return same;
  return (x, y) => same(x, y) || (priceA.has(x) && priceB.has(y));
}

/**
 * `same`, with two verbs of a compact supporting one noun ("signed a contract" / "concluded a
 * contract", fact-support-verbs.ts `compactVerbObjects`) read as one word: the noun tells the
 * act, the verbs only that it was made.
 */
function withCompactVerbs(
  a: AnalysedFact,
  b: AnalysedFact,
  same: (x: string, y: string) => boolean,
): (x: string, y: string) => boolean {
  const objectsA = compactVerbObjects(a.text, a.sequence);
  if (objectsA.size === 0) return same;
  const objectsB = compactVerbObjects(b.text, b.sequence);
  if (objectsB.size === 0) return same;
  return (x, y) => same(x, y) || (objectsA.has(x) && objectsA.get(x) === objectsB.get(y));
}

/**
 * `same`, with two verbs that tell one phase of their subjects' happening at the one time each
 * states ("The fire started on Monday night" / "The fire broke out on Monday night", fact-once.ts
 * `phaseVerbOf`) read as one word: the verbs carry no event of their own, the subject does.
 */
function withPhaseVerbs(
  a: AnalysedFact,
  b: AnalysedFact,
  same: (x: string, y: string) => boolean,
): (x: string, y: string) => boolean {
  if (a.values.positioned.length === 0 || b.values.positioned.length === 0) return same;
  const phaseA = phaseVerbOf(a);
  if (phaseA === null) return same;
  const phaseB = phaseVerbOf(b);
  if (phaseB === null || phaseA.phase !== phaseB.phase) return same;
  return (x, y) => same(x, y) || (x === phaseA.term && y === phaseB.term);
}

/**
 * `same`, with a causative in the passive and the verb of what it causes ("were killed" /
 * "died", fact-causatives.ts) read as one word: one happening told through its cause.
 */
function withCausatives(
  a: AnalysedFact,
  b: AnalysedFact,
  same: (x: string, y: string) => boolean,
): (x: string, y: string) => boolean {
  const pairs = causativePairs(a, b);
  if (pairs.length === 0) return same;
  return (x, y) => same(x, y) || pairs.some(([p, q]) => p === x && q === y);
}

/**
 * `same`, with one group counted with the same figure under a general noun for people and a
 * kind of person ("300 people" / "300 residents", fact-general-nouns.ts) read as one word.
 */
function withGeneralNouns(
  a: AnalysedFact,
  b: AnalysedFact,
  same: (x: string, y: string) => boolean,
): (x: string, y: string) => boolean {
  if (a.values.counts.length === 0 || b.values.counts.length === 0) return same;
  const pair = generalNounPair(a, b);
  return pair === null ? same : (x, y) => same(x, y) || (x === pair[0] && y === pair[1]);
}

/**
 * How the two passages' terms are read where differing places are looked for (fact-slots.ts
 * `differingSlot`), given the act they tell in other words (`act`, fact-acts.ts
 * `actInOtherWords`, first of `a`): the second's act term written as the first's, and each
 * one's support verb of that act's noun ("reached" before "a settlement": fact-support-verbs.ts
 * `supportVerbsOf`) left out; the terms as they are when there is no such act.
 */
function slotTermsOf(
  a: AnalysedFact,
  b: AnalysedFact,
  act: readonly [string, string] | null,
): { a: (terms: string[]) => string[]; b: (terms: string[]) => string[] } {
  if (act === null) return { a: (terms) => terms, b: (terms) => terms };
  const [x, y] = act;
  const lightA = supportVerbsOf(a.text, a.sequence, x);
  const lightB = supportVerbsOf(b.text, b.sequence, y);
  return {
    a: (terms) => terms.filter((term) => !lightA.has(term)),
    b: (terms) => terms.filter((term) => !lightB.has(term)).map((term) => (term === y ? x : term)),
  };
}

/**
 * "Spend" and "last" before one span of one activity in `a` and `b` ("spent three weeks in talks"
 * / "the talks lasted three weeks", fact-durations.ts `oneActivitySpans`), first of `a`; null
 * when the two do not tell one so.
 */
function durationsOf(a: AnalysedFact, b: AnalysedFact): readonly [Duration, Duration] | null {
  if (a.values.positioned.length === 0 || b.values.positioned.length === 0) return null;
  return oneActivitySpans(a, b);
}

function relateOneWay(a: AnalysedFact, b: AnalysedFact, context: RelationContext): FactRelation {
  const o = SEARCH_OPTIONS.facts;
  // A word said of a count and its WordNet synonym are one word ("Fourteen people were injured"
  // / "Seventeen people were hurt"), as one act told with a synonym is (fact-acts.ts).
  // So are "spent" and "lasted" before one span of one activity (fact-durations.ts): each only
  // tells how long the activity went on.
  const durations = durationsOf(a, b);
  const synonyms = synonymousTerms(a, b, context.synonyms);
  const synonym =
    durations === null
      ? synonyms
      : (x: string, y: string) =>
          synonyms(x, y) || (x === durations[0].term && y === durations[1].term);
  const sharedList = [...a.terms.keys()].filter((term) => b.terms.has(term));
  // A present progressive is a plan or an act under way, not the outcome a plan is kept apart
  // from (fact-progressive.ts): against a plan it takes the plan's stance.
  const stance = stanceDifference(
    ...withProgressiveAsPlan(
      a,
      governingStances(a.stances, sharedList, a.terms),
      b,
      governingStances(b.stances, sharedList, b.terms),
      sharedList,
    ),
  );
  if (stance !== null) {
    // "None was taken to hospital" denies nothing: it counts nought, against "Four people …".
    // A wish in a purpose adjunct after a count ("More than 200 people crammed into the hall to
    // demand a new ship") is the purpose's, and leaves the count told as fact: measuresDiffer
    // reads the stances bearing on the count alone (fact-measures.ts `countClauseEnd`), so a
    // count set against another of one setting still differs on the number.
    if (
      (stance === 'negated' || sameSetting(a, b)) &&
      measuresDiffer(a, b, context.published, synonym)
    )
      return { kind: 'disagree', aspect: 'number' };
    return { kind: 'different-fact', reason: STANCE_REASON[stance] };
  }
  // "Have not confirmed a link" / "no evidence of a link": two denials of different things
  // (fact-negated-predicate.ts).
  if (
    governingStances(a.stances, sharedList, a.terms).has('negated') &&
    negatedPredicatesDiffer(a, b, synonym)
  )
    return { kind: 'different-fact', reason: 'different things denied' };
  // "Two workers remain hospitalised" is the state after "Two workers were flown to hospital"
  // (fact-continuation.ts): a change and the state holding on are two facts.
  if (continuationApart(a, b, sharedList))
    return { kind: 'different-fact', reason: 'a state holding on, not a change' };
  // "… report found that a cracked weld had caused the collapse" is an inquiry's finding; "The
  // investigation into the collapse is continuing" tells it under way (fact-pending.ts).
  if (findingAgainstPending(a.text, b.text))
    return { kind: 'different-fact', reason: 'a finding against an inquiry under way' };
  if (a.anotherOccurrence !== b.anotherOccurrence || ordinalsConflict(a.values, b.values))
    return { kind: 'different-fact', reason: 'another occurrence' };
  if (boundsConflict(a.values, b.values))
    return { kind: 'different-fact', reason: 'different bounds' };
  if (withinBound(a.values, b.values))
    return { kind: 'different-fact', reason: 'a value within a bound' };
  const sharedSet = new Set(sharedList);
  if (orderConflict(a.text, b.text, sharedSet))
    return { kind: 'different-fact', reason: 'different order in time' };
  if (roleConflict(a.text, b.text, a.terms, b.terms))
    return { kind: 'different-fact', reason: 'different role' };
  if (participantsSwapped(a, b) || tellersSwapped(a, b))
    return { kind: 'different-fact', reason: 'who did it and to whom swapped' };
  if (absenceConflict(a.text, b.text, sharedSet))
    return { kind: 'different-fact', reason: 'with or without' };
  if (
    quantifiersConflict(a.text, b.text, sharedSet) ||
    degreeConflict(a.text, b.text, sharedSet) ||
    comparisonConflict(a.text, b.text) ||
    sideConflict(a.text, b.text, sharedSet)
  )
    return { kind: 'different-fact', reason: 'different extent' };
  const same = withCausatives(
    a,
    b,
    withGeneralNouns(
      a,
      b,
      withPhaseVerbs(a, b, withCompactVerbs(a, b, withPriceVerbs(a, b, synonym))),
    ),
  );
  // One act told with a WordNet synonym or as its noun ("were arrested" / "were apprehended",
  // fact-acts.ts `actInOtherWords`) is a word both share, as the same verb would be.
  const act = actInOtherWords(a, b, same);
  // A stance before that act governs it as it would the same word ("agreed on 4 December" / "did
  // not reach an agreement on 4 December"): the stances are read again with it shared.
  if (act !== null) {
    const stanceOfAct = stanceDifference(
      ...withProgressiveAsPlan(
        a,
        governingStances(a.stances, [...sharedList, act[0]], a.terms),
        b,
        governingStances(b.stances, [...sharedList, act[1]], b.terms),
        sharedList,
      ),
    );
    if (stanceOfAct !== null) return { kind: 'different-fact', reason: STANCE_REASON[stanceOfAct] };
  }
  // So is any other word told with a WordNet synonym ("injured" / "hurt", "fell" / "collapsed").
  const told = toldInOtherWords(a, b, act, synonym);
  // A calendar day both state after the same event word is one more thing they share.
  const day = sameDayOfOneEvent(a, b, context.published ?? [null, null], act) ? [SHARED_DAY] : [];
  // So is a figure both state alike ("more than 200" / "over 200": fact-shared-figures.ts), of
  // one setting and one named thing where both name one, as counts found alike are read.
  const figures =
    namesShared(a, b) && sameSetting(a, b) ? sharedFigureTerms(a.values, b.values) : [];
  const ta = new Set([...a.terms.keys(), ...day, ...figures]);
  const tb = new Set([...toldAsShared(b.terms.keys(), told), ...day, ...figures]);
  const shared = Math.min(overlapCoefficient(ta, tb), unitOverlap(a, b, told));
  const smaller = Math.min(ta.size, tb.size);
  const overlapping = smaller >= o.minContentTerms && shared >= o.sameEventOverlap;
  // Nearly the same words: most of the larger one's terms too (a Jaccard index), or most of
  // the smaller one's in long enough sentences. Modifiers one side alone writes before a noun
  // the other names bare ("an extraordinary general meeting" / "met") say which thing, not
  // another one (fact-premodifiers.ts): they do not count against the wording shared. Nor do
  // a name's words before the noun the other writes after "the" ("Cobb Mill Bridge" / "the
  // bridge": fact-second-reference.ts).
  const jaccard = jaccardIndex(
    without(without(ta, oneSidedModifiers(a, b)), secondReferenceNames(a, b)),
    without(without(tb, oneSidedModifiers(b, a)), secondReferenceNames(b, a)),
  );
  const nearlySame = smaller >= o.nearlySameMinTerms && jaccard >= o.nearlySameJaccard;
  const closelyOverlapping =
    nearlySame || (smaller >= o.disagreeMinContentTerms && shared >= o.disagreeOverlap);
  const va = a.values;
  const vb = b.values;
  const da = datesWithYear(va);
  const db = datesWithYear(vb);
  const sharedTerms = sharedList.length;
  // A shared date anchors one event only with words of the event shared too: a question's
  // words alone do not make two reports of the same month one event.
  const anchored =
    sharedTerms >= o.anchorSharedTerms &&
    da.length > 0 &&
    db.length > 0 &&
    da.some((x) => db.some((y) => compatibleDates(x, y)));
  // Values in the same place of shared wording, in passages that share most of the smaller
  // one's words, are two reports of one thing.
  const slotted =
    sharedTerms >= o.slotSharedTerms && shared >= o.sameEventOverlap
      ? slotConflicts(a, b, new Set(sharedList))
      : Object.assign(new Map<Aspect, SlotConflict>(), { anyDiffer: false });
  // Different weekdays make different facts, never a disagreement: a weekday alone cannot tell
  // two reports of one event from two occurrences of it ("protested on Monday" / "on Thursday").
  // But two weekdays for one stated date are one day named two ways: they differ on the date.
  const weekdayOfDate = weekdaysContradictDate(va, vb);
  if (weekdaysConflict(va, vb) && !weekdayOfDate && !weekdaysDated(va, vb))
    // Unless the two weekdays are of the start, end or occurrence of one happening named with
    // "the" (fact-once.ts): that comes once, so the reports name two days for one. Claimed of
    // articles of about one time, sharing most words, with nothing else set apart.
    return (context.asked == null || context.asked === 'date') &&
      (overlapping || nearlySame) &&
      publishedClose(context.published) &&
      conflicts(va, vb, closelyOverlapping, [a.text, b.text]).length === 0 &&
      !namesConflict(va, vb, a.text, b.text) &&
      !namedHeadsApart(a, b) &&
      !placesApart(a, b) &&
      onceOnTwoDays(a, b, same)
      ? { kind: 'disagree', aspect: 'date' }
      : { kind: 'different-fact', reason: 'different days' };
  if (!overlapping && !anchored && !nearlySame && slotted.size === 0) {
    // Reports sharing too few words to be found one event by them may still count one thing
    // (fact-measures.ts): alike, one fact; differently, a disagreement on the number. Where
    // both say where, when or of which named thing, that must be the same.
    // So may two sizes of one group ("a 60-strong team" / "a team of about 50": fact-group-size.ts).
    // So may two figures of one change ("climbed 1.8 percent on Monday" / "ended Monday up 2.1
    // per cent": fact-changes.ts).
    if (
      (measuresDiffer(a, b, context.published, synonym) ||
        dimensionsDiffer(a, b, context.published) ||
        changesDiffer(a, b, context.published) ||
        (publishedClose(context.published) && groupSizesDiffer(a, b))) &&
      sameSetting(a, b)
    )
      return numberDisagreement(a, b, sharedSet);
    // So may one named party's share of one whole, alone or in a list (fact-shares.ts).
    if (
      (measuresAgree(a, b, context.published, synonym) ||
        (publishedClose(context.published) && partySharesAgree(a, b))) &&
      sameSetting(a, b) &&
      datesShared(a, sharedSet) === datesShared(b, sharedSet)
    )
      return { kind: 'same-fact' };
    return { kind: 'different-fact', reason: 'another event' };
  }
  const differ = conflicts(va, vb, closelyOverlapping, [a.text, b.text]);
  if (weekdayOfDate && !differ.includes('date')) differ.push('date');
  for (const aspect of slotted.keys()) if (!differ.includes(aspect)) differ.push(aspect);
  if (differ.length > 0) {
    const asked = context.asked;
    const aspect = asked == null ? differ[0] : differ.find((x) => x === asked);
    // A disagreement is claimed only about one event for certain (dated alike, or nearly the
    // same words), on one aspect (reports that differ on where and when are more likely of two
    // events than two mistakes), and one value on each side: with two places in a sentence,
    // which one is where the event happened is not known. Values in the same place of shared
    // wording are one value each. A date or a number is not a word of the passage: different
    // names before the same word ("Karl Osei cut" / "Anja Petrov cut") or different words in
    // one place ("north end" / "south end") are then a second difference, which the values
    // alone do not show (a place or an actor is such names and words).
    // A range ("between two hundred and three hundred") is two bounds, never one value
    // (fact-number-range.ts), wherever it stands.
    const oneValueEach =
      aspect !== undefined &&
      !(aspect === 'number' && (statesNumberRange(a.text) || statesNumberRange(b.text))) &&
      (slotted.has(aspect) ||
        ((anchored || closelyOverlapping) &&
          valuesOf(va, aspect, closelyOverlapping) === 1 &&
          valuesOf(vb, aspect, closelyOverlapping) === 1 &&
          (aspect !== 'number' || comparableNumbers(va, vb))));
    const wordsDiffer =
      (aspect === 'date' || aspect === 'number') &&
      (namesConflict(va, vb, a.text, b.text) ||
        modifiedApart(a, b) ||
        compoundHeadsApart(a, b) ||
        amountsSaidApart(a, b) ||
        slotBearsOnFigure(
          a,
          b,
          // Synonyms in one place ("were injured" / "were hurt") are one word there, as they
          // are for a same fact below.
          differingSlot(
            [...a.terms.keys()],
            [...b.terms.keys()],
            o.maxSlotTerms,
            o.slotElsewhereTerms,
            same,
          ),
          slotted.get(aspect),
        ));
    // Values are set against each other only as values of one event: the same event word and
    // stance where each stands ("stopped on 4 December" / "expected to start in August" are two).
    // Who spoke and where ("Ana Ruiz said", "Speaking in Truro,") is no value of what was said:
    // the same words from two speakers, or from two platforms, are two statements, not one
    // fact told two ways. A place or an actor differs only when what is reported differs on it.
    const ofTheClaim =
      (aspect !== 'place' && aspect !== 'actor') ||
      conflicts(claimValuesOf(a), claimValuesOf(b), closelyOverlapping, [a.text, b.text]).includes(
        aspect,
      );
    const certain =
      differ.length === 1 &&
      oneValueEach &&
      ofTheClaim &&
      !wordsDiffer &&
      differingValuesOfOneEvent(a, b, aspect, slotted.get(aspect)) &&
      // A changing figure ("has risen to 48") given weeks apart is two moments, not a dispute;
      // so is any figure not known to be of one time (fact-measures.ts `figuresOfOneTime`).
      !(aspect === 'number' && !numbersOfOneTime(a, b, context.published));
    if (certain && aspect !== undefined)
      return {
        kind: 'disagree',
        aspect,
        ...(slotted.has(aspect) ? { anchor: slotted.get(aspect)?.anchor } : {}),
      };
    // One count of one thing each, said alike (fact-measures.ts), differs on the number however
    // much else of the wording the two share, as it does when they share little.
    if (
      differ.includes('number') &&
      (asked == null || asked === 'number') &&
      (measuresDiffer(a, b, context.published, synonym) ||
        // One dimension told by its noun and by its adjective (fact-dimensions.ts).
        dimensionsDiffer(a, b, context.published) ||
        changesDiffer(a, b, context.published) ||
        // One span of one activity told with "spent" and "lasted" (fact-durations.ts), the
        // number all that differs, in articles of about one time.
        (durations !== null &&
          differ.length === 1 &&
          publishedClose(context.published) &&
          spansDiffer(durations))) &&
      sameSetting(a, b) &&
      !compoundHeadsApart(a, b) &&
      // Figures of two stated days are two moments ("at the check on 3 March" / "on 9 March").
      !statedDaysApart(va, vb)
    )
      return numberDisagreement(a, b, sharedSet);
    return { kind: 'different-fact', reason: `different ${differ.join(', ')}` };
  }
  // Dates without years that cannot be the same day ("September 14" / "September 4").
  if (va.dates.some((x) => vb.dates.length > 0 && !vb.dates.some((y) => compatibleDates(x, y))))
    return { kind: 'different-fact', reason: 'different dates' };
  // The same fact needs the words, not only a shared date; and a fact dated on one side only
  // may be another occurrence of the same kind of event (the June 2021 agreement is not the
  // November 2020 one), so it is not claimed as the same.
  if (!overlapping && !nearlySame) return { kind: 'different-fact', reason: 'too little shared' };
  // A calendar day written with its year on one side and without it on the other ("on Nov. 19,
  // 2026" / "on 19 November") is one date when the missing year, taken from its article's date
  // and tense as the timeline takes it, makes the two one day.
  const [publishedA, publishedB] = context.published ?? [null, null];
  if (
    datesShared(a, sharedSet) !== datesShared(b, sharedSet) &&
    !onStatedDay(a, b, [publishedA, publishedB]) &&
    !sameCalendarDays(a.time, publishedA, b.time, publishedB, [
      calendarDays(va).length,
      calendarDays(vb).length,
    ])
  )
    return { kind: 'different-fact', reason: 'dated on one side only' };
  // Likewise a count stated on one side only: "40 trawlers were impounded" is not confirmed
  // by "trawlers were impounded", which may be another occasion or a vaguer report.
  // A "both" is a count only against a count ("both men" / "the two men"), not news of its own.
  const counted = (x: FactValues, y: FactValues) =>
    x.numbers.length > x.duals || (x.numbers.length > 0 && y.numbers.length > 0);
  if (counted(va, vb) !== counted(vb, va))
    return { kind: 'different-fact', reason: 'a count on one side only' };
  // And counts of one noun under different acts ("200 people marched" / "200 people were
  // detained") count two things (fact-measures.ts).
  // One act told in other words is one measure.
  const sameAct = (x: string, y: string) =>
    (act !== null && x === act[0] && y === act[1]) || synonym(x, y);
  // Two spans of one activity ("spent" / "lasted", fact-durations.ts) measure one length, whoever
  // each names as the subject of its verb (the agent of "spend", the activity of "last").
  if (durations === null && measuresApart(a, b, sameAct))
    return { kind: 'different-fact', reason: 'different measures' };
  if (namesConflict(va, vb, a.text, b.text) || namedHeadsApart(a, b, synonym))
    return { kind: 'different-fact', reason: 'different names' };
  // Two leaders named, none the same ("led by Judge Anna Wray" / "led by Judge Tom Hale").
  if (leadersApart(a, b)) return { kind: 'different-fact', reason: 'different leaders' };
  // A place on one side only, another name on the other ("found in a garage in Kelby" /
  // "found in a Durnford garage"): two places, as far as the words show (fact-places.ts).
  if (placesApart(a, b)) return { kind: 'different-fact', reason: 'different places' };
  // Different words in one place of otherwise shared wording ("voted to close the gates" /
  // "voted to open the gates"): what the reports are about may differ (fact-slots.ts).
  // Who said it on one side only, against a detail added on the other, is no such place: the
  // claims are compared next (fact-slots.ts `framingAgainstClaim`).
  // One level of one measure told with two verbs ("rose to 84 percent" / "reached 84 percent",
  // fact-levels.ts): the verbs say how it came about, not two things reported.
  const level = sameLevel(a, b);
  // One act told as its verb and as its noun ("settled" / "reached a settlement", fact-acts.ts
  // `actInOtherWords`) is one word in that place too, as it is a word shared above, and the
  // support verb of that noun is no word of its own (fact-support-verbs.ts `supportVerbsOf`).
  const slotTerms = slotTermsOf(a, b, act);
  const place = differingSlot(
    slotTerms.a([...a.terms.keys()]),
    slotTerms.b([...b.terms.keys()]),
    o.maxSlotTerms,
    o.slotElsewhereTerms,
    same,
  );
  if (place !== null && !level && !framingAgainstClaim(place, a.claimTerms, b.claimTerms))
    return { kind: 'different-fact', reason: 'different words in one place' };
  // The same check on what each reports, its framing set aside ("the authority agreed to pay,
  // the council said" / "the council agreed to pay, the authority said").
  if (
    !level &&
    differingSlot(
      slotTerms.a([...a.claimTerms]),
      slotTerms.b([...b.claimTerms]),
      o.maxSlotTerms,
      o.slotElsewhereTerms,
      same,
    ) !== null
  )
    return { kind: 'different-fact', reason: 'different words in one place' };
  if (slotted.anyDiffer) return { kind: 'different-fact', reason: 'different values in one place' };
  // What holds from a start ("takes effect in June") is the next state, not the present one.
  if (holdsFromStart(a.text) !== holdsFromStart(b.text))
    return { kind: 'different-fact', reason: 'in force from a start on one side only' };
  // One count or sum of one thing, said alike (fact-measures.ts `measuresAgree`), is one fact
  // however much else each report adds, as two such figures that differ are one disagreement
  // however much else the two add (measuresDiffer, read above): what else each says is more of
  // its own sentence, which "also reported by" does not claim.
  const measured =
    measuresAgree(a, b, context.published, synonym) &&
    sameSetting(a, b) &&
    datesShared(a, sharedSet) === datesShared(b, sharedSet);
  // Shared framing ("Councillor Ana Ruiz, who voted against, said …") is not a shared claim.
  if (
    !measured &&
    overlapCoefficient(a.claimTerms, toldAsShared(b.claimTerms, told)) < o.sameEventOverlap
  )
    return { kind: 'different-fact', reason: 'different things said' };
  // An event named only as a time anchor or a topic ("Since the explosion on Oct. 14, the
  // company has hired …", "an investigation into the explosion") is not reported by that
  // sentence (fact-anchors.ts): what each says outside such phrases must meet too.
  if (
    !measured &&
    overlapCoefficient(reportedTerms(a), toldAsShared(reportedTerms(b), told)) < o.sameEventOverlap
  )
    return { kind: 'different-fact', reason: 'an event mentioned, not reported' };
  // Conflicting values of one measured quantity ("about 12,000 tonnes" / "around 15,000
  // tonnes") are never the same fact, whatever else is shared (fact-quantities.ts).
  if (quantitiesConflict(va, vb))
    return { kind: 'different-fact', reason: 'different values of one measure' };
  // "Failed at 2am" / "failed at 3am" are no one fact (fact-clock.ts); read after the checks
  // below, since reports of two events may give two times as well.
  const clocksApart = clockTimesConflict(a.text, b.text);
  // "$2 million" does not confirm "€2 million": the same digits in another currency are another
  // amount, or one the writer converted at a rate not stated.
  if (currenciesApart(va, vb)) return { kind: 'different-fact', reason: 'different currencies' };
  // "Rose 84 percent" is how far it moved, "rose to 84 percent" where it ended (fact-levels.ts).
  if (changeAgainstLevel(a, b))
    return { kind: 'different-fact', reason: 'a change against a level' };
  // A stance governs what two reports share when it stands before a shared word
  // (governingStances), as far as their words show. When no word of what happened is shared,
  // only what it happened to (fact-predicates.ts), a stance one side takes on its own event
  // ("The cracks … did not appear overnight" / "… engineers found cracks …") is a stance on the
  // very fact it reports: the two are not one fact. Read last: tagging costs more than the rest.
  if (
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) !== null &&
    eventsApart(a, b)
  )
    return { kind: 'different-fact', reason: 'different events' };
  // Reports sharing what an act is about but neither the act nor who did it ("The traders have
  // applied for a judicial review" / "A judge has refused permission for a judicial review") tell
  // two events (fact-acts.ts). Read last, as above.
  // A total passed and the same total got are one, whatever the verbs (fact-passing.ts).
  if (!level && !passedTotalMet(a, b) && actsApart(a, b, same))
    return { kind: 'different-fact', reason: 'different acts' };
  // One event told in nearly the same words, its one time of day given differently ("The last
  // passenger was brought down at 2.10am" / "… at 01:45"), in articles published at most 3
  // days apart: the reports differ on when, as two dates of one event do. Two times on a side,
  // or wording that differs more, may be two moments, so claim nothing.
  if (clocksApart)
    return nearlySame &&
      clockTimesDiffer(a.text, b.text) &&
      publishedClose(context.published) &&
      (context.asked == null || context.asked === 'date')
      ? { kind: 'disagree', aspect: 'date' }
      : { kind: 'different-fact', reason: 'different times of day' };
  return { kind: 'same-fact' };
}
