/**
 * Whose act a supplementive participle clause tells. "The pressure alarm had been switched off
 * since February, allowing silt into the supply" tells that the alarm being off let the silt in:
 * a participle clause set off by a comma after its main clause has no subject of its own, and
 * its understood subject is the main clause's, or that clause as a whole (Quirk et al., "A
 * Comprehensive Grammar of the English Language", 1985, §15.58 on supplementive clauses; §15.59
 * on the attachment rule). "A jammed sluice gate and a fault in a sand filter allowed silt into
 * the supply" tells one act of "allow" too, but of another subject: a gate and a fault, not an
 * alarm. Two reports sharing that act's word tell one act only when its subjects are one: the
 * HEAD nouns of the subjects meet (the noun a phrase is about, the last of its premodifiers and
 * before its complements, Huddleston & Pullum, "The Cambridge Grammar of the English Language",
 * 2002, ch. 5 §2). Words the two subjects share only as modifiers or complements ("the alarm on
 * the sluice gate" / "a jammed sluice gate") make no one subject.
 */
import { anyOf } from '../../text/word-class.js';
import { BE_FORMS } from '../../text/auxiliaries.js';
import { DETERMINERS } from '../../text/determiners.js';
import { inDescribingClause } from './fact-clauses.js';
import { EVENTLESS_VERBS } from './fact-predicates.js';
import { isPastForm } from '../../timeline/past-forms.js';
import { meets } from '../../text/verb-noun.js';
import type { ActSource } from './fact-acts.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';
import type { UnitOccurrence } from './fact-participants.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * True when one report tells an act only in a supplementive participle clause (", allowing …")
 * and the other tells that act (the same term or a WordNet synonym, `synonymous`, first term
 * the first report's) as a finite verb in a clause of its own, and the heads of the two acts'
 * subjects (the participle's: its main clause's subject) are both read and share no term nor
 * synonym, nor is the other's head the noun of the main clause's verb (verb-noun.ts `meets`:
 * the main clause as a whole as the subject, "closed the road, causing delays" / "the closure
 * caused delays"). A subject not read (a pronoun, "It allowed …"; a passive, whose subject is
 * not the doer) may be anyone: not set apart. False when neither report has such a participle
 * clause.
 */
export function participleSubjectsApart(
  a: ActSource,
  b: ActSource,
  synonymous: SynonymousTerms = () => false,
): boolean {
  return apartOneWay(a, b, synonymous) || apartOneWay(b, a, (x, y) => synonymous(y, x));
}

/** {@link participleSubjectsApart} with the participle clause in `told`. */
function apartOneWay(told: ActSource, other: ActSource, synonymous: SynonymousTerms): boolean {
  const toldEvents = told.events();
  const otherEvents = other.events();
  for (const [index, unit] of told.sequence.entries()) {
    const key = unit.keys.find((k) => toldEvents.has(k));
    if (key === undefined || !isSupplementive(told, index)) continue;
    const heads = mainSubjectHeads(told, unit.start);
    if (heads.length === 0) continue;
    // The understood subject may be the main clause as a whole (Quirk et al. 1985, §15.58):
    // "Police closed the road, causing delays" / "The closure caused delays".
    const mainActs = new Set(
      told.sequence
        .filter((u) => u.start < unit.start && !inDescribingClause(told.text, u.start))
        .flatMap((u) => u.keys.filter((k) => toldEvents.has(k))),
    );
    for (const [at, act] of other.sequence.entries()) {
      const actKey = act.keys.find((k) => otherEvents.has(k) && (k === key || synonymous(key, k)));
      if (actKey === undefined || isSupplementive(other, at)) continue;
      const subject = finiteSubjectHeads(other, at);
      if (subject === null || subject.length === 0) continue;
      const named = (y: UnitOccurrence) =>
        heads.some((x) => headsMeet(x, y, synonymous)) || meets(mainActs, new Set(y.keys));
      if (!subject.some(named)) return true;
    }
  }
  return false;
}

/** True when two heads share a term or hold WordNet synonyms (the first `x`'s report's). */
function headsMeet(x: UnitOccurrence, y: UnitOccurrence, synonymous: SynonymousTerms): boolean {
  return x.keys.some((k) => y.keys.includes(k) || y.keys.some((l) => synonymous(k, l)));
}

/**
 * True when unit `index` is an "-ing" participle opening a clause right after a comma, past the
 * first clause: ", allowing silt into the supply".
 */
function isSupplementive(source: ActSource, index: number): boolean {
  const unit = source.sequence[index]!;
  return (
    /ing$/i.test(source.text.slice(unit.start, unit.end)) &&
    /\S\s*,\s*$/.test(source.text.slice(0, unit.start))
  );
}

/**
 * The heads of the subject of the clause a participle clause at offset `before` is attached to:
 * the clause before its comma ({@link clauseSubjectHeads}).
 */
function mainSubjectHeads(source: ActSource, before: number): UnitOccurrence[] {
  return clauseSubjectHeads(source, source.text.slice(0, before).lastIndexOf(','));
}

/** A form of "be" right before a verb: a passive ("was allowed"), whose subject is not the doer. */
const PASSIVE_BEFORE = new RegExp(String.raw`\b(?:${anyOf(BE_FORMS)})\s+$`, 'iu');

/**
 * The heads of the subject of the verb of unit `index` ({@link clauseSubjectHeads}); null when
 * the verb is a passive's.
 */
function finiteSubjectHeads(source: ActSource, index: number): UnitOccurrence[] | null {
  const unit = source.sequence[index]!;
  if (PASSIVE_BEFORE.test(source.text.slice(0, unit.start))) return null;
  return clauseSubjectHeads(source, unit.start);
}

/** What ends a clause before another: a break, or "that" opening a reported clause. */
const CLAUSE_START = /[,;:(—–]|\bthat\b/giu;

/**
 * The heads of the subject of the clause that runs up to offset `to`: the noun phrases it opens
 * with ({@link headsIn}), after the last break or "that" before `to` ("After midnight, heavy rain
 * …", "Inspectors found that the alarm …") and after a verb with no event of its own ("The
 * company said a failed pump …": fact-predicates.ts `EVENTLESS_VERBS`).
 */
function clauseSubjectHeads(source: ActSource, to: number): UnitOccurrence[] {
  let from = 0;
  for (const match of matchesOf(source.text.slice(0, to), CLAUSE_START))
    from = match.index + match[0].length;
  for (const unit of source.sequence) {
    if (unit.start >= to) break;
    if (unit.start >= from && unit.keys.some((k) => EVENTLESS_VERBS.has(k))) from = unit.end;
  }
  return headsIn(source, from, to);
}

/** Words between two units of one run of premodifiers and head: spaces, a possessive. */
const IN_RUN = /^(?:[’']s)?\s+$/u;

/** A coordinator right after a head, opening another noun phrase of the subject: "… and a …". */
const COORDINATED = new RegExp(
  String.raw`^\s*,?\s*(?:and|or)\s+(?:(?:${anyOf(DETERMINERS)})\s+)?$`,
  'iu',
);

/** What may stand before a subject's first content word: nothing, or a determiner. */
const OPENING = new RegExp(String.raw`^\s*(?:(?:${anyOf(DETERMINERS)})\s+)?$`, 'iu');

/**
 * The heads of the noun phrases opening the text from offset `from` to `to` (units in a clause
 * describing a thing named left out): each phrase's head is the last unit of its first run of
 * units with only spaces between them, which ends before a function word or a break (a
 * preposition's complement, a relative clause) or before an event word in a past form after its
 * first unit ("Workers turned …", "Heavy rain swept …": timeline/past-forms.ts `isPastForm`),
 * which after a noun is its clause's verb or a participle, not a premodifier. Coordinated
 * phrases right after a head ("a jammed gate and a fault …") give one head each; a coordination
 * inside a complement gives none.
 */
function headsIn(source: ActSource, from: number, to: number): UnitOccurrence[] {
  const events = source.events();
  const units = source.sequence.filter(
    (u) => u.start >= from && u.end <= to && !inDescribingClause(source.text, u.start),
  );
  const heads: UnitOccurrence[] = [];
  let head = units[0];
  // "It jammed, …", "They said …": a pronoun or another function word opens the subject, not a
  // noun phrase of content words, so its head is not read.
  if (head === undefined || !OPENING.test(source.text.slice(from, head.start))) return heads;
  for (let i = 1; head !== undefined; i++) {
    const next = units[i];
    if (next === undefined) {
      heads.push(head);
      break;
    }
    const gap = source.text.slice(head.end, next.start);
    const verb =
      isPastForm(source.text.slice(next.start, next.end)) && next.keys.some((k) => events.has(k));
    if (IN_RUN.test(gap) && !verb) {
      head = next;
      continue;
    }
    heads.push(head);
    if (!COORDINATED.test(gap)) break;
    head = next;
  }
  return heads;
}
