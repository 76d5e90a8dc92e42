/**
 * A participle written between a determiner and the noun it modifies: "the leaking wagon", "a
 * planned closure". An attributive participle is part of the noun phrase (Quirk et al. 1985,
 * "A Comprehensive Grammar of the English Language", §7.15 and §17.98ff on participles in noun
 * phrases; Huddleston & Pullum 2002, "The Cambridge Grammar of the English Language", ch. 14): it
 * says which thing is meant and takes what it tells as known, so it is no predication of its
 * clause. "The leaking wagon had come to rest at the foot of the embankment" reports where the
 * wagon came to rest, not that it leaked; a report that a wagon leaked is not told by it
 * (fact-acts.ts). The tagger reads such words so when it tags a sentence (fact-modifiers.ts
 * `describesNoun`), but an act of another report is looked for among all the words of this one:
 * their place decides here.
 */
import type { UnitOccurrence } from './fact-participants.js';
import { DETERMINERS } from '../../text/determiners.js';
import { anyOf } from '../../text/word-class.js';

/**
 * A determiner that opens a noun phrase (text/determiners.ts, with the quantifiers "each",
 * "every", "any" and "no"), right before the word. A possessive name ("Kelby's") is left out:
 * "the council's planned closure" is read as before.
 */
const DETERMINER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}’'-])(?:${anyOf([...DETERMINERS, 'each', 'every', 'any', 'no'])})\s+$`,
  'iu',
);

/** A present or a regular past participle ("leaking", "planned"), at least two letters before. */
const PARTICIPLE = /\p{L}{2}(?:ing|ed)$/iu;

/**
 * True when unit `index` of `source` is a participle right after a determiner and right before
 * another content word that is not one of the report's event words (`events`): a noun it
 * modifies ("the leaking wagon"), not the verb of the clause ("the bombing killed": "bombing" is
 * then the subject, a noun of the event).
 */
export function premodifyingParticiple(
  source: { text: string; sequence: readonly UnitOccurrence[] },
  index: number,
  events: ReadonlySet<string>,
): boolean {
  const { text, sequence } = source;
  const unit = sequence[index];
  const next = sequence[index + 1];
  if (unit === undefined || next === undefined || unit.name) return false;
  if (!PARTICIPLE.test(text.slice(unit.start, unit.end))) return false;
  if (
    !DETERMINER_BEFORE.test(text.slice(Math.max(0, unit.start - 8), unit.start)) &&
    !opensObjectOfVerb(source, index, events)
  )
    return false;
  return /^\s+$/.test(text.slice(unit.end, next.start)) && !next.keys.some((k) => events.has(k));
}

/**
 * True when unit `index` is an "-ing" form right after one of the report's event words (`events`)
 * in the past ("had ignored falling vaccination rates"): a plural or mass noun phrase needs no
 * determiner, and the verb's object opens with the participle modifying its noun (Quirk et al.
 * 1985, §17.98ff). A catenative verb ("kept falling", "started building homes") reads the same,
 * which may only keep an act from being found told, never find one.
 */
function opensObjectOfVerb(
  source: { text: string; sequence: readonly UnitOccurrence[] },
  index: number,
  events: ReadonlySet<string>,
): boolean {
  const { text, sequence } = source;
  const unit = sequence[index]!;
  const before = sequence[index - 1];
  return (
    /ing$/i.test(text.slice(unit.start, unit.end)) &&
    before !== undefined &&
    /ed$/i.test(text.slice(before.start, before.end)) &&
    /^\s+$/.test(text.slice(before.end, unit.start)) &&
    before.keys.some((k) => events.has(k))
  );
}
