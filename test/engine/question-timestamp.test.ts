import { describe, expect, it } from 'vitest';
import { timestampDay, withTimestampsAsDates } from '../../src/engine/question-timestamp.js';
import { searchableQuestion } from '../../src/engine/question.js';

describe('Discord timestamps in a question', () => {
  it('read as the UTC day they denote, whatever the style letter', () => {
    for (const style of ['', ':d', ':D', ':t', ':T', ':f', ':F', ':R'])
      expect(searchableQuestion(`what happened on <t:1741392000${style}>?`)).toBe(
        'what happened on 8 March 2025 ?',
      );
    // The last second of a UTC day is still that day.
    expect(timestampDay(1717545599)).toBe('4 June 2024');
    expect(timestampDay(1717545600)).toBe('5 June 2024');
  });

  it('never join a neighbouring word, and each of several is read', () => {
    expect(withTimestampsAsDates('from<t:1717459200:D>to<t:1741392000:D>')).toBe(
      'from 4 June 2024 to 8 March 2025 ',
    );
  });

  it('outside the years read, or not a timestamp, are left to markup removal', () => {
    expect(timestampDay(-62_200_000_000)).toBeNull(); // year 0
    expect(timestampDay(999_999_999_999)).toBeNull(); // year 33658
    expect(searchableQuestion('ferry <t:999999999999:D> fares')).toBe('ferry fares');
    // More digits than a date can have: not read, dropped as a tag.
    expect(searchableQuestion('ferry <t:12345678901234567890:D> fares')).toBe('ferry fares');
    // Two style letters is no timestamp.
    expect(withTimestampsAsDates('<t:1741392000:DD>')).toBe('<t:1741392000:DD>');
  });
});
