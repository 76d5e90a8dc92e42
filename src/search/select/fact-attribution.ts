/**
 * Reported speech: who said something, and what they said. "Councillor Ana Ruiz, who voted
 * against the plan, said the audit was late" and "Councillor Ana Ruiz, who voted against the
 * plan, said the vote was rushed" share their framing, not their claim; "Interfax reported" and
 * "according to Russian media" frame the same claim differently. Two reports are one fact when
 * what they report is; the framing is set aside for that comparison (the speaker is still
 * compared as an actor, fact-values.ts).
 */

import { WEEKDAY_RE } from '../../text/months.js';
import { matchesOf } from '../../text/matches-of.js';

/** Verbs and phrases outlets swap freely when attributing a statement. */
export const ATTRIBUTION_WORDS: readonly string[] = [
  'say',
  'says',
  'said',
  'saying',
  'told',
  'tell',
  'tells',
  'state',
  'stated',
  'states',
  'announce',
  'announced',
  'announces',
  'report',
  'reported',
  'reports',
  'added',
  'adds',
  'noted',
  'notes',
  'according',
  'quote',
  'quoted',
  'quoting',
  'cite',
  'cited',
  'citing',
];

/** Verbs of saying, in the past or present. */
const SAYING_VERBS =
  'said|says|told|tells|stated|states|announced|announces|reported|reports|added|adds|noted|notes|wrote|writes|confirmed|confirms';
/**
 * What may follow a verb of saying as part of the frame: when it was said ("on Tuesday", "last
 * week", "yesterday": a weekday's name, not any word ending in "day", "said matchday tickets …"),
 * then "that". A time standing between the verb and the clause it reports
 * dates the saying, not what is reported ("confirmed last week that the price will rise": the
 * reporting clause's adjunct, Quirk et al. 1985, ch. 14 on the reporting clause); a possessive
 * ("said last year's figures …") opens the reported clause instead.
 */
const SAYING_TAIL = String.raw`(?:\s+(?:(?:on\s+)?${WEEKDAY_RE}|yesterday|today|(?:last|this|earlier\s+this)\s+(?:week|month|morning|afternoon|evening)|last\s+night|earlier)\b(?!['’]))?(?:\s+that\b)?`;
/** A verb of saying, in the past or present. */
const SAYING = new RegExp(String.raw`\b(?:${SAYING_VERBS})\b${SAYING_TAIL}`, 'giu');
/**
 * {@link SAYING} with the plural present ("…, campaigners say."), which names a holder
 * (fact-holders.ts) though the claim it frames is read without it.
 */
export const SAYING_OR_SAY = new RegExp(
  String.raw`\b(?:${SAYING_VERBS}|say)\b${SAYING_TAIL}`,
  'giu',
);
/** "according to the council", up to the end of its clause. */
export const ACCORDING = /\baccording to\b[^,;:.!?—–()]*/giu;
/** A speaker named after the verb, then the clause ends: "said Putin," / "said the ministry.". */
const INVERTED_SPEAKER =
  /^\s*(?:the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:[,.;!?]|$)/u;
/** Every framing above needs one of these. */
const MAYBE_FRAMED =
  /said|says|told|tells|stated|states|announce|report|added|adds|noted|notes|wrote|writes|confirm|according to/i;
/** A form of "be" right before a verb of saying: its passive ("is said to be"). */
const PASSIVE_BE = /\b(?:is|are|was|were|be|been|being)\s+$/i;
/**
 * The comma closing a quotation, then only its speaker up to the verb (no other quotation mark):
 * "“The board was late,” the harbour master ".
 */
const QUOTATION_THEN_SPEAKER = /,\s*["”’']\s*[^"“”‘]*$/u;
/**
 * What follows a verb of saying that ends the frame of a claim told before it: the end of its
 * clause, or a comma and a participle opening a clause of the speaker's further words ("…, the
 * company said, adding that no one had been hurt", "…, police said, saying …", "…, noting …").
 */
const PARTICIPLE_CLAUSE = /^\s*,\s*\p{Ll}+ing\b/u;
const CLOSES_CLAIM = new RegExp(String.raw`^\s*(?:[.;!?]|$)|${PARTICIPLE_CLAUSE.source}`, 'u');
/**
 * A supplementary relative clause opened after a comma and still open: "…, which the union ",
 * "…, who police ". A comma, a stop or a dash since the pronoun closes it ("Ana Ruiz, who opposed
 * it, said …" frames the sentence).
 */
