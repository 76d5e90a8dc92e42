/**
 * Whether two reports tell one act. The act of a report is the first word wink-nlp tags as a verb
 * in what it reports, less verbs with no event of their own ("has", "makes", "said":
 * fact-predicates.ts `claimEventWords`); its subject is what stands before that word (fact-count-acts.ts `subjectOf`).
 * "The traders' association has applied for a judicial review of the decision to sell the hall"
 * and "A High Court judge has refused permission for a judicial review of the decision to sell
 * the hall" share what the acts are about (the review, the decision, the sale), not the acts: an
 * application by the traders and a ruling by a judge are two events.
 */
import type { SynonymousTerms } from './fact-synonym-terms.js';
import { EVENTLESS_VERBS, type ClaimEvents } from './fact-predicates.js';
import { meets } from '../../text/verb-noun.js';
import { subjectOf } from './fact-count-acts.js';
import { agentsApart } from './fact-passive-agent.js';
import { patientsApart } from './fact-patients.js';
import {
  inAdverbialClause,
  inDescribingClause,
  inReducedRelative,
  type ClausedSource,
} from './fact-clauses.js';
import { isCompactVerb, supportedNoun } from './fact-support-verbs.js';
import { irregularLemmaStems } from '../verb-forms.js';
import { AUXILIARY_BEFORE } from './fact-participle-lemma.js';
import { SEARCH_OPTIONS } from '../options.js';
import { endsPrepositionalObject } from './fact-phrase-head.js';
import type { UnitOccurrence } from './fact-participants.js';
import { participleSubjectsApart } from './fact-participle-subject.js';
import { COPULA, statesApart } from './fact-states.js';
import { lightVerbProgressive, progressiveActsApart } from './fact-light-progressive.js';
import { particleAfter, tellsPhrasalVerb } from './fact-phrasal-passive.js';
import { priceVerbTerms, type MeasuredSource } from './fact-measures.js';
import { premodifyingParticiple } from './fact-premodifying-participle.js';
import { followsGenitive } from './fact-genitive-head.js';
import { namesPassiveAgent } from './fact-agent-relative.js';
import { recipientSubjectApart } from './fact-recipient-passive.js';
import { namesEvent } from '../../timeline/event-noun.js';
import { DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { matchesOf } from '../../text/matches-of.js';

/** What is read of a report here: its text, content units in order and content terms. */
export interface ActSource
  extends ClausedSource, Pick<ClaimEvents, 'events'>, Pick<MeasuredSource, 'values' | 'claim'> {
  /** Content terms (stems cut to `namePrefix` letters), as fact-relation.ts reads them. */
  terms: ReadonlyMap<string, number>;
}

/**
 * True when two reports do not tell one act. Two reports state one fact
 * only when their main predicates meet: the act of one (its first event word outside a clause
 * describing a thing named, {@link firstAct}) is told by the other, as the same word, its noun or
 * another derived form ("refused" / "the refusal", "agreed" / "an agreement was reached": verb-noun.ts
 * `meets`) or a WordNet synonym (`synonymous`, from the index's table: "closed" / "shut"), outside
 * a clause of the other that only describes a thing it names ("reopened the pool, which is owned
 * by the council" does not say the council owns it as its news). Different acts on one subject are
 * two facts, however much else the reports share: "The Brookside pool is owned by Fenby Borough
 * Council" / "Council leader Ann Hale reopened the Brookside pool"; "The plant was shut by Harrow
 * Mills" / "Harrow Mills sold the plant". Synonyms WordNet does not list ("approved" / "backed" a
 * plan) are then missed claims, never false ones ("signed" / "concluded" an agreement are the
 * compact's support verbs: fact-support-verbs.ts). When only one act is told by the other,
 * the subject of each act (its terms before it) must be in the other: "The Kelsford traders have
 * applied for a judicial review …" / "A High Court judge has refused permission for a judicial
 * review …" (no judge in the first) are two events even when the ruling names "the
 * application"; "Ferry services were suspended by the harbour board" / "The harbour board
 * confirmed the suspension of ferry services" may be one; a subject not stated ("It signed …")
 * may be anyone the other names. A report that tells no act is set apart from one that tells an
 * act unless it names that act ("An application for a judicial review …") or says what its
 * subject is in a word of the other ({@link statesWhatIsDone}). When neither tells an act, they
 * are apart when each says what its subject is and the two say different things (fact-states.ts).
 */
export function actsApart(
  a: ActSource,
  b: ActSource,
  synonymous: SynonymousTerms = () => false,
): boolean {
  // ", allowing silt in" tells its act of the main clause's subject (fact-participle-subject.ts).
  if (participleSubjectsApart(a, b, synonymous)) return true;
  const actA = firstAct(a);
  const actB = firstAct(b);
  const toldA = () => actA !== null && told(actA, b, actB, synonymous);
  const toldB = () => actB !== null && told(actB, a, actA, (x, y) => synonymous(y, x));
  if (actA === null && actB !== null) return !toldB() && !statesWhatIsDone(a, b, actB);
  if (actB === null && actA !== null) return !toldA() && !statesWhatIsDone(b, a, actA);
  // Neither tells an act: each may say what its subject is (fact-states.ts), or tell a light
  // verb's act in the progressive (fact-light-progressive.ts).
  if (actA === null || actB === null)
    return statesApart(a, b, synonymous) || progressiveActsApart(a, b);
  // "has lodged an application" / "an application was lodged by Kelby Council": one act by two
  // parties (fact-passive-agent.ts).
  // "The fire destroyed the Neptune Arcade" / "A cafe kiosk … was destroyed": one act over two
  // patients (fact-patients.ts).
  // "Families at the school were sent a letter" / "letters … were sent too late": the
  // recipient as subject, and a report that names no recipient (fact-recipient-passive.ts).
  if (toldA() && toldB())
    return (
      agentsApart(a, actA.at, b, actB.at) ||
      patientsApart(a, actA.at, b, actB.at, synonymous) ||
      recipientSubjectApart(a, actA.at, b, actB.at, synonymous)
    );
  if (!toldA() && !toldB()) return true;
  // A subject not stated ("It tackled …") may be anyone the other names.
  const x = subjectOf(a, actA.at).keys;
  const y = subjectOf(b, actB.at).keys;
  if (x.size === 0 || y.size === 0) return false;
  const absent = (subject: ReadonlySet<string>, other: ActSource) =>
    ![...subject].some((key) => other.terms.has(key));
  return absent(x, b) || absent(y, a);
}

/**
 * The act two reports tell in other words: the terms `[of a, of b]` when the first act of each
 * ({@link firstAct}) is a different term of one sense, a WordNet synonym by the index's table
 * (`synonymous`: "arrested" / "apprehended", "shut" / "closed", "halted" / "stopped") or a verb
 * and its noun ("agreed" / "an agreement": verb-noun.ts `meets`), and neither term is already
 * the other report's. Two reports of one act told with the same verb share that word; told with
 * a synonym they share it as much (fact-relation.ts counts the two terms as one shared term).
 * WordNet's sense is the test, not a shared subject or figure: "200 people marched" / "200
 * people were detained" share both and are two acts. Null when either tells no act, or the
 * acts are the same term or not of one sense; a report with no act read ({@link firstAct}) tells
 * the other's by a term of that sense outside the other's terms.
 */
export function actInOtherWords(
  a: ActSource,
  b: ActSource,
  synonymous: SynonymousTerms,
): readonly [string, string] | null {
  const actA = firstAct(a)?.key ?? null;
  const actB = firstAct(b)?.key ?? null;
  const oneSense = (x: string, y: string) =>
    synonymous(x, y) || meets(new Set([x]), new Set([y])) || meets(new Set([y]), new Set([x]));
  // A report the tagger finds no act in ("were apprehended" read as an adjective) tells the
  // other's act when a term of it, not the other's, is of that act's sense.
  const namedIn = (act: string, other: ActSource, own: ActSource, ofOther: boolean) =>
    [...other.terms.keys()].find(
      (term) => !own.terms.has(term) && (ofOther ? oneSense(act, term) : oneSense(term, act)),
    ) ?? null;
  if (actA === null && actB === null) return null;
  const x = actA ?? namedIn(actB as string, a, b, false);
  const y = actB ?? namedIn(actA as string, b, a, true);
  if (x === null || y === null || x === y || b.terms.has(x) || a.terms.has(y)) return null;
  return oneSense(x, y) ? [x, y] : null;
}

/**
 * The first event word of a report's claim (fact-predicates.ts `claimEventWords`, from the index
 * when it holds them, which keeps no order: the order is read from the report's units) outside a
 * clause that describes a thing named, and the offset of the content unit it stands in; null
 * when it tells none.
 */
function firstAct(source: ActSource): Act | null {
  let act = firstActs.get(source);
  if (act === undefined) firstActs.set(source, (act = readFirstAct(source)));
  return act;
}

/** The act of a report: a term, the offset of its unit, and whether a support verb's noun. */
interface Act {
  key: string;
  at: number;
  /** A support verb's noun ("reached an agreement" → "agreement"; fact-support-verbs.ts). */
  supported: boolean;
  /**
   * For a compact's noun, the verb of the compact supporting it ("signed a pact" → "sign";
   * fact-support-verbs.ts `compactVerbObjects`): the same verb on both sides tells one act,
   * whichever compact each names, as it did read as a verb.
   */
  compactVerb?: string;
}

/** Each report's act, read once: a question compares each passage with many. */
const firstActs = new WeakMap<ActSource, Act | null>();

function readFirstAct(source: ActSource): Act | null {
  const events = source.events();
  if (events.size === 0) return null;
  let described: Act | null = null;
  for (const [index, unit] of source.sequence.entries()) {
    const key = unit.keys.find((k) => events.has(k));
    if (key === undefined) continue;
    // "The extension, completed in 2017, was 12 per cent over budget": what describes a thing
    // named is not what the report tells of it; nor is a verb made part of an adjective
    // ("its best-known project", "a long-awaited report"). A verb opening a clause of what was
    // found or said ("An audit found that the work ran over budget") frames the act, as "said"
    // does (fact-attribution.ts): the act is the clause's.
    const compound = source.text[unit.start - 1] === '-' || source.text[unit.end] === '-';
    const framing = /^\s+that\b/i.test(source.text.slice(unit.end));
    // "The two men arrested on 12 March remain on bail": the participle says which men; the
    // report is of their bail (fact-clauses.ts `inReducedRelative`).
    const reduced = () => inReducedRelative(source, index, events);
    // "Failed at the Ashby sewage works": a noun closing a preposition's object, which a tagger
    // may read as a verb (fact-phrase-head.ts).
    const head = () => endsPrepositionalObject(source.text, unit.start, unit.end);
    // "The hospital's children's ward had coped": the word after a genitive is a noun
    // (fact-genitive-head.ts), which a tagger may read as a verb.
    if (
      compound ||
      framing ||
      modifiesSubject(source, index, events) ||
      reduced() ||
      head() ||
      followsGenitive(source.text, unit.start)
    )
      continue;
    const noun = supportedNoun(source.text, source.sequence, index);
    const act: Act =
      noun === null
        ? { key, at: unit.start, supported: false }
        : {
            key: noun.keys[0] as string,
            at: Math.min(unit.start, noun.start),
            supported: true,
            ...(isCompactVerb(key) ? { compactVerb: key } : {}),
          };
    if (!inDescribingClause(source.text, unit.start)) return act;
    described ??= act;
  }
  // A verb after a phrase set off by commas is the report's own when it has no other verb, nor
  // a copula: "Lindqvist, the Vestrian envoy, signed an accord" (an apposition, not a clause
  // describing the envoy); "Its best-known project is the terminal, completed in 2017, …" is
  // what the project is.
  return described !== null && !ANY_COPULA.test(source.text) ? described : null;
}

/** A determiner opening a noun phrase: a closed class, so the list is whole. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)$/i;

/**
 * True when the event word of unit `index` stands inside the subject of a later one: after a
 * determiner and names only, and before words only (no function word, no break) up to another
 * event word. "The Tarnbury pump station failed": "pump" is a noun before "station", the
 * subject of "failed", which a tagger may read as a verb; a verb does not stand between a
 * determiner and the head of its own subject.
 */
function modifiesSubject(source: ActSource, index: number, events: ReadonlySet<string>): boolean {
  const unit = source.sequence[index]!;
  const before = source.text
    .slice(0, unit.start)
    .match(/([\p{L}’'-]+)((?:\s+\p{Lu}[\p{L}’'-]*)*)\s+$/u);
  if (before === null || !DETERMINER.test(before[1]!) || before[2] === '') return false;
  let edge = unit.end;
  for (const next of source.sequence.slice(index + 1)) {
    if (!/^\s+$/.test(source.text.slice(edge, next.start))) return false;
    if (next.keys.some((k) => events.has(k))) return next !== source.sequence[index + 1];
    edge = next.end;
  }
  return false;
}

