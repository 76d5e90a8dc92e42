import { describe, expect, it } from 'vitest';
import { differingSlot } from '../../src/search/select/fact-slots.js';

describe('differingSlot', () => {
  it('finds words swapped in one place of the same wording', () => {
    expect(
      differingSlot(
        ['council', 'vote', 'close', 'gate'],
        ['council', 'vote', 'open', 'gate'],
        2,
        1,
      ),
    ).toEqual({ a: ['close'], b: ['open'] });
    expect(
      differingSlot(['shellfish', 'survei', 'began'], ['cost', 'review', 'began'], 2, 1),
    ).toEqual({ a: ['shellfish', 'survei'], b: ['cost', 'review'] });
  });

  it('finds none for an added detail, a long swap, or wording different throughout', () => {
    expect(
      differingSlot(['council', 'vote', 'gate'], ['council', 'vote', 'close', 'gate'], 2, 1),
    ).toBeNull();
    expect(differingSlot(['a', 'x', 'y', 'z', 'b'], ['a', 'p', 'q', 'r', 'b'], 2, 1)).toBeNull();
    expect(
      differingSlot(['a', 'x', 'b', 'c', 'd', 'e'], ['a', 'y', 'b', 'f', 'g', 'h'], 2, 1),
    ).toBeNull();
  });

  it('ignores verbs of attribution', () => {
    expect(differingSlot(['varga', 'told', 'monei'], ['varga', 'said', 'monei'], 2, 1)).toBeNull();
  });
});
