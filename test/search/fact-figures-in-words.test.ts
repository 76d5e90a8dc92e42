/**
 * Figures written in words as they are spoken (src/search/select/fact-values.ts): an amount told
 * by its currency's name and its hundredths ("twelve pounds fifty" is £12.50), and a cardinal
 * whose groups a comma parts as in figures ("four thousand, eight hundred and twelve" is 4,812).
 * Each joins the figure in digits; another figure stays apart, and a noun after the number or a
 * comma that parts two phrases keeps them two numbers. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factValues } from '../../src/search/select/fact-values.js';

const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });
const WEDNESDAY = '2026-03-04';

const figures = (text: string) =>
  factValues(text).positioned.flatMap((v) => ('number' in v ? [v.number] : []));

describe('an amount and its hundredths after the currency’s name', () => {
  it('reads "twelve pounds fifty" as 12.50 pounds', () => {
    expect(figures('The fee was cut to nine pounds, down from twelve pounds fifty.')).toEqual([
      '9',
      '12.5',
    ]);
    expect(figures('The fine is five euros twenty-five, officials said.')).toEqual(['5.25']);
  });

  it('leaves a number that counts a noun after it', () => {
    expect(figures('He paid ten pounds fifty pence.')).toEqual(['10', '50']);
    expect(figures('It cost five pounds fifty people said.')).toEqual(['5', '50']);
  });

  const DIGITS = 'The daily parking charge on Harl Road was cut from £12.50 to £9 on Tuesday.';
  it('joins the amount in figures, and not another one', () => {
    const words =
      'On Tuesday the daily parking charge on Harl Road was cut from twelve pounds fifty to nine pounds.';
    expect(classifyFacts(DIGITS, words, on(WEDNESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(words, DIGITS, on(WEDNESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(DIGITS, words.replace('fifty', 'twenty'), on(WEDNESDAY, WEDNESDAY)).kind,
    ).not.toBe('same-fact');
  });
});

describe('a comma between the groups of a cardinal in words', () => {
  it('reads one cardinal before a group of hundreds only', () => {
    expect(
      figures('A consultation drew four thousand, eight hundred and twelve responses.'),
    ).toEqual(['4812']);
    expect(figures('It drew four thousand, one hundred and two responses.')).toEqual(['4102']);
    expect(figures('The appeal raised two million, nine charities said.')).toEqual([
      '2000000',
      '9',
    ]);
  });

  const DIGITS = 'A consultation on the Harl Road bus lane drew 4,812 responses.';
  it('joins the count in figures, and differs from another count', () => {
    const words =
      'A consultation on the Harl Road bus lane drew four thousand, eight hundred and twelve responses.';
    expect(classifyFacts(DIGITS, words)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(words, DIGITS)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(DIGITS, words.replace('eight hundred', 'two hundred')).kind).toBe(
      'disagree',
    );
  });
});
