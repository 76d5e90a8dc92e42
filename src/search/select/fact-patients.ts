/**
 * What an act was done to: its patient, the object after the verb in the active ("The fire
 * destroyed the Neptune Arcade and the Empress Ballroom") and the subject before it in the
 * passive ("A cafe kiosk … was destroyed"; Huddleston & Pullum, CGEL 2002, ch. 16: the passive's
 * subject is the active's object). One act over different objects is two events: event
 * coreference needs matching arguments as well as a matching predicate (Bejan & Harabagiu 2010;
 * Cybulska & Vossen 2014, whose event-coreference corpus sets apart events of one action type
 * with different participants). So two reports of one act whose patients share no word are two
 * facts, however much else (the act, a place phrase) they share.
 *
 * Read conservatively, so a missed claim is possible and a false one is not: only noun phrases
 * opened by a determiner or a name (not a pronoun, a figure or an adverb: "reopened yesterday"),
 * up to a preposition or a clause break, conjuncts joined by "and" with a determiner of their own
 * each; the patients are apart only when no word of either is a term of the other report nor a
 * WordNet synonym of one of the other's patient (a head both share counts for nothing when each
 * narrows it by premodifiers the other report lacks: "its open week" / "a novice coaching
 * week"), nor one head a noun of the other's class
 * (fact-restated-class.ts: "a pact" / "a cooperation agreement"), and not when both name persons
 * or groups, whom news writes of by many descriptions ("two teenagers" / "two boys").
 */
import { PASSIVE_AUXILIARIES } from '../../text/auxiliaries.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { PARTICLES_ONLY } from '../../text/particles.js';
import { CLAUSE_BREAK, type ClausedSource } from './fact-clauses.js';
import { PREPOSITION } from './fact-participants.js';
import type { UnitOccurrence } from './fact-participants.js';
import { namesPersonOrGroup } from './person-nouns.js';
import { restatedByClass } from './fact-restated-class.js';
import { lemmaSynsets } from '../wordnet-relations.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';

/** What is read of a report here (fact-acts.ts `ActSource`). */
export interface PatientSource extends ClausedSource {
  terms: ReadonlyMap<string, number>;
}

/**
 * An article or possessive opening a noun phrase: a closed class. Not the demonstratives, which
 * after a verb more often open a time ("reopened this morning") or a clause ("said that").
 */
const DETERMINER = `(?:${anyOf([...ARTICLES, ...POSSESSIVE_DETERMINERS])})`;
/** The gap before a patient's first word: only a determiner, or nothing before a name. */
const OPENING = new RegExp(`^\\s*${DETERMINER}\\s+$`, 'i');
/** The gap before a later conjunct: "and" and a determiner of its own. */
const NEXT_CONJUNCT = new RegExp(`^\\s+and\\s+${DETERMINER}\\s+$`, 'i');
/** A passive auxiliary right before the act ("was destroyed", "were badly damaged"). */
const PASSIVE_BEFORE = new RegExp(
  `\\b(?:${anyOf(PASSIVE_AUXILIARIES)})\\s+(?:\\p{L}+ly\\s+)?$`,
  'iu',
);
/** Only a passive auxiliary between a subject and its act ("The arcade was destroyed"). */
const PASSIVE_ONLY = new RegExp(
  `^\\s+(?:(?:has|have|had|will|would|could|may|might|must|should|can)\\s+)?(?:${anyOf(PASSIVE_AUXILIARIES)})\\s+(?:\\p{L}+ly\\s+)?$`,
  'iu',
);
/** A gap opened by a preposition: the subject's postmodifier ("A kiosk at the end of …"). */
const PREPOSITION_FIRST = new RegExp(`^\\s+${PREPOSITION.source}`, 'i');

/** A patient: its conjuncts, each as its units. */
type Patient = UnitOccurrence[][];

