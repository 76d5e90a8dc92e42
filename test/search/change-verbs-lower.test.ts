/**
 * "Lower" as a causative verb of change (src/search/change-verbs.ts LOWERING_VERBS): "was lowered
 * from £6.50 to £4" and "was lowered by £2.50, to £4" state one fall of one charge, as "cut" and
 * "reduce" already did (fact-change-ends.ts, fact-change-size.ts). Before, "lowered" gave no
 * direction, so the two figures of each side were set against each other as one quantity: an
 * untrue "sources differ". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factKindsBothWays } from '../support/fact-kinds.js';

const CLOSE: RelationContext = { published: ['2026-04-02', '2026-04-03'] };
const bothWays = (a: string, b: string) => factKindsBothWays(a, b, CLOSE);

const ENDS = 'The daily parking charge at Tolvey Quay was lowered from £6.50 to £4 in March.';
const SIZE = 'The daily parking charge at Tolvey Quay was lowered by £2.50, to £4 in March.';

describe('"lower" as a verb of change', () => {
  it('joins a fall told by its ends and by its size and end', () => {
    expect(bothWays(ENDS, SIZE)).toEqual(['same-fact', 'same-fact']);
  });

  it('joins it told with "cut" on one side', () => {
    const cut = 'The daily parking charge at Tolvey Quay was cut from £6.50 to £4 in March.';
    expect(bothWays(cut, SIZE)).toEqual(['same-fact', 'same-fact']);
  });

  it('joins the end told first ("lowered to £4 from £6.50")', () => {
    expect(
      bothWays(
        'Harbour dues at Tolvey Quay were lowered to £4 from £6.50 in March.',
        'Harbour dues at Tolvey Quay were lowered by £2.50, to £4 in March.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('still sets a size the ends do not bear out, or another end, against the other', () => {
    const otherSize = 'The daily parking charge at Tolvey Quay was lowered by £2, to £4 in March.';
    const otherEnd =
      'The daily parking charge at Tolvey Quay was lowered from £6.50 to £4.50 in March.';
    expect(bothWays(ENDS, otherSize)).not.toContain('same-fact');
    expect(bothWays(ENDS, otherEnd)).not.toContain('same-fact');
  });

  it('keeps a rise apart from a fall', () => {
    const raised = 'The daily parking charge at Tolvey Quay was raised by £2.50, to £4 in March.';
    expect(bothWays(ENDS, raised)).not.toContain('same-fact');
  });
});
