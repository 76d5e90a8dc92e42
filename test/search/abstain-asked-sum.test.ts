/**
 * Abstention's gate on a question for a sum of money (src/search/abstain-asked-sum.ts): "how
 * much do the dockers earn" is not answered by passages about the dockers that state no pay,
 * nor "how much did insurers pay out" by a sum the insurers estimated for the damage. Tiny
 * invented corpora: a dockers' overtime ban with no pay stated, then the dockers' pay and the
 * insurers' payout stated.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld, asksSum, sumWord } from '../../src/search/abstain-asked-sum.js';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** An overtime ban and a storm: sums of money, none of the dockers' pay or the insurers' payout. */
const BAN: SearchFixtureArticle = {
  id: 'ban',
  title: 'Dockers begin overtime ban at Portmere',
  outlet: 'Portmere Echo',
  published: '2026-05-06',
  paragraphs: [
    ['Dockers at Portmere began an overtime ban on Friday in a dispute over shift patterns.'],
    ['The port authority said container handling had slowed by about a third.'],
    ['Insurers estimated the damage from the March storm at £4 million.'],
    ['The harbour board is paying £2 million towards the new crane.'],
  ],
};

/** The dockers' pay and the insurers' payout, stated. */
const PAY: SearchFixtureArticle = {
  id: 'pay',
  title: 'What Portmere dockers earn',
  outlet: 'Portmere Post',
  published: '2026-05-09',
  paragraphs: [
    ['Portmere dockers earn about £31,000 a year before overtime, the union said.'],
    ['Insurers have paid out £1.5 million to harbour businesses since the March storm.'],
  ],
};

function held(question: string, ...articles: SearchFixtureArticle[]) {
  const { index } = engineOver(...articles);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
}

describe('a question for a sum of money', () => {
  it('is "how much" with a verb or a noun of money, or a number asked in money', () => {
    for (const question of [
      'how much do Portmere dockers earn a year?',
      'how much compensation did the fishers get?',
      'how much did the crane cost?',
      'how much was the council ok with borrowing to pay the claims?',
    ])
      expect(asksSum(question, answerTypeOf(question)), question).toBe(true);
    for (const question of [
      'how much did the harbour wall weigh?',
      'how much of the quay was flooded?',
      'how much is Drayne paying for Pellow?',
    ])
      expect(asksSum(question, answerTypeOf(question)), question).toBe(false);
  });

  it('names the sum by its noun of money, else by its first verb of money', () => {
    expect(sumWord('how much do Portmere dockers earn a year?')).toBe('earn');
    expect(sumWord('how much compensation did the fishers get?')).toBe('compens');
    expect(sumWord('how much was the council ok with borrowing to pay the claims?')).toBe('borrow');
    // Only an amount: any money figure is what is asked.
    expect(sumWord('how much money did the appeal raise?')).toBeNull();
    // The focus phrase's last word is no noun of money here.
    expect(sumWord('how much of the money congress gave was unspent?')).toBeNull();
  });
});

