/**
 * A hard gate of abstention (abstain.ts): a question for a sum of money ("how much do the
 * dockers earn a year", "how much compensation did the fishers get", "what did the canal cost")
 * is answered only by a passage that states a sum of what it asks: a money figure beside the
 * word that names that sum. "Dockers at Portmere began an overtime ban" says much of the
 * dockers and nothing of their pay; "Insurers estimated the damage at $46 million" gives a
 * sum, but of the damage, not of what insurers paid out. When no sentence the ranking's
 * candidates are read in holds a money figure (beyond the question's own words; for "how much
 * more" and "how much of", a share too: plan/quantity.ts `asksDifference`) with a form of the sum's word in it or
 * in the sentence it leans on, the reply is a refusal, whatever the classifier's probability.
 *
 * The sum's word ({@link sumWord}) is the noun the question asks the amount of ("how much
 * compensation", "what was the total cost"), or else its verb of paying or costing ("cost",
 * "pay", "earn", "spend", "charge"), or else a noun of money it uses as a verb ("fined"): what
 * the figure must be said to be; for a kind of sum WordNet files (plan/sum-kinds.ts), a name
 * of the class above it says it too ("penalty" for a fine). Its forms are those
 * the engine links to it (abstain-asked-thing.ts `conceptForms`: the word, an inflection, a
 * WordNet synonym or derived form), so "earnings" answers "earn" and "paid" answers "pay".
 * A question whose money word is only "money" or "much" ("how much money did they raise")
 * needs a money figure alone. A price or a cost is paid, spent or put to the thing by its
 * buyer, so any verb of paying for it names it, as it names an outlay asked by one of them
 * (money-verbs.ts `EXPENDITURE_VERBS`): "how much will the drainage cost" is answered by "the
 * council will spend $2m on new drainage"; "how much did insurers pay out" is not answered by
 * a cost ("insurers put the cost of the night at $46m").
 *
 * A price ("the sale price") is named too by a sum stated after "for" (plan/price-paid.ts
 * `statesPricePaid`: "sold … for £2.4m").
 *
 * A question that qualifies what the sum is of by a proper word ("how much did the Erie Canal
 * cost") is answered only by a figure in a sentence naming that word, or beside one that does or
 * leaning on one, or in an article whose metadata names it: "the Panama Canal cost $375 million"
 * states another canal's cost ({@link askedQualifierForms}).
 *
 * A sum asked as what someone receives ("how much compensation do businesses get") is named by
 * any verb of receiving or of being given it ({@link RECEIVING_VERBS}): "Businesses will receive
 * £150 each" says what they get, which is the compensation asked; the question's other words
 * ("businesses") must still stand beside the figure.
 *
 * The price paid for something ("how much is X paying for Y", "how much did they sell the book
 * for": plan/price-paid.ts) is asked by the sale's verb, and the passage that gives it says "buy"
 * where the question says "pay": any money figure beside what was bought or sold answers it
 * (the value of its kind), and a passage that tells of the sale with no sum does not ("the
 * stolen book would be almost impossible to sell"). Left alone: a question for another
 * dimension.
 */
import type { AbstentionInput } from './abstain-features.js';
import {
  candidateContext,
  conceptsBesides,
  focusHeadWord,
  holdsOwnConcept,
  neighbourhood,
} from './abstain-features.js';
import { conceptForms, holdsPhrase, oneWordForms } from './abstain-asked-thing.js';
import { holdsConceptAt } from './abstain-said-topic.js';
import { askedQualifierOf, capitalised } from './abstain-other-qualifier.js';
import { asksWordsAbout } from './abstain-said-about.js';
import type { AnswerType } from './plan/answer-type.js';
import { withoutAskedWords } from './plan/asked-words.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { ARTICLES, DEMONSTRATIVES } from '../text/determiners.js';
import {
  askedDimension,
  holdsDimension,
  isConvertedMoneyVerb,
  moneyNounIn,
} from './plan/quantity.js';
import { statesPricePaid } from './plan/price-paid.js';
import { sumActsOf, sumKindsOf } from './plan/sum-kinds.js';
import { keptIn } from '../text/bounded-memo.js';
import { isStopWord, stem, termsOf, tokenize } from '../text/terms.js';
import { EXPENDITURE_VERBS, moneyVerbsOf, moneyVerbTest } from './money-verbs.js';
import { verbFormStems } from './verb-forms.js';
import { costPayerOf, costsOtherPayer, costsPayer, payerOf } from './cost-payer.js';

