/**
 * A sum premodifying its noun is that thing's worth (src/search/select/fact-sum-worth.ts):
 * "awarded a £34 million contract to Harlow Build" and "The contract, worth £31m, was awarded to
 * Harlow Build" give two figures for one contract's worth, claimed as nothing on the base (an
 * outside tester's miss, session 55). A sum before another noun, or for another party, date or
 * purpose, stays apart. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const PUBLISHED = { published: ['2026-03-08', '2026-03-09'] as const };
const AWARDED =
  'The council awarded a £34 million contract to Harlow Build for the new Brackley bridge.';

/** The relation read both ways round, which must agree. */
function relation(a: string, b: string): string {
  const x = classifyFacts(a, b, PUBLISHED);
  const y = classifyFacts(b, a, PUBLISHED);
  expect(y.kind, `${b} / ${a}`).toBe(x.kind);
  return x.kind;
}

describe('a sum premodifying its noun', () => {
  it("disagrees with that noun's worth told after it", () => {
    expect(
      relation(
        AWARDED,
        'The contract, worth £31m, was awarded to Harlow Build for the new Brackley bridge.',
      ),
    ).toBe('disagree');
  });

  it('is no claim about another noun, party, date or purpose', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'The Brackley council awarded a £34 million contract to Harlow Build.',
        'The contract, worth £31m, was awarded to Dunmore Construction.',
      ],
      [
        'The Brackley council awarded a £34 million contract to Harlow Build.',
        'The contract, worth £31m, was awarded to Harlow Build in 2019.',
      ],
      [
        'The Brackley council awarded a £34 million contract to Harlow Build.',
        'The Brackley council awarded a £31 million grant to Harlow Build.',
      ],
      [
        'Drivers will pay a £5 fee to cross the new Brackley bridge.',
        'Drivers will pay a £6 fee to park at the new Brackley bridge.',
      ],
      [
        'Drivers will pay a £5 fee to cross the new Brackley bridge.',
        'The council awarded a £31m contract to build the new Brackley bridge.',
      ],
      [
        'Brackley Rovers paid a £5 million fee for the striker.',
        'Brackley Rovers paid a £7 million fee for the goalkeeper.',
      ],
    ])
      expect(relation(a, b), `${a} / ${b}`).toBe('different-fact');
  });
});
