/**
 * One count told in the active and in the passive ("About 200 people attended a meeting" / "A
 * meeting was attended by more than 300 people") counts one thing: ranges that cannot meet
 * differ on the number (src/search/select/fact-voice.ts, fact-measures.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';

const days = { published: ['2026-05-12', '2026-05-13'] as const };
const active = 'About 200 people attended a public meeting at Harl library on Thursday night.';

describe('a count in the active and the passive', () => {
  it('differs on the number when the ranges cannot meet, both ways round', () => {
    const passive =
      'A public meeting at Harl library on Thursday evening was attended by more than 300 people.';
    expect(classifyFacts(active, passive, days)).toEqual({ kind: 'disagree', aspect: 'number' });
    expect(classifyFacts(passive, active, { published: ['2026-05-13', '2026-05-12'] })).toEqual({
      kind: 'disagree',
      aspect: 'number',
    });
  });

  it('claims nothing when the ranges meet', () => {
    const passive =
      'A public meeting at Harl library on Thursday evening was attended by about 210 people.';
    expect(classifyFacts(active, passive, days).kind).toBe('different-fact');
  });

  it('claims nothing for another act, another thing, or another day', () => {
    // Another act: people who left are not people who attended.
    expect(
      classifyFacts(
        active,
        'A public meeting at Harl library on Thursday evening was left by more than 300 people.',
        days,
      ).kind,
    ).toBe('different-fact');
    // Another thing the act was done to.
    expect(
      classifyFacts(
        active,
        'A candlelit vigil at Harl station on Thursday evening was attended by more than 300 people.',
        days,
      ).kind,
    ).toBe('different-fact');
    // Thursdays of different weeks.
    expect(
      classifyFacts(
        active,
        'A public meeting at Harl library on Thursday evening was attended by more than 300 people.',
        { published: ['2026-05-12', '2026-05-26'] },
      ).kind,
    ).toBe('different-fact');
  });
});
