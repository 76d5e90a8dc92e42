import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { passageTime, resolvedDays, sameTime } from '../../src/search/select/fact-resolved-time.js';
import { dayNumber } from '../../src/text/calendar.js';

const on = (published: string | null, other: string | null = published): RelationContext => ({
  published: [published, other],
});
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const n = dayNumber(y, m, d);
  return { first: n, last: n };
};

describe('time counted from publication, resolved to days', () => {
  it('resolves "last night", a weekday and "last month" from each article’s own date', () => {
    // 5 November 2025 is a Wednesday, 6 November a Thursday.
    expect(resolvedDays(passageTime('The board met last night.'), '2025-11-05')).toEqual([
      day('2025-11-04'),
    ]);
    expect(resolvedDays(passageTime('The board voted on Tuesday.'), '2025-11-06')).toEqual([
      day('2025-11-04'),
    ]);
    const [month] = resolvedDays(passageTime('The hall was full last month.'), '2025-03-11') ?? [];
    expect(month).toEqual({ first: day('2025-02-01').first, last: day('2025-02-28').last });
    expect(resolvedDays(passageTime('The board voted.'), null)).toEqual([]);
  });

  it('leaves unknown what it cannot resolve: no publication date, a weekday in doubt, "now"', () => {
    expect(resolvedDays(passageTime('The board met last night.'), null)).toBeNull();
    expect(resolvedDays(passageTime('The board voted on Tuesday.'), '2025-11')).toBeNull();
    // Present tense: the Thursday may be past or ahead.
    expect(resolvedDays(passageTime('The office is busy on Thursday.'), '2025-11-06')).toBeNull();
    expect(resolvedDays(passageTime('The road is now open.'), '2025-11-06')).toBeNull();
  });

  it('takes passages for one time when their days meet, whatever the words', () => {
    const lastNight = passageTime('The board met last night.');
    const tuesday = passageTime('The board voted on Tuesday.');
    expect(sameTime(lastNight, tuesday, '2025-11-05', '2025-11-06')).toBe(true);
    // The same words in articles a day or a week apart are other days.
    expect(sameTime(lastNight, lastNight, '2025-11-05', '2025-11-06')).toBe(false);
    expect(sameTime(tuesday, tuesday, '2025-11-06', '2025-11-13')).toBe(false);
    // Unknown publication: compared by the words, as fact-time.ts does, never guessed.
    expect(sameTime(lastNight, tuesday, null, '2025-11-06')).toBe(false);
  });

  it('takes a report stating no time as of the days just before its publication', () => {
    const lastMonth = passageTime('Tressa raised £36m last month.');
    const untimed = passageTime('Tressa has secured £38m.');
    expect(sameTime(lastMonth, untimed, '2026-01-13', '2025-12-03')).toBe(true);
    expect(sameTime(lastMonth, untimed, '2026-01-13', '2025-11-10')).toBe(false);
    expect(sameTime(lastMonth, untimed, '2026-01-13', null)).toBe(false);
    const lastNight = passageTime('The meeting ended last night.');
    expect(sameTime(lastNight, untimed, '2025-11-05', '2025-11-06')).toBe(true);
    expect(sameTime(lastNight, untimed, '2025-11-05', '2025-11-12')).toBe(false);
  });
});

describe('fact relations of passages timed from different publication dates', () => {
  const lastNight = 'The council approved the harbour barrier last night by nine votes to four.';
  const tuesday = 'The council approved the harbour barrier on Tuesday by eight votes to five.';

  it('never takes the same weekday of articles a week apart for one event', () => {
    const a = 'The council approved the harbour barrier on Tuesday by nine votes to four.';
    expect(classifyFacts(a, a, on('2025-11-05', '2025-11-13')).kind).toBe('different-fact');
    expect(classifyFacts(a, a, on('2025-11-05', '2025-11-06')).kind).toBe('same-fact');
  });

  it('sets "last night" against the Tuesday it was, and not against another', () => {
    expect(classifyFacts(lastNight, tuesday, on('2025-11-05', '2025-11-06'))).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(classifyFacts(lastNight, tuesday, on('2025-11-05', '2025-11-13')).kind).toBe(
      'different-fact',
    );
    expect(classifyFacts(lastNight, tuesday, on('2025-11-05', null)).kind).toBe('different-fact');
  });

  it('reads "yesterday" and "last night" of one day as one time, not different words', () => {
    const yesterday = 'The council approved the harbour barrier yesterday by nine votes to four.';
    expect(classifyFacts(yesterday, lastNight, on('2025-11-05'))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(yesterday, lastNight, on('2025-11-05', '2025-11-06')).kind).toBe(
      'different-fact',
    );
  });
});

describe('a time counted from publication against a calendar date', () => {
  // 8 April 2026 is a Wednesday: "Tuesday last week" is 31 March 2026.
  const dated = "Inspectors began their review of the museum's roof on 31 March 2026.";
  const told = (when: string) => `The inspectors began reviewing the museum's roof ${when}.`;

  it('takes a weekday resolved to the date the other states for the same day', () => {
    expect(classifyFacts(dated, told('on Tuesday last week'), on('2026-04-08'))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(told('on Tuesday last week'), dated, on('2026-04-08'))).toEqual({
      kind: 'same-fact',
    });
  });

  it('keeps apart another day, a week, a later article and a denial', () => {
    for (const [when, published] of [
      ['on Wednesday last week', '2026-04-08'],
      ['last week', '2026-04-08'],
      ['on Tuesday last week', '2026-04-15'],
    ] as const)
      expect(classifyFacts(dated, told(when), on('2026-04-08', published)).kind).toBe(
        'different-fact',
      );
    expect(
      classifyFacts(
        dated,
        "The inspectors did not begin reviewing the museum's roof on Tuesday last week.",
        on('2026-04-08'),
      ).kind,
    ).toBe('different-fact');
  });
});
