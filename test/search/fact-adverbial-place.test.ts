/**
 * "Sources differ" on a place only from a place stated outside a clause of time, reason or
 * condition, of an act the two reports share outside one too (fact-adverbial-place.ts; Quirk et
 * al. 1985, §15.25ff; Levinson 1983, §4.2). An outside tester (session 70) saw "The first case was
 * confirmed at Ostwick Primary School" set against a report of letters that "went out eight days
 * after the first case was confirmed" as differing on the place.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';

const related = (a: string, b: string) =>
  [a, b].map((x) => {
    const relation = classifyFacts(x, x === a ? b : a, {
      published: [null, null],
      synonyms: synonymsFor(a, b),
    });
    return relation.kind === 'disagree' ? `disagree ${relation.aspect}` : relation.kind;
  });

const tarby = 'The first case was confirmed at Tarby Primary School on Monday.';

describe('a place beside a clause of time', () => {
  it('is no place of the act that clause tells', () => {
    for (const other of [
      'Letters to parents at Kelby Road Primary went out eight days after the first case was confirmed.',
      'Letters to parents went out eight days after the first case was confirmed at Kelby Road Primary.',
    ])
      expect(related(tarby, other), other).toEqual(['different-fact', 'different-fact']);
  });

  it('keeps two places of one act told in the main clause a disagreement', () => {
    for (const other of [
      'The first case was confirmed at Kelby Road Primary on Monday.',
      'The first case was confirmed at Kelby Road Primary on Monday, after a pupil fell ill.',
    ])
      expect(related(tarby, other), other).toEqual(['disagree place', 'disagree place']);
  });
});
