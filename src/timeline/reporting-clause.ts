/**
 * A reporting clause after the clause it reports: "The unit will be led by Ann Pike, the health
 * trust announced on Monday", "…, said the trust on Monday". Set off by a comma at the end of the
 * sentence, it has its own subject and verb of saying (Quirk et al. 1985, 16.30ff on reporting
 * clauses in final position, with the subject before the verb or after it), and a date in it
 * dates the saying: that past verb governs it, whatever the tense of the reported clause before
 * the comma. Not a participle clause after a noun ("would receive a new bin, delivered in May":
 * participle-clause.ts), whose past form follows the comma with no subject between. After a
 * direct quotation the comma stands before its closing mark ("“We will open on Tuesday,” the
 * librarian said on Friday").
 */
import { SPEECH_VERBS } from './lexicon.js';

/** The speech verbs, as one alternation. */
const SAID = [...SPEECH_VERBS].join('|');

/**
 * A subject: a determiner or a capitalised word, then up to four more words ("the health trust",
 * "Dr Ann Pike", "its chief executive"), or a pronoun.
 */
const SUBJECT = String.raw`(?:(?:the|a|an|its|their|his|her|our|this)\s+|\p{Lu}[\p{L}.'’-]*\s+)(?:[\p{L}.'’-]+\s+){0,4}?|(?:he|she|they|it|we)\s+`;

/**
 * The text before a date ending in a reporting clause: a comma, then the subject and the verb
 * of saying, or the verb then the subject, then the date's preposition if any.
 */
const REPORTING_BEFORE = new RegExp(
  String.raw`,["”’]?\s+(?:(?:${SUBJECT})(?:${SAID})\s+|(?:${SAID})\s+(?:${SUBJECT}))(?:on\s+|in\s+|at\s+)?$`,
  'u',
);

/**
 * True when the date right after `before` (the sentence's text before it) stands in a reporting
 * clause set off at the end of its sentence (see the module note).
 */
export function inReportingClause(before: string): boolean {
  return REPORTING_BEFORE.test(before);
}
