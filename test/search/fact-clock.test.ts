/**
 * Times of day two reports give are two moments unless one can be the other: "about 2am" may
 * be 2am, "3am" is not (src/search/select/fact-clock.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { clockTimes, clockTimesConflict } from '../../src/search/select/fact-clock.js';

const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
const failed = 'The Tarnbury pump station failed at 2am on Monday.';

describe('times of day', () => {
  it('are read with the slack of their wording', () => {
    expect(clockTimes('at about 2am')).toEqual([{ minutes: 120, twelveHour: false, slack: 30 }]);
    expect(clockTimes('at 9.40 p.m.')).toEqual([{ minutes: 1300, twelveHour: false, slack: 0 }]);
    expect(clockTimes("at six o'clock")).toEqual([{ minutes: 360, twelveHour: true, slack: 0 }]);
    expect(clockTimes('at dawn')).toEqual([]);
  });

  it('conflict when none of one can be a time of the other', () => {
    expect(clockTimesConflict('at 2am', 'at about 2am')).toBe(false);
    expect(clockTimesConflict('at about 2am', 'at 2.20am')).toBe(false);
    expect(clockTimesConflict('at about 2am', 'at 2.40am')).toBe(true);
    expect(clockTimesConflict('at 2am', 'at 2pm')).toBe(true);
    expect(clockTimesConflict("at two o'clock", 'at 14:00')).toBe(false);
    expect(clockTimesConflict('at 2am', 'on Monday')).toBe(false);
  });

  it('keep two reports of one act at other hours apart, and let "about" one be the same', () => {
    for (const other of [
      'The Tarnbury pump station failed at 3am on Monday.',
      'The Tarnbury pump station failed at 2pm on Monday.',
    ])
      expect(classifyFacts(failed, other, sameDay).kind).toBe('different-fact');
    expect(
      classifyFacts(failed, 'The Tarnbury pump station failed at about 2am on Monday.', sameDay)
        .kind,
    ).toBe('same-fact');
  });
});