/**
 * The units of one noun phrase, read on from unit `i` while only spaces stand between, up to an
 * adverb particle: after an object it is the phrasal verb's ("towed the ferry back to harbour",
 * "gave the money back"; Quirk et al. 1985, §16.4), no word of the noun phrase.
 */
function phraseFrom(source: PatientSource, i: number): UnitOccurrence[] {
  const units = [source.sequence[i]!];
  for (let j = i + 1; j < source.sequence.length; j++) {
    const unit = source.sequence[j]!;
    if (!/^[\s'’-]*$/.test(source.text.slice(units[units.length - 1]!.end, unit.start))) break;
    if (PARTICLES_ONLY.has(source.text.slice(unit.start, unit.end).toLowerCase())) break;
    units.push(unit);
  }
  return units;
}

/** The conjuncts of a noun phrase read from unit `i`, opened by `gap` before it. */
function conjunctsFrom(source: PatientSource, i: number, gap: string): Patient {
  const unit = source.sequence[i];
  if (unit === undefined) return [];
  if (!OPENING.test(gap) && !(unit.name && /^\s+$/.test(gap))) return [];
  const patient: Patient = [];
  let at = i;
  for (;;) {
    const phrase = phraseFrom(source, at);
    patient.push(phrase);
    at = source.sequence.indexOf(phrase[phrase.length - 1]!) + 1;
    const next = source.sequence[at];
    if (next === undefined) break;
    if (!NEXT_CONJUNCT.test(source.text.slice(source.sequence[at - 1]!.end, next.start))) break;
  }
  return patient;
}

/** The patient of the act whose unit starts at `at`; empty when none is read. */
export function patientOf(source: PatientSource, at: number): Patient {
  const { sequence, text } = source;
  const index = sequence.findIndex((unit) => unit.start === at);
  if (index < 0) return [];
  const act = sequence[index]!;
  // "was destroying the arcade" is the progressive, active: its object is after it.
  const progressive = /ing$/i.test(text.slice(act.start, act.end));
  if (!progressive && PASSIVE_BEFORE.test(text.slice(0, act.start))) {
    // The passive's subject: the first noun phrase of the act's clause, followed by a
    // postmodifying preposition or by the auxiliary itself.
    let first = index;
    while (
      first > 0 &&
      !CLAUSE_BREAK.test(text.slice(sequence[first - 1]!.end, sequence[first]!.start))
    )
      first--;
    if (first === index) return [];
    const from = first === 0 ? 0 : sequence[first - 1]!.end;
    const opening = text.slice(from, sequence[first]!.start).replace(/^[^\p{L}]*(?=\p{L}|$)/u, ' ');
    const patient = conjunctsFrom(source, first, opening);
    const last = patient.flat().at(-1);
    if (last === undefined || last.start >= act.start) return [];
    const after = text.slice(last.end, act.start);
    return PASSIVE_ONLY.test(after) || PREPOSITION_FIRST.test(after) ? patient : [];
  }
  const next = sequence[index + 1];
  if (next === undefined) return [];
  return conjunctsFrom(source, index + 1, text.slice(act.end, next.start));
}

/**
 * The head of each conjunct of a patient as written, lower case: its last word, or its last two
 * when WordNet holds them as one noun ("a fishing boat"). A lexicalised compound names a kind of
 * its own (Quirk et al. 1985, App. I.57; Huddleston & Pullum 2002, ch. 19 §4), which its last
 * word's kinds are not: "a fishing boat" restates no ferry, though a ferry is a boat.
 */
function headsOf(source: PatientSource, patient: Patient): string[] {
  const nouns = lemmaSynsets('noun');
  return patient.flatMap((phrase) => {
    const last = phrase.at(-1);
    if (last === undefined) return [];
    const head = source.text.slice(last.start, last.end).toLowerCase();
    const before = phrase.at(-2);
    if (before === undefined) return [head];
    const compound = `${source.text.slice(before.start, before.end).toLowerCase()} ${head}`;
    return [nouns(compound).length > 0 ? compound : head];
  });
}

/** The words of a patient as written, and its keys. */
function keysOf(patient: Patient): string[] {
  return patient.flat().flatMap((unit) => unit.keys);
}

/**
 * True when the act at `atA` of `a` or the act at `atB` of `b` (one act, fact-acts.ts) is told by
 * the same word in the other report with patients read on both sides ({@link patientOf}) that
 * share nothing: no key of one is a term of the other report, no key of one a WordNet synonym of
 * a key of the other's (`synonymous`), and not both of persons or groups (person-nouns.ts).
 */
export function patientsApart(
  a: PatientSource,
  atA: number,
  b: PatientSource,
  atB: number,
  synonymous: SynonymousTerms,
): boolean {
  return oneWay(a, atA, b, synonymous) || oneWay(b, atB, a, (x, y) => synonymous(y, x));
}

/** {@link patientsApart} for the act of `a` at `at`, found in `b` by its word. */
function oneWay(a: PatientSource, at: number, b: PatientSource, synonymous: SynonymousTerms) {
  const act = a.sequence.find((unit) => unit.start === at);
  const key = act?.keys[0];
  if (key === undefined) return false;
  const x = patientOf(a, at);
  if (x.length === 0) return false;
  return b.sequence.some(
    (unit) => unit.keys.includes(key) && apart(a, x, b, patientOf(b, unit.start), synonymous),
  );
}

/**
 * The head keys one conjunct of `x` (of `a`) and one of `y` (of `b`) share while each restricts
 * it by premodifiers the other report does not write: "its open week" / "a novice coaching week".
 * A restrictive premodifier picks out a subclass of what its head names (Quirk et al. 1985,
 * §17.3 and §17.97ff on premodification), so two phrases whose shared head each of them narrows
 * otherwise name two things, and the head alone is no ground for one patient. The head is the
 * phrase's last unit ({@link phraseFrom}).
 */
function contrastedHeads(
  a: PatientSource,
  x: Patient,
  b: PatientSource,
  y: Patient,
): ReadonlySet<string> {
  const found = new Set<string>();
  const parts = (phrase: readonly UnitOccurrence[]) => ({
    head: phrase.at(-1)?.keys ?? [],
    modifiers: phrase.slice(0, -1).flatMap((unit) => unit.keys),
  });
  for (const p of x.map(parts))
    for (const q of y.map(parts)) {
      if (p.modifiers.length === 0 || q.modifiers.length === 0) continue;
      if (p.modifiers.some((key) => b.terms.has(key))) continue;
      if (q.modifiers.some((key) => a.terms.has(key))) continue;
      for (const key of p.head) if (q.head.includes(key)) found.add(key);
    }
  return found;
}

/** True when two patients read share nothing ({@link patientsApart}). */
function apart(
  a: PatientSource,
  x: Patient,
  b: PatientSource,
  y: Patient,
  synonymous: SynonymousTerms,
): boolean {
  if (y.length === 0) return false;
  const kx = keysOf(x);
  const ky = keysOf(y);
  const contrasted = contrastedHeads(a, x, b, y);
  const shared = (key: string, other: PatientSource) =>
    other.terms.has(key) && !contrasted.has(key);
  if (kx.some((key) => shared(key, b)) || ky.some((key) => shared(key, a))) return false;
  if (kx.some((p) => ky.some((q) => synonymous(p, q)))) return false;
  // One thing restated by a noun of its class: "a pact" / "a cooperation agreement".
  const hx = headsOf(a, x);
  if (headsOf(b, y).some((q) => hx.some((p) => restatedByClass(p, q)))) return false;
  // Any word of the phrase, not its last alone: "arrested the teenagers yesterday".
  const persons = (source: PatientSource, patient: Patient) =>
    patient.flat().some((unit) => namesPersonOrGroup(source.text.slice(unit.start, unit.end)));
  return !(persons(a, x) && persons(b, y));
}
