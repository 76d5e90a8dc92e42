/** The refusal trade-off of held-out probabilities (fit-abstention.ts). */
import { describe, expect, it } from 'vitest';
import { tradeOff } from './fit-abstention.js';

const held = (answerable: boolean, probability: number) => ({ answerable, probability });

describe('the refusal trade-off', () => {
  it('reads the share of unanswerable questions refused at each share of answerable ones', () => {
    // 50 answerable questions at 0.50…0.99; 4 unanswerable, three below nearly all of them.
    const heldOut = [
      ...Array.from({ length: 50 }, (_, i) => held(true, 0.5 + i / 100)),
      held(false, 0.1),
      held(false, 0.2),
      held(false, 0.515),
      held(false, 0.905),
    ];
    const { auc, curve } = tradeOff(heldOut);
    // Refusing 2% of answerable (the lowest, 0.50) refuses the unanswerable below 0.51: 2 of 4.
    expect(curve[0]).toEqual({ answerableRefused: 0.02, unanswerableRefused: 0.5 });
    // Refusing 4% (0.50, 0.51) also refuses the one at 0.515.
    expect(curve[2]).toEqual({ answerableRefused: 0.04, unanswerableRefused: 0.75 });
    // Answerable above each unanswerable: 50, 50, 48 and 9 (0.91…0.99) of 50.
    expect(auc).toBeCloseTo((50 + 50 + 48 + 9) / 200, 4);
  });

  it('counts a question nothing matched (probability -1) as refused at every cut-off', () => {
    const { curve } = tradeOff([
      ...Array.from({ length: 50 }, (_, i) => held(true, 0.5 + i / 100)),
      held(false, -1),
    ]);
    expect(curve.every((point) => point.unanswerableRefused === 1)).toBe(true);
  });
});
