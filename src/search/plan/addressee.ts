/**
 * Questions about the bot itself. A question's "you" is its hearer: asked in a chat, the bot
 * and the site it answers for. "Do you use cookies?", "are you a bot?", "what is your privacy
 * policy?" ask about that hearer, and the coverage reports on other people and things: a
 * passage that shares the question's words ("Cookies and cakes were sold at the hall") does
 * not answer it. Read by abstention (abstain.ts), which never answers such a question.
 *
 * Left alone, as requests about the coverage: "can/could/will/would you VERB" ("can you list
 * the costs"), and "do you VERB" or "are you ADJ" with a verb of knowing, finding or telling
 * ("do you know who won", "do you have anything on the flood", "are you aware of any
 * arrests"). A "you" in a later clause is generic ("what did the treasury take in if you leave
 * out loans") and left alone too.
 */

/**
 * Verbs and adjectives with which a question asks the hearer for what the coverage holds
 * rather than about the hearer: knowing, having, finding, seeing, telling, recalling, judging.
 */
const ASKS_FOR_COVERAGE = new Set([
  'know',
  'have',
  'got',
  'find',
  'see',
  'seen',
  'read',
  'hear',
  'heard',
  'recall',
  'remember',
  'mean',
  'think',
  'believe',
  'reckon',
  'say',
  'able',
  'aware',
  'sure',
  'familiar',
]);

/**
 * The hearer as the subject of the question's main clause: an auxiliary opening it (after a
 * wh-word and at most one more word, "how much do you…") and "you", then what follows (group
 * 1); or "your" after "what is" and the like, naming something of the hearer's (group 2).
 */
const HEARER_SUBJECT =
  /^\s*(?:(?:what|which|how|why|where|when|who)\s+(?:\p{L}+\s+)?)?(?:do|does|did|are|were|have|has)\s+(?:you|u)\b(.*)$|^\s*(?:what|which|how|who|where)(?:\s+is|\s+are|\s+was|['’]s)?\s+(your)\b/iu;

/** How many words after "you" may say the question asks for the coverage ("do you actually know"). */
const FRAME_REACH = 2;

/**
 * True when `question` asks about the bot or its site (see the top of this file).
 *
 * @example asksAboutBot('do you use cookies?') // true
 * @example asksAboutBot('do you know who won the vote?') // false
 */
export function asksAboutBot(question: string): boolean {
  const match = HEARER_SUBJECT.exec(question);
  if (match === null) return false;
  if (match[2] !== undefined) return true;
  const words = (match[1] ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  return !words.slice(0, FRAME_REACH).some((word) => ASKS_FOR_COVERAGE.has(word));
}