/**
 * Verbs whose object or measure is a sum of money (money-verbs.ts): to cost, to pay, to spend, to
 * earn, to charge, to borrow, to lend, to owe, in any form. quantity.ts reads the first three as
 * asking for money; "how much do dockers earn", "how much does the ferry charge" ask for it as
 * surely. The first in the question is the one "how much" asks the object of ("how much was
 * congress ok with borrowing to pay the claims": borrowing). Of the verbs that put a sum to a
 * purpose only "spend" is read, as before the list was shared.
 */
const isMoneyVerb = moneyVerbTest([...moneyVerbsOf('price', 'outlay', 'income', 'debt'), 'spend']);

/** The stems of every form of the verbs of paying for a thing (money-verbs.ts EXPENDITURE_VERBS). */
const expenditureStems = verbFormStems(EXPENDITURE_VERBS);

/** The words a thing's price is asked by, which what is paid or spent on it states: "cost", "price". */
const PRICE_WORDS = verbFormStems(['cost', 'price']);

/**
 * True when the verb of paying or spending `verb` (a stem) is followed in `question` by "on" or
 * "for" and the thing the outlay goes to ("how much was spent on new servers"): a sum spent on a
 * thing is what the thing cost its buyer (FrameNet's Expend_resource and Expensiveness frames
 * name the same money, money-verbs.ts `EXPENDITURE_VERBS`), so "the servers cost £2m" states it. A payer's outlay with no thing
 * ("how much did insurers pay out") is no thing's cost.
 */
function outlayOnThing(question: string, verb: string): boolean {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => stem(token.word) === verb);
  return at >= 0 && tokens.slice(at + 1).some((token) => OUTLAY_GOAL.has(token.word));
}

/** The prepositions that take the thing an outlay goes to: "spent on", "paid for". */
const OUTLAY_GOAL = new Set(['on', 'for']);

/**
 * Verbs of receiving a thing or of being given it, by lemma (FrameNet's Receiving and Giving
 * frames: "receive", "get", "obtain"; "award", "give", "grant" in the passive, "were awarded
 * £2m"). A question asking a sum by one of them asks what its subject receives, and a passage
 * telling the subject receive a sum by any of them states that sum, whatever noun the question
 * gives it ("compensation", "funding", "a grant").
 */
const RECEIVING_VERBS = ['receive', 'get', 'obtain', 'award', 'give', 'grant'];
const receivingStems = verbFormStems(RECEIVING_VERBS);

/** True when `terms` (a concept's own index terms) are a single form of a verb of receiving. */
function namesReceiving(terms: readonly string[]): boolean {
  return terms.length === 1 && receivingStems().has(terms[0]!);
}

/**
 * Nouns naming a sum of money that quantity.ts does not read as asking for money (it reads
 * "cost", "price", "salary", "fee", "budget", "revenue"…): "how much compensation", "how much
 * funding", "how much extra money"; and the currencies a question may ask the sum in ("in
 * dollars").
 */
const MONEY_NOUN =
  /^(?:money|cash|compensation|funding|funds|income|earnings|profits?|rent|rents|taxe?s?|dollars|pounds|euros)$/u;

/**
 * Nouns that say only that an amount of money is asked ("how much money", "what amount"): the
 * figure is the answer whatever it is said to be.
 */
const AMOUNT_WORDS = new Set(['money', 'amount', 'sum', 'figure', 'total', 'cash', 'much']);