/**
 * True when a report (`other`, whose own act is `own`) tells an act of the first report: names
 * it ({@link namesAct}) outside a clause describing a thing it names ({@link toldBy}). An act
 * told by a support verb's noun ("an agreement was reached", fact-support-verbs.ts) is told only
 * by the other's own act meeting it, or by another form of the noun outside such a clause: its
 * verb, whose stem begins it ("agreed"), or a WordNet synonym ("evidence" / "testified"). The
 * support verb's own sense ("the car struck a pedestrian") is not the noun's act, so the same noun
 * alone ("a car killed a pedestrian") does not tell it.
 */
function told(act: Act, other: ActSource, own: Act | null, synonymous: SynonymousTerms): boolean {
  if (!act.supported) {
    // WordNet's synonyms are of one part of speech (a synset holds words of one: Miller 1990,
    // "Nouns in WordNet"; Fellbaum 1998), and the index's table joins them by stems, which merge
    // a verb with its nouns: "inspector" is a synonym of "examiner", whose stem is that of
    // "examine". A verb's synonym tells its act only as a verb of the other report (one of its
    // event words, {@link standsAsAct}) or as a noun of what happens, the act named ("forced
    // the closure of the bridge" / "the bridge was closed"): "sent inspectors to the site" does
    // not tell "is examining the wagons", nor "on the approach to the viaduct" "had come to rest".
    const verbs = other.events();
    return toldBy(
      other,
      own,
      (key, unit) =>
        namesAct(act.key, key, NO_SYNONYMS) ||
        (synonymous(act.key, key) && standsAsAct(other, unit, key, verbs, own)),
    );
  }
  const formOf = (key: string) =>
    key !== act.key &&
    ((key.length >= MIN_VERB_STEM && act.key.startsWith(key)) || synonymous(act.key, key));
  if (own !== null && (own.key === act.key || namesAct(act.key, own.key, synonymous))) return true;
  if (act.compactVerb !== undefined && own?.compactVerb === act.compactVerb) return true;
  return toldBy(other, own, formOf);
}

