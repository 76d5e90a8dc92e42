/**
 * A noun compound on one side only (src/search/select/fact-compounds.ts `nounModifierOneSided`):
 * "the chess club" names a kind of club, so "Membership of the club fell to 120" / "Membership of
 * the chess club fell to 150" were called "sources differ" though the two clubs may be two.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const PUBLISHED = { published: ['2026-03-08', '2026-03-09'] as const };

describe('two figures of a noun and of a compound with that head', () => {
  it('are no dispute', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'Membership of the club fell to 120 last year.',
        'Membership of the chess club fell to 150 last year.',
      ],
      ['The club has 40 members.', 'The chess club has 55 members.'],
      [
        'Membership of the golf club fell to 120 last year.',
        'Membership of the chess club fell to 150 last year.',
      ],
    ]) {
      expect(classifyFacts(a, b, PUBLISHED).kind, `${a} / ${b}`).toBe('different-fact');
      expect(classifyFacts(b, a, PUBLISHED).kind, `${b} / ${a}`).toBe('different-fact');
    }
  });
});

describe('near misses', () => {
  it('one compound on both sides, or an adjective on one side, still disagree', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'Membership of the chess club fell to 120 last year.',
        'Membership of the chess club fell to 150 last year.',
      ],
      [
        'Membership of the new club fell to 120 last year.',
        'Membership of the club fell to 150 last year.',
      ],
      ['The Kelby chess club has 40 members.', 'The Kelby chess club has 55 members.'],
    ])
      expect(classifyFacts(a, b, PUBLISHED), `${a} / ${b}`).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
  });

  it('one figure of a thing and of its compound is still one fact', () => {
    expect(
      classifyFacts(
        'Membership of the club fell to 120 last year.',
        'Membership of the chess club fell to 120 last year.',
        PUBLISHED,
      ).kind,
    ).toBe('same-fact');
  });
});
