/** Small invented timelines for the chart tests. */
import type { ChartEvent } from '../../src/chart/event-span.js';
import type { SourceRef } from '../../src/engine/types.js';
import { source } from '../support/fake-engine.js';

/** An event dated `date` at `precision`, quoting each source once. */
export function event(
  date: string,
  precision: ChartEvent['precision'],
  sources: SourceRef[],
  over: Partial<ChartEvent> = {},
): ChartEvent {
  return {
    date,
    precision,
    future: false,
    quotes: sources.map((s, i) => ({
      quote: `The council met in the harbour town on that day, report ${i + 1} of ${s.id} said.`,
      source: s,
      start: 0,
      end: 70,
    })),
    ...over,
  };
}

export const alpha = source('alpha', { outlet: 'Harbour Herald', title: 'Council meets' });
export const beta = source('beta', { outlet: null, title: 'Ferry strike ends', published: null });
export const gamma = source('gamma', { outlet: 'Valley Times', title: 'Budget passed' });

/** Four events over two years, three sources, one planned, at every precision. */
export const SMALL_TIMELINE: ChartEvent[] = [
  event('2019', 'year', [alpha]),
  event('2020-03', 'season', [beta], { season: 'spring' }),
  event('2020-06-14', 'day', [alpha, beta, gamma]),
  event('2020-11', 'month', [gamma], { future: true }),
];
