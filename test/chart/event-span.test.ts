import { describe, expect, it } from 'vitest';
import { eventSpan } from '../../src/chart/event-span.js';
import { alpha, event } from './fixtures.js';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('eventSpan', () => {
  it('covers the whole unit a date is known to: day, month, season, year', () => {
    expect(eventSpan(event('2020-11-19', 'day', [alpha]))).toEqual({
      start: at('2020-11-19'),
      end: at('2020-11-19') + DAY,
    });
    expect(eventSpan(event('2020-02', 'month', [alpha]))).toEqual({
      start: at('2020-02-01'),
      end: at('2020-03-01'),
    });
    expect(eventSpan(event('2020-12', 'season', [alpha]))).toEqual({
      start: at('2020-12-01'),
      end: at('2021-03-01'),
    });
    expect(eventSpan(event('2020', 'year', [alpha]))).toEqual({
      start: at('2020-01-01'),
      end: at('2021-01-01'),
    });
  });

  it('runs a range to the end of its last unit, and ignores an end before the start', () => {
    expect(eventSpan(event('2020-11-19', 'day', [alpha], { end: '2020-11-21' }))).toEqual({
      start: at('2020-11-19'),
      end: at('2020-11-22'),
    });
    expect(eventSpan(event('2020-11-19', 'day', [alpha], { end: '2020-11-01' }))).toEqual({
      start: at('2020-11-19'),
      end: at('2020-11-20'),
    });
  });

  it('keeps years below 100 as written', () => {
    expect(new Date(eventSpan(event('0079', 'year', [alpha]))!.start).getUTCFullYear()).toBe(79);
  });

  it('cannot place a date with no year, or one that does not exist', () => {
    expect(eventSpan(event('--11-19', 'day', [alpha], { yearStated: false }))).toBeNull();
    expect(eventSpan(event('2020-02-30', 'day', [alpha]))).toBeNull();
    expect(eventSpan(event('2020-13', 'month', [alpha]))).toBeNull();
    expect(eventSpan(event('last spring', 'season', [alpha]))).toBeNull();
  });
});