/**
 * The stem of the word naming the sum `question` asks (see the top of this file), or null when
 * only a money figure is asked ({@link AMOUNT_WORDS}, or no noun or verb of money).
 *
 * @example sumWord('how much do Portmere dockers earn a year?') // 'earn'
 * @example sumWord('how much compensation did the fishers get') // 'compens'
 */
export function sumWord(question: string): string | null {
  const head = focusHeadWord(question);
  // The focus phrase runs to the first function word ("how much of the money congress gave"):
  // its last word names the sum only when it is a noun of money.
  if (head !== null && (MONEY_NOUN.test(head) || askedDimension(head) === 'money'))
    return AMOUNT_WORDS.has(head) ? null : stem(head);
  const verb = tokenize(question).find((token) => isMoneyVerb(token.word));
  if (verb !== undefined) return stem(verb.word);
  // A noun of money used as a verb ("how much was the organiser fined", "taxed") names the sum
  // its noun does (conversion: Quirk et al. 1985, App. I.43): a fine is asked, not any sum.
  const noun = moneyNounIn(question);
  return noun === undefined || AMOUNT_WORDS.has(noun) ? null : stem(noun);
}

/**
 * {@link sumWord}, with `noun` the question's noun of money it is the stem of, as written
 * (plan/quantity.ts `moneyNounIn`: "fine", "fined"), when it is one; null when it asks none.
 */
function sumWordOf(question: string): { word: string; noun?: string } | null {
  const word = sumWord(question);
  if (word === null) return null;
  const noun = moneyNounIn(question);
  return noun !== undefined && stem(noun) === word ? { word, noun } : { word };
}

/**
 * The names, as phrases of index terms, of the kind of sum `noun` (a noun of money, or a verb
 * made of one) names and of the class just above it, as WordNet files them (plan/sum-kinds.ts
 * `sumKindsOf`): "a penalty of £5,000" states the fine asked.
 */
function kindNames(noun: string): string[][] {
  const { own, above } = sumKindsOf(noun);
  return [...own, ...above].map((lemma) => termsOf(lemma));
}

/** The names of a kind of sum and the forms of the acts that make it, as phrases of index terms. */
interface SumNames {
  /** {@link kindNames}. */
  kinds: readonly string[][];
  /** The stems of every form of the verbs of plan/sum-kinds.ts `sumActsOf`, each a phrase of one term; none when `kinds` is empty. */
  acts: readonly string[][];
}

/**
 * Nouns of money whose {@link SumNames} are kept, at most. They depend on the noun and WordNet
 * alone, and reading them walks WordNet's senses and its whole verb exception list (a
 * `verbFormStems` of the acts: some 3,600 pairs, and a new array per pair): read per ask, 13% of
 * the CPU of a question for a price on the bundled corpus (its CPU profile, session 55).
 */
const MAX_KEPT_SUM_NOUNS = 1_000;
const NO_SUM_NAMES: SumNames = { kinds: [], acts: [] };
const keptSumNames = new Map<string, SumNames>();

/** {@link SumNames} of `noun` (a noun of money, or a verb made of one, folded), kept. */
function sumNamesOf(noun: string): SumNames {
  return keptIn(keptSumNames, noun, MAX_KEPT_SUM_NOUNS, readSumNames);
}

function readSumNames(noun: string): SumNames {
  const kinds = kindNames(noun);
  // …and so does the act its definition makes it by ("ransom": money demanded for a return):
  // "the hackers had demanded £2.4m" states the ransom (plan/sum-kinds.ts `sumActsOf`).
  const acts =
    kinds.length === 0 ? [] : [...verbFormStems(sumActsOf(noun))()].map((term) => [term]);
  return { kinds, acts };
}

/** "How much" as the question's wh-phrase: it asks an amount, of money when a money verb says so. */
const HOW_MUCH = /^\s*how\s+much\b/iu;
/** "How much of" a whole: a part of it, told as a share or as a sum. */
const HOW_MUCH_OF = /\bhow\s+much\s+of\b/iu;

