/**
 * Modal perfects: "should have power restored by Friday" (a future perfect with a deadline:
 * ahead) against "should have been warned on Monday" (counterfactual or an inference about the
 * past: in doubt, left undated). Every weekday against every publication weekday; the expected
 * day is counted by the hand-written arithmetic of weekday-oracle.ts.
 */
import { describe, expect, it } from 'vitest';
import { weekdayTableMismatches, type Direction } from './weekday-oracle.js';

/** A wording, the side it puts its weekday on (null: in doubt, undated), and whether ahead. */
const WORDINGS: Array<[string, Direction | null, boolean]> = [
  ['Most customers should have power restored by {W}, the utility said.', 'ahead', true],
  ['Crews will have finished the repairs to the quay by {W}.', 'ahead', true],
  ['The harbour report is expected to have been completed by {W}.', 'ahead', true],
  ['The contractor must have the slipway cleared by {W}, the board said.', 'ahead', true],
  ['Residents should have been warned about the flood on {W}.', null, false],
  ['The missing ferry must have left the harbour on {W}.', null, false],
  ['The inspectors should have checked the sluice gates on {W}.', null, false],
  // A counterfactual with "would" stays past: what would have happened on a day gone by.
  ['The committee would have met on {W} but for the storm.', 'behind', false],
];

describe('modal perfect × publication weekday', () => {
  it.each(WORDINGS)('"%s" counts %s', (template, direction, future) => {
    expect(weekdayTableMismatches(template, direction, future)).toEqual([]);
  });
});
