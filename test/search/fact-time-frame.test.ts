/**
 * A figure given for a frame of time (search/select/fact-time-frame.ts): "70 jobs would go this
 * year" and "95 jobs would go by 2030" are two quantities, never "sources differ"; the same
 * frame, or none on either side, leaves the figures to the other rules; a frame relative to the
 * time of writing ("this year", "by the end of the decade") is resolved against its article's
 * year first. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
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

  it("resolves a frame relative to the time of writing against its article's year", () => {
    const in2026: readonly [string, string] = ['2026-05-04', '2026-05-05'];
    const across: readonly [string, string] = ['2025-12-30', '2026-01-02'];
    expect(timeFramesApart('Fares rise 4% this year.', 'Fares rise 9% in 2026.', in2026)).toBe(
      false,
    );
    expect(timeFramesApart('Fares rise 4% this year.', 'Fares rise 9% in 2026.', across)).toBe(
      true,
    );
    expect(timeFramesApart('Fares rise 4% next year.', 'Fares rise 9% this year.', across)).toBe(
      false,
    );
    expect(timeFramesApart('60 homes by the end of the decade.', '90 homes by 2030.', in2026)).toBe(
      false,
    );
    expect(
      timeFramesApart('60 homes by the end of the year.', '90 homes by the end of 2026.', in2026),
    ).toBe(false);
    expect(timeFramesApart('60 homes by the end of the year.', '90 homes by 2030.', in2026)).toBe(
      true,
    );
    // An article of no stated day keeps its frames as written.
    expect(
      timeFramesApart('Fares rise 4% this year.', 'Fares rise 9% in 2026.', [null, null]),
    ).toBe(true);
  });

  it('disputes figures for one time written two ways', () => {
    expect(
      classifyFacts(
        'About 70 jobs will go at the Marsh Lane depot by 2030.',
        'About 95 jobs will go at the Marsh Lane depot by the end of the decade.',
        close,
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number' });
  });
});
