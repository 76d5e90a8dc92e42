/**
 * Support-verb constructions: a verb of little meaning of its own whose object noun names the
 * act ("reach an agreement" is to agree, "hold talks" is to talk, "carry out a search" is to
 * search; Jespersen's "light verbs", the support verbs of Gross's lexicon-grammar). What such a
 * report tells is the noun's act, so its act is read as the noun (fact-acts.ts), compared with
 * the other report's act by the noun's verb: its stem ("agreement" / "agreed") or a WordNet
 * synonym of the noun ("evidence" / "testified", by the index's table).
 *
 * "make", "take", "give", "have" and "get" carry no event at all (fact-predicates.ts
 * `EVENTLESS_VERBS`): a report told with them has no act of its own, and is compared by the
 * noun already. The verbs here do carry a sense of their own elsewhere ("the car struck a
 * wall", "the river reached the road"), so the noun is read as the act only where the other
 * report's act meets it (fact-acts.ts).
 */
import { DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { SEARCH_OPTIONS } from '../options.js';
import { verbFormStems } from '../verb-forms.js';
import { stem } from '../../text/terms.js';
import type { UnitOccurrence } from './fact-participants.js';
import { CURRENCY_SIGN, SCALE_VALUES } from '../../text/notation-words.js';

/**
 * The support verbs news writing puts before an act's noun: every form of each (verb-forms.ts:
 * "struck", "held"), as fact terms.
 */
const SUPPORT_VERBS = verbFormStems(
  ['reach', 'strike', 'hold', 'conduct', 'carry', 'issue', 'lodge', 'file', 'stage'],
  SEARCH_OPTIONS.facts.namePrefix,
);

/**
 * Verbs that carry no event beyond their object's only with the noun of a compact ("signed a
 * cooperation agreement", "concluded a cooperation agreement": the agreement made; Mel'čuk's
 * realisation verbs of such nouns, "Lexical functions", 1996). With another object they tell an
 * act of their own ("signed the letter", "concluded its investigation": ended it), so they are
 * support verbs there only. News writes two more of them for "sign" and "conclude": "ink"
 * (WordNet 3.1 verb sense 1, "append one's signature to; 'They inked the contract'", a kind of
 * "sign") and "seal" ("sealed the deal": concluded it).
 */
const COMPACT_VERBS = verbFormStems(
  ['sign', 'conclude', 'ink', 'seal'],
  SEARCH_OPTIONS.facts.namePrefix,
);

/** True when a fact term is a verb of a compact ({@link COMPACT_VERBS}: "signed", "inked"). */
export function isCompactVerb(key: string): boolean {
  return COMPACT_VERBS().has(key);
}

/** The nouns of a compact, as fact terms: what {@link COMPACT_VERBS} support. */
const COMPACT_NOUNS: ReadonlySet<string> = new Set(
  [
    'agreement',
    'accord',
    'deal',
    'treaty',
    'pact',
    'contract',
    'memorandum',
    'protocol',
    'convention',
    'settlement',
    'ceasefire',
    'truce',
    'armistice',
  ].map((word) => stem(word).slice(0, SEARCH_OPTIONS.facts.namePrefix)),
);

/**
 * What may stand between a support verb and its object: a particle ("carried out"), a
 * determiner or a possessive ("reached an", "held their"), and an amount of money saying what
 * the object is worth ("signed a £4m contract"), which facts compare as a value of their own.
 */
const TO_OBJECT = new RegExp(
  String.raw`^\s+(?:out\s+)?(?:(?:${anyOf(DETERMINERS)}|fresh|formal)\s+)?(?:${CURRENCY_SIGN}\s?\d[\d,.]*(?:\s?(?:${[...SCALE_VALUES.keys()].join('|')}))?\s+)?$`,
  'i',
);

/** What stands between an act's noun and its support verb in the passive ("an agreement was reached"). */
const PASSIVE =
  /^\s+(?:(?:was|were|is|are|be|been|being|has been|have been|had been|will be|would be)\s+)(?:(?:finally|later|also|eventually)\s+)?$/i;

/**
 * The noun a support verb at `at` (an index of `sequence`) takes as its object: the head of the
 * content words right after it ("reached a new cooperation agreement" → "agreement": the last of
 * a run joined by spaces alone), or, in the passive, the head of its subject ("an agreement was
 * reached", "a petition for judicial review was lodged" → "petition"). Null when the verb is no support verb, or no noun stands there; a name is no act.
 */
export function supportedNoun(
  text: string,
  sequence: readonly UnitOccurrence[],
  at: number,
): UnitOccurrence | null {
  const verb = sequence[at];
  if (verb === undefined) return null;
  const compact = verb.keys.some((key) => COMPACT_VERBS().has(key));
  if (!compact && !verb.keys.some((key) => SUPPORT_VERBS().has(key))) return null;
  const noun = objectOf(text, sequence, at);
  return noun !== null && compact && !noun.keys.some((key) => COMPACT_NOUNS.has(key)) ? null : noun;
}

/** {@link supportedNoun} for a verb known to be a support verb, whatever its object. */
function objectOf(
  text: string,
  sequence: readonly UnitOccurrence[],
  at: number,
): UnitOccurrence | null {
  const verb = sequence[at]!;
  const next = sequence[at + 1];
  if (next !== undefined && TO_OBJECT.test(text.slice(verb.end, next.start))) {
    let head = next;
    for (let i = at + 2; i < sequence.length; i++) {
      const unit = sequence[i]!;
      if (!/^\s+$/.test(text.slice(head.end, unit.start))) break;
      head = unit;
    }
    return head.name ? null : head;
  }
  const before = sequence[at - 1];
  if (before === undefined || !PASSIVE.test(text.slice(before.end, verb.start))) return null;
  const head = subjectHead(text, sequence, at - 1);
  return head.name ? null : head;
}

/**
 * A preposition that opens a noun's complement after it ("a petition for judicial review", "an
 * inquiry into the flood"), with the determiner of its object. Not "of": the noun before it may
 * be no head of what is told ("a number of petitions", "the sale of Pell Boathouse was carried":
 * CGEL ch. 5, on number-transparent nouns and "of" complements), so the word before the verb is
 * kept there, as before.
 */
const NOUN_COMPLEMENT = new RegExp(
  String.raw`^\s+(?:for|into|on)\s+(?:(?:${anyOf(DETERMINERS)})\s+)?$`,
  'i',
);

/**
 * The head of the noun phrase whose last content word is unit `last`: a prepositional phrase
 * that complements a noun follows it ("[a petition [for judicial review]] was lodged": Huddleston
 * & Pullum, CGEL 2002, ch. 5, on complements in the noun phrase), so the head is the noun before
 * that preposition, read back through each such phrase, not the last word of its object.
 */
function subjectHead(
  text: string,
  sequence: readonly UnitOccurrence[],
  last: number,
): UnitOccurrence {
  let index = last;
  for (;;) {
    // The first word of the run of content words joined by spaces alone that ends at `index`.
    let first = index;
    while (first > 0 && /^\s+$/.test(text.slice(sequence[first - 1]!.end, sequence[first]!.start)))
      first -= 1;
    const previous = sequence[first - 1];
    if (
      previous === undefined ||
      previous.name ||
      !NOUN_COMPLEMENT.test(text.slice(previous.end, sequence[first]!.start))
    )
      return sequence[index]!;
    index = first - 1;
  }
}

/**
 * Each verb of a compact of a passage ("sign", "conclude", as a fact term) with the compact's
 * noun it supports (its first term): "signed a dredging contract" → sign → contra. Two reports
 * whose such verbs in one place support the same noun ("signed a dredging contract" /
 * "concluded a dredging contract") tell one act in two words, as two WordNet synonyms would
 * (fact-relation.ts). Other support verbs are left out: "reached a deal" may be agreed in
 * principle before it is "signed".
 */
export function compactVerbObjects(
  text: string,
  sequence: readonly UnitOccurrence[],
): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  sequence.forEach((unit, at) => {
    if (!unit.keys.some((key) => COMPACT_VERBS().has(key))) return;
    const noun = supportedNoun(text, sequence, at);
    const verb = unit.keys[0];
    const object = noun?.keys[0];
    if (verb !== undefined && object !== undefined && !found.has(verb)) found.set(verb, object);
  });
  return found;
}

/**
 * The support verbs of a passage whose object is `noun` (a fact term: "reached a settlement" →
 * "reach" for "settle"), as fact terms. Such a verb carries no meaning beyond its noun's act
 * (Jespersen's light verbs; Grimshaw & Mester 1988, "Light verbs and theta-marking": the noun
 * assigns the roles), so where that act is compared with another report's verb ("settled"),
 * the support verb is no word of its own (fact-relation.ts).
 */
export function supportVerbsOf(
  text: string,
  sequence: readonly UnitOccurrence[],
  noun: string,
): ReadonlySet<string> {
  const found = new Set<string>();
  sequence.forEach((unit, at) => {
    if (supportedNoun(text, sequence, at)?.keys.includes(noun) === true)
      for (const key of unit.keys) found.add(key);
  });
  return found;
}
