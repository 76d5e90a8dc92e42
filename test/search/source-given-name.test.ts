/**
 * A source's person's given name followed by another family name ("John Ross" beside the
 * author "John Adams") is someone else's name, and names no source: plan/outlet-word-use.ts
 * `givenNameNames`, read by plan/source-match.ts as `writesInName`. Invented addresses.
 */
import { describe, expect, it } from 'vitest';
import { givenNameNames, titleNames } from '../../src/search/plan/outlet-word-use.js';
import { annualAddress, engineOver } from './fixtures.js';

const ADDRESSES = [
  annualAddress(1901, 'Hollis Vane', [
    ['Four hundred seamen were tried for desertion from the fleet this year.'],
  ]),
  annualAddress(1902, 'Orrin Tabb', [
    [
      'The trial of Hollis Grange, a merchant seaman, was held at the consular court in Port Amsel.',
      'The harvest was the largest the country has known.',
    ],
  ]),
  annualAddress(1903, 'Caleb Wroth', [['The new canal opened to traffic in the spring.']]),
];

describe('a given name followed by another family name', () => {
  it('reads the names a title writes, but none from a title in title case', () => {
    expect(titleNames('Annual message, 1901 (Hollis Vane)')).toEqual(['Hollis Vane']);
    expect(titleNames('Guard to Partner With Belarus Police')).toEqual([]);
  });

  it('is another name when the coverage writes the two words as one name', () => {
    const texts = () => ['The trial of Hollis Grange, a merchant seaman, was held.'];
    const names = givenNameNames(['Hollis Vane', 'Orrin Tabb'], texts, 10);
    expect(names('holli', 'grang')).toBe(true);
    // The person's own family name, a family name first, or a pair the coverage never writes.
    expect(names('holli', 'vane')).toBe(false);
    expect(names('vane', 'grang')).toBe(false);
    expect(names('orrin', 'grang')).toBe(false);
  });

  it('answers from the article that tells of that other person, not from the namesake', () => {
    const { engine } = engineOver(...ADDRESSES);
    const quote = engine.ask('where was the seaman Hollis Grange tried?').passages[0]?.quote;
    expect(quote).toContain('consular court in Port Amsel');
  });

  it("still names the source by its person's own name", () => {
    const { engine } = engineOver(...ADDRESSES);
    const quote = engine.ask('what did Hollis Vane say about the seamen?').passages[0]?.quote;
    expect(quote).toContain('Four hundred seamen');
  });
});