/** No two terms synonymous: a word not read as a verb names no verb's act by a synonym. */
const NO_SYNONYMS: SynonymousTerms = () => false;

/**
 * True when the word of `unit` (term `key`) stands in `source` as an act: one of its report's
 * event words (`verbs`), a price verb before a sum (fact-measures.ts `priceVerbTerms`), the noun
 * its support verb makes the act (`own`, "made an examination"), a participle after an
 * auxiliary ({@link participleAfterAuxiliary}), or a noun of what happens
 * (timeline/event-noun.ts `namesEvent`) that is not the object of a preposition of place, where
 * it names a place or a path ("on the approach to the viaduct": Quirk et al. 1985, §9.15ff on
 * prepositions of position and direction).
 */
function standsAsAct(
  source: ActSource,
  unit: UnitOccurrence,
  key: string,
  verbs: ReadonlySet<string>,
  own: Act | null,
): boolean {
  if (verbs.has(key) || (own?.supported === true && key === own.key)) return true;
  // "The repairs cost $4.2 million": a price verb before a sum is a verb, whatever a tagger read.
  if (priceVerbTerms(source).has(key)) return true;
  const { text } = source;
  if (participleAfterAuxiliary(text, unit)) return true;
  return (
    !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, unit.start - 40), unit.start)) &&
    namesEvent(text.slice(unit.start, unit.end))
  );
}

