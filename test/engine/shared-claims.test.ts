import { describe, expect, it } from 'vitest';
import { claimBoard, workClaimed } from '../../src/engine/shared-claims.js';

describe('workClaimed', () => {
  it('gives each item to one side: the back side stops at the first item the front has taken', () => {
    const board = claimBoard(7);
    const front: number[] = [];
    // The front takes three items, then the back runs to meet it.
    const ran = workClaimed(board, 3, 'front', (i) => front.push(i));
    const back = workClaimed(board, 7, 'back', () => undefined);
    const rest = workClaimed(board, 7, 'front', () => undefined);
    expect(ran).toEqual([0, 1, 2]);
    expect(front).toEqual([0, 1, 2]);
    expect(back).toEqual([6, 5, 4, 3]);
    expect(rest).toEqual([]);
  });

  it('claims nothing from an empty list', () => {
    expect(workClaimed(claimBoard(0), 0, 'back', () => undefined)).toEqual([]);
  });
});
