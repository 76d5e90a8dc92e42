/**
 * Cardinals written in words are read by the grammar of English cardinals (Quirk et al. 1985,
 * 6.63-6.64; CGEL ch. 5): "one hundred", "three hundred and fifty", "two thousand five hundred",
 * "half a million" are the values 100, 350, 2,500 and 500,000, compared with figures in digits
 * (src/search/select/fact-values.ts `cardinalWords`); their words are value, not content
 * (`cardinalWordSpans`); "half" before "a million" is no word of degree (fact-qualifiers.ts).
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  cardinalWordSpans,
  cardinalWords,
  factValues,
} from '../../src/search/select/fact-values.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const numbers = (text: string) => factValues(text).numbers;

describe('cardinalWords', () => {
  it('reads groups below a thousand and scale words of falling size', () => {
    expect(cardinalWords('three hundred and fifty homes', 0)).toMatchObject({ value: 350 });
    expect(cardinalWords('two thousand five hundred people', 0)).toMatchObject({ value: 2500 });
    expect(cardinalWords('one million two hundred thousand voters', 0)).toMatchObject({
      value: 1_200_000,
      roundedTo: 1_000,
    });
    expect(cardinalWords('a hundred and twenty homes', 0)).toMatchObject({ value: 120 });
    expect(cardinalWords('two hundred and fifty thousand people', 0)).toMatchObject({
      value: 250_000,
    });
  });

  it('stops where the words stop being one cardinal', () => {
    const text = 'between two hundred and three hundred people';
    const two = text.indexOf('two');
    expect(cardinalWords(text, two)).toEqual({
      value: 200,
      end: two + 'two hundred'.length,
      roundedTo: 100,
    });
    expect(cardinalWords('nine people', 0)).toBe(null);
    expect(cardinalWords('twenty five', 0)).toBe(null);
    expect(cardinalWords('two million a year', 0)).toMatchObject({ value: 2_000_000 });
  });
});

describe('numbers in words among the values', () => {
  it('reads one value per cardinal', () => {
    expect(numbers('Three hundred and fifty homes lost power.')).toEqual(['350']);
    expect(numbers('One hundred people live there.')).toEqual(['100']);
    expect(numbers('Half a million people live there.')).toEqual(['500000']);
    expect(numbers('between two hundred and three hundred people')).toEqual(['200', '300']);
    expect(numbers('It cost one thousand and five dollars.')).toEqual(['1005']);
  });

  it('leaves "one" alone when no scale word follows it', () => {
    expect(numbers('One of the nine boats sank.')).toEqual(['9']);
  });

  it('reads "one" after a tens word\'s hyphen as its unit', () => {
    expect(numbers('Forty-one routes were withdrawn.')).toEqual(['41']);
    expect(numbers('Twenty-one thousand people signed.')).toEqual(['21000']);
    expect(cardinalWords('three hundred and sixty-one homes', 0)).toMatchObject({ value: 361 });
    // A hyphen after another word makes no number of "one": "one-off", "no-one".
    expect(numbers('It was a one-off payment to no-one.')).toEqual([]);
  });

  it('reads the words of a cardinal as its value', () => {
    const text = 'One hundred people and half a million bees.';
    expect(cardinalWordSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'One hundred',
      'half a million',
    ]);
    expect(cardinalWordSpans('Nine people and 200 million bees.')).toEqual([]);
  });
});

describe('a number in words against one in digits', () => {
  it('is one fact when the values are equal', () => {
    expect(relation('One hundred people live in Kelby.', '100 people live in Kelby.')).toBe(
      'same-fact',
    );
    expect(
      relation(
        'Three hundred and fifty homes lost power in Kelby on Monday.',
        '350 homes lost power in Kelby on Monday.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'Half a million people watched the Kelby parade.',
        '500,000 people watched the Kelby parade.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'Two thousand five hundred people attended the Kelby fair on Sunday.',
        '2,500 people attended the Kelby fair on Sunday.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'Forty-one routes were withdrawn in Kelby on Monday.',
        '41 routes were withdrawn in Kelby on Monday.',
      ),
    ).toBe('same-fact');
  });

  it('disagrees on the number when the values differ', () => {
    expect(
      relation(
        'Three hundred and fifty homes lost power in Kelby on Monday.',
        '400 homes lost power in Kelby on Monday.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'One hundred people were evacuated from Kelby on Sunday.',
        '120 people were evacuated from Kelby on Sunday.',
      ),
    ).toBe('disagree');
  });
});
