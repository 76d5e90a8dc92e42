/**
 * A date crowded with long quotes from sources with long titles: each entry keeps the opening
 * words of its own quote, never its source's title alone in the quote's place; an entry with
 * room to spare keeps its full source line. Invented regatta reports.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';

const QUOTE =
  'The championship regatta on Lake Orrin ended on Saturday with a dramatic final between the two leading crews, who crossed the line a second apart after ninety minutes of racing.';
const eventOf = (n: number, quote = QUOTE): TimelineEvent => ({
  date: '2026-07-04',
  precision: 'day',
  yearStated: true,
  future: false,
  quotes: [
    {
      quote,
      start: 0,
      end: quote.length,
      source: {
        id: `r${n}`,
        title: `Regatta report number ${n} from the northern lakes championship`,
        outlet: null,
        published: '2026-07-04',
        url: null,
        author: null,
      },
    },
  ],
});
const valueOf = (events: TimelineEvent[]) =>
  renderTimeline({ events, total: events.length, offset: 0, limit: 10 }, {}).embeds?.[0]
    ?.fields?.[0]?.value ?? '';

describe('a crowded date', () => {
  it('keeps the opening words of each entry’s own quote', () => {
    const lines = valueOf(Array.from({ length: 10 }, (_, i) => eventOf(i + 1))).split('\n');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toMatch(/^• “The championship regatta/u);
  });

  it('keeps the full source line when the quote fits', () => {
    const value = valueOf([eventOf(1, 'The regatta ended on Saturday.'), eventOf(2)]);
    expect(value).toContain(
      '“The regatta ended on Saturday.” — “Regatta report number 1 from the northern lakes',
    );
  });
});
