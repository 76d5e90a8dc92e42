/**
 * A number in words and the same number in figures are one word to the question: "six" finds
 * "6" and "40" finds "forty" (plan/number-forms.ts). Invented article.
 */
import { describe, expect, it } from 'vitest';
import { otherNumberForm } from '../../src/search/plan/number-forms.js';
import { suiteEngine } from '../support/corpus-fixture.js';

describe('otherNumberForm', () => {
  it('gives the figures of a count in words and the word of a figure', () => {
    expect(otherNumberForm('six')).toBe('6');
    expect(otherNumberForm('forty')).toBe('40');
    expect(otherNumberForm('12')).toBe('twelve');
  });

  it('gives none for "one", a figure with no word, or any other word', () => {
    expect(otherNumberForm('one')).toBeUndefined();
    expect(otherNumberForm('212')).toBeUndefined();
    expect(otherNumberForm('piles')).toBeUndefined();
  });
});

const POST = `Coast route gets night buses

By Nell Ash
Harwick Post | 3 March 2026

The council hired eight drivers for the coast route, a council spokesman said.

Harwick council said 6 drivers would work nights from April.
`;

describe('a question giving a number in words', () => {
  const engine = suiteEngine({ 'post.txt': POST });

  it('matches the number written in figures', () => {
    expect(engine.ask('what did the council say about the six drivers?').passages[0]?.quote).toBe(
      'Harwick council said 6 drivers would work nights from April.',
    );
  });
});
