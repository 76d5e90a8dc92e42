/**
 * A question of no answer type ("what was the timber insured for") answered by two outlets
 * whose amounts differ: the amounts are found to measure one thing by fact-measures.ts, and
 * they stand after the same words ("timber insured"), which are the question's own
 * (fact-value-slots.ts `numberDisagreement`, select.ts `findDisagreements`). Tiny invented corpora
 * of two articles beside unrelated ones.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets as outletsOf } from '../support/two-outlets.js';

/** Two articles of one day, Tarn Echo's and Gull Radio's, with `echo` and `radio` as bodies. */
function twoOutlets(echo: string, radio: string): Record<string, string> {
  return outletsOf(
    ['Yard fire (Echo)', 'Yard blaze (Radio)'],
    [echo, radio],
    ['2026-06-03', '2026-06-03'],
  );
}

const engineOf = enginesOf(() => ({
  insured: twoOutlets(
    'Fire destroyed a stack of oak at the Kelby yard.\n\nThe oak was insured for £40,000.',
    'Crews fought a blaze at the Kelby yard overnight.\n\nThe oak was insured for £25,000.',
  ),
  twoThings: twoOutlets(
    'Fire destroyed a stack of oak at the Kelby yard.\n\nThe oak was insured for £40,000.',
    'Crews fought a blaze at the Kelby yard overnight.\n\nThe shed was insured for £25,000.',
  ),
}));

const sameDay = { published: ['2026-06-03', '2026-06-03'] as const };

describe('the place two differing amounts stand in', () => {
  it('is the shared words before them, though the passages share too few words to be read so', () => {
    expect(
      classifyFacts(
        'The oak was insured for £40,000.',
        'The oak was insured for £25,000.',
        sameDay,
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number', anchor: ['oak', 'insur'] });
  });

  it('reads the words between as the place when they are on one side only', () => {
    expect(
      classifyFacts(
        'The oak was insured for £40,000.',
        'The council said the oak was insured for £25,000.',
        sameDay,
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number', anchor: ['oak', 'insur'] });
  });

  it('is none when no shared words stand before the counts', () => {
    const relation = classifyFacts(
      'The company said 9,800 tickets had been sold.',
      'Coastline FM understands that around 9,400 tickets had been sold.',
      sameDay,
    );
    expect(relation).toEqual({ kind: 'disagree', aspect: 'number' });
  });
});

describe('a question of no answer type asking an amount', () => {
  it('"insured for £40,000" / "insured for £25,000": sources differ on the number', () => {
    expect(differingSources(engineOf('insured'), 'What was the oak insured for?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('a question not in the words before the amounts claims no difference', () => {
    expect(differingSources(engineOf('insured'), 'What happened to the oak at the yard?')).toEqual(
      [],
    );
  });

  it('amounts of two things insured are not a dispute', () => {
    expect(differingSources(engineOf('twoThings'), 'What was the oak insured for?')).toEqual([]);
  });
});
