/**
 * The payer of a sum told by "cost" as its indirect object: "A flat fee would have cost a
 * family of four staying a week £56" states what the family would pay. "X pays £N for Y" and
 * "Y costs X £N" are converses, two views of one commercial transaction: the buyer is the
 * subject of "pay" and "spend", the indirect object of "cost" (Fillmore 1977, "The case for
 * case reopened", the commercial-event frame; FrameNet's Commerce_pay and Expensiveness
 * frames name the same Buyer and Money). The noun "cost" names no payer ("insurers put the cost
 * of the night at $46m" is no payout): a determiner before it or "of" after it makes it a noun.
 */
import { DO_FORMS, MODALS } from '../text/auxiliaries.js';
import { DETERMINERS } from '../text/determiners.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import type { PassageWords } from './plan/asked-words.js';
import { verbFormStems } from './verb-forms.js';

/** The buyer's verbs, whose subject pays (Commerce_pay, Expend_resource). */
const BUYER_VERBS = verbFormStems(['pay', 'spend']);
/** The verb whose indirect object is the buyer (Expensiveness). */
const COST_FORMS = verbFormStems(['cost']);
/** Auxiliaries fronted before the subject of "how much would X pay". */
const FRONTED = new Set([...DO_FORMS, ...MODALS]);
const DETERMINER_SET = new Set(DETERMINERS);
/** Most words between "cost" and the payer's word: "cost a family", "cost each small business". */
const MAX_OBJECT_WORDS = 3;

/**
 * The stems of the content words of the subject of a buyer's verb in `question` ("how much
 * would a family of four pay": family, four), or null when the question asks no buyer's outlay
 * so ("how much was paid": no subject).
 *
 * @example payerOf('how much would a family of four pay in a week') // Set { 'famili', 'four' }
 */
export function payerOf(question: string): ReadonlySet<string> | null {
  const tokens = tokenize(question);
  const much = tokens.findIndex((token) => token.word === 'much');
  if (much < 0 || !FRONTED.has(tokens[much + 1]?.word ?? '')) return null;
  const payer = new Set<string>();
  for (let at = much + 2; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (BUYER_VERBS().has(stem(token.word))) return payer.size > 0 ? payer : null;
    if (!isStopWord(token)) payer.add(stem(token.word));
  }
  return null;
}

/**
 * True when `words` (a sentence's) tell "cost" as a verb whose object, within a few words,
 * holds a word of `payer` (stems, {@link payerOf}).
 */
export function costsPayer(words: PassageWords, payer: ReadonlySet<string>): boolean {
  const { stems, folded } = words;
  for (let at = 0; at < stems.length; at++) {
    if (!COST_FORMS().has(stems[at]!)) continue;
    if (DETERMINER_SET.has(folded[at - 1] ?? '') || folded[at + 1] === 'of') continue;
    const object = stems.slice(at + 1, at + 1 + MAX_OBJECT_WORDS);
    if (object.some((term) => payer.has(term))) return true;
  }
  return false;
}
