/**
 * One group counted under a general noun for people in one report and a kind of person in the
 * other, with different figures ("about 140 people who were evacuated from …" / "90 residents
 * were evacuated from …"): one act on one place counted twice, so the reports differ on the
 * number. Invented two-outlet corpora; the near misses keep two places, two acts and two kinds
 * of thing apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const TITLES = ['Flood water reaches Brinscombe (Echo)', 'Villages cleared (Radio)'] as const;
const DAYS = ['2026-02-10', '2026-02-11'] as const;
const days = { published: DAYS } as const;
const kind = (a: string, b: string) => classifyFacts(a, b, days).kind;

const GENERAL =
  'Around 230 people who were moved out of Brinscombe and Ottery Vale slept at the leisure centre.';
const SPECIFIC = '160 householders were moved out of Brinscombe and Ottery Vale as the river rose.';

const engineOf = enginesOf(() => ({
  evacuees: twoOutlets(
    TITLES,
    [
      `The River Tale burst its banks on Monday night.\n\n${GENERAL}\n\nThe Environment Agency kept a severe warning in place.`,
      `Rescue teams worked through the night in the Tale valley.\n\n${SPECIFIC}\n\nSandbags were handed out in Lenham.`,
    ],
    DAYS,
  ),
}));

describe('a general noun for people and a kind of person, counted differently', () => {
  it('"around 230 people who were moved out of …" / "160 householders were moved out of …" disagree', () => {
    expect(kind(GENERAL, SPECIFIC)).toBe('disagree');
    expect(kind(SPECIFIC, GENERAL)).toBe('disagree');
  });

  it('answers "how many" with both passages marked as differing', () => {
    expect(
      differingSources(
        engineOf('evacuees'),
        'How many people were moved out of Brinscombe and Ottery Vale?',
      ),
    ).toEqual([['number', 'echo radio']]);
  });

  it('keeps counts of two places apart', () => {
    expect(
      kind(
        'Around 230 people who were moved out of Brinscombe slept at the leisure centre.',
        '160 householders were moved out of Ottery Vale as the river rose.',
      ),
    ).not.toBe('disagree');
  });

  it('keeps counts of two acts apart', () => {
    expect(
      kind(GENERAL, '160 householders were rescued from Brinscombe and Ottery Vale by boat.'),
    ).not.toBe('disagree');
  });

  it('keeps a count of people and one of homes apart', () => {
    expect(
      kind(GENERAL, '160 homes were moved out of Brinscombe and Ottery Vale as the river rose.'),
    ).not.toBe('disagree');
  });

  it('keeps two kinds of person apart, neither a general noun', () => {
    expect(
      kind(
        'Around 230 pupils who were moved out of Brinscombe and Ottery Vale slept at the leisure centre.',
        SPECIFIC,
      ),
    ).not.toBe('disagree');
  });
});
