/**
 * Verbs whose object or measure is a sum of money ("the repairs cost £2.4m", "paid $40,000",
 * "would spend 1.2 million euros", "earn £30,000 a year"), by lemma, each with what its sum is to
 * its subject. The one list of them: a question's cue for money (plan/quantity.ts), the word a
 * question for a sum asks it by (abstain-asked-sum.ts) and the verbs that put one sum to a
 * purpose (select/fact-measures.ts) each read a selection of it.
 */
import { stem } from '../text/terms.js';
import { verbFormStems } from './verb-forms.js';

/**
 * What the sum of a money verb is to its subject: the price of it ("cost"), what it pays out
 * ("pay", "lend"), what it puts to a purpose ("spend", "commit", "pledge", "provide", "invest",
 * "allocate", "earmark": with a sum as object and a purpose after it, one sum whichever verb a
 * reporter uses), what it takes in ("earn", "charge", "borrow"; "raise", to collect funds, as
 * WordNet glosses it: "the appeal raised £21,000") or what it owes ("owe").
 */
export type MoneyRole = 'price' | 'outlay' | 'purpose' | 'income' | 'debt';

/**
 * The money verbs, by lemma, with their {@link MoneyRole}. A phrasal verb is its lemma and its
 * particle ("come to", "amount to": "the bill came to $4.2m", "the cost amounted to £3m"), a
 * price only with a sum right after the particle ("came to a halt" is none): such verbs are read
 * where the particle and the sum can be seen ({@link phrasalMoneyVerbsOf}), never word by word.
 */
export const MONEY_VERBS = {
  cost: 'price',
  'come to': 'price',
  'amount to': 'price',
  pay: 'outlay',
  lend: 'outlay',
  spend: 'purpose',
  commit: 'purpose',
  pledge: 'purpose',
  provide: 'purpose',
  invest: 'purpose',
  allocate: 'purpose',
  earmark: 'purpose',
  earn: 'income',
  raise: 'income',
  charge: 'income',
  borrow: 'income',
  owe: 'debt',
} as const satisfies Record<string, MoneyRole>;

/** A money verb's lemma. */
export type MoneyVerb = keyof typeof MONEY_VERBS;

/** A money verb told in one word ("cost", "pay"), not a phrasal one ("come to"). */
export type OneWordMoneyVerb = Exclude<MoneyVerb, `${string} ${string}`>;

/** The one-word money verbs of the given roles (a phrasal verb is no test of one word). */
export function moneyVerbsOf(...roles: MoneyRole[]): OneWordMoneyVerb[] {
  return (Object.keys(MONEY_VERBS) as MoneyVerb[]).filter(
    (verb): verb is OneWordMoneyVerb => !verb.includes(' ') && roles.includes(MONEY_VERBS[verb]),
  );
}

/** The phrasal money verbs of the given roles, each as its lemma and its particle. */
export function phrasalMoneyVerbsOf(...roles: MoneyRole[]): Array<[string, string]> {
  return (Object.keys(MONEY_VERBS) as MoneyVerb[]).flatMap((verb) => {
    const [lemma, particle] = verb.split(' ');
    return particle !== undefined && roles.includes(MONEY_VERBS[verb])
      ? [[lemma as string, particle] as [string, string]]
      : [];
  });
}

/**
 * A test that a word (as written, any case) is a form of one of the money verbs `verbs`: its
 * stem is the stem of one of their forms ("paid", "spends", "borrowing"). A stem keeps its word's
 * first two letters, so a word beginning otherwise is not stemmed: a question's words are
 * tested one by one.
 */
export function moneyVerbTest(verbs: readonly OneWordMoneyVerb[]): (word: string) => boolean {
  const stems = verbFormStems(verbs);
  let starts: ReadonlySet<string> | undefined;
  return (word) => {
    starts ??= new Set([...stems()].map((s) => s.slice(0, 2)));
    const folded = word.toLowerCase();
    return starts.has(folded.slice(0, 2)) && stems().has(stem(folded));
  };
}

/**
 * The verbs of paying for a thing, the buyer's outlay: to pay or spend on it, or to put a sum
 * to it ("commit", "provide", "invest", "allocate"…). What a thing costs is what its buyer pays
 * or spends on it (FrameNet's Expensiveness frame, "cost", and Commerce_pay / Expend_resource,
 * "pay", "spend", name the same money), so "how much will the drainage cost" is answered by "the
 * council will spend $2m on new drainage". Not the other way: what a payer pays out is not the
 * cost of something ("insurers put the cost of the night at $46m" is no payout), nor is what is
 * earned, borrowed, lent or owed.
 */
export const EXPENDITURE_VERBS: readonly MoneyVerb[] = ['pay', ...moneyVerbsOf('purpose')];
