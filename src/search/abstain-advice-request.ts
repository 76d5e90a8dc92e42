/**
 * A hard gate of abstention (abstain.ts): a request that the bot recommend something
 * ("recommend a good pizza place", "can you suggest a film for tonight", "which café would you
 * recommend?") asks for the hearer's own judgement, not for what the coverage says. It is a
 * directive whose content is the hearer's advising (Searle 1976, "A classification of
 * illocutionary acts", Language in Society 5: advise, recommend and suggest among the
 * directives), and the bot quotes the coverage and judges nothing of its own: a passage holding
 * the verb's noun ("the health board accepted all 12 recommendations") tells what someone else
 * recommended, which is no answer to a request for the bot's advice.
 *
 * Read as such a request: the question opens, after at most a polite frame
 * (abstain-composition-request.ts `POLITE_FRAME`), with "recommend" or "suggest" in the base form
 * followed by an optional "me"/"us" and a determiner opening its object ("a", "an", "some",
 * "any", "the best"), or asks "you" to recommend ("what would you recommend", "which X do you
 * suggest"). "What did the review recommend?", "who suggested the levy?" and "recommendations of
 * the review" report someone else's advice and are not read, nor is a request to suggest pieces
 * of the coverage ("can you suggest any articles about the bloom"), which the bot answers.
 */
import type { AbstentionInput } from './abstain-features.js';
import { POLITE_FRAME } from './abstain-composition-request.js';
import { SOURCE_NOUNS } from './plan/source-match.js';

/** Verbs of advising among Searle's (1976) directives, in their base form. */
const ADVISING_VERBS = String.raw`recommend|suggest`;

/** The imperative: "recommend (me) a/an/some/any/the best …". */
const IMPERATIVE = new RegExp(
  String.raw`^\W*${POLITE_FRAME}(?:${ADVISING_VERBS})\s+(?:(?:me|us)\s+)?(?:a|an|some|any|the\s+best)\b`,
  'iu',
);

/**
 * The hearer as the adviser, asked at the question's start: "(what/which X) would/do/can/could
 * you recommend/suggest …", not a question reporting such words ("did the minister say would you
 * recommend it").
 */
const HEARER_ADVISES = new RegExp(
  String.raw`^\W*${POLITE_FRAME}(?:(?:what|which|where|who)\b[^?.!]{0,40}?\s)?(?:would|do|can|could|will|should)\s+(?:you|u)\s+(?:${ADVISING_VERBS})\b`,
  'iu',
);

/**
 * What follows the advising verb, up to five words: a request to suggest the coverage's own
 * pieces ("can you suggest any articles about the bloom", "recommend some coverage of the
 * fine") asks the bot to find coverage, which it does, not for its judgement.
 */
const ADVISED_THING = new RegExp(
  String.raw`\b(?:${ADVISING_VERBS})\b((?:\s+[\p{L}'’-]+){0,5})`,
  'iu',
);
const COVERAGE_WORDS: ReadonlySet<string> = new Set([
  ...SOURCE_NOUNS,
  'coverage',
  'source',
  'reading',
]);

/** True when the thing advised is a piece of the coverage ({@link ADVISED_THING}). */
function asksForCoverage(text: string): boolean {
  const words = ADVISED_THING.exec(text)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
  return words.some(
    (word) => COVERAGE_WORDS.has(word) || COVERAGE_WORDS.has(word.replace(/s$/u, '')),
  );
}

/**
 * True when `question` asks the bot for its own recommendation (see the file header).
 *
 * @example
 * isAdviceRequest('recommend a good pizza place') // true
 * isAdviceRequest('what did the review recommend?') // false
 */
export function isAdviceRequest(question: string): boolean {
  const text = question.trim();
  return (IMPERATIVE.test(text) || HEARER_ADVISES.test(text)) && !asksForCoverage(text);
}

/**
 * False when the question asks the bot for its own recommendation ({@link isAdviceRequest}):
 * no passage answers it, whatever its words share. Undefined otherwise.
 */
export function adviceRequestHeld(input: AbstentionInput): boolean | undefined {
  return isAdviceRequest(input.plan.question) ? false : undefined;
}
