/**
 * A genitive right before a count ("the zone's 23 entry points", "the county's 12 libraries") is
 * the counted phrase's determiner, not the act the count is of (src/search/select/fact-count-acts.ts
 * `governingUnit`): the verb before it is. So a report that adds the genitive is one measure with
 * one that does not, and another verb before it is still another act. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

describe('a genitive before a count', () => {
  it('leaves the count one measure with the count without it', () => {
    for (const [a, b] of [
      [
        'Crews have installed 46 cameras at 23 entry points.',
        'Crews have installed 46 cameras at the zone’s 23 entry points.',
      ],
      ['The council closed 12 libraries.', 'The council closed the county’s 12 libraries.'],
      ['The council closed 12 libraries.', 'The council closed the county council’s 12 libraries.'],
    ] as const) {
      expect(classifyFacts(a, b)).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(b, a)).toEqual({ kind: 'same-fact' });
    }
  });

  it('keeps another act before it apart', () => {
    expect(
      classifyFacts(
        'Crews have installed 46 cameras at 23 entry points.',
        'Crews have removed 46 cameras from the zone’s 23 entry points.',
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        'The council closed 12 libraries.',
        'The council sold the county’s 12 libraries.',
      ).kind,
    ).toBe('different-fact');
  });
});
