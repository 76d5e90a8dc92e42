/**
 * Times of day two reports give are two moments unless one can be the other: "about 2am" may
 * be 2am, "3am" is not (src/search/select/fact-clock.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  clockSpans,
  clockTimes,
  clockTimesConflict,
  clockTimesDiffer,
} from '../../src/search/select/fact-clock.js';

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

  it('read 12-hour times with a dot, 24-hour times and "pm" with or without a space alike', () => {
    expect(clockTimesConflict('at 3.40pm', 'at 15:40')).toBe(false);
    expect(clockTimesConflict('at 3.40 pm', 'at 15:40')).toBe(false);
    expect(clockTimesConflict('at 1.45am', 'at 01:45')).toBe(false);
    expect(clockTimesConflict('at about 3.40pm', 'at around 15:45')).toBe(false);
    expect(clockTimesConflict('at about 3.40pm', 'at around 16:20')).toBe(true);
    const text = 'It stopped at 3.40 pm, at dawn.';
    expect(clockSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['3.40 pm']);
  });

  it('differ only one time each, less than an hour apart', () => {
    expect(clockTimesDiffer('at 2.10am', 'at 01:45')).toBe(true);
    expect(clockTimesDiffer('at 2am', 'at 3am')).toBe(false);
    expect(clockTimesDiffer('at 2.10am', 'at 2.10am')).toBe(false);
    expect(clockTimesDiffer('from 1.30am to 2.10am', 'at 01:45')).toBe(false);
  });

  it('set one time of one event told in nearly the same words against the other', () => {
    const down = 'The last walker was winched off the Brenna ridge at 2.10am.';
    expect(
      classifyFacts(down, 'The last walker was winched off the Brenna ridge at 01:45.', sameDay),
    ).toEqual({ kind: 'disagree', aspect: 'date' });
    expect(
      classifyFacts(down, 'The last walker was winched off the Brenna ridge at 2.10 am.', sameDay),
    ).toEqual({ kind: 'same-fact' });
    // Articles a week apart may tell two rescues.
    expect(
      classifyFacts(down, 'The last walker was winched off the Brenna ridge at 01:45.', {
        published: ['2026-03-10', '2026-03-17'],
      }).kind,
    ).toBe('different-fact');
    // Asked for a number, a time of day is no answer to set against another.
    expect(
      classifyFacts(down, 'The last walker was winched off the Brenna ridge at 01:45.', {
        ...sameDay,
        asked: 'number',
      }).kind,
    ).toBe('different-fact');
  });
});
