/**
 * A forecast is listed at the time it is about, marked as expected; the act of forecasting is
 * dated only where the article dates it. Invented export and council sentences, each alone in
 * its article (published 11 March 2025 unless said).
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const eventsOf = (sentence: string, published = '2025-03-11') =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [e.date, e.future]);

describe('forecasts', () => {
  it.each([
    // A headline's passive with its "is" left out is the writer's present forecast.
    ['Growth forecast at 3% in 2027.', [['2027', true]]],
    ['Exports projected to fall in May, the ministry said.', [['2025-05', true]]],
    ['Exports are projected to fall in May, the ministry said.', [['2025-05', true]]],
    ['Sales expected to recover in June, the retailer said.', [['2025-06', true]]],
    ['Rain forecast for Saturday as the regatta goes ahead.', [['2025-03-15', true]]],
    // A forecast figure qualifying a noun is a plan too.
    ['The projected deficit in May worries the board.', [['2025-05', true]]],
  ])('"%s" is the time forecast, expected', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  it('an active simple past dates the forecasting, before the verb: past', () => {
    expect(eventsOf('In June, a leaked council document forecast an overrun.')).toEqual([
      ['2024-06', false],
    ]);
    expect(eventsOf('On Monday, the bank predicted a sharp fall in lending.')).toEqual([
      ['2025-03-10', false],
    ]);
  });

  it('after the verb, the time forecast from the past is on either side: the nearer year', () => {
    // June 2025 is nearer to 11 March 2025 than June 2024; in September it is June 2025 behind.
    expect(eventsOf('The council forecast a deficit in June, the report said.')).toEqual([
      ['2025-06', true],
    ]);
    expect(
      eventsOf('The council forecast a deficit in June, the report said.', '2025-09-11'),
    ).toEqual([['2025-06', false]]);
  });
});
