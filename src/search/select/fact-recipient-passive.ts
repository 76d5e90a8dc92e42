/**
 * The passive of a verb of giving or sending whose subject is the recipient ("Families at the
 * school were sent a letter"): a ditransitive verb's indirect object may become the passive's
 * subject while its direct object stays after the verb (Quirk et al. 1985, §10.25ff and §16.55ff;
 * Huddleston & Pullum 2002, ch. 16 §10.3: "The families were sent a letter" = someone sent the
 * families a letter). A passive with nothing after the verb has the thing sent as its subject
 * ("letters warning parents were sent too late": the letters went), as has one followed only by
 * an adverbial ("letters were sent 10 days late": "10 days" measures the lateness). So one passive of one verb
 * may have subjects in two roles: "X were sent …" tells what X received, which a report that
 * never names X does not tell. Two such reports are one fact only when the report whose subject
 * is the thing sent names the recipient too ("Letters were sent to every parent" / "Every parent
 * was sent a letter").
 *
 * A verb of giving is one with WordNet's frame 15 ("Somebody ----s something to somebody",
 * wninput(5WN)) among its most frequent senses: "send", "give", "award", "pay", "offer", "show",
 * not "name", "call" or "elect", whose noun phrase after the passive ("was named the winner") is
 * a complement of the subject, the subject being what was named.
 */
import { PASSIVE_AUXILIARIES } from '../../text/auxiliaries.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';
import { lemmasOf, verbSynsets } from '../../timeline/synonymous-acts.js';
import { patientOf, type PatientSource } from './fact-patients.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';
import { UNIT_NAMES } from './fact-lengths.js';

/** WordNet's frame "Somebody ----s something to somebody" (wninput(5WN)): the dative verbs. */
const TO_SOMEBODY_FRAME = 15;

/** A passive auxiliary right before the participle ("were sent", "was quickly given"). */
const PASSIVE_BEFORE = new RegExp(
  `\\b(?:${anyOf(PASSIVE_AUXILIARIES)})\\s+(?:\\p{L}+ly\\s+)?$`,
  'iu',
);

/** Nouns of a unit or a part of time, which after a determiner or a cardinal name a time. */
const TIME_NOUN = String.raw`(?:${UNIT_NAMES}|morning|afternoon|evening|night|weekend)s?`;

/**
 * A noun phrase right after the participle, opened by an article, a possessive or a cardinal: the
 * retained direct object ("were sent a letter", "was given £500"). Not a demonstrative nor a noun
 * of time after "the" ("were sent this week", "sent the same day"): a time, no object. Nor a
 * cardinal counting units of time ("were sent 10 days late", "sent 2 weeks after"): a measure
 * phrase, an adjunct of time or a modifier of the adverb after it (Quirk et al. 1985, §7.87 and
 * §8.55ff on measure phrases and adjuncts of duration), no object.
 */
const RETAINED_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:${anyOf([...ARTICLES, ...POSSESSIVE_DETERMINERS])})\s+(?!(?:same|following|next|previous|${TIME_NOUN})\b)\p{L}|[£$€]\d|\d[\d.,]*(?![\d.,]|\s+${TIME_NOUN}\b))`,
  'iu',
);

/** Per verb form, whether it is of a verb of giving ({@link TO_SOMEBODY_FRAME}). */
const givingForms = new Map<string, boolean>();

function ofGiving(form: string): boolean {
  let known = givingForms.get(form);
  if (known === undefined) {
    known = lemmasOf(form).some((lemma) =>
      verbSynsets(lemma).some((synset) => synset.frames.includes(TO_SOMEBODY_FRAME)),
    );
    givingForms.set(form, known);
  }
  return known;
}

/** How the act at offset `at` of a report stands: a passive, and whose subject is the recipient. */
function voiceAt(source: PatientSource, at: number): 'recipient' | 'thing' | null {
  const unit = source.sequence.find((u) => u.start === at);
  if (unit === undefined) return null;
  const { text } = source;
  if (!PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return null;
  const form = text.slice(unit.start, unit.end).toLowerCase();
  if (!ofGiving(form)) return null;
  return RETAINED_OBJECT.test(text.slice(unit.end)) ? 'recipient' : 'thing';
}

/**
 * True when one report tells its act (at `atA` of `a`, `atB` of `b`: one act read in both,
 * fact-acts.ts) as a verb of giving's passive with the recipient as subject, the other as its
 * passive with the thing given as subject, and that other names the recipient nowhere: no word
 * of the recipient's noun phrase (fact-patients.ts `patientOf` reads the passive's subject) is a
 * term of it or a WordNet synonym of one (`synonymous`). False when either act is read otherwise,
 * or no recipient is read.
 */
export function recipientSubjectApart(
  a: PatientSource,
  atA: number,
  b: PatientSource,
  atB: number,
  synonymous: SynonymousTerms,
): boolean {
  const roles = [voiceAt(a, atA), voiceAt(b, atB)];
  if (roles[0] === null || roles[1] === null || roles[0] === roles[1]) return false;
  const [recipient, at, other, same]: [PatientSource, number, PatientSource, SynonymousTerms] =
    roles[0] === 'recipient'
      ? [a, atA, b, synonymous]
      : [b, atB, a, (x: string, y: string) => synonymous(y, x)];
  const keys = patientOf(recipient, at)
    .flat()
    .flatMap((unit) => unit.keys);
  if (keys.length === 0) return false;
  return !keys.some(
    (key) => other.terms.has(key) || [...other.terms.keys()].some((term) => same(key, term)),
  );
}
