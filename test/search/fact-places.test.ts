/**
 * A place on one side, another name where a place may stand on the other (fact-places.ts):
 * never the same fact. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('a place named on one side, another name on the other', () => {
  const kelby = 'The stolen Ashby portrait was found in a garage in Kelby on Tuesday.';

  it('is never the same fact, wherever the other name stands', () => {
    for (const durnford of [
      'The stolen Ashby portrait was found in a Durnford garage on Tuesday.',
      "The stolen Ashby portrait was found in Durnford's old quarter on Tuesday.",
      'The stolen Ashby portrait was found on Tuesday by Durnford police in a garage.',
    ])
      expect(relation(durnford, kelby)).toBe('different-fact: different places');
    expect(
      relation(
        'Police found the stolen Ashby portrait in a garage in Durnford.',
        'The stolen Ashby portrait was found by police in a Kelby garage.',
      ),
    ).toBe('different-fact: different places');
  });

  it('leaves alone the same place, a place on one side only, and names that are no place', () => {
    expect(
      relation(kelby, 'The stolen Ashby portrait was found in a Kelby garage on Tuesday.'),
    ).toBe('same-fact');
    expect(relation(kelby, 'The stolen Ashby portrait was found in a garage on Tuesday.')).toBe(
      'same-fact',
    );
    // A storm's name, or who said it, is not where it happened.
    expect(
      relation(
        'The Kelby council approved an extra £24m for the Tarn sea wall in December.',
        'In December, the council approved an extra £24m for the sea wall after Storm Fenna.',
      ),
    ).not.toBe('different-fact: different places');
    expect(
      relation(kelby, 'The stolen Ashby portrait was found in a garage on Tuesday, Ana Ruiz said.'),
    ).not.toBe('different-fact: different places');
  });
});

describe('a place read up to an apostrophe', () => {
  const kelby = 'The stolen Ashby portrait was found in a garage in Kelby on Tuesday.';

  it('is the place without a quotation mark closing it', () => {
    for (const quoted of [
      'The stolen Ashby portrait was found in a garage in ‘Kelby’ on Tuesday.',
      "The stolen Ashby portrait was found in a garage in 'Kelby' on Tuesday.",
      "The stolen Ashby portrait was found in a garage in Kelby' on Tuesday.",
    ])
      expect(relation(quoted, kelby)).toBe('same-fact');
  });

  it("with a plural possessive's apostrophe, names where a place may stand", () => {
    expect(
      relation("The stolen Ashby portrait was found in Durnes' old quarter on Tuesday.", kelby),
    ).toBe('different-fact: different places');
  });
});
