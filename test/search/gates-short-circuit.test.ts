/**
 * The abstention gates read as a short-circuit conjunction (abstain.ts `decideOutcome`,
 * abstain-gates.ts `someGateRefuses`): the same outcome as every gate run, with the gates run
 * only when the classifier trusts a passage and only until one refuses.
 */
import { describe, expect, it } from 'vitest';
import {
  ABSTENTION_FEATURES,
  type AbstainModel,
  type AbstentionFeatures,
} from '../../src/search/abstain-model.js';
import { decide, decideOutcome, type AbstentionEvidence } from '../../src/search/abstain.js';
import { gateEvidence, gateRefuses, someGateRefuses } from '../../src/search/abstain-gates.js';
import { engineOver, HARBOUR_GAZETTE, VALLEY_TIMES } from './fixtures.js';

/** A model whose probability is σ(4·coverage − 2): 0.5 at coverage 0.5. */
function modelOf(): AbstainModel {
  const weights = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  weights.coverage = 4;
  return { source: 'test', intercept: -2, weights, answerProbability: 0.5, aboutCoverage: 0.1 };
}

function featuresAt(coverage: number): AbstentionFeatures[] {
  const features = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  return [{ ...features, coverage }];
}

describe('decideOutcome', () => {
  it('asks the gates only when the classifier trusts a passage, and decides as decide does', () => {
    const model = modelOf();
    for (const coverage of [0, 0.05, 0.3, 0.5, 0.6, 0.9])
      for (const widest of [0.05, 0.3])
        for (const refused of [false, true]) {
          let asked = 0;
          const outcome = decideOutcome(
            featuresAt(coverage),
            widest,
            () => {
              asked += 1;
              return refused;
            },
            model,
          );
          const evidence: AbstentionEvidence = {
            features: featuresAt(coverage),
            widestCoverage: widest,
            ...(refused ? { askedThingHeld: false } : {}),
          };
          expect(outcome).toBe(decide(evidence, model));
          expect(asked).toBe(coverage >= 0.5 ? 1 : 0);
        }
  });
});

describe('someGateRefuses', () => {
  it('says what gateRefuses says of every gate’s evidence, on answered and refused questions', () => {
    const { index } = engineOver(HARBOUR_GAZETTE, VALLEY_TIMES);
    const questions = [
      'How much did the quay cost?',
      'How many fishermen protested in Skarvik?',
      'What is the name of the port authority director?',
      'When did the Skarvik ferry stop running because of the storm?',
      'Who opened the quay?',
      'What did the mayor say about the flood?',
      'Where is the new ferry terminal?',
    ];
    const verdicts = questions.map((question) => {
      const ranking = index.rank(question);
      if (ranking.ranked.length === 0) return undefined;
      const input = index.abstentionInput(ranking);
      const all = gateRefuses(gateEvidence(input));
      expect(someGateRefuses(input)).toBe(all);
      return all;
    });
    // The fixtures reach both verdicts, so both paths of the loop are compared.
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  }, 60_000);
});