/**
 * A preposition of place or direction (Quirk et al. 1985, §9.15ff), a determiner
 * (text/determiners.ts) and at most one word right before a word: the start of its object.
 */
const PLACE_PREPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}’'-])(?:on|at|in|near|along|across|over|under|beside|by|onto|into|to|from|off|around|past)\s+(?:${anyOf(DETERMINERS)})\s+(?:\p{L}+\s+)?$`,
  'iu',
);

/**
 * True when `unit` of `text` is a regular or "-en" participle after an auxiliary ("were
 * apprehended", "has been shut"): a verb (Quirk et al. 1985, §3.52 on the passive and perfect),
 * whatever a tagger read.
 */
function participleAfterAuxiliary(text: string, unit: UnitOccurrence): boolean {
  return (
    /\p{L}{2}(?:ed|en)$/iu.test(text.slice(unit.start, unit.end)) &&
    AUXILIARY_BEFORE.test(text.slice(Math.max(0, unit.start - 24), unit.start))
  );
}

/** The fewest letters of a verb's stem that begin its noun ("agre" of "agreement"; verb-noun.ts). */
const MIN_VERB_STEM = 4;

/**
 * True when a term (`key`) names an act (`act`, of the other report): the same word, its noun or
 * another form beginning with its stem (verb-noun.ts `meets`), or a WordNet synonym.
 */
