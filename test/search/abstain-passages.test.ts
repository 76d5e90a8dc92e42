/**
 * Abstention weighing each of the best passages as the answer (src/search/abstain-features.ts
 * `passageFeatures`, src/search/abstain.ts `questionProbability`): a question is answered when
 * one of the passages a reply shows answers, whatever the ranking put first. On a tiny invented
 * corpus and a hand-made model.
 */
import { describe, expect, it } from 'vitest';
import { abstentionFeatures, passageFeatures } from '../../src/search/abstain-features.js';
import {
  ABSTENTION_FEATURES,
  type AbstainModel,
  type AbstentionFeatures,
} from '../../src/search/abstain-model.js';
import { answerProbability, decide, questionProbability } from '../../src/search/abstain.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/**
 * A bridge closed for repairs: the council's own words twice, once with a deadline and no sum,
 * once with the sum it gives (in other words than "giving").
 */
const BRIDGE: SearchFixtureArticle = {
  id: 'bridge',
  title: 'Orrin bridge closed for repairs',
  outlet: 'Vale Courier',
  published: '2025-03-02',
  paragraphs: [
    ['The Orrin bridge closed on Monday after cracks were found in two arches.'],
    ['The council will ask the rail trust to reopen the bridge no later than 31 March.'],
    ['Buses will replace trains between Orrin and Marsh End until then.'],
    ['The council will contribute £250,000 towards the repairs.'],
  ],
};

const QUESTION = 'how much money is the council giving?';

describe('the evidence of a passage below the first', () => {
  const { index } = engineOver(BRIDGE);
  const input = index.abstentionInput(index.rank(QUESTION));
  const text = (rank: number) => input.textOf(input.ranked[rank]!.sentence);
  // The two sentences naming the council: the best two candidates, in either order.
  const read = [0, 1].map((rank) => abstentionFeatures(input, rank));

  it('is read on that passage, against the best of the others', () => {
    read.forEach((features, rank) => expect(features.score).toBe(input.ranked[rank]!.score));
    expect(read[1]!.margin).toBe(input.ranked[1]!.score - input.ranked[0]!.score);
    expect(read[0]!.margin).toBe(input.ranked[0]!.score - input.ranked[1]!.score);
  });

  it('finds the asked quantity in the passage that holds it, whatever its rank', () => {
    const withSum = [0, 1].find((rank) => text(rank).includes('£250,000'));
    const withoutSum = [0, 1].find((rank) => text(rank).includes('31 March'));
    expect(withSum).toBeDefined();
    expect(withoutSum).toBeDefined();
    expect(read[withSum!]!.dimensionMissing).toBe(0);
    expect(read[withoutSum!]!.dimensionMissing).toBe(1);
  });

  it('is what passageFeatures gives for each passage weighed, the best-ranked first', () => {
    const passages = passageFeatures(input);
    expect(passages).toHaveLength(
      Math.min(SEARCH_OPTIONS.abstain.passagesWeighed, input.ranked.length),
    );
    passages.forEach((features, rank) => expect(features).toEqual(read[rank]));
    // Nothing matched: one entry, the question's own evidence.
    const none = passageFeatures({ ...input, ranked: [] });
    expect(none).toHaveLength(1);
    expect(none[0]!.score).toBe(0);
  });
});

/** A model whose probability is σ(4·coverage − 2): 0.5 at coverage 0.5. */
function model(): AbstainModel {
  const weights = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  weights.coverage = 4;
  return { source: 'test', intercept: -2, weights, answerProbability: 0.5, aboutCoverage: 0.1 };
}

function passage(coverage: number): AbstentionFeatures {
  const zero = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  return { ...zero, coverage };
}

describe('questionProbability and decide over several passages', () => {
  it('take the passage most likely to answer, not the first', () => {
    const m = model();
    const features = [passage(0.3), passage(0.7)];
    expect(questionProbability(features, m)).toBeCloseTo(answerProbability(passage(0.7), m), 12);
    expect(decide({ features, widestCoverage: 0.7 }, m)).toBe('answer');
    // Neither passage answers: the closest are shown as such.
    expect(decide({ features: [passage(0.3), passage(0.2)], widestCoverage: 0.3 }, m)).toBe(
      'closest',
    );
  });
});
