/** `npm run fit` writes `withoutFeature` only when `--ablation` measured it (docs/architecture.md, "Score"). */
import { describe, expect, it } from 'vitest';
import { ablationField } from './ablation-field.js';

describe('the withoutFeature field of a fitted model', () => {
  it('is left out without --ablation, never written empty', () => {
    const record = { l2: 10, ...ablationField(false, {}) };
    expect(record).toEqual({ l2: 10 });
    expect(JSON.stringify(record)).not.toContain('withoutFeature');
  });

  it('holds each feature left out with --ablation', () => {
    const measured = { bm25: { hitAt1: 0.67, difference: 0.01, standardError: 0.006 } };
    expect({ l2: 10, ...ablationField(true, measured) }).toEqual({
      l2: 10,
      withoutFeature: measured,
    });
  });
});