/**
 * True when `question`, of answer type `type` (plan/answer-type.ts `answerTypeOf`), asks for a
 * sum of money: a number in the dimension of money, or "how much" with a verb or a noun of
 * money ({@link isMoneyVerb}, {@link MONEY_NOUN}); not the price paid for something, nor a
 * speaker's words on a topic ("what did the councillor say about delays costing the island":
 * abstain-said-about.ts), which a quotation answers.
 */
export function asksSum(question: string, type: AnswerType | null): type is AnswerType {
  if (type?.name !== 'number' || type.pricePaid === true) return false;
  if (asksWordsAbout(question)) return false;
  if (type.dimension === 'money') return true;
  return (
    type.dimension === undefined &&
    HOW_MUCH.test(question) &&
    tokenize(question).some(
      (token) =>
        isMoneyVerb(token.word) || MONEY_NOUN.test(token.word) || isConvertedMoneyVerb(token.word),
    )
  );
}

/**
 * Whether the candidates state a sum of what a question for a sum of money asks: undefined when
 * it asks none ({@link asksSum}, or the price paid for something: plan/answer-type.ts
 * `pricePaid`); else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds a money figure beyond the question's words (or a share, when it
 * asks how much more or how much of a sum) and a form of the sum's word ({@link sumWord}; none for a price paid) is
 * in it or in the sentence it leans on, and one of the question's other words, and the proper
 * word qualifying what the sum is of when the question has one ({@link askedQualifierForms}).
 * Costs one pass
 * over those sentences' text for a figure, and a reading of the words of those holding one.
 */
