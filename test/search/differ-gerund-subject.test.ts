/**
 * A figure said of an act told by a gerund-participial clause as subject ("Repainting the
 * benches in the 12 parks will cost £18,000") is not a figure of the things its object names
 * ("The benches and park railings will cost £640,000"): the two are not one fact told with two
 * figures, and no "sources differ" is claimed (fact-gerund-subject.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { gerundSubjectOf } from '../../src/search/select/fact-gerund-subject.js';

const PUBLISHED = { published: ['2025-03-04', '2026-09-10'] as const };

describe('an act as subject against a thing as subject', () => {
  it('claims no disagreement between the cost of an act and the cost of the things', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'The benches and park railings will cost £640,000, according to the council report.',
        'Repainting the benches in the 12 parks will cost £18,000.',
      ],
      [
        'The lamps and street columns will cost £1.4 million, the council said.',
        'Replacing the lamps on the nine streets would cost £60,000.',
      ],
    ]) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        expect(classifyFacts(x, y, PUBLISHED).kind, `${x} / ${y}`).not.toBe('disagree');
    }
  });

  it('reads an opening adverbial or a noun in -ing as no act of a subject', () => {
    expect(gerundSubjectOf('Repainting the benches in the 12 parks will cost £18,000.')).toBe(
      'repain',
    );
    expect(gerundSubjectOf('During the works the bridge will be shut.')).toBeNull();
    expect(gerundSubjectOf('Following the vote, the council will publish its plan.')).toBeNull();
    expect(gerundSubjectOf('Funding for the scheme will rise to £2 million.')).toBeNull();
    expect(gerundSubjectOf('The benches will cost £640,000.')).toBeNull();
  });

  it('still finds a dispute over one act told with two figures', () => {
    expect(
      classifyFacts(
        'Repainting the benches in the 12 parks will cost £18,000, the council said.',
        'Repainting the benches in the 12 parks will cost £25,000, the council said.',
        { published: ['2026-09-10', '2026-09-11'] },
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });
});
