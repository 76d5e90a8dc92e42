/**
 * Terms of two reports read as one word where the comparison counts shared wording and looks for
 * a place where the words differ (fact-slots.ts `differingSlot`): a price verb before a sum in
 * each (fact-measures.ts `priceVerbTerms`), two verbs of a compact supporting one noun
 * (fact-support-verbs.ts), two verbs of one phase of their subjects' happening (fact-once.ts), a
 * causative and the verb of what it causes (fact-causatives.ts), a general noun for people and a
 * kind of person counted alike (fact-general-nouns.ts), each wrapping the comparison's `same`;
 * and an act told as its verb and as its noun, its support verb no word of its own (fact-acts.ts
 * `actInOtherWords`, fact-support-verbs.ts `supportVerbsOf`).
 */
import { priceVerbTerms } from './fact-measures.js';
import { compactVerbObjects, supportVerbsOf } from './fact-support-verbs.js';
import { causativePairs } from './fact-causatives.js';
import { phaseVerbOf } from './fact-once.js';
import { generalNounPair } from './fact-general-nouns.js';
import type { AnalysedFact } from './fact-analysis.js';
import { writtenUnits, type WrittenUnit } from './fact-measure-units.js';

/**
 * `same`, with a price verb before a sum in each report ("came to $4.2 million" / "cost $4.2
 * million", fact-measures.ts `priceVerbTerms`) read as one word: one act told in other words.
 */
export function withPriceVerbs(
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
export function withCompactVerbs(
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
export function withPhaseVerbs(
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
export function withCausatives(
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
export function withGeneralNouns(
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
export function slotTermsOf(
  a: AnalysedFact,
  b: AnalysedFact,
  act: readonly [string, string] | null,
): { a: (terms: string[]) => string[]; b: (terms: string[]) => string[] } {
  // A unit of measurement's words are the measure's value, not what is reported: a measure
  // moved from after its noun to before it ("an exclusion zone of 12 nautical miles" / "a
  // 12-nautical-mile exclusion zone") moves them, and is no wording that differs
  // (fact-measure-units.ts). Only where both passages measure in units of one dimension: those
  // are compared as values (fact-one-event.ts, `unitsApart`); a measure on one side only ("each
  // weighing about 90 tonnes") is a detail the other lacks, its words counted as such.
  const writtenA = writtenUnits(a.text);
  const writtenB = writtenUnits(b.text);
  const measuredBoth = writtenA.some((u) => writtenB.some((v) => v.dimension === u.dimension));
  const unitsA = measuredBoth ? unitTermsOf(a, writtenA) : new Set<string>();
  const unitsB = measuredBoth ? unitTermsOf(b, writtenB) : new Set<string>();
  const measuresA = (terms: string[]) =>
    unitsA.size === 0 ? terms : terms.filter((term) => !unitsA.has(term));
  const measuresB = (terms: string[]) =>
    unitsB.size === 0 ? terms : terms.filter((term) => !unitsB.has(term));
  if (act === null) return { a: measuresA, b: measuresB };
  const [x, y] = act;
  const lightA = supportVerbsOf(a.text, a.sequence, x);
  const lightB = supportVerbsOf(b.text, b.sequence, y);
  return {
    a: (terms) => measuresA(terms).filter((term) => !lightA.has(term)),
    b: (terms) =>
      measuresB(terms)
        .filter((term) => !lightB.has(term))
        .map((term) => (term === y ? x : term)),
  };
}

/**
 * The terms of a passage written only as a unit of measurement after a number ("12 nautical
 * miles", "a 12-nautical-mile zone": `units`, fact-measure-units.ts `writtenUnits`), every
 * occurrence of each inside a unit's words.
 */
function unitTermsOf(fact: AnalysedFact, units: readonly WrittenUnit[]): ReadonlySet<string> {
  if (units.length === 0) return new Set();
  const inUnit = new Set<string>();
  const outside = new Set<string>();
  for (const occurrence of fact.sequence) {
    const within = units.some((u) => occurrence.start >= u.start && occurrence.end <= u.end);
    for (const key of occurrence.keys) (within ? inUnit : outside).add(key);
  }
  return new Set([...inUnit].filter((key) => !outside.has(key)));
}
