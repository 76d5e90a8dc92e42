/**
 * One act counted under a noun for a kind and a noun for its class ("lost 80 ewes and lambs" /
 * "lost 61 sheep"): every ewe and every lamb is a sheep, so the class cannot truly count fewer
 * than the kind. Invented reports; the near misses keep a class's count above the kind's, two
 * acts, and a noun of another class apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { glossGenus } from '../../src/search/wordnet-relations.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const DAYS = ['2026-07-14', '2026-07-15'] as const;
const kind = (a: string, b: string) => classifyFacts(a, b, { published: DAYS }).kind;

const KINDS = 'Hill farmer Bryn Talog lost 80 ewes and lambs in the heath fire.';
const CLASS = 'Bryn Talog lost 61 sheep in the heath fire, the union said.';

const engineOf = enginesOf(() => ({
  flock: twoOutlets(
    ['Heath fire kills livestock (Echo)', 'Farm losses mount (Radio)'],
    [
      `A heath fire swept across Moel Fach on Sunday.\n\n${KINDS}\n\nVolunteers rebuilt fences.`,
      `Farmers on Moel Fach are counting their losses.\n\n${CLASS}\n\nThe union has set up a hardship fund.`,
    ],
    DAYS,
  ),
}));

describe('a count of kinds above a count of their class', () => {
  it('reads a short gloss\'s head as its genus ("young sheep"), and nothing from a longer one', () => {
    expect(glossGenus('young sheep')).toBe('sheep');
    expect(glossGenus('a female sheep; "the ewe grazed"')).toBe('sheep');
    expect(glossGenus('the flesh of a young domestic sheep eaten as food')).toBeNull();
  });

  it('"lost 80 ewes and lambs" / "lost 61 sheep" disagree, read either way round', () => {
    expect(kind(KINDS, CLASS)).toBe('disagree');
    expect(kind(CLASS, KINDS)).toBe('disagree');
  });

  it('answers "how many" with both passages marked as differing', () => {
    expect(differingSources(engineOf('flock'), 'How many sheep did Bryn Talog lose?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('does not set a class counted above its kinds against them (rams may make up the rest)', () => {
    expect(
      kind('Hill farmer Bryn Talog lost 45 ewes and lambs in the heath fire.', CLASS),
    ).not.toBe('disagree');
    expect(
      kind('Bryn Talog lost 61 sheep in the heath fire.', 'Bryn Talog lost 80 ewes.'),
    ).not.toBe('disagree');
  });

  it('keeps two acts apart', () => {
    expect(kind(KINDS, 'Bryn Talog saved 61 sheep from the heath fire.')).not.toBe('disagree');
  });

  it('reads no kind of person under "people" (pairs-invented-40.json labels those apart)', () => {
    expect(
      kind(
        'About 350 residents were evacuated from Pen-y-Bryn on Sunday night.',
        'Around 300 people were evacuated from Pen-y-Bryn on Sunday night.',
      ),
    ).not.toBe('disagree');
  });

  it('keeps a count holding a noun of another class apart', () => {
    expect(
      kind('Hill farmer Bryn Talog lost 80 ewes and goats in the heath fire.', CLASS),
    ).not.toBe('disagree');
  });
});