export function askedSumHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const type = plan.answerType;
  // The price paid for a thing is asked by the sale's verb, which a passage giving it need not
  // repeat ("how much is Drayne paying" met by "agreed to buy Pellow for £90m"): any sum of
  // money beside what was bought or sold answers it, and a passage with none does not.
  const paid = type?.name === 'number' && type.pricePaid === true;
  if (type === null || (!paid && !asksSum(plan.question, type))) return undefined;
  const asked = paid ? null : sumWordOf(plan.question);
  const word = asked?.word ?? null;
  // A price, a cost or an outlay is named by any verb of paying for the thing
  // (money-verbs.ts EXPENDITURE_VERBS): "what will it cost" by "will spend $2m on it".
  // A sum asked as what someone receives is named by any verb of receiving it.
  const received = tokenize(plan.question).some((token) => receivingStems().has(stem(token.word)));
  // A sum's word that names a kind of sum WordNet files is read as that noun: its kind's names
  // and the class above say it ("penalty" for "fined"), the synonyms of the verb made from it
  // do not ("ticket" for "fine", which names no sum).
  // …and so does the act its definition makes it by ({@link readSumNames}).
  const { kinds, acts } = asked?.noun === undefined ? NO_SUM_NAMES : sumNamesOf(asked.noun);
  const forms =
    word === null
      ? []
      : [
          ...(kinds.length > 0 ? [[word], ...kinds, ...acts] : conceptForms(plan, word)),
          ...(expenditureStems().has(word) || PRICE_WORDS().has(word)
            ? [...expenditureStems()].map((term) => [term])
            : []),
          ...(expenditureStems().has(word) && outlayOnThing(plan.question, word)
            ? [...PRICE_WORDS()].map((term) => [term])
            : []),
          ...(received ? [...receivingStems()].map((term) => [term]) : []),
        ];
  // A price is what is paid for a thing, and news writes it after the sale's verb and "for"
  // ("agreed to sell the warehouse for £2.4m") without the word "price".
  const price = word === stem('price');
  const named = (s: number | null) =>
    s !== null &&
    (forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase)) ||
      (price && statesPricePaid(input.textOf(s))));
  // What the sum is of: the question's other words ("Portmere", "dockers" for "earn"). A verb
  // of receiving the sum is asked by names the sum, as the sum's word does (it is among `forms`),
  // not whom it is paid to: "how much compensation did Derek Nunn receive" is said of Nunn, and
  // "Eleven farmers have received £2.4m in compensation" says nothing of him. The verb is the
  // predicate; what the figure must stand beside is its subject, the recipient (the Receiving
  // frame's core elements Recipient and Theme: FrameNet, Ruppenhofer et al. 2016, §3).
  const others = conceptsBesides(plan, word).filter(
    (c) => !(received && namesReceiving(plan.concepts[c]?.alternatives[0]?.terms ?? [])),
  );
  // A word of the source the question names ("according to Radio Harrowdale") is said by the
  // article's outlet, title or author, not by the sentence giving the sum: the metadata of the
  // sentence's article holds it (abstain-said-topic.ts `holdsConceptAt` reads metadata so).
  const sourceWords = others.filter((c) =>
    (plan.concepts[c]?.alternatives[0]?.terms ?? []).every((term) => plan.sources.terms.has(term)),
  );
  const namesSource = (s: number) => sourceWords.some((c) => holdsConceptAt(input, s, c));
  // The sum's noun used as a verb ("fined") names the act the sum is paid for as well as the sum.
  const converted = asked?.noun !== undefined && isConvertedMoneyVerb(asked.noun);
  // A sentence telling the act a verb made of the sum's noun asks ("fined") with its sum may
  // introduce whom it was done to by a description the next sentence names ("A conservation
  // charity was fined £8,500. Magistrates heard the Orwen Moss Trust …": a discourse-new
  // indefinite, then its name; Prince 1981): the next sentence of its body is read for them too.
  const introduced = (s: number) =>
    converted &&
    named(s) &&
    neighbourhood(input.sentences, s).some((n) => n > s && holdsOwnConcept(input, n, others));
  // "How much more" is answered by a share as by a sum; so is "how much of" a sum ("how much of
  // their pay will they keep": "60 per cent of their basic pay"), a part of a whole, which a
  // share measures as well as a figure does (the partitive: Quirk et al. 1985, §5.8).
  const part = type.difference === true || HOW_MUCH_OF.test(plan.question);
  const figure = (text: string) =>
    holdsDimension(text, 'money') || (part && holdsDimension(text, 'share'));
  // "How much would a family pay" is stated by "it would cost a family £56": the buyer of
  // "pay" is the indirect object of "cost", its converse (cost-payer.ts).
  const payer = word !== null && expenditureStems().has(word) ? payerOf(plan.question) : null;
  const costs = (s: number) => payer !== null && costsPayer(input.wordsOf(s), payer);
  // A payer the question names (the buyer of "pay", the indirect object of "cost": "how much did
  // the operation cost the army") is not the one a sentence whose "cost" names another bears
  // ("the operation cost the council £1.2m"): cost-payer.ts `costsOtherPayer`.
  const askedPayer = payer ?? (word === stem('cost') ? costPayerOf(plan.question) : null);
  const otherPayer = (s: number) =>
    askedPayer !== null && costsOtherPayer(input.wordsOf(s), askedPayer);
  // A proper word qualifying what the sum is of ("the Erie Canal") picks out one thing of the
  // noun's kind: a sum stated where it is not named is another's ("the Panama Canal cost …").
  const qualifierForms = askedQualifierForms(input);
  // …or the article's metadata, as a source's words are read ("Lincoln" in the address's title).
  const qualifierAt = (s: number | null) =>
    qualifierForms === null ||
    (s !== null &&
      [...qualifierForms].some(
        (form) =>
          holdsPhrase(input.wordsOf(s).stems, [form]) ||
          input.metadataTermsOf(input.sentences[s]!.article).has(form),
      ));
  for (const s of candidateContext(input)) {
    const text = input.textOf(s);
    if (!figure(text)) continue;
    // A definite description ("the project") takes its referent from the sentences around it
    // (Prince 1981's evoked entities): a neighbour naming the qualifier names it for the figure.
    if (
      !qualifierAt(input.contextOf(s)) &&
      !neighbourhood(input.sentences, s).some((n) => qualifierAt(n))
    )
      continue;
    const besides = withoutAskedWords(
      text,
      plan.askedTerms,
      input.wordsOf(s),
      plan.askedDescribing,
    );
    if (!figure(besides) || otherPayer(s)) continue;
    const context = input.contextOf(s);
    if (word !== null && !named(s) && !named(context) && !costs(s)) continue;
    if (
      others.length === 0 ||
      holdsOwnConcept(input, s, others) ||
      namesSource(s) ||
      holdsOwnConcept(input, context, others) ||
      introduced(s)
    )
      return true;
  }
  return false;
}

