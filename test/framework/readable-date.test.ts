import { describe, expect, it } from 'vitest';
import {
  outletAndDate,
  readableDate,
  readableMonthDay,
} from '../../src/framework/render/source.js';
import { monthDayString, parseMonthDay } from '../../src/text/dates.js';

describe('readableDate', () => {
  it('reads a stated date at the precision stated', () => {
    expect(readableDate('2020-08-27')).toBe('27 August 2020');
    expect(readableDate(' 2020-08 ')).toBe('August 2020');
    expect(readableDate('2020')).toBe('2020');
  });

  it('shows an impossible or unparsed date as stated, never a neighbouring day', () => {
    expect(readableDate('2021-02-29')).toBe('2021-02-29');
    expect(readableDate('2020-13')).toBe('2020-13');
    expect(readableDate('Spring 2020')).toBe('Spring 2020');
    expect(outletAndDate({ outlet: 'Coast Post', published: '2021-04-31' })).toBe(
      'Coast Post · 2021-04-31',
    );
  });
});

describe('outletAndDate', () => {
  it('says outlet then date, always in that order, each unknown part said once', () => {
    expect(outletAndDate({ outlet: 'Harbour Weekly', published: '2024-03-12' })).toBe(
      'Harbour Weekly · 12 March 2024',
    );
    expect(outletAndDate({ outlet: null, published: '2024-03-14' })).toBe(
      'Outlet not stated · 14 March 2024',
    );
    expect(outletAndDate({ outlet: 'Harbour Weekly', published: null })).toBe(
      'Harbour Weekly · date not stated',
    );
    expect(outletAndDate({ outlet: ' ', published: '' })).toBe('Outlet and date not stated');
  });

  it('says a field articles.json sets to null is not given there, not that the article states none', () => {
    expect(
      outletAndDate({
        outlet: 'Harbour Weekly',
        published: null,
        nullInArticlesJson: ['published'],
      }),
    ).toBe('Harbour Weekly · date not given in articles.json');
    expect(outletAndDate({ outlet: null, published: null, nullInArticlesJson: ['outlet'] })).toBe(
      'Outlet not given in articles.json · date not stated',
    );
  });

  it('says an outlet the article names without confirming it is unknown, not unstated', () => {
    expect(outletAndDate({ outlet: null, published: '2026-10-20', outletUnconfirmed: true })).toBe(
      'Outlet unknown · 20 October 2026',
    );
    expect(outletAndDate({ outlet: null, published: null, outletUnconfirmed: true })).toBe(
      'Outlet unknown · date not stated',
    );
  });
});

describe('a day and month stated without a year', () => {
  it('is written as gMonthDay (`--MM-DD`), a day some year has', () => {
    expect(monthDayString(5, 15)).toBe('--05-15');
    expect(monthDayString(2, 29)).toBe('--02-29');
    expect(monthDayString(2, 30)).toBeNull();
    expect(parseMonthDay('--05-15')).toEqual({ month: 5, day: 15 });
    for (const value of ['--13-01', '--04-31', '2026-05-15', '05-15'])
      expect(parseMonthDay(value)).toBeNull();
  });

  it('reads as stated, the year said to be unknown, never "date not stated"', () => {
    expect(readableMonthDay('--05-15')).toBe('15 May, year not stated');
    expect(readableMonthDay('--02-29')).toBe('29 February, year not stated');
    const yearless = { outlet: 'Northline News', published: null, publishedMonthDay: '--05-15' };
    expect(outletAndDate(yearless)).toBe('Northline News · 15 May, year not stated');
    expect(outletAndDate({ ...yearless, outlet: null })).toBe(
      'Outlet not stated · 15 May, year not stated',
    );
    // A stated date with a year is shown as ever.
    expect(outletAndDate({ ...yearless, published: '2026-05-15' })).toBe(
      'Northline News · 15 May 2026',
    );
  });
});
