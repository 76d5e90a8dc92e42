/**
 * "that" as a relative pronoun: "ready to receive the ice cores that reached port on Sunday". After
 * a noun, "that" opens a relative clause whose verb comes right after it, so the past form there
 * is the clause's finite verb, past, not an adjective of a noun phrase "that" opens as a
 * determiner ("repaired that damaged section": premodifier.ts reads a participle after a
 * determiner so). The noun is told by wink-nlp's tags in the sentence.
 */
import { isPastWord, wordMarker } from './tense-markers.js';
import { taggedWords } from './wink.js';

/**
 * The noun, the last "that", the past form and the words after it up to the date, in one clause.
 */
const RELATIVE_THAT =
  /(?<noun>[\p{L}'’-]+)\s+that\s+(?<verb>\p{Ll}+)(?<rest>(?:(?!\bthat\b)[^,;:—()])*)$/u;

/**
 * True when the date that `lead` (its sentence's text before it) leads up to lies in a relative
 * clause opened by "that" right after a noun, whose verb right after "that" is a past form, with
 * no other tense marker between it and the date ("the ice cores that reached port on").
 *
 * @param sentence the whole sentence (tagged whole, which tags better than a fragment)
 * @param lead the sentence's text before the date
 */
export function relativeThatPast(sentence: string, lead: string): boolean {
  const m = RELATIVE_THAT.exec(lead);
  if (!m?.groups) return false;
  const { noun, verb, rest } = m.groups as { noun: string; verb: string; rest: string };
  if (!isPastWord(verb)) return false;
  if ((rest.match(/[\p{L}'’-]+/gu) ?? []).some((w) => wordMarker(w) !== null)) return false;
  const at = m.index;
  const tagged = taggedWords(sentence).find((w) => w.start === at);
  return tagged !== undefined && tagged.value === noun && /^(?:NOUN|PROPN)$/u.test(tagged.tag);
}
