/**
 * One quantity in other notation is one value, and the fact relation compares values, not
 * strings: "£231 million" / "£231m", "5 per cent" / "5%", "2.4 million pounds" / "£2.4m",
 * "twice" / "two times" (src/search/select/fact-values.ts `notationWordSpans`, the multiplicatives
 * "once", "twice", "thrice": Quirk et al. 1985, 7.94). The words of a figure's notation are no
 * content words, and what a share or a sum counts is read after them. Invented sentences, after
 * an outside tester's "£231 million" / "£231m" and "twice" / "once" (session 51).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { contentTerms } from '../../src/search/select/fact-content-terms.js';
import { factValues, notationWordSpans } from '../../src/search/select/fact-values.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const terms = (text: string) => [...contentTerms(text).keys()];
const spanWords = (text: string) =>
  notationWordSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('notationWordSpans', () => {
  it('reads a scale word after digits, a share, a currency named, and times', () => {
    expect(spanWords('The scheme will cost £231 million.')).toEqual(['million']);
    expect(spanWords('Rents rose by 5 per cent.')).toEqual(['per cent']);
    expect(spanWords('Rents rose by 5 percent.')).toEqual(['percent']);
    expect(spanWords('The deal is worth 2.4 million pounds.')).toEqual(['million pounds']);
    expect(spanWords('The bus runs three times a week.')).toEqual(['times']);
    expect(spanWords('The river flooded twice in January.')).toEqual(['twice']);
  });

  it('leaves a percentage point, vague counts and words apart from a figure as they are', () => {
    expect(spanWords('Support rose 2 percentage points.')).toEqual([]);
    expect(spanWords('Millions of pounds were spent.')).toEqual([]);
    expect(spanWords('The Sunday Times reported it.')).toEqual([]);
  });

  it('makes one quantity in two notations share every content word', () => {
    expect(terms('The scheme will cost £231 million.')).toEqual(
      terms('The scheme will cost £231m.'),
    );
    expect(terms('The council raised rents by 5 per cent.')).toEqual(
      terms('The council raised rents by 5%.'),
    );
    expect(terms('The repairs cost 2.4 million pounds.')).toEqual(terms('The repairs cost £2.4m.'));
    expect(terms('The river flooded twice.')).toEqual(terms('The river flooded two times.'));
  });
});

describe('multiplicatives among the values', () => {
  const counts = (text: string) => factValues(text).counts;

  it('reads "twice" and "thrice" as counts of times', () => {
    expect(counts('The river burst its banks twice in January.')).toEqual([
      { value: '2', unit: 'time' },
    ]);
    expect(counts('The river burst its banks two times in January.')).toEqual([
      { value: '2', unit: 'time' },
    ]);
    expect(factValues('The bell was rung thrice.').numbers).toEqual(['3']);
    expect(factValues('The bus runs twice a week.').numbers).toEqual(['2']);
  });

  it('leaves a multiplier of a quantity named after it unread as a count of times', () => {
    expect(factValues('The haul was more than twice the target.').numbers).toEqual([]);
    expect(factValues('Twice as many people came.').numbers).toEqual([]);
    expect(factValues('Rainfall was twice a normal year’s.').numbers).toEqual([]);
  });

  it('reads "once" as a count only where it can be nothing else', () => {
    expect(factValues('The bus runs once a week.').numbers).toEqual(['1']);
    expect(factValues('The river has flooded more than once.').numbers).toEqual(['1']);
    expect(factValues('The river has flooded only once since 2004.').numbers).toEqual(['1']);
    expect(factValues('Only once the line opens will fares fall.').numbers).toEqual([]);
    expect(factValues('Only once Kelby council agrees will work start.').numbers).toEqual([]);
    expect(factValues('Kelby was once a port.').numbers).toEqual([]);
    expect(factValues('Once the line opens, fares will fall.').numbers).toEqual([]);
  });
});

describe('what a share or a sum counts', () => {
  it('is read after its notation', () => {
    const unit = (text: string) =>
      factValues(text).positioned.flatMap((p) => ('number' in p ? [p.unit] : []));
    expect(unit('a 3 per cent pay rise')).toEqual(unit('a 3% pay rise'));
    expect(unit('2.4 million pounds for repairs')).toEqual(unit('£2.4m for repairs'));
  });
});

describe('one quantity in other notation, two outlets', () => {
  it('is one fact', () => {
    expect(
      relation(
        'The scheme will cost £231 million, the council said.',
        'The scheme will cost £231m, the council said.',
      ),
    ).toBe('same-fact');
    expect(
      relation('The council raised rents by 5 per cent.', 'The council raised rents by 5%.'),
    ).toBe('same-fact');
    expect(relation('The repairs cost 2.4 million pounds.', 'The repairs cost £2.4m.')).toBe(
      'same-fact',
    );
    expect(
      relation(
        'The river burst its banks twice in January.',
        'The river burst its banks two times in January.',
      ),
    ).toBe('same-fact');
  });

  it('is a disagreement when the values differ, whatever the notation', () => {
    expect(
      relation(
        'The scheme will cost £231 million, the council said.',
        'The scheme will cost £245m, the council said.',
      ),
    ).toBe('disagree');
    expect(
      relation('The council raised rents by 5 per cent.', 'The council raised rents by 7%.'),
    ).toBe('disagree');
    expect(relation('The bus runs three times a week.', 'The bus runs twice a week.')).toBe(
      'disagree',
    );
    expect(relation('The bus runs once a week.', 'The bus runs twice a week.')).toBe('disagree');
  });

  it('is not one fact when the values or measures differ', () => {
    // "Once" here is left unread, and "twice" is a figure the other does not state.
    expect(
      relation(
        'The river burst its banks once in January.',
        'The river burst its banks twice in January.',
      ),
    ).not.toBe('same-fact');
    expect(relation('The repairs cost 2.4 million pounds.', 'The repairs cost €2.4m.')).not.toBe(
      'same-fact',
    );
    // A change in points is a difference of shares, one in per cent a ratio.
    expect(
      relation(
        'Support for the Harwell bypass rose by 6 percentage points, the poll found.',
        'Support for the Harwell bypass rose by 6 per cent, the poll found.',
      ),
    ).toBe('different-fact: percentage points against per cent');
    expect(
      relation(
        'Support for the Harwell bypass rose by 6 percentage points, the poll found.',
        'Support for the Harwell bypass rose by 6 percentage points, the poll found.',
      ),
    ).toBe('same-fact');
  });
});
