/**
 * A count asked of a period (src/search/abstain-counted-period.ts): "how many claims were there
 * in the first quarter" is answered only by a sentence counting claims that names the first
 * quarter outside a comparison's second term. Tiny invented corpora: an insurer's claims counted
 * for another period and compared with the first quarter, then counted for it.
 */
import { describe, expect, it } from 'vitest';
import { askedPeriod, mayCountPeriod } from '../../src/search/abstain-counted-period.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Claims counted for last year and the second quarter; the first quarter only compared with. */
const OTHER_PERIODS: SearchFixtureArticle = {
  id: 'busy',
  title: 'Insurer reports busy year',
  outlet: 'Delmere Echo',
  published: '2026-04-08',
  paragraphs: [
    ['The chief executive of Norfax Insurance was questioned on 6 April about the accounts.'],
    ['Branches opened overseas for expatriate customers handled 900 claims last year.'],
    [
      'Norfax handled 4,100 claims in the second quarter, 4 percent fewer than in the first quarter.',
    ],
    ['About 300 people were treated by its health scheme in the second quarter.'],
  ],
};

/** The first quarter's count, stated. */
const FIRST_QUARTER: SearchFixtureArticle = {
  id: 'q1',
  title: 'Norfax claims in first quarter',
  outlet: 'Delmere Post',
  published: '2026-04-20',
  paragraphs: [
    ['Norfax Insurance handled 4,270 claims in the first quarter.'],
    ['Its health scheme treated 280 people in the first quarter.'],
  ],
};

describe('the period a count question asks of', () => {
  it('is an ordinal and a noun of time', () => {
    expect(askedPeriod('how many claims were there in the first quarter')).toEqual([
      'first',
      'quarter',
    ]);
    expect(askedPeriod('how many vetoes did he cast in his second term?')).toEqual([
      'second',
      'term',
    ]);
  });

  it('is none for a period relative to the date, a year, or an ordinal of another noun', () => {
    expect(askedPeriod('how many claims were there last year')).toBeNull();
    expect(askedPeriod('how many claims were there in 2025')).toBeNull();
    expect(askedPeriod('how many claims did the first branch handle')).toBeNull();
  });
});

describe('a sentence that may count the period', () => {
  const may = (text: string) => mayCountPeriod(text, passageWordsOf(text), ['first', 'quarter']);
  it('names it, outside a comparison, or names no period', () => {
    expect(may('Norfax handled 4,270 claims in the first quarter.')).toBe(true);
    expect(may('In the first quarter, 4,270 claims were made, more than last year.')).toBe(true);
    expect(may('Norfax handled 4,270 claims.')).toBe(true);
  });

  it('names another period: another noun, another ordinal, or the asked one only compared', () => {
    expect(may('Branches handled 900 claims last year.')).toBe(false);
    expect(may('It handled 4,100 claims in the second quarter.')).toBe(false);
    expect(
      may('It handled 4,100 claims in the second quarter, fewer than in the first quarter.'),
    ).toBe(false);
  });

  it('is not another period when it is the same noun placed from the date', () => {
    expect(
      mayCountPeriod(
        'In the past year, 500 schools opened.',
        passageWordsOf('In the past year, 500 schools opened.'),
        ['first', 'year'],
      ),
    ).toBe(true);
  });
});

describe('the count gates', () => {
  // The first question builds the fixtures' engine and loads WordNet: slow on a busy machine.
  const ENGINE_TIMEOUT = 120_000;
  it(
    'refuse a count of another period, or one only compared with the asked period',
    () => {
      const { engine } = engineOver(OTHER_PERIODS);
      for (const question of [
        'how many claims were there in the first quarter',
        'how many people were treated in the first quarter',
      ])
        expect(engine.ask(question).answered, question).toBe(false);
    },
    ENGINE_TIMEOUT,
  );

  it(
    "answer the asked period's count, and a count asked of no period",
    () => {
      const { engine } = engineOver(OTHER_PERIODS, FIRST_QUARTER);
      const claims = engine.ask('how many claims were there in the first quarter');
      expect(claims.answered).toBe(true);
      expect(claims.passages[0]?.quote).toContain('4,270 claims');
      const treated = engine.ask('how many people were treated in the first quarter');
      expect(treated.answered).toBe(true);
      expect(treated.passages[0]?.quote).toContain('280 people');
      expect(
        engineOver(OTHER_PERIODS).engine.ask('how many claims did the branches handle').answered,
      ).toBe(true);
    },
    ENGINE_TIMEOUT,
  );
});
