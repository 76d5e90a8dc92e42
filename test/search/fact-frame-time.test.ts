/**
 * A time between a verb of saying and the clause it reports dates the saying, not the fact
 * (src/search/select/fact-attribution.ts `claimOf`, fact-resolved-time.ts `outsideFrame`):
 * "Mara Stott confirmed last week that the Kelby ferry will stop in June" reports the same plan
 * as "The Kelby ferry will stop in June" in an article of another day. A time inside the
 * reported clause is still the fact's, and a possessive opens the reported clause. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../src/search/select/fact-attribution.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

/** 8 March 2026 is a Sunday; 16 March the Monday after next. */
const on = (a: string, b: string): RelationContext => ({ published: [a, b] });

const FRAMED =
  'Ferry manager Mara Stott confirmed last week that the Kelby ferry will stop running in June.';
const PLAIN = 'The Kelby ferry will stop running in June.';

describe('a time in a frame of saying', () => {
  it('is part of the frame, before "that"', () => {
    expect(claimOf(FRAMED).trim()).toBe('the Kelby ferry will stop running in June.');
    expect(claimOf('The mayor said on Tuesday that the bridge had reopened.').trim()).toBe(
      'the bridge had reopened.',
    );
  });

  it('is not when a possessive opens the reported clause', () => {
    expect(claimOf('The council said last year’s figures were wrong.')).toContain('last year’s');
  });

  it('is no time of the fact reported: the two reports are one fact, both ways round', () => {
    expect(classifyFacts(FRAMED, PLAIN, on('2026-03-08', '2026-03-16')).kind).toBe('same-fact');
    expect(classifyFacts(PLAIN, FRAMED, on('2026-03-16', '2026-03-08')).kind).toBe('same-fact');
  });

  it('near miss: a time inside the reported clause is still the fact’s', () => {
    expect(
      classifyFacts(
        'The Kelby ferry stopped running last week.',
        'The Kelby ferry stopped running on Wednesday.',
        on('2026-03-08', '2026-03-16'),
      ).kind,
    ).toBe('different-fact');
  });
});
