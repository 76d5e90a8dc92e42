/**
 * A change's two ends in either order, and an end differing while the other agrees
 * (src/search/select/fact-range-units.ts `changeStartAfterEnd`, fact-value-slots.ts ranks by
 * role, fact-differing-values.ts): "fell to 120 from 300" and "fell from 300 to 120" state one
 * change; "rose from 4 to 9 seats" and "rose from 4 seats to 11" one change whose end the two
 * reports give differently. Both were claimed as nothing on the base (an outside tester's misses,
 * session 55). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const PUBLISHED = { published: ['2026-03-08', '2026-03-09'] as const };
const FELL = 'Membership of the Orwell rowing club fell to 120 from 300 last year.';
const ROSE = "The Greens' share of the Lowther council rose from 4 to 9 seats in the May election.";

/** The relation read both ways round, which must agree. */
function relation(a: string, b: string): string {
  const x = classifyFacts(a, b, PUBLISHED);
  const y = classifyFacts(b, a, PUBLISHED);
  expect(y.kind, `${b} / ${a}`).toBe(x.kind);
  return x.kind;
}

describe("a change's two ends", () => {
  it('in either order are one change', () => {
    expect(
      relation(FELL, 'Membership of the Orwell rowing club fell from 300 to 120 last year.'),
    ).toBe('same-fact');
    expect(
      relation(
        "The Greens' share of the Lowther council rose to 9 seats from 4 in the May election.",
        "The Greens' share of the Lowther council rose from 4 seats to 9 in the May election.",
      ),
    ).toBe('same-fact');
  });

  it('differing in one role, the other alike, disagree', () => {
    for (const b of [
      "The Greens' share of the Lowther council rose from 4 seats to 11 in the May election.",
      "The Greens' share of the Lowther council rose from 4 to 11 seats in the May election.",
    ])
      expect(relation(ROSE, b), b).toBe('disagree');
    for (const b of [
      'Membership of the Orwell rowing club fell from 300 to 150 last year.',
      'Membership of the Orwell rowing club fell from 250 to 120 last year.',
    ])
      expect(relation(FELL, b), b).toBe('disagree');
  });

  it('are no claim for a change the other way, two years or two frames of time', () => {
    for (const [a, b] of <[string, string][]>[
      [FELL, 'Membership of the Orwell rowing club rose from 120 to 300 last year.'],
      [
        "The Greens' share of the Lowther council rose from 4 to 9 seats in 2019.",
        "The Greens' share of the Lowther council rose from 4 to 11 seats in 2023.",
      ],
      [
        'Staff numbers at the Fennick plant will be cut from 400 to 250 this year.',
        'Staff numbers at the Fennick plant will be cut from 400 to 300 by 2030.',
      ],
      // A range's bounds are no change's ends: estimates, not a dispute.
      [
        'Between 200 and 300 people attended the vigil in Fennick on Sunday.',
        'Between 200 and 350 people attended the vigil in Fennick on Sunday.',
      ],
    ])
      expect(relation(a, b), `${a} / ${b}`).toBe('different-fact');
  });
});
