/**
 * A closing price dated by a weekday is that of a trading day already over, whatever the
 * clause's verb puts ahead (src/timeline/market-record.ts). Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Monday 2026-10-12. */
const MONDAY = '2026-10-12';
const dates = (sentence: string) =>
  buildTimeline(articleOf(MONDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the closing price of a weekday', () => {
  it.each([
    'Harwick Mills will pay 240p a share, a premium of 30 per cent to the closing price on Friday.',
    'The offer is worth 15 per cent more than the close on Friday.',
  ])('is last week’s: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-10-09']);
  });

  it('leaves a verb’s own weekday ahead', () => {
    expect(dates('Harwick Mills will publish its offer on Friday.')).toEqual(['2026-10-16 future']);
  });
});
