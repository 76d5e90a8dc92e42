/**
 * Two votes told in one article are never a disagreement of sources
 * (src/search/select/figures-elsewhere.ts): Tarn Echo tells of the strike ballot and of the later
 * vote to accept the deal; Gull Radio of the later vote only. Gull Radio's 88% is not set against
 * Tarn Echo's 81%, which Tarn Echo itself gives beside its own 88%. One vote told with two
 * figures still differs. Tiny invented corpora of two articles beside unrelated ones.
 */
import { describe, expect, it } from 'vitest';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const titles = ['Pellam Wire strike ends', 'Pellam Wire staff accept offer'] as const;
const days = ['2025-03-13', '2025-03-13'] as const;

const engineOf = enginesOf(() => ({
  twoVotes: twoOutlets(
    titles,
    [
      'Staff at the Pellam Wire factory walked out in February.\n\nIn the strike ballot, 81% of members voted in favour.\n\nOn Wednesday the union said 88% of members had voted to accept the new offer.',
      'Pellam Wire staff have accepted a new pay offer.\n\nIn the ballot, 88% of members voted in favour.',
    ],
    days,
  ),
  oneVote: twoOutlets(
    titles,
    [
      'Staff at the Pellam Wire factory walked out in February.\n\nIn the ballot, 81% of members voted in favour.',
      'Pellam Wire staff have accepted a new pay offer.\n\nIn the ballot, 88% of members voted in favour.',
    ],
    days,
  ),
}));

describe('figures an article gives itself', () => {
  const question = 'What share of members voted in favour in the ballot?';

  it('are never set against the other outlet as a disagreement', () => {
    expect(differingSources(engineOf('twoVotes'), question)).toEqual([]);
  });

  it('leave a disagreement of one vote standing', () => {
    expect(differingSources(engineOf('oneVote'), question)).toEqual([['number', 'echo radio']]);
  });
});
