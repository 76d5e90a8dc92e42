/**
 * A past participle set after a noun as a reduced relative clause says which thing is meant, and
 * is no act of the report, whether its past form is regular or irregular ("A letter sent to some
 * parents was wrong": Quirk et al. 1985, ch. 17, non-finite postmodification; "to" before a
 * determiner opens its adverbial of direction, §9.15ff; fact-clauses.ts `inReducedRelative`). An
 * outside tester (session 70) saw such a sentence shown as "also reported by" under a review's
 * finding that letters were sent too late.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';

const related = (a: string, b: string) =>
  [a, b].map(
    (x) =>
      classifyFacts(x, x === a ? b : a, { published: [null, null], synonyms: synonymsFor(a, b) })
        .kind,
  );

describe('an irregular past participle after its noun', () => {
  it('keeps a wrong letter apart from a finding that letters were sent too late', () => {
    expect(
      related(
        "An independent review of the mumps outbreak in Kelby's schools has found that letters warning parents were sent too late and that the trust had ignored falling vaccination rates for years.",
        'A letter sent to some parents was wrong, and the school has corrected it," she said.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('still joins one sending told twice', () => {
    expect(
      related(
        'The school sent letters to every parent on Monday.',
        'Letters were sent to every parent by the school on Monday.',
      ),
    ).toContain('same-fact');
  });
});
