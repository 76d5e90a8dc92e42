/**
 * A sum told as a verb's object ("offered £2.4 million") and as the premodifier of that verb's
 * noun ("made a £2.1 million offer", "the firm's £2.1 million offer") tells one act's sum: two
 * such sums differ, one told alike joins; another act before the noun, another agent, another
 * purpose or another year keep them apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { sumOfActAndItsNoun } from '../../src/search/select/fact-deverbal-sum.js';

const close = { published: ['2025-05-20', '2025-05-21'] as const };
const verb = 'Brenlow Homes offered £3.6 million for new classrooms.';

describe('a sum told by a verb and by its noun', () => {
  it('differs from the sum before the noun, both ways round', () => {
    const noun = 'Brenlow Homes made a £3.2 million offer for new classrooms.';
    expect(classifyFacts(verb, noun, close).kind).toBe('disagree');
    expect(classifyFacts(noun, verb, { published: ['2025-05-21', '2025-05-20'] }).kind).toBe(
      'disagree',
    );
  });

  it('reads a genitive before the sum as the one who acts', () => {
    const genitive = 'Brenlow Homes’s £3.2 million offer for new classrooms was welcomed.';
    expect(classifyFacts(verb, genitive, close).kind).toBe('disagree');
  });

  it('joins the same sum told both ways', () => {
    const alike = 'Brenlow Homes made a £3.6 million offer for new classrooms.';
    expect(classifyFacts(verb, alike, close)).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart another agent, another act on the noun, another purpose, another year', () => {
    for (const other of [
      'Castlegate Homes made a £3.2 million offer for new classrooms.',
      'Ferrow Council’s £3.2 million offer for new classrooms was welcomed.',
      'Brenlow Homes turned down a £3.2 million offer for new classrooms.',
      'Brenlow Homes made a £3.2 million offer for road repairs.',
      'Brenlow Homes made a £3.2 million offer for new classrooms in 2019.',
    ])
      expect(classifyFacts(verb, other, close).kind, other).toBe('different-fact');
    expect(
      classifyFacts(verb, 'Brenlow Homes made a £3.2 million offer for new classrooms.', {
        published: ['2025-05-20', '2024-02-01'],
      }).kind,
    ).toBe('different-fact');
  });

  it('needs the noun to be the verb’s own and an agent named on both sides', () => {
    const noun = {
      nearest: 'worth',
      terms: new Set(['worth', 'offer', 'made', 'firm']),
      names: new Set<string>(),
      noun: 'offer',
    };
    expect(
      sumOfActAndItsNoun(
        noun,
        { nearest: 'offer', terms: new Set(['offer', 'firm']), names: new Set() },
        'worth',
      ),
    ).toBe(true);
    expect(
      sumOfActAndItsNoun(
        noun,
        { nearest: 'paid', terms: new Set(['paid', 'firm']), names: new Set() },
        'worth',
      ),
    ).toBe(false);
    expect(
      sumOfActAndItsNoun(
        { ...noun, terms: new Set(['worth', 'offer']) },
        { nearest: 'offer', terms: new Set(['offer']), names: new Set() },
        'worth',
      ),
    ).toBe(false);
  });
});