function namesAct(act: string, key: string, synonymous: SynonymousTerms): boolean {
  return (
    meets(new Set([act]), new Set([key])) ||
    synonymous(act, key) ||
    IRREGULAR_LEMMAS(key).has(act) ||
    IRREGULAR_LEMMAS(act).has(key)
  );
}

/**
 * The lemma of an irregular past or participle, as fact terms are compared ("led" → "lead"):
 * another form of the verb that does not begin with its stem (verb-forms.ts).
 */
const IRREGULAR_LEMMAS = irregularLemmaStems(SEARCH_OPTIONS.facts.namePrefix);

/**
 * True when a term of a report that tells an act (`tells`) stands in it as its own act (`own`),
 * or outside a clause that only describes a thing it names ("…, which is owned by …") and
 * outside a clause of time, reason or condition, which tells an event of its own ("allowed back
 * on Sunday, after sensors showed the slope had stopped moving" does not tell that anything
 * stopped as its news: fact-clauses.ts `inAdverbialClause`; such a clause is compared on its own
 * by fact-clause-relations.ts `toldInClause`), and outside a participle that says which thing is meant
 * ("the two men arrested on 12 March remain on bail" does not report an arrest:
 * fact-clauses.ts `inReducedRelative`) unless it names its agent ("an inquiry led by Judge Anna
 * Wray": fact-agent-relative.ts), nor in one before the noun ("the leaking wagon had come to
 * rest" does not report a leak: fact-premodifying-participle.ts).
 */
