/**
 * An article taken out stops being quoted at once, as a later report of a plan's outcome too:
 * the plan's entry stays (its date rests on its own quotes) without that report.
 */
import { describe, expect, it } from 'vitest';
import { withoutArticles } from '../../src/engine/redact.js';
import type { Engine } from '../../src/engine/types.js';
import type { TimelineEvent, TimelinePage } from '../../src/types/timeline.js';

const quoteOf = (id: string, quote: string) => ({
  quote,
  start: 0,
  end: quote.length,
  source: { id, title: id, outlet: null, published: '2026-11-18', url: null, author: null },
});

const PLANNED: TimelineEvent = {
  date: '2026-11-20',
  precision: 'day',
  yearStated: true,
  future: true,
  quotes: [quoteOf('plan', 'The union will strike on 20 November.')],
  outcomes: [
    { outcome: 'called off', quote: quoteOf('later', 'The 20 November strike was called off.') },
    { outcome: 'called off', quote: quoteOf('other', 'The strike on 20 November was called off.') },
  ],
};

/** An engine whose timeline is the one entry. */
const inner = {
  timeline: (): TimelinePage => ({ events: [PLANNED], total: 1, offset: 0, limit: 10 }),
} as unknown as Engine;

describe('a later report from an article taken out', () => {
  it('is dropped from the plan’s entry; the plan and the other reports stay', () => {
    const [event] = withoutArticles(inner, new Set(['later'])).timeline().events;
    expect(event?.quotes.map((q) => q.source.id)).toEqual(['plan']);
    expect(event?.outcomes?.map((o) => o.quote.source.id)).toEqual(['other']);
  });

  it('leaves no empty list when every report goes', () => {
    const [event] = withoutArticles(inner, new Set(['later', 'other'])).timeline().events;
    expect(event).not.toHaveProperty('outcomes');
  });
});
