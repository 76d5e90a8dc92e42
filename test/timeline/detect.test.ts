import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../src/timeline/detect.js';

const only = (text: string) => {
  const found = detectMentions(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('detectMentions', () => {
  it.each([
    ['since the country’s Aug. 9 election', 'Aug. 9', { month: 8, day: 9 }],
    ['During the Sept. 14 meeting in Sochi', 'Sept. 14', { month: 9, day: 14 }],
    ['The last agreement was signed on 4 November in Moscow', '4 November', { month: 11, day: 4 }],
    ['But it is dated November 19 and took effect', 'November 19', { month: 11, day: 19 }],
    [
      'It was published on December 18, 2020 by the portal',
      'December 18, 2020',
      { year: 2020, month: 12, day: 18 },
    ],
    [
      'It was made in Minsk on Nov. 19, 2020 by both sides',
      'Nov. 19, 2020',
      { year: 2020, month: 11, day: 19 },
    ],
    ['signed on 18 December 2020 in Minsk', '18 December 2020', { year: 2020, month: 12, day: 18 }],
    ['In November 2020, the ministry signed it', 'November 2020', { year: 2020, month: 11 }],
    ['In late August, Putin announced a reserve', 'August', { month: 8 }],
    ['At the end of August, Putin said so', 'August', { month: 8 }],
    ['In October, the prime minister ordered talks', 'October', { month: 10 }],
    ['Putin established the Rosgvardia in 2016 with a chief', '2016', { year: 2016, since: false }],
    [
      'Lukashenka, who has run the country since 1994, resisted',
      '1994',
      { year: 1994, since: true },
    ],
  ])('reads a calendar date in "%s"', (sentence, text, fields) => {
    const mention = only(sentence);
    expect(mention).toMatchObject({ kind: 'calendar', text, ...fields });
  });

  it('reads a full date written without a space after the comma, never a shorter day inside it', () => {
    expect(only('During the twelve months ended October 31,1886, bonds were called')).toMatchObject(
      { year: 1886, month: 10, day: 31 },
    );
  });

  it('reads years before 1800 as years, so a month next to one is not left yearless', () => {
    expect(only('the treaties of peace of November, 1782 ended the war')).toMatchObject({
      year: 1782,
      month: 11,
    });
  });

  it('reads "October 29 last" and "the 1st of January next" as shifted toward the past or future', () => {
    expect(only('up to October 29 last, the total increase was large')).toMatchObject({
      month: 10,
      day: 29,
      shift: 'last',
    });
    expect(only('by the 1st of January next this number will be reduced')).toMatchObject({
      month: 1,
      day: 1,
      shift: 'next',
    });
  });

  it('reads "from … to …" as one range whose start takes the year its end states', () => {
    const found = detectMentions(
      'The amount drawn from July 1 to November 1, 1877, is $5,343,037.40',
    );
    expect(found).toMatchObject([
      { year: 1877, month: 7, day: 1, until: { year: 1877, month: 11, day: 1 } },
    ]);
    const winter = detectMentions(
      'The session ran from December 3 until March 4, 1833 without a break',
    );
    expect(winter).toMatchObject([
      { year: 1832, month: 12, day: 3, until: { year: 1833, month: 3, day: 4 } },
    ]);
    // Without "from" or "between" the two dates stay two mentions.
    expect(detectMentions('Talks on July 1 and on November 1, 1877 failed')).toHaveLength(2);
  });

  it('skips recurring dates', () => {
    expect(
      detectMentions('the fiscal year should commence on the 1st of July in each year'),
    ).toEqual([]);
    expect(detectMentions('The council meets every October in Geneva')).toEqual([]);
  });

  it('reads a season with its year', () => {
    expect(only('he did not rule out a ‘hot war’ in the spring of 2021')).toMatchObject({
      kind: 'calendar',
      season: 'spring',
      year: 2021,
    });
  });

  it('reads weekdays, including the possessive and the bare form of agency copy', () => {
    expect(only('Putin on Thursday said he had been asked')).toMatchObject({
      kind: 'weekday',
      weekday: 4,
      shift: null,
    });
    expect(only('in Thursday’s address to the workers')).toMatchObject({
      kind: 'weekday',
      weekday: 4,
    });
    expect(only('a cooperation agreement, Interfax reported Friday.')).toMatchObject({
      kind: 'weekday',
      weekday: 5,
    });
    expect(only('The talks collapsed last Monday.')).toMatchObject({
      kind: 'weekday',
      weekday: 1,
      shift: 'last',
    });
  });

  it('reads dates counted from the publication date and from the narrative', () => {
    expect(only('Officials last month signed a new agreement')).toMatchObject({
      kind: 'relative',
      unit: 'month',
      offset: -1,
      anchor: 'publication',
    });
    expect(only('She this week predicted his fall')).toMatchObject({
      kind: 'relative',
      unit: 'week',
      offset: 0,
      anchor: 'publication',
    });
    expect(only('The next month, Mishustin ordered negotiations')).toMatchObject({
      kind: 'relative',
      unit: 'month',
      offset: 1,
      anchor: 'narrative',
    });
  });

  it.each([
    'Tens of thousands continue to march weekly to demand his resignation',
    'The 65-year-old has led Belarus for the past 26 years',
    'During the talks held for several months, experience was shared',
    'Over the past year, both sides have signed several agreements',
    'He has met weeks of protest and months of strikes',
    'Read more at https://www.example.com/2025/11/17/russia-belarus-story',
    'In the 1990s the economy collapsed',
    'Officials may meet again, and prices may rise',
    'In the last year, the guard has grown',
  ])('finds no event date in "%s"', (sentence) => {
    expect(detectMentions(sentence)).toEqual([]);
  });

  it('drops a date without a year that a wink-nlp duration covers, but keeps stated years', () => {
    // "since last year" would be kept: a date right after "since" starts what lasts.
    const text = 'He has ruled since 1994, paid until 2047 and grown for the last year';
    const at = (word: string) => text.indexOf(word);
    const found = detectMentions(text, [
      { start: at('since 1994'), end: at('since 1994') + 10 },
      { start: at('until 2047'), end: at('until 2047') + 10 },
      { start: at('last year'), end: at('last year') + 9 },
    ]);
    expect(found.map((m) => m.text)).toEqual(['1994', '2047']);
  });

  it('keeps a weekday that introduces an explicit date as part of that date only', () => {
    const found = detectMentions('The vote was held on Sunday, Aug. 9, 2020 across the country');
    expect(found.map((m) => m.text)).toEqual(['Aug. 9, 2020']);
  });

  it('reports offsets that point at the date in the sentence', () => {
    const text = 'On Aug. 27, Russian President Vladimir Putin announced a reserve.';
    const [mention] = detectMentions(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('Aug. 27');
  });
});
