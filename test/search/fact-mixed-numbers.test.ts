/**
 * A whole number in words with a half added ("eight and a half", "one and a half") is a mixed
 * number (Quirk et al. 1985, §6.64 on fractions; Chicago Manual of Style, 17th ed., 9.15): its
 * value is compared with a figure in digits ("£8.5 million", "3.5 weeks"), its words are value,
 * not content (fact-values.ts `AND_A_HALF`, `cardinalWordSpans`), and its "half" is no word of
 * degree (fact-qualifiers.ts). Invented sentences; the near misses (another figure, a denial, the
 * whole number alone) stay apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { cardinalWordSpans, factValues } from '../../src/search/select/fact-values.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const numbers = (text: string) => factValues(text).numbers;

describe('mixed numbers in words among the values', () => {
  it('adds the half to the whole, before a scale word or a unit', () => {
    expect(numbers('The trust gave eight and a half million pounds.')).toEqual(['8500000']);
    expect(numbers('The trust gave one and a half million pounds.')).toEqual(['1500000']);
    expect(numbers('The works took three and a half weeks.')).toEqual(['3.5']);
    expect(numbers('The works took twenty-two and a half hours.')).toEqual(['22.5']);
    // No half: the whole number alone, as before.
    expect(numbers('The works took three weeks and a day.')).toEqual(['3']);
  });

  it('reads the whole mixed number as value, not content', () => {
    const text = 'The works took three and a half weeks.';
    const start = text.indexOf('three');
    expect(cardinalWordSpans(text)).toEqual([{ start, end: start + 'three and a half'.length }]);
  });
});

describe('one sum or span told as a mixed number in words and in digits', () => {
  const given = 'The Kelmar Arts Trust gave £8.5 million towards the new library.';

  it('is one fact', () => {
    expect(
      relation(
        given,
        'The Kelmar Arts Trust gave eight and a half million pounds towards the new library.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The Kelmar Arts Trust gave £1.5 million towards the new library.',
        'The Kelmar Arts Trust gave one and a half million pounds towards the new library.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'Repairs to the Orran viaduct took 3.5 weeks.',
        'Repairs to the Orran viaduct took three and a half weeks.',
      ),
    ).toBe('same-fact');
  });

  it('keeps another figure, the whole alone and a denial apart', () => {
    expect(
      relation(
        given,
        'The Kelmar Arts Trust gave nine and a half million pounds towards the new library.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'Repairs to the Orran viaduct took 3.5 weeks.',
        'Repairs to the Orran viaduct took three weeks.',
      ),
    ).not.toBe('same-fact');
    expect(
      relation(
        given,
        'The Kelmar Arts Trust denied that it gave eight and a half million pounds towards the new library.',
      ),
    ).toMatch(/^different-fact/);
  });
});
