/**
 * "Also reported by" only when one act was done to the same things (src/search/select/
 * fact-patients.ts): a fire that destroyed an arcade and a ballroom is not confirmed by another
 * outlet's fire that destroyed a boathouse at "the landward end" of another jetty; the same
 * destruction told in the passive still is. Tiny invented corpora of two articles.
 */
import { describe, expect, it } from 'vitest';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';

const arcade =
  'The fire on Saturday night destroyed the Tolver Arcade and the Marine Ballroom at the landward end of the jetty.';
const corpus = (other: string) =>
  twoOutlets(
    ['Jetty fire destroys arcade', 'Second jetty fire'],
    [`${arcade}\n\nCrews stayed until dawn.`, `${other}\n\nThe jetty reopened on Monday.`],
    ['2025-06-19', '2025-06-20'],
  );

const engineOf = enginesOf(() => ({
  boathouse: corpus(
    'A wooden boathouse at the landward end of Kelby Jetty was destroyed, and a fence next to it was scorched.',
  ),
  passive: corpus(
    'The Tolver Arcade and the Marine Ballroom at the landward end of the jetty were destroyed by the fire.',
  ),
}));

const alsoReported = (name: string) =>
  engineOf(name)
    .ask('What was destroyed at the landward end of the jetty?')
    .passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('"also reported by" for one act over the same things only', () => {
  it('is not claimed for the act over other things', () => {
    expect(alsoReported('boathouse')).toEqual([]);
  });

  it('is claimed for the same things told in the passive', () => {
    expect(alsoReported('passive')).toHaveLength(1);
  });
});
