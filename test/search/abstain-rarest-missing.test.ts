/**
 * The abstention feature `rarestMissing` (src/search/abstain-features.ts): how far a passage
 * lacks the question's rarest word the coverage uses. On a tiny invented corpus: a town's
 * bridges, one of them named, and a question on a named bridge the passages speak of only by
 * the topic word "bridge".
 */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures, rarestMissing } from '../../src/search/abstain-features.js';
import type { ScoredConcept } from '../../src/search/match.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** Bridges of Corvale: every sentence says "bridge"; "Tollmoor" only one. */
const BRIDGES: SearchFixtureArticle = {
  id: 'bridges',
  title: 'Corvale bridges to be painted',
  outlet: 'Corvale Echo',
  published: '2025-04-09',
  paragraphs: [
    ['The council will paint every bridge in Corvale this summer.'],
    ['The iron bridge by the mill opened in 1881.'],
    ['The stone bridge by the church is the oldest bridge in town.'],
    ['A footbridge at the park will be closed while the bridge crews work.'],
    ['The wooden bridge at the ford opened again after the floods.'],
    ['Painters will start at the Tollmoor bridge, which carries the main road.'],
    ['The council said each bridge would take a week.'],
  ],
};

describe('the rarest word of the question missing from a passage', () => {
  const { index } = engineOver(BRIDGES);

  it('is 0 for a passage holding the rarest word, 1 for one holding only the topic word', () => {
    const input = index.abstentionInput(index.rank('when did the Tollmoor bridge open?'));
    const rankOf = (needle: string) =>
      input.ranked.findIndex((r) => input.textOf(r.sentence).includes(needle));
    const named = rankOf('Tollmoor bridge, which');
    const other = rankOf('iron bridge by the mill opened');
    expect(named).toBeGreaterThanOrEqual(0);
    expect(other).toBeGreaterThanOrEqual(0);
    // The passage two sentences from "Tollmoor" holds only "bridge" and "opened".
    expect(abstentionFeatures(input, other).rarestMissing).toBe(1);
    expect(abstentionFeatures(input, named).rarestMissing).toBe(0);
  });

  it('reads the heaviest concept the coverage uses, and is 0 when it uses none', () => {
    const concept = (weight: number, known: boolean): ScoredConcept =>
      ({
        weight,
        alternatives: known ? [{ ids: [1], factor: 1 }] : [],
      }) as unknown as ScoredConcept;
    // The heaviest word is unknown to the coverage: the next heaviest is read.
    expect(
      rarestMissing([concept(9, false), concept(5, true), concept(2, true)], [0, 0.6, 1]),
    ).toBeCloseTo(0.4);
    expect(rarestMissing([concept(9, false)], [0])).toBe(0);
  });
});
