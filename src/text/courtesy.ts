/**
 * Chat courtesy in a question ("what did the board announce? thanks", "thank you in advance"):
 * words said to whoever answers, not about what is asked, so a question is read without them.
 *
 * Only where they stand outside the question's clause: "thank you" (or "thank u") anywhere, as
 * a question never asks about someone thanking its reader; "thanks" ("thx", "thanx", "many
 * thanks") at the start of the question or of a clause, or at its end, set off by punctuation
 * or the question's own edge. The verb stays content: "who did the board thank?", "who
 * thanks the rangers in the release?", as does "thanks to" (because of).
 */

/** What may follow a thank-you: "so much", "a lot", "in advance", "again". */
const INTENSIFIER = String.raw`(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance|\s+again)?`;

/** "thank you" / "thank u" / "thank ya", anywhere. */
const THANK_YOU = new RegExp(String.raw`\bthank\s+(?:you|u|ya)\b${INTENSIFIER}`, 'giu');

/** "thanks" and its chat spellings, with what may follow it. */
const THANKS = String.raw`\b(?:many\s+)?(?:thanks|thanx|thx)${INTENSIFIER}`;
/** The start of the text or of a clause: its edge, or punctuation and space. */
const CLAUSE_START = String.raw`(?<=^\s*|[,.!?;:()\u2013\u2014-]\s*)`;
/** The end of the text or of a clause. */
const CLAUSE_END = String.raw`(?=\s*(?:[,.!?;:()\u2013\u2014-]|$))`;
/** "thanks" at a clause's start (not "thanks to") or at its end. */
const THANKS_APART = new RegExp(
  String.raw`${CLAUSE_START}${THANKS}(?!\s+to\b)|${THANKS}${CLAUSE_END}`,
  'giu',
);

/**
 * `question` with its courtesy phrases (see the file header) replaced by a space, the rest as
 * written.
 *
 * @example
 * withoutCourtesy('who did the board thank? thanks!') // 'who did the board thank?  !'
 * withoutCourtesy('thank you, what was the fee') // ' , what was the fee'
 */
export function withoutCourtesy(question: string): string {
  return question.replace(THANK_YOU, ' ').replace(THANKS_APART, ' ');
}