/**
 * The one-word forms (abstain-asked-thing.ts `oneWordForms`: "france" for "french") of the proper
 * word a question for a sum qualifies what the sum is of by (abstain-other-qualifier.ts
 * `askedQualifierOf`: "the Erie Canal", "the tordenskiold owners"), or null when it has none. A
 * proper qualifier is restrictive: it picks out one referent of the noun's kind (Quirk et al.
 * 1985, §17.3 on restrictive modification; §5.60 on proper nouns' unique reference), so a sum a
 * passage states of the noun without naming it is said of another. Not read as one: a word of
 * the source the question names ("lincoln's last annual message": the article's metadata says
 * it, not its sentences), nor a word typed in lower case whose usual reading is a common noun
 * (text/nouns.ts `isUsuallyNoun`: "the court case", "the town council fund", a noun modifying a
 * noun; the coverage's "High Court" makes "court" proper by its casing alone), nor one in a
 * phrase governed by a preposition other than "of", "for" or "on" ({@link ADJUNCT_PREPOSITIONS}:
 * "paid … under the London convention"), an adjunct of circumstance (Quirk et al. 1985, §8.2), not
 * what the sum is of ("the cost of X", "paid for X", "spent on X").
 */
function askedQualifierForms(input: AbstentionInput): ReadonlySet<string> | null {
  const { plan } = input;
  const asked = askedQualifierOf(
    plan.question,
    (term) => input.writtenInLowerCase(term),
    (term) => input.hasTerm(term),
  );
  if (asked === null) return null;
  const { qualifier } = asked;
  if (plan.sources.terms.has(qualifier)) return null;
  const tokens = tokenize(plan.question);
  const at = tokens.findIndex((token) => stem(token.word) === qualifier);
  const typed = tokens[at];
  if (typed !== undefined && !capitalised(plan.question, typed) && isUsuallyNoun(typed.word))
    return null;
  // The phrase's first function word before it: a preposition other than "of", "for", "on"
  // makes it an adjunct ("under the London convention"), not what the sum is of.
  const opener = tokens.slice(0, Math.max(at, 0)).findLast((token) => isStopWord(token));
  const before = opener === undefined ? undefined : tokens[tokens.indexOf(opener) - 1];
  const governing = DETERMINER_WORDS.has(opener?.word ?? '') ? before?.word : opener?.word;
  if (governing !== undefined && ADJUNCT_PREPOSITIONS.has(governing)) return null;
  return oneWordForms(plan, qualifier);
}

/**
 * Prepositions that open an adjunct of circumstance (place, time, means, accordance: Quirk et al.
 * 1985, §9.7's simple prepositions less "of", "for" and "on", which take what a sum is of, for or
 * spent on).
 */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'under',
  'in',
  'at',
  'during',
  'by',
  'from',
  'with',
  'after',
  'before',
  'since',
  'through',
  'against',
  'over',
  'near',
  'about',
  'to',
  'into',
  'between',
  'among',
  'within',
  'across',
]);

/** Words that open a noun phrase before a qualifier: the articles and demonstratives. */
const DETERMINER_WORDS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES]);
