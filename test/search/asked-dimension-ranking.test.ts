/**
 * A number question that names its dimension ("how much money", "what did it cost", "what
 * percentage") is answered by a number in that dimension (plan/quantity.ts); any other number
 * only hints; a share of a sum answers how much it changed, not what it was. And a wh-word typed without its apostrophe ("whats", "wat is") asks what the
 * properly spelt one asks. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { standardForms } from '../../src/text/chat-forms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const YOUTH_CLUBS: SearchFixtureArticle = {
  id: 'clubs',
  title: 'Council backs youth clubs',
  outlet: 'Tarnfield Echo',
  published: '2026-04-02',
  paragraphs: [
    ['The council said it was giving its full backing to the two new youth clubs in the town.'],
    ['The council is giving 250,000 pounds towards the building work.'],
    ['Residents welcomed the plan at a meeting on Tuesday.'],
  ],
};

const BRIDGE: SearchFixtureArticle = {
  id: 'bridge',
  title: 'Crossing approved',
  outlet: 'Vale Courier',
  published: '2026-05-02',
  paragraphs: [
    ['The new bridge has been welcomed by drivers and by the two ferry firms.'],
    ['Engineers put the cost of the new bridge at 4 million pounds.'],
  ],
};

describe('the dimension a number question asks for', () => {
  it('is money for a payment imposed: a penalty, a fine', () => {
    for (const question of [
      'how big was the penalty the council put on the firm?',
      'how large a fine did the court impose?',
    ])
      expect(answerTypeOf(question)).toMatchObject({ name: 'number', dimension: 'money' });
    const penalty = answerTypeOf('how big was the penalty the council put on the firm?')!;
    expect(answerTypeScore('The firm still disputes the $4.5 million penalty.', penalty)).toBe(1);
    // Years say when, not how much (other-measures.test.ts).
    expect(answerTypeScore('The penalty covers the years 2022-2023.', penalty)).toBe(0);
    expect(answerTypeScore('The penalty covers two years.', penalty)).toBe(0);
    expect(answerTypeScore('The penalty is one of three.', penalty)).toBe(0.5);
  });

  it('is read with the number type, "money" then framing the question', () => {
    expect(answerTypeOf('how much money is the council giving?')).toMatchObject({
      name: 'number',
      dimension: 'money',
      framing: [9],
    });
    expect(answerTypeOf('what percentage of the vote did she get')).toMatchObject({
      dimension: 'share',
    });
    expect(answerTypeOf('what did the new bridge cost?')).toEqual({
      name: 'number',
      dimension: 'money',
    });
    // Speed and frequency are not the topic's dimension.
    expect(answerTypeOf('how fast has the budget been growing')?.dimension).toBeUndefined();
    expect(answerTypeOf('how many firms paid no tax')?.dimension).toBeUndefined();
  });

  it('scores a number in the dimension above any other number', () => {
    const type = answerTypeOf('how much money is the council giving?')!;
    expect(answerTypeScore('It is giving 250,000 pounds.', type)).toBe(1);
    expect(answerTypeScore('The grant rose to 40 after the vote.', type)).toBe(0.5);
    // A count of things is no sum (plan/counted-things.ts).
    expect(answerTypeScore('It backs the two youth clubs.', type)).toBe(0);
    // A share of a sum says how much it changed, not how much it is.
    expect(answerTypeScore('The work is about 12 percent over budget.', type)).toBe(0.5);
    const share = answerTypeOf('what percentage of the vote did she get')!;
    // A sum is no share: a figure of another dimension does not hint (other-measures.test.ts).
    expect(answerTypeScore('She spent 250,000 pounds on the vote.', share)).toBe(0);
    expect(answerTypeScore('She won in 12 of the 40 wards.', share)).toBe(0.5);
  });

  it('ranks the passage holding the sum first', () => {
    const { engine } = engineOver(YOUTH_CLUBS);
    expect(engine.ask('how much money is the council giving?').passages[0]?.quote).toContain(
      '250,000 pounds',
    );
  });
});

const BROKER_NOTE: SearchFixtureArticle = {
  id: 'broker',
  title: 'Mill shares fall on warning',
  outlet: 'Dale Post',
  published: '2026-06-03',
  paragraphs: [
    ['Shares in Corby Mills dropped 7% after the firm said sales had slowed.'],
    [
      '"Nobody expected a warning this big," said Rhea Moss, an analyst at Fenwick Capital. She lowered her target price for the stock to 420p from 510p.',
    ],
  ],
};

describe('a sum in pence', () => {
  it('answers a question asking a price, the passage holding it ranked first', () => {
    const { engine } = engineOver(BROKER_NOTE);
    const answer = engine.ask('what target price did moss set for corby mills stock');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('420p');
  });
});

const TAKEOVER: SearchFixtureArticle = {
  id: 'takeover',
  title: 'Brant to buy Lusk Mills',
  outlet: 'Dale Post',
  published: '2026-06-04',
  paragraphs: [
    ["The offer is a 20 per cent premium to Lusk's closing price on Friday, October 31."],
    ["Lusk's closing share price was 350p on 31 October, the companies said."],
  ],
};

describe('a share of a sum', () => {
  it('answers how much a sum changed, and only hints at what the sum was', () => {
    const level = answerTypeOf("what was lusk's closing price on friday?")!;
    const change = answerTypeOf('how much over budget was the canal?')!;
    expect(answerTypeScore('The offer is a 20 per cent premium to the price.', level)).toBe(0.5);
    expect(answerTypeScore('The closing price was 350p.', level)).toBe(1);
    expect(answerTypeScore('The work is about 12 percent over budget.', change)).toBe(1);
    expect(answerTypeOf('how much did the fees rise?')).toMatchObject({ difference: true });
  });

  it('ranks the passage giving the sum asked for above one stating a share of it', () => {
    const { engine } = engineOver(TAKEOVER);
    expect(engine.ask("what was lusk's closing price on 31 october?").passages[0]?.quote).toContain(
      '350p',
    );
  });
});

describe('wh-words typed without an apostrophe', () => {
  it('are read as the contraction, "wat" only before a verb', () => {
    expect(standardForms('whats the cost, whos paying, hows it going')).toBe(
      "what's the cost, who's paying, how's it going",
    );
    expect(standardForms('wat is the cost of the Wat Arun repairs')).toBe(
      'what is the cost of the Wat Arun repairs',
    );
    expect(standardForms("what's the cost")).toBe("what's the cost");
  });

  it('ask what the properly spelt question asks', () => {
    const { engine, index } = engineOver(BRIDGE);
    for (const question of [
      'whats the cost of the new bridge?',
      'wat is the cost of the new bridge?',
    ]) {
      const plan = index.rank(question).plan;
      expect(plan.answerType, question).toEqual(
        index.rank("what's the cost of the new bridge?").plan.answerType,
      );
      expect(engine.ask(question).passages[0]?.quote, question).toContain('4 million pounds');
    }
  });
});