function toldBy(
  source: ActSource,
  own: { at: number } | null,
  tells: (key: string, unit: UnitOccurrence) => boolean,
): boolean {
  const events = source.events();
  return source.sequence.some(
    (unit, index) =>
      unit.keys.some((key) => tells(key, unit)) &&
      (unit.start === own?.at ||
        ((!inDescribingClause(source.text, unit.start) || namesAgent(source.text, unit)) &&
          !inAdverbialClause(source.text, unit.start) &&
          // "an inquiry led by Judge Anna Wray" states her leading it (fact-agent-relative.ts).
          (!inReducedRelative(source, index, events) || namesPassiveAgent(source.text, unit.end)) &&
          !premodifyingParticiple(source, index, events))),
  );
}

/**
 * True when a participle opens a describing clause and names who does it ("an inquiry, led by
 * Judge Anna Wray, would look at …"): the passive's agent makes the clause a statement of that act
 * by that agent (the inquiry is led by her), as "Judge Anna Wray will lead the inquiry" states it.
 * A clause with no agent ("the terminal, completed in 2017") only says which thing is meant, nor
 * does one whose "by" opens a time ("the letters, sent by 5pm": fact-agent-relative.ts).
 */
function namesAgent(text: string, unit: UnitOccurrence): boolean {
  return /[,;:(—–]\s*$/.test(text.slice(0, unit.start)) && namesPassiveAgent(text, unit.end);
}

/**
 * {@link COPULA} for a test. A global pattern keeps the `lastIndex` its `test` leaves, and
 * `matchAll` starts from the pattern's `lastIndex` (ECMA-262, RegExp.prototype[@@matchAll]), so
 * testing COPULA itself made {@link statesWhatIsDone} skip the copula of the next report, which
 * one was read first deciding ("was open" missed after a longer report had been read).
 */
const ANY_COPULA = new RegExp(COPULA.source, 'iu');

/**
 * True when a report that tells no act says what its subject is (a copula and its complement,
 * {@link COPULA}) in what the other report tells: its complement is a term of the other ("The
 * council declared the road open" / "The road was open"), or, a word no term is made of, the
 * particle right after the other's act ("ran out of ibuprofen" / "was out of ibuprofen"). "The
 * Co-op on Kiln Street had run out of paracetamol" / "Paracetamol is available at the Co-op on
 * Kiln Street" share the shop, the street and the product, not what is said of them, and say
 * opposite things; "The administration of Porto Rico should be directed under one department" /
 * "Porto Rico, Hawaii, the Philippines, are ours" share only what they are about. A complement
 * that is a value ("was 12 per cent") or a verb with no event of its own ("was made") says nothing
 * to compare: such a report is not set apart. A light verb in the progressive ("is taking …") is
 * no complement but an act (fact-light-progressive.ts): that report states nothing so.
 */
function statesWhatIsDone(stating: ActSource, acting: ActSource, act: { at: number }): boolean {
  for (const match of matchesOf(stating.text, COPULA)) {
    const word = match[1] ?? '';
    // "is taking the council to court" tells an act, not what its subject is
    // (fact-light-progressive.ts).
    if (lightVerbProgressive(word)) return false;
    const at = (match.index ?? 0) + match[0].length - word.length;
    const unit = stating.sequence.find((u) => u.start === at);
    if (unit === undefined) {
      if (/^\p{Ll}+$/u.test(word) && !/^(?:out|off|up|down|over|in|on|back|away)$/.test(word))
        continue;
      if (/^\p{Ll}/u.test(word)) {
        const after = acting.text.slice(act.at).match(/^[\p{L}’'-]+\s+([\p{L}’'-]+)/u)?.[1];
        return after?.toLowerCase() === word;
      }
      return true;
    }
    const state = unit.keys[0] as string;
    // "has been set up": a phrasal verb's passive tells an act (fact-phrasal-passive.ts).
    const particle = unit.name ? null : particleAfter(stating.text, unit.end);
    if (particle !== null && EVENTLESS_VERBS.has(state))
      return tellsPhrasalVerb(acting, state, particle);
    if (unit.name || EVENTLESS_VERBS.has(state)) return true;
    return acting.terms.has(state);
  }
  return false;
}
