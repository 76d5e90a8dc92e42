/**
 * A question for money asks the kind of sum its noun or verb names (plan/sum-kinds.ts): "how
 * much was the organiser fined" asks for a fine, which a sum stated as a fine or a penalty gives
 * and a sum stated as a refund does not. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld, sumWord } from '../../src/search/abstain-asked-sum.js';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { askedDimension } from '../../src/search/plan/quantity.js';
import { namesOtherSum, sumKindsOf } from '../../src/search/plan/sum-kinds.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FESTIVAL: SearchFixtureArticle = {
  id: 'festival',
  title: 'Festival organiser fined after storm chaos',
  outlet: 'Brookfield Echo',
  published: '2026-06-08',
  paragraphs: [
    ['Refunds to ticket holders cost the organisers £48,000, the accounts show.'],
    ['Magistrates fined the organiser £12,000 for breaching safety rules.'],
  ],
};

const SITE: SearchFixtureArticle = {
  id: 'site',
  title: 'Site owner penalised',
  outlet: 'Vale Courier',
  published: '2026-07-08',
  paragraphs: [
    ['The site owner said the festival would return next summer.'],
    ['The council imposed a penalty of £5,000 on the site owner.'],
  ],
};

const fined = 'Magistrates fined the organiser £12,000 for breaching safety rules.';
const refunds = 'Refunds to ticket holders cost the organisers £48,000, the accounts show.';
const penalty = 'The council imposed a penalty of £5,000 on the site owner.';

describe('the kind of sum a question for money asks', () => {
  it('is asked by the noun and its plural; a verb made of it is left to abstention', () => {
    expect(askedDimension('how big was the fine')).toBe('money');
    expect(askedDimension('how big were the fines in the end')).toBe('money');
    expect(askedDimension('how much was the ticket priced at')).toBe('money');
    // Typed as money, "fined" ranked the figure over the name of whom it was done to
    // (test/engine/source-as-patient.test.ts); the sum gate still reads it (below).
    expect(askedDimension('how much was the organiser fined')).toBeNull();
    expect(askedDimension('how much was the organiser praised')).toBeNull();
  });

  it('is the kind WordNet files the noun under, with the class a writer restates it by', () => {
    expect(sumKindsOf('fined')).toEqual({
      own: ['fine', 'mulct', 'amercement'],
      above: ['penalty'],
    });
    expect(sumKindsOf('fines')).toEqual(sumKindsOf('fine'));
    // "Penalty" is a punishment first: the question for money selects its sense of a sum.
    expect(sumKindsOf('penalty')).toEqual({ own: ['penalty'], above: ['payment'] });
    expect(sumKindsOf('organiser')).toEqual({ own: [], above: [] });
  });

  it('tells a sum of another kind from one of the asked kind or of a class above it', () => {
    expect(namesOtherSum(refunds, 'fined')).toBe(true);
    expect(namesOtherSum('Her refund was £3,000.', 'salary')).toBe(true);
    // A sum under another class (a tax is a levy, not a payment) is not told apart.
    expect(namesOtherSum('The tax on it was £3,000.', 'salary')).toBe(false);
    // A verb first, though its noun is a wage: "must pay" names no sum.
    expect(namesOtherSum('The organiser must pay £12,000 by June.', 'fined')).toBe(false);
    // A class above the kind ("cost" of a fine), a kind of it, and nouns naming any sum are no other kind.
    expect(namesOtherSum('The costs came to £12,000.', 'fined')).toBe(false);
    expect(namesOtherSum('The fine came to £12,000.', 'penalty')).toBe(false);
    expect(namesOtherSum('The sum of money was £12,000.', 'fined')).toBe(false);
    // A sum under no class of the asked kind's says nothing of it ("audit" of a price).
    expect(namesOtherSum('The audit committee put it at $241 million.', 'price')).toBe(false);
    // A name holding a noun of money names a body, not a sum.
    expect(namesOtherSum('The Hardship Fund gave £12,000.', 'fined')).toBe(false);
  });

  it('scores a sum of another kind as no answer, and a sum of no kind told as one', () => {
    const type = {
      ...answerTypeOf("how big was the organiser's fine")!,
      sum: { word: 'fined', kinds: ['fine', 'penalti'] },
    };
    expect(answerTypeScore(fined, type)).toBe(1);
    expect(answerTypeScore(penalty, type)).toBe(1);
    expect(answerTypeScore('The organiser must pay £12,000 by June.', type)).toBe(1);
    expect(answerTypeScore(refunds, type)).toBe(0);
  });

  it('ranks the fine first for "fined", above a sum of another kind with more of the question', () => {
    const { index, corpus } = engineOver(FESTIVAL, SITE);
    const first = (question: string) => {
      const s = corpus.sentences[index.rank(question).ranked[0]!.sentence]!;
      return corpus.articles[s.article]!.text.slice(s.start, s.end);
    };
    expect(first('how much was the organiser fined')).toBe(fined);
    // "The fine" restated as "a penalty" answers as the fine itself does.
    expect(first('how big was the penalty on the site owner')).toBe(penalty);
    expect(first('how big was the fine on the site owner')).toBe(penalty);
  });
});

/** Refunds and ticket prices, and no fine: a sum of money, none of the kind asked. */
const REFUNDS: SearchFixtureArticle = {
  id: 'refunds',
  title: 'Festival refunds row',
  outlet: 'Vale Courier',
  published: '2026-06-10',
  paragraphs: [
    ['Refunding every ticket in full would cost the organiser £3.6 million, it said.'],
    ['Weekend tickets cost £189 each.'],
  ],
};

describe('abstention on a sum asked by a verb made of a noun of money', () => {
  const held = (question: string, ...articles: SearchFixtureArticle[]) => {
    const { index } = engineOver(...articles);
    return askedSumHeld(index.abstentionInput(index.rank(question)));
  };

  it('reads the noun as the sum asked', () => {
    expect(sumWord('how much was the organiser fined')).toBe('fine');
  });

  it('is not satisfied by sums of other kinds, nor by the verb\'s synonyms ("ticket")', () => {
    expect(held('how much was the organiser fined', REFUNDS)).toBe(false);
  });

  it('is satisfied by the kind asked or the class above it', () => {
    expect(held('how much was the organiser fined', REFUNDS, FESTIVAL)).toBe(true);
    expect(held('how much was the site owner fined', REFUNDS, SITE)).toBe(true);
  });
});
