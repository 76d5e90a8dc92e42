/**
 * The abstention model's file (abstain-model.json, written by `npm run fit -- --abstention`):
 * the features it weighs and its shape. The check that a file has that shape is
 * abstain-model-schema.ts, run where the file is written (the fit) and on the shipped file (its
 * test), not on the way to an answer: zod is some 90 modules of a first answer's start.
 */
export type { AbstainModel } from './abstain-model-schema.js';

/**
 * The question-level inputs of the abstention classifier, in the order they are stored
 * (abstain-features.ts computes them; each is documented there).
 */
export const ABSTENTION_FEATURES = [
  'score',
  'coverage',
  'neighbourCoverage',
  'margin',
  'focusMissing',
  'typeAsked',
  'typeWeak',
  'typeMissing',
  'dimensionMissing',
  'missingName',
  'speakerMissing',
  'focusHeadMissing',
  'wordsMissing',
  'unionGain',
  'sourceFound',
  'unknownShare',
  'unknownName',
] as const;

export type AbstentionFeature = (typeof ABSTENTION_FEATURES)[number];
export type AbstentionFeatures = Record<AbstentionFeature, number>;
