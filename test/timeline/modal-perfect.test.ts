/**
 * Modal perfects: "should have power restored by Friday" (a future perfect with a deadline:
 * ahead) against "should have been warned on Monday" (counterfactual or an inference about the
 * past: in doubt, left undated). Every weekday against every publication weekday; the expected
 * day is counted by the hand-written arithmetic of weekday-oracle.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { DAY_MS, SUNDAY_MS, WEEKDAYS, iso, offset, type Direction } from './weekday-oracle.js';
import { articleOf } from './fixtures.js';

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
    const wrong: string[] = [];
    for (let p = 0; p < 7; p++) {
      const published = SUNDAY_MS + p * DAY_MS;
      for (let w = 0; w < 7; w++) {
        const sentence = template.replace('{W}', WEEKDAYS[w] as string);
        const events = buildTimeline(articleOf(iso(published), sentence));
        const got = events.map((e) => `${e.date}${e.future ? ' future' : ''}`).join(', ');
        const want =
          direction === null
            ? ''
            : `${iso(published + offset(direction, p, w) * DAY_MS)}${future ? ' future' : ''}`;
        if (got !== want)
          wrong.push(`published ${WEEKDAYS[p]}, ${WEEKDAYS[w]}: got "${got}", want "${want}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
