/**
 * A "who" (or "whom", "whose") right after a noun opens a relative clause: "what did the guys
 * who tried to break in have with them" asks what they had, and "who tried to break in" only
 * says which guys. A relative pronoun follows the noun it modifies, after a comma when the clause
 * adds to a name ("Putin, who …"); an interrogative "who" opens the question or follows a verb or
 * a preposition ("do they know who started it", "about who"). Read by plan/answer-type.ts, whose
 * wh-phrase must be an interrogative one to say what is asked.
 */
import { isUsuallyNoun } from '../../text/nouns.js';
import { tokenize } from '../../text/terms.js';

/** The pronoun "those" heads a relative clause as a noun does ("those who were injured"). */
const PRONOUN_HEADS = new Set(['those']);

/** Of "who", "whom", "whose": a relative pronoun here may modify the word before it. */
const RELATIVE_WH = /^wh(?:o|om|ose)\b/iu;

/**
 * True when the wh-word at `offset` of `question` is a relative pronoun: "who", "whom" or
 * "whose" after a comma, or right after a word that is usually a noun (text/nouns.ts: "guys",
 * "police") or "those". Cuts the question into words only when a pronoun stands there.
 *
 * @example opensRelativeClause('what did the guys who tried to break in have', 18) // true
 */
export function opensRelativeClause(question: string, offset: number): boolean {
  if (!RELATIVE_WH.test(question.slice(offset))) return false;
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => token.start === offset);
  if (at <= 0) return false;
  const before = tokens[at - 1]!;
  if (question.slice(before.end, offset).includes(',')) return true;
  return PRONOUN_HEADS.has(before.word) || isUsuallyNoun(before.word);
}
