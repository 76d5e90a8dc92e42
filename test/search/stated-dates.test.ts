/**
 * A date a question states with a month and a day or year is one value: its words point only
 * to articles published on a date all its parts fit. Invented coverage of a town's mayoral
 * election.
 */
import { describe, expect, it } from 'vitest';
import { disagrees, statedDates } from '../../src/search/plan/stated-dates.js';
import { termsOf } from '../../src/text/terms.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

describe('dates a question states', () => {
  it('are a month with a day or a year beside it', () => {
    expect(statedDates(termsOf('what term did the aug 9 vote give her'))).toEqual([
      { terms: new Set(['aug', '9']), month: 8, day: 9 },
    ]);
    expect(statedDates(termsOf('how many homes flooded in the nov 2020 surge'))).toEqual([
      { terms: new Set(['nov', '2020']), month: 11, year: 2020 },
    ]);
    expect(statedDates(termsOf('what happened on 4th March, 2021'))).toEqual([
      { terms: new Set(['4th', 'march', '2021']), month: 3, day: 4, year: 2021 },
    ]);
  });

  it('are none for a month alone or a number beside no month', () => {
    expect(statedDates(termsOf('what term did the august vote give her'))).toEqual([]);
    expect(statedDates(termsOf('how many of the 9 councillors voted in 2020'))).toEqual([]);
    // A four-digit number after a month word that is no year in prose (text/year.ts): a count.
    expect(statedDates(termsOf('may 1200 homes lose power'))).toEqual([]);
    expect(statedDates(termsOf('did the march 2150 staff walk out'))).toEqual([]);
  });

  it('disagree with a publication date only where both state a part and it differs', () => {
    const aug9 = { terms: new Set(['aug', '9']), month: 8, day: 9 };
    expect(disagrees(aug9, 2020_08_27)).toBe(true);
    expect(disagrees(aug9, 2020_09_09)).toBe(true);
    expect(disagrees(aug9, 2020_08_09)).toBe(false);
    expect(disagrees(aug9, 2020_08_00)).toBe(false);
    expect(disagrees(aug9, undefined)).toBe(false);
    const nov2020 = { terms: new Set(['nov', '2020']), month: 11, year: 2020 };
    expect(disagrees(nov2020, 2021_11_26)).toBe(true);
    expect(disagrees(nov2020, 2020_11_30)).toBe(false);
  });
});

describe('a question’s date, read against the articles’ dates', () => {
  const article = (title: string, date: string, text: string) =>
    frontMatterArticle(title, 'Vale Courier', date, text);
  const engine = suiteEngine({
    'protest.md': article(
      'Crowds gather outside the town hall',
      '2021-08-27',
      [
        'Hundreds of people gathered outside the town hall on Friday to protest against the mayor.',
        'Opponents say the Aug. 9 vote for mayor was unfair.',
      ].join('\n\n'),
    ),
    'result.md': article(
      'Count confirmed',
      '2021-09-02',
      [
        'The returning officer confirmed the count on Wednesday.',
        'The Aug. 9 vote gave the mayor, Ilse Brandt, a third term.',
      ].join('\n\n'),
    ),
    // Other news of the autumn, so that a date's words are rare among the articles' dates.
    ...Object.fromEntries(
      ['budget', 'ferry', 'school', 'harbour', 'market', 'library', 'bridge'].map((topic, i) => [
        `${topic}.md`,
        article(
          `News of the ${topic}`,
          `2021-10-${String(10 + i)}`,
          `Councillors discussed the ${topic} on Monday.`,
        ),
      ]),
    ),
  });

  it('answers from what the passage says, not from an article of another day of that month', () => {
    expect(engine.ask('what term did the aug 9 vote give the mayor').passages[0]?.quote).toContain(
      'a third term',
    );
  });
});
