/**
 * The payer of a sum told by "cost" as its indirect object: "A flat fee would have cost a
 * family of four staying a week £56" states what the family would pay. "X pays £N for Y" and
 * "Y costs X £N" are converses, two views of one commercial transaction: the buyer is the
 * subject of "pay" and "spend", the indirect object of "cost" (Fillmore 1977, "The case for
 * case reopened", the commercial-event frame; FrameNet's Commerce_pay and Expensiveness
 * frames name the same Buyer and Money). The noun "cost" names no payer ("insurers put the cost
 * of the night at $46m" is no payout): a determiner before it or "of" after it makes it a noun.
 *
 * A question that names its payer ("how much did the operation cost the army", "how much would
 * a family pay") is not answered by a sentence whose "cost" names another ("the operation cost
 * the council £1.2m", "the cost of the operation to the council"): the payer is a core element
 * of the frame, and the sum one payer bears says nothing of another's (FrameNet's Expensiveness
 * frame, its Payer; "cost" as a ditransitive verb, its indirect object before the sum as direct
 * object: Quirk et al. 1985, §10.24, §16.55; the noun's payer after "to": "the cost to the
 * taxpayer", Quirk et al. §17.37 on a noun's complement).
 */
import { DO_FORMS, MODALS } from '../text/auxiliaries.js';
import { DETERMINERS } from '../text/determiners.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';
import type { PassageWords } from './plan/asked-words.js';
import { NOUN_GROUP, NOUN_PERSON, usualNounFiles } from './usual-noun-files.js';
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

/** Most content words of the payer a question names after "cost" ("cost each small business"). */
const MAX_ASKED_PAYER_WORDS = 4;
/** Most words between the noun "cost" and the "to" of its payer: "the cost of the operation to". */
const MAX_NOUN_TO_WORDS = 5;

/** True when `word` (folded) is a preposition by the lexicon's usual tag ("in", "for", "to"). */
function isPreposition(word: string): boolean {
  const tag = lexiconTags(word)?.[0];
  return tag === 'IN' || tag === 'TO';
}

/**
 * The stems of the content words of the payer `question` names as the indirect object of "cost"
 * as a verb, the words after it up to a preposition ("how much did the operation cost the army
 * in 2025": army), or null when it names none ("how much will it cost", "what did it cost to
 * build"). The sum is the question's wh-phrase, so nothing stands after the payer.
 *
 * @example costPayerOf('how much did the bomb disposal operation cost the army') // Set { 'armi' }
 */
export function costPayerOf(question: string): ReadonlySet<string> | null {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token, i) => COST_FORMS().has(stem(token.word)) && i > 0);
  if (at < 0 || DETERMINER_SET.has(tokens[at - 1]!.word) || tokens[at + 1]?.word === 'of')
    return null;
  const payer = new Set<string>();
  for (const token of tokens.slice(at + 1)) {
    if (isPreposition(token.word) || payer.size >= MAX_ASKED_PAYER_WORDS) break;
    if (!isStopWord(token)) payer.add(stem(token.word));
  }
  return payer.size > 0 ? payer : null;
}

/**
 * True when `word` (folded) can name a payer: a noun by the lexicon's usual tag, or a word it
 * lacks (a name: "Westshire"); not an adjective or participle before the figure ("an estimated").
 */
function isNominal(word: string): boolean {
  const tag = lexiconTags(word)?.[0];
  return tag === undefined || tag.startsWith('NN');
}

/**
 * True when the last word of a payer phrase (`named`, word positions in `words`) can name a payer: a person or a
 * group by its usual WordNet file ("council", "taxpayers", "army"), or a word the dictionary
 * lacks (a name). FrameNet's Payer/Buyer is sentient; "the cost of its response to the Marren
 * flood" names what the response was to, an event, not who paid.
 */
function canPay(words: PassageWords, named: readonly number[]): boolean {
  const files = usualNounFiles(words.folded[named.at(-1)!]!);
  return files.length === 0 || files.includes(NOUN_PERSON) || files.includes(NOUN_GROUP);
}

/** True when `word` (folded) begins a figure: tokens drop the currency sign ("£1.2m" → "12"). */
function isFigure(word: string | undefined): boolean {
  return word !== undefined && /^\d/u.test(word);
}

/**
 * The positions of the content words of the noun phrase of `words` (a sentence's) from word `from` on, at most
 * {@link MAX_OBJECT_WORDS} words: as an indirect object (`beforeFigure`) it must run up to a
 * figure, the direct object ("the council" of "cost the council £1.2m"), and is null otherwise
 * ("cost an estimated £2m": no noun, {@link isNominal}; "cost millions of pounds": no figure
 * after it); as the
 * complement of "to" it runs to a figure, a preposition or the end. Null when it holds no
 * content word.
 */
function payerPhrase(words: PassageWords, from: number, beforeFigure: boolean): number[] | null {
  const { folded } = words;
  const content: number[] = [];
  const found = () => (content.length > 0 ? content : null);
  for (let at = from; at <= from + MAX_OBJECT_WORDS; at++) {
    const word = folded[at];
    if (word !== undefined && isFigure(word)) return found();
    if (word === undefined || isPreposition(word)) return beforeFigure ? null : found();
    if (!DETERMINER_SET.has(word) && !STOP_WORDS.has(word) && isNominal(word)) content.push(at);
  }
  return beforeFigure ? null : found();
}

/**
 * True when `words` (a sentence's) tell "cost" with a payer none of whose words is one of
 * `payer` (stems, {@link costPayerOf} or {@link payerOf}): as a verb, a noun phrase between it and
 * a figure ("cost the council £1.2m"); as a noun, a noun phrase after its "to" ("the cost of the
 * operation to the council"). A sentence with no payer ("cost £1.2m", "the cost of the work")
 * names no other.
 */
export function costsOtherPayer(words: PassageWords, payer: ReadonlySet<string>): boolean {
  const { stems, folded } = words;
  for (let at = 0; at < stems.length; at++) {
    if (!COST_FORMS().has(stems[at]!)) continue;
    let named: number[] | null = null;
    if (DETERMINER_SET.has(folded[at - 1] ?? '') || folded[at + 1] === 'of') {
      const to = folded.slice(at + 1, at + 2 + MAX_NOUN_TO_WORDS).indexOf('to');
      if (to >= 0) named = payerPhrase(words, at + 2 + to, false);
    } else named = payerPhrase(words, at + 1, true);
    if (named !== null && canPay(words, named) && !named.some((w) => payer.has(stems[w]!)))
      return true;
  }
  return false;
}
