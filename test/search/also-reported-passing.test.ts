/**
 * A verb of passing a threshold before a figure (src/search/select/fact-passing.ts): "has passed
 * 12,000 signatures" states a lower bound, as "more than 12,000 signatures" does, and the total
 * it passes is the one a verb of obtaining got ("had gathered more than 12,000 signatures"), so
 * the reports are one fact; a total told under another verb, another number, another subject,
 * or a motion that "passed 9-4" stays apart. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { passingVerbStart } from '../../src/search/select/fact-passing.js';
import { factValues, qualifierWordSpans } from '../../src/search/select/fact-values.js';

const SAME_DAY: RelationContext = { published: ['2026-03-04', '2026-03-04'] };
const relate = (a: string, b: string) => classifyFacts(a, b, SAME_DAY).kind;
const bothWays = (a: string, b: string) => [relate(a, b), relate(b, a)];

const PETITION = 'A petition against the Kelby pool closure';

describe('a verb of passing a threshold', () => {
  it('ends the text before a figure, perhaps with a currency sign', () => {
    expect(passingVerbStart('The petition has passed ')).toBe(17);
    expect(passingVerbStart('The fund topped £')).toBe(9);
    expect(passingVerbStart('Sales exceeded ')).toBe(6);
    expect(passingVerbStart('The bus passed by ')).toBeNull();
    expect(passingVerbStart('The passenger ')).toBeNull();
  });

  it('bounds its figure from below, as "more than" does', () => {
    const [passed] = factValues(`${PETITION} has passed 12,000 signatures.`).positioned;
    expect(passed).toMatchObject({ number: '12000', bound: 'lower' });
    const [surpassed] = factValues('Kelby fund donations surpassed £2m.').positioned;
    expect(surpassed).toMatchObject({ kind: 'money', bound: 'lower' });
  });

  it('is read with its figure, except before a tally: a motion "passed 9-4" was carried', () => {
    const text = 'The Kelby fund has topped £2m.';
    expect(qualifierWordSpans(text)).toEqual([{ start: 19, end: 26 }]);
    expect(qualifierWordSpans('The Kelby motion passed 9-4.')).toEqual([]);
  });
});

describe('a total passed', () => {
  it('is the same total stated with "more than", or passed in other words', () => {
    expect(
      bothWays(
        `${PETITION} has passed 12,000 signatures.`,
        `${PETITION} has more than 12,000 signatures.`,
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      bothWays(
        'Sales of the Kelby phone topped 2 million in March.',
        'Sales of the Kelby phone passed 2 million in March.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is the figure a passing verb bounds in words of its own', () => {
    expect(
      bothWays(
        'The Kelby council passed 12 bylaws on Monday.',
        'The Kelby council passed more than 12 bylaws on Monday.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('is the total a verb of obtaining got past the same number', () => {
    expect(
      bothWays(
        `${PETITION} has passed 12,000 signatures.`,
        `${PETITION} had gathered more than 12,000 signatures.`,
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      relate(
        `${PETITION} has exceeded 12,000 signatures.`,
        `${PETITION} has collected over 12,000 signatures.`,
      ),
    ).toBe('same-fact');
  });

  it('is not a total told under another verb', () => {
    expect(
      bothWays('The Kelby fund has passed £2m.', 'The Kelby fund has spent more than £2m.'),
    ).not.toContain('same-fact');
    expect(
      relate(
        `${PETITION} has passed 12,000 signatures.`,
        `${PETITION} has rejected more than 12,000 signatures.`,
      ),
    ).not.toBe('same-fact');
  });

  it('is not another number, another subject, or another day', () => {
    expect(
      relate(
        `${PETITION} has passed 12,000 signatures.`,
        `${PETITION} has passed 14,000 signatures.`,
      ),
    ).not.toBe('same-fact');
    expect(
      relate(
        `${PETITION} has passed 12,000 signatures.`,
        'A petition against the Ashby library closure had gathered more than 12,000 signatures.',
      ),
    ).not.toBe('same-fact');
    expect(
      relate(
        `${PETITION} passed 12,000 signatures on Monday.`,
        `${PETITION} had gathered more than 12,000 signatures on Friday.`,
      ),
    ).not.toBe('same-fact');
  });

  it('is not a count got exactly, which it does not state', () => {
    expect(
      relate(
        `${PETITION} has passed 12,000 signatures.`,
        `${PETITION} has gathered 12,000 signatures.`,
      ),
    ).not.toBe('same-fact');
  });

  it('leaves a vote carried apart from one lost', () => {
    expect(relate('The Kelby motion passed 9-4.', 'The Kelby motion failed 9-4.')).not.toBe(
      'same-fact',
    );
  });
});