describe('the sum gate', () => {
  it('refuses when no passage states a sum of what is asked beside its words', () => {
    const { engine } = engineOver(BAN);
    for (const question of [
      'how much do Portmere dockers earn a year?',
      'how much did insurers pay out after the March storm?',
    ]) {
      expect(held(question, BAN), question).toBe(false);
      expect(engine.ask(question).answered, question).toBe(false);
    }

    // The first engine built reads WordNet: slow on a busy machine.
  }, 120_000);

  it('lets the classifier judge once a passage states the sum', () => {
    const { engine } = engineOver(BAN, PAY);
    for (const question of [
      'how much do Portmere dockers earn a year?',
      'how much did insurers pay out after the March storm?',
    ]) {
      expect(held(question, BAN, PAY), question).toBe(true);
      expect(engine.ask(question).answered, question).toBe(true);
    }
    // Two engines built, each reading WordNet: slow on a busy machine.
  }, 120_000);

  it('takes a share for "how much of" a sum: a part of it', () => {
    const KEEP: SearchFixtureArticle = {
      id: 'keep',
      title: 'Laid-off dockers keep part of pay',
      outlet: 'Portmere Post',
      published: '2026-05-12',
      paragraphs: [['The port said laid-off dockers would keep 60 per cent of their basic pay.']],
    };
    expect(held('how much of their pay will the laid-off dockers keep', BAN, KEEP)).toBe(true);
    // A share answers no question for the sum itself.
    expect(held('how much pay will the laid-off dockers keep', BAN, KEEP)).toBe(false);
  }, 120_000);

  it("refuses a price asked by a sale's verb when no passage states a sum for the thing", () => {
    const SALE: SearchFixtureArticle = {
      id: 'sale',
      title: 'Bakery raid pair in court',
      outlet: 'Kelby Herald',
      published: '2026-04-21',
      paragraphs: [
        ['Experts say the stolen recipe book would be almost impossible to sell.'],
        ['The bakery was founded in 1921 and employs 12 people.'],
      ],
    };
    const SOLD: SearchFixtureArticle = {
      id: 'sold',
      title: 'Recipe book traced',
      outlet: 'Hollin Post',
      published: '2026-05-02',
      paragraphs: [['The thieves sold the recipe book to a dealer for £4,000, police said.']],
    };
    const question = 'how much did the thieves sell the recipe book for';
    expect(answerTypeOf(question)?.pricePaid).toBe(true);
    // Without its "for" the sale asks no price ("how much did the bakery sell": a quantity).
    expect(answerTypeOf('how much did the bakery sell last year')?.pricePaid).toBeUndefined();
    expect(held(question, SALE)).toBe(false);
    expect(engineOver(SALE).engine.ask(question).answered).toBe(false);
    expect(held(question, SALE, SOLD)).toBe(true);
    expect(engineOver(SALE, SOLD).engine.ask(question).passages[0]?.quote).toContain('£4,000');
    // Two engines built, each reading WordNet: slow on a busy machine.
  }, 120_000);

  it('reads a cost as named by any verb of paying for the thing, not by one of earning', () => {
    const DRAINS: SearchFixtureArticle = {
      id: 'drains',
      title: 'Drainage plan for the bypass',
      outlet: 'Kelby Herald',
      published: '2026-11-02',
      paragraphs: [
        ['The bypass vote was delayed on Monday after a row over funding.'],
        ['The council will spend $2m on new drainage along the route next year.'],
        ['Contractors on the route earn $40 an hour, the union said.'],
      ],
    };
    // What the drainage costs is what the council spends on it (money-verbs.ts EXPENDITURE_VERBS).
    for (const question of [
      'how much will the new drainage cost?',
      'what is the cost of the new drainage?',
      'how much will the council pay for the drainage?',
    ]) {
      expect(held(question, DRAINS), question).toBe(true);
      expect(engineOver(DRAINS).engine.ask(question).passages[0]?.quote, question).toContain('$2m');
    }
    // A sum earned is another sum: "cost" is not named by "earn".
    const WAGES: SearchFixtureArticle = {
      ...DRAINS,
      id: 'wages',
      paragraphs: [['Drainage contractors on the route earn $40 an hour, the union said.']],
    };
    expect(held('how much will the new drainage cost?', WAGES)).toBe(false);
    // Nor is a payout named by a cost: what a payer pays out is not what something cost.
    const STORM: SearchFixtureArticle = {
      ...DRAINS,
      id: 'storm',
      paragraphs: [['Insurers put the cost of the storm at $46 million, the council said.']],
    };
    expect(held('how much did insurers pay out after the storm?', STORM)).toBe(false);
  }, 120_000);

  it('asks nothing of questions for no sum of money', () => {
    expect(held('how many dockers work at Portmere?', BAN)).toBeUndefined();
    expect(held('who runs the port authority?', BAN)).toBeUndefined();
  });
});

// "X pays £N" and "it costs X £N" are converses (src/search/cost-payer.ts): the buyer of "pay"
// is the indirect object of "cost".
describe('a buyer\'s outlay told by "cost"', () => {
  const TOLL: SearchFixtureArticle = {
    id: 'toll',
    title: 'Bridge toll plan revised',
    outlet: 'Kelby Herald',
    published: '2026-06-03',
    paragraphs: [
      ['The county has dropped a daily charge in favour of a charge per crossing.'],
      ['A daily charge would have cost a commuter crossing twice a day £40 a month in tolls.'],
    ],
  };
  /** The same sum, cost to another party than the one asked of. */
  const OTHER: SearchFixtureArticle = {
    ...TOLL,
    id: 'other',
    paragraphs: [
      TOLL.paragraphs[0]!,
      ['A daily charge would have cost the county £40,000 a month to collect from commuters.'],
    ],
  };
  const question = 'how much would a commuter pay in a month under the daily charge';

  it('states what the buyer pays when "cost" takes the buyer as its object', () => {
    expect(held(question, TOLL)).toBe(true);
    expect(engineOver(TOLL).engine.ask(question).passages[0]?.quote).toContain('£40 a month');
  }, 120_000);

  it('does not when "cost" takes another party, or is a noun', () => {
    expect(held(question, OTHER)).toBe(false);
    expect(held('how much did insurers pay out after the March storm?', BAN)).toBe(false);
  }, 120_000);
});
