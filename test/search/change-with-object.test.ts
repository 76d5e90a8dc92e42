/**
 * A change told with an object (fact-change-ends.ts `governingVerb`): "The council lowered the
 * charge from £6.50 to £4" and "… lowered the charge by £2.50, to £4" state one fall of one
 * charge. Before, a change was read only with nothing between the verb and "from"/"to"/"by", so
 * the start of one was set against the size of the other as one quantity: an untrue "sources
 * differ". What stands between the verb and its figures (the object) and the verb's subject (the
 * doer) are compared as they stand: another object or another doer stays apart. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factKindsBothWays } from '../support/fact-kinds.js';

const CLOSE: RelationContext = { published: ['2026-04-02', '2026-04-03'] };
const bothWays = (a: string, b: string) => factKindsBothWays(a, b, CLOSE);

const ENDS =
  'The council lowered the daily parking charge at Tolvey Quay from £6.50 to £4 in March.';
const SIZE =
  'The council lowered the daily parking charge at Tolvey Quay by £2.50, to £4 in March.';

describe('a change told with an object', () => {
  it('joins a fall told by its ends and by its size and end ("lowered the charge")', () => {
    expect(bothWays(ENDS, SIZE)).toEqual(['same-fact', 'same-fact']);
  });

  it('joins it with "cut", and with no comma before "to"', () => {
    expect(
      bothWays(
        'The council cut the parking charge at Tolvey Quay from £6.50 to £4.',
        'The council cut the parking charge at Tolvey Quay by £2.50 to £4.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('joins a rise told with "raised"', () => {
    expect(
      bothWays(
        'The council raised the daily parking charge at Tolvey Quay from £4 to £6.50 in March.',
        'The council raised the daily parking charge at Tolvey Quay by £2.50, to £6.50 in March.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('never calls the start and the size a dispute', () => {
    expect(bothWays(ENDS, SIZE)).not.toContain('disagree');
  });

  it('keeps another object, another doer, or a doer on one side only apart', () => {
    const otherObject =
      'The council lowered the overnight parking charge at Tolvey Quay by £2.50, to £4 in March.';
    const otherThing =
      'The council lowered the daily ferry fare at Tolvey Quay by £2.50, to £4 in March.';
    const otherDoer =
      'The operator lowered the daily parking charge at Tolvey Quay by £2.50, to £4 in March.';
    const passive = 'The daily parking charge at Tolvey Quay was lowered by £2.50, to £4 in March.';
    for (const other of [otherObject, otherThing, otherDoer, passive])
      expect(bothWays(ENDS, other)).not.toContain('same-fact');
  });

  it('keeps a fall apart from a rise of the same object', () => {
    expect(
      bothWays(
        'The council raised the parking charge at Tolvey Quay from £4 to £6.50.',
        'The council cut the parking charge at Tolvey Quay by £2.50 to £4.',
      ),
    ).not.toContain('same-fact');
  });
});
