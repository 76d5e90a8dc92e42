/**
 * How a scheduled event is told: "is to close", "will close", "is due to close" are plans
 * (src/search/select/fact-stance.ts, 'future').
 */
import { describe, expect, it } from 'vitest';
import { stancesOf } from '../../../src/search/select/fact-stance.js';

describe('a scheduled event', () => {
  it('is read as a plan whatever the length of the verb after "is to"', () => {
    expect(stancesOf('The Harl Road depot is to close.').has('future')).toBe(true);
    expect(stancesOf('Forty jobs are to go at the depot.').has('future')).toBe(true);
    expect(stancesOf('The depot is to be sold.').has('future')).toBe(true);
    // "is to the north" gives a place, not a plan.
    expect(stancesOf('The depot is to the north of the town.').has('future')).toBe(false);
  });
});
