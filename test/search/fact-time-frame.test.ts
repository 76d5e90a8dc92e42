/**
 * A figure given for a frame of time (search/select/fact-time-frame.ts): "70 jobs would go this
 * year" and "95 jobs would go by 2030" are two quantities, never "sources differ"; the same
 * frame, or none on either side, leaves the figures to the other rules. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts, type RelationContext } from '../../src/search/select/fact-relation.js';
import { timeFramesApart } from '../../src/search/select/fact-time-frame.js';

const close: RelationContext = { published: ['2026-05-04', '2026-05-05'] };

describe('a figure given for a frame of time', () => {
  it('is apart from one given for another frame', () => {
    expect(timeFramesApart('70 jobs would go this year.', '95 jobs would go by 2030.')).toBe(true);
    expect(
      timeFramesApart(
        'Fares will rise 4% next year.',
        'Fares will rise 9% over the next three years.',
      ),
    ).toBe(true);
    expect(timeFramesApart('70 jobs would go this year.', 'Some 95 jobs would go this year.')).toBe(
      false,
    );
    expect(timeFramesApart('70 jobs would go this year.', '95 jobs would go.')).toBe(false);
  });

  it('is no dispute with a figure for another frame, told by one speaker or two', () => {
    for (const [a, b] of [
      [
        'About 70 jobs will go at the Marsh Lane depot this year.',
        'About 95 jobs will go at the Marsh Lane depot by 2030.',
      ],
      [
        'The trust said 70 jobs would go at the Marsh Lane depot this year.',
        'Union officials said 95 jobs would go at the Marsh Lane depot by 2030.',
      ],
    ] as const)
      expect(classifyFacts(a, b, close).kind, b).toBe('different-fact');
  });

  it('still disputes figures for one frame', () => {
    expect(
      classifyFacts(
        'About 70 jobs will go at the Marsh Lane depot this year.',
        'About 95 jobs will go at the Marsh Lane depot this year.',
        close,
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number' });
  });
});
