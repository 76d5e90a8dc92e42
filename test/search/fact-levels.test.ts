/**
 * One level of a measure told with two verbs (fact-levels.ts): "rose to 84 percent" / "reached 84
 * percent" / "stood at 84 percent" are one fact; counts of two acts, contrary ways, another figure
 * or a forecast are not. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const kind = (a: string, b: string) =>
  classifyFacts(a, b, { published: ['2021-03-08', '2021-03-08'] }).kind;

const ROSE = 'The Dunmore reservoir level rose to 84 percent on Friday.';

describe('one level told with two verbs', () => {
  it('is one fact whether the level was risen to, reached or stood at', () => {
    expect(kind(ROSE, 'The Dunmore reservoir level reached 84 percent on Friday.')).toBe(
      'same-fact',
    );
    expect(kind(ROSE, 'The Dunmore reservoir level stood at 84 percent on Friday.')).toBe(
      'same-fact',
    );
    expect(
      kind(
        'The death toll from the Ashby landslide rose to 14.',
        'The death toll from the Ashby landslide reached 14.',
      ),
    ).toBe('same-fact');
  });

  it('is not one fact for contrary ways, another figure, a change, a forecast or two acts', () => {
    expect(kind(ROSE, 'The Dunmore reservoir level fell to 84 percent on Friday.')).toBe(
      'different-fact',
    );
    expect(kind(ROSE, 'The Dunmore reservoir level reached 85 percent on Friday.')).toBe(
      'different-fact',
    );
    // "Rose 84 percent" is a change by the figure, not a level.
    expect(kind('The Dunmore reservoir level rose 84 percent on Friday.', ROSE)).toBe(
      'different-fact',
    );
    expect(
      kind(ROSE, 'The Dunmore reservoir level was expected to reach 84 percent on Friday.'),
    ).toBe('different-fact');
    expect(
      kind(
        'About 200 people marched through Selby on Sunday.',
        'About 200 people were detained in Selby on Sunday.',
      ),
    ).toBe('different-fact');
  });
});
