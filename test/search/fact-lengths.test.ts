import { describe, expect, it } from 'vitest';
import { withLengthsInOneUnit } from '../../src/search/select/fact-lengths.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

describe('one length of time in other units', () => {
  it('writes a counted length in days, hours, minutes or seconds, or in years and months', () => {
    expect(withLengthsInOneUnit('closed for two weeks')).toBe('closed for 14 days');
    expect(withLengthsInOneUnit('closed for a fortnight')).toBe('closed for 14 days');
    expect(withLengthsInOneUnit('stranded for 48 hours')).toBe('stranded for 2 days');
    expect(withLengthsInOneUnit('a day and a half')).toBe('36 hours');
    expect(withLengthsInOneUnit('half an hour')).toBe('30 minutes');
    expect(withLengthsInOneUnit('for twenty-four hours')).toBe('for a day');
    expect(withLengthsInOneUnit('a year and a half')).toBe('18 months');
    expect(withLengthsInOneUnit('a two-week closure')).toBe('a 14-day closure');
  });

  it('leaves ages, times placed by a length, and uncounted units as written', () => {
    for (const text of [
      'a 12-year-old boy',
      'six months old',
      'two years ago',
      'three days later',
      'twice a day',
      'in 1.7 seconds',
    ])
      expect(withLengthsInOneUnit(text)).toBe(text);
  });

  it('joins one length told in two units, and sets two lengths of one event apart', () => {
    const published: [string, string] = ['2026-05-06', '2026-05-06'];
    const relation = (a: string, b: string) => classifyFacts(a, b, { published }).kind;
    expect(
      relation(
        'The Orrin ferry was stranded at Kelby for two days.',
        'The Orrin ferry was stranded at Kelby for 48 hours.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The Kelby road was closed for half an hour.',
        'The Kelby road was closed for 30 minutes.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The Orrin ferry was stranded at Kelby for two weeks.',
        'The Orrin ferry was stranded at Kelby for 10 days.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'The Orrin ferry was stranded at Kelby for two days.',
        'The Orrin ferry was stranded at Kelby for two hours.',
      ),
    ).not.toBe('same-fact');
  });
});
