/**
 * The price paid for something. To pay for a thing is to buy it: "how much is Drayne paying for
 * Pellow" asks what "Drayne has agreed to buy Pellow … for £90m" says, the sum of the sale. News
 * writing states that sum after "for" ("buy X for £90m", "sold for $4m", "paid $7.2m for
 * Alaska"); a sum paid to someone ("pay Pellow a break fee of £2m") is another payment, not the
 * price of what was bought.
 */
import { stem, tokenize, type Token } from '../../text/terms.js';
import { holdsDimension } from './quantity.js';
import { verbFormStems } from '../verb-forms.js';
import { matchesOf } from '../../text/matches-of.js';

/** Forms of "pay" a question asks the price with ("paying for", "paid for"). */
const PAY = new Set(['pay', 'pays', 'paid', 'paying']);

/** Words read after "pay" for its "for" ("pay for", "pay Russia for", "paying the club for"). */
const FOR_WITHIN = 4;

/**
 * The index terms of the verbs of buying, which a passage giving a price paid writes where the
 * question says "pay for": "buy" and its past, "purchase", "acquire".
 */
export const BUYING_TERMS: readonly string[] = ['buy', 'bought', 'purchase', 'acquire'].map(
  (word) => stem(word),
);

/**
 * True when token `i` of `tokens` is a form of "pay" with a "for" within {@link FOR_WITHIN}
 * words after it: the question asks the price paid for something.
 */
export function paysFor(tokens: readonly Token[], i: number): boolean {
  return PAY.has(tokens[i]?.word ?? '') && forAfter(tokens, i);
}

/** True when "for" stands within {@link FOR_WITHIN} words after token `i` of `tokens`. */
function forAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + FOR_WITHIN && j < tokens.length; j++)
    if (tokens[j]!.word === 'for') return true;
  return false;
}

/**
 * The stems of every form of the verbs of a sale ("sell", "sold", "buy", "bought", "purchase"):
 * "how much did they sell the book for" asks the price as "how much did they pay for it" does,
 * from the seller's side.
 */
const saleStems = verbFormStems(['sell', 'buy', 'purchase']);

/**
 * True when token `i` of `tokens` is a form of a verb of a sale with a "for" within
 * {@link FOR_WITHIN} words after it ("sell the recipe book for", "was bought for").
 */
function salesFor(tokens: readonly Token[], i: number): boolean {
  return saleStems().has(stem(tokens[i]?.word ?? '')) && forAfter(tokens, i);
}

/**
 * True when `question` asks the price paid for something: {@link paysFor}, or a verb of a sale
 * with its "for" ({@link salesFor}), at one of its words.
 */
export function asksPricePaid(question: string): boolean {
  const tokens = tokenize(question);
  return tokens.some((_, i) => paysFor(tokens, i) || salesFor(tokens, i));
}

/** "for", perhaps an approximation, then the words read for a sum ("for about £90m in cash"). */
const FOR_SUM =
  /\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under)\s+)?((?:\S+\s+){0,2}\S+)/giu;

/**
 * True when `text` states a sum of money in the three words right after "for" (an approximation
 * aside): the price of what is bought or sold, not a fee or a fine paid to someone.
 *
 * @example statesPricePaid('Drayne agreed to buy Pellow for £90m in cash.') // true
 * @example statesPricePaid('Drayne will pay Pellow a break fee of £2m.') // false
 */
export function statesPricePaid(text: string): boolean {
  for (const match of matchesOf(text, FOR_SUM))
    if (holdsDimension(match[1] ?? '', 'money')) return true;
  return false;
}
