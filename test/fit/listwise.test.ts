import { describe, expect, it } from 'vitest';
import { fitConditionalLogit, type ChoiceSet } from './listwise.js';
import { fitLogistic } from './logistic.js';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('fitConditionalLogit', () => {
  it('finds the penalised optimum of a single choice', () => {
    // One feature, correct candidate 1 and wrong 0: the optimum solves 1 − σ(w) = l2·w.
    const [w] = fitConditionalLogit([{ rows: [[1], [0]], correct: [true, false] }], { l2: 1 });
    expect(1 - sigmoid(w!)).toBeCloseTo(w!, 6);
  });

  it('on pairs, is the logistic regression on their differences (each counted both ways)', () => {
    const pairs: ChoiceSet[] = [
      {
        rows: [
          [0.9, 0.2],
          [0.1, 0.4],
        ],
        correct: [true, false],
      },
      {
        rows: [
          [0.3, 0.8],
          [0.6, 0.1],
        ],
        correct: [true, false],
      },
      {
        rows: [
          [0.5, 0.5],
          [0.7, 0.9],
        ],
        correct: [false, true],
      },
      {
        rows: [
          [0.2, 0.1],
          [0.4, 0.3],
        ],
        correct: [true, false],
      },
    ];
    const rows: number[][] = [];
    const labels: number[] = [];
    for (const {
      rows: [a, b],
      correct,
    } of pairs) {
      const [win, lose] = correct[0] ? [a!, b!] : [b!, a!];
      const diff = win.map((x, i) => x - lose[i]!);
      rows.push(
        diff,
        diff.map((x) => -x),
      );
      labels.push(1, 0);
    }
    const listwise = fitConditionalLogit(pairs, { l2: 0.5 });
    const logistic = fitLogistic(rows, labels, { l2: 1 });
    listwise.forEach((w, i) => expect(w).toBeCloseTo(logistic[i]!, 6));
  });

  it('weighs a feature up when it marks the correct candidates of each question, down when it marks wrong ones', () => {
    // Feature 0 is highest on the correct candidate; feature 1 is highest on a wrong one.
    const sets: ChoiceSet[] = [
      {
        rows: [
          [0.9, 0.1],
          [0.4, 0.8],
          [0.2, 0.3],
        ],
        correct: [true, false, false],
      },
      {
        rows: [
          [0.3, 0.9],
          [0.7, 0.2],
          [0.1, 0.4],
        ],
        correct: [false, true, false],
      },
      {
        rows: [
          [0.5, 0.5],
          [0.2, 0.6],
          [0.8, 0.3],
          [0.1, 0.1],
        ],
        correct: [false, false, true, false],
      },
    ];
    const [up, down] = fitConditionalLogit(sets, { l2: 0.1 });
    expect(up).toBeGreaterThan(0);
    expect(down).toBeLessThan(0);
  });

  it('ignores questions with no correct or no wrong candidate, and is 0 with none left', () => {
    const informative: ChoiceSet = {
      rows: [
        [1, 0],
        [0, 1],
      ],
      correct: [true, false],
    };
    const uninformative: ChoiceSet[] = [
      {
        rows: [
          [5, 5],
          [0, 3],
        ],
        correct: [false, false],
      },
      { rows: [[2, 7]], correct: [true] },
    ];
    expect(fitConditionalLogit([informative, ...uninformative], { l2: 1 })).toEqual(
      fitConditionalLogit([informative], { l2: 1 }),
    );
    expect(fitConditionalLogit(uninformative, { l2: 1 })).toEqual([0, 0]);
  });

  it('rejects rows of unequal length and labels that do not match the rows', () => {
    expect(() =>
      fitConditionalLogit([{ rows: [[1, 0], [1]], correct: [true, false] }], { l2: 1 }),
    ).toThrow(/differ in length/);
    expect(() => fitConditionalLogit([{ rows: [[1], [0]], correct: [true] }], { l2: 1 })).toThrow(
      /one label per row/,
    );
  });
});
