/**
 * One act done to two named things, or in two places, is two events, and a clause marked as a
 * further instance ("also", "too", "as well") is not the instance it adds to (action.ts,
 * patient.ts, additive.ts): event coreference needs matching arguments (Bejan & Harabagiu 2010;
 * Cybulska & Vossen 2014, ECB+), and an additive adjunct marks another instance of the act (Quirk
 * et al. 1985, §8.116). One event told twice in other words, with the same participants, stays
 * one entry. Invented sentences of two towns, published Wednesday 4 June 2025 (Monday is 2 June).
 */
import { describe, expect, it } from 'vitest';
import { hasAdditiveAdjunct } from '../../src/timeline/additive.js';
import { patientOf } from '../../src/timeline/patient.js';
import { taggedWords } from '../../src/timeline/wink.js';
import { entrySources, one } from './fixtures.js';

const PUBLISHED = '2025-06-04';
const entries = (first: string, second: string): string[] =>
  entrySources([one('a', PUBLISHED, first), one('b', PUBLISHED, second)]);

describe('one act of two participants or places', () => {
  it.each([
    [
      'two towns bombed in one year, the second "also"',
      'Pellmoor was also bombed in 1941, when raiders followed the railway east from Tarnby.',
      'Tarnby was bombed repeatedly in 1941, when the docks were targets of the raids.',
      ['1941: a', '1941: b'],
    ],
    [
      'two towns bombed in one year, no "also"',
      'Pellmoor was bombed in 1941, after the raiders had passed Tarnby.',
      'Tarnby was bombed heavily in 1941.',
      ['1941: a', '1941: b'],
    ],
    [
      'one verb, two places',
      'The library in Pellmoor closed its doors in 2019.',
      'The library in Tarnby closed its doors in 2019.',
      ['2019: a', '2019: b'],
    ],
    [
      'a further arrest told with "also"',
      'A woman was also arrested in Tarnby on Monday.',
      'A man was arrested in Tarnby on Monday.',
      ['2025-06-02: a', '2025-06-02: b'],
    ],
  ])('are two entries: %s', (_, first, second, expected) => {
    expect(entries(first, second)).toEqual(expected);
  });
});

describe('one event told twice in other words', () => {
  it.each([
    [
      'one town bombed, passive and active',
      'Tarnby was bombed repeatedly in 1941, when the docks were targets of the raids.',
      'German raiders bombed Tarnby in 1941, hitting the docks.',
      ['1941: a, b'],
    ],
    [
      'one place named as a town and a street in it',
      'The library in Tarnby closed its doors in 2019.',
      'The library on Tarnby High Street closed its doors in 2019.',
      ['2019: a, b'],
    ],
    [
      '"also" with the same participant named in both',
      'Police also arrested the bus driver in Tarnby on Monday.',
      'The bus driver was arrested on Monday.',
      ['2025-06-02: a, b'],
    ],
  ])('is one entry: %s', (_, first, second, expected) => {
    expect(entries(first, second)).toEqual(expected);
  });
});

describe('hasAdditiveAdjunct', () => {
  it.each([
    ['Pellmoor was also bombed in 1941.', true],
    ['Pellmoor was bombed in 1941, too.', true],
    ['Pellmoor was bombed in 1941 as well.', true],
    ['The help came too late in 1941.', false],
    ['Pellmoor as well as Tarnby was bombed in 1941.', false],
  ])('%s → %s', (clause, expected) => {
    expect(hasAdditiveAdjunct(clause)).toBe(expected);
  });
});

describe('patientOf', () => {
  const read = (sentence: string, date: string) => {
    const at = sentence.indexOf(date);
    const patient = patientOf(sentence, at, at + date.length, taggedWords(sentence));
    return patient === null ? null : { nouns: [...patient.nouns], names: [...patient.names] };
  };
  it('reads the subject of a passive, a sentence-initial name by WordNet', () => {
    expect(read('Tarnby was bombed in 1941.', 'in 1941')).toEqual({
      nouns: ['tarnbi'],
      names: ['tarnbi'],
    });
    expect(read('Schools were closed in 1941.', 'in 1941')?.names).toEqual([]);
  });
  it('reads the object of an active verb', () => {
    expect(read('Raiders bombed the Tarnby docks in 1941.', 'in 1941')?.names).toEqual(['tarnbi']);
  });
  it('reads none of a pronoun', () => {
    expect(read('It was bombed in 1941.', 'in 1941')).toBeNull();
  });
});
