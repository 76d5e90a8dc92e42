/**
 * A date on one side only keeps two reports apart, unless it only describes a thing the
 * sentence names, in a clause of its own ("the terminal, completed in 2017, …").
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('a date on one side only', () => {
  it('does not date what is shared when it describes a thing in a clause of its own', () => {
    expect(
      relation(
        'The Harl Point ferry terminal, completed in 2017 several months late, ran about 12 per cent over budget, an audit found.',
        'An audit found the Harl Point ferry terminal ran about 12 per cent over budget.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The agreement, signed on Nov. 19, 2020, allows joint police operations in Tarnby.',
        'The agreement allows joint police operations in Tarnby.',
      ),
    ).toBe('same-fact');
  });

  it('dates what is shared when it is the date of a shared word, opens the sentence, or may time it', () => {
    for (const [dated, undated] of [
      [
        'The agreement was signed in Tarnby in November 2020 by both ministries.',
        'The agreement was signed in Tarnby by both ministries.',
      ],
      [
        'After the election of August 2020, police detained 200 protesters in Tarnby.',
        'Police detained 200 protesters in Tarnby.',
      ],
      [
        'Police detained 200 protesters in Tarnby after the election of August 2020.',
        'Police detained 200 protesters in Tarnby.',
      ],
      [
        'The Harl Point ferry terminal, which ran about 12 per cent over budget, was completed in 2017.',
        'The Harl Point ferry terminal ran about 12 per cent over budget.',
      ],
    ] as const) {
      expect(relation(dated, undated)).toBe('different-fact: dated on one side only');
      expect(relation(undated, dated)).toBe('different-fact: dated on one side only');
    }
  });
});
