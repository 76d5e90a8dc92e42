/**
 * A subject complement read through a partitive (src/search/select/fact-states.ts `COPULA`):
 * "The Arlow viaduct is one of the longest railway bridges in the county" and "… is one of the
 * most storm-damaged structures in the country" say two things of one subject (Quirk et al. 1985,
 * §10.16–10.17: the subject complement is what the clause predicates; Huddleston & Pullum 2002,
 * ch. 5: "one of the …" is a fused-head partitive whose set its modifier describes). Read as "one", both
 * complements were the same word, and the pair was claimed as one fact. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const PUBLISHED = { published: ['2026-05-04', '2026-05-12'] as const };

const both = (a: string, b: string) => [
  classifyFacts(a, b, PUBLISHED).kind,
  classifyFacts(b, a, PUBLISHED).kind,
];

describe('a copular clause with a partitive complement', () => {
  it('keeps two properties of one subject two facts', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'The Pellford bridge is one of the oldest bridges in the county.',
        'The Pellford bridge is one of the most dangerous crossings in the region.',
      ],
      [
        'The Arlow viaduct is one of the longest bridges in the county, with 22 arches of sandstone cut from the Denby quarry.',
        'The dispute matters because the Arlow viaduct is one of the most storm-damaged bridges in the country.',
      ],
      [
        'Kelby Hall is one of the oldest houses in Dunmere.',
        'Kelby Hall is one of the least visited houses in the north.',
      ],
    ])
      expect(both(a, b)).not.toContain('same-fact');
  });

  it('leaves one property told alike one fact', () => {
    expect(
      both(
        'The Arlow viaduct is one of the longest railway bridges in the county.',
        "The Arlow viaduct is one of the county's longest railway bridges.",
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      both(
        'Kelby Hall is one of the oldest houses in the district.',
        'Kelby Hall is still one of the oldest houses in the district.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});