const IN_SUPPLEMENTARY_RELATIVE = /,\s*(?:which|who|whom)\s+[^,;:.!?—–()"“”]*$/iu;
/** The most words a speaker (with what describes them) takes before or after the verb. */
export const MAX_FRAME_WORDS = 14;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * The passage with its attribution framing blanked out (each character replaced by a space, so
 * offsets stay those of `text`): "according to …" phrases, and a speaker with the verb of saying
 * that opens the sentence ("Ana Ruiz, the harbour master, said that …") or closes its last
 * clause ("…, Interfax reported Friday."). A passage that is all framing is returned as it is.
 */
export function claimOf(text: string): string {
  // Most sentences attribute nothing: one cheap test spares them the patterns.
  if (!MAYBE_FRAMED.test(text)) return text;
  let claim = text;
  const blank = (start: number, end: number) => {
    claim = claim.slice(0, start) + ' '.repeat(end - start) + claim.slice(end);
  };
  for (const m of matchesOf(text, ACCORDING)) blank(m.index, m.index + m[0].length);
  for (const m of matchesOf(claim, SAYING)) {
    const end = m.index + m[0].length;
    const before = claim.slice(0, m.index);
    const after = claim.slice(end);
    // "… was taken to hospital and is said to be stable": the passive of a verb of saying names
    // no speaker, and frames only what follows it, never the clause before.
    if (PASSIVE_BE.test(before)) continue;
    // "… a 3 per cent pay rise, which the union says falls short …": a verb of saying inside a
    // supplementary relative clause frames that clause's own proposition, not the sentence's
    // (Quirk et al. 1985, 17.22; Potts 2005, ch. 4: supplements are independent of what the
    // sentence asserts).
    if (IN_SUPPLEMENTARY_RELATIVE.test(before)) continue;
    // A quotation that opens the sentence is the claim; its speaker, the verb and what follows
    // (whom they told, where: "“…,” head coach Mara Lindqvist told reporters at the centre") are
    // the frame, however the speaker is described before the verb.
    const quoteEnd = before.search(QUOTATION_THEN_SPEAKER);
    if (
      quoteEnd >= 0 &&
      words(before.slice(0, quoteEnd)) >= 3 &&
      words(before.slice(quoteEnd)) <= MAX_FRAME_WORDS
    ) {
      blank(quoteEnd, claim.length);
      break;
    }
    // Right after the claim, the verb before its speaker: "“…,” said Putin, listing …", "…,
    // said the ministry." ("Ana Ruiz, who opposed it, said …" opens with its speaker instead.)
    const comma = before.search(/,\s*(?:["”’']\s*$|$)/);
    const quoted = /,\s*["”’']\s*$/.test(before);
    if (comma >= 0 && words(before) >= 3 && (quoted || INVERTED_SPEAKER.test(after))) {
      blank(comma, claim.length);
      break;
    }
    // Opening the sentence: "Putin said (that) …". A verb that ends its clause, or that a
    // participle's clause follows ("…, the agency said, adding that …"), closes a claim before
    // it instead: what a frame opens follows it at once.
    if (words(before) <= MAX_FRAME_WORDS && words(after) >= 3 && !CLOSES_CLAIM.test(after)) {
      blank(0, end);
      break;
    }
    // Closing it: "…, Interfax reported Friday." / "…," said Putin, listing …".
    // A participle's clause after the frame ("…, the agency said, adding that it could stay
    // shut") is a further statement of the speaker's, not part of the claim before the frame:
    // blanked with it, it does not count towards the frame's length.
    const clause = before.search(/[,;:—–]\s*["”’']?\s*[^,;:—–]*$/);
    const frameWords = words(claim.slice(clause, PARTICIPLE_CLAUSE.test(after) ? end : undefined));
    if (clause >= 0 && frameWords <= MAX_FRAME_WORDS + 3 && words(before.slice(0, clause)) >= 3) {
      blank(clause, claim.length);
      break;
    }
  }
  return words(claim) === 0 ? text : claim;
}
