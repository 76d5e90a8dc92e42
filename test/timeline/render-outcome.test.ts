/**
 * A planned entry's later reports of its outcome, as every front end shows them: quoted
 * verbatim with their dated source under the plan's quotes, within Discord's limits however
 * many and however long; the CLI's text and `--json`; the index saves and reads them. Invented
 * strike reports.
 */
import { describe, expect, it } from 'vitest';
import { formatTimelinePage, timelineJson } from '../../src/cli/timeline.js';
import { readTimeline, saveTimeline } from '../../src/engine/saved-timeline.js';
import { checkPayloadLimits } from '../../src/framework/check-limits.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { sourceOf } from '../../src/timeline/events.js';
import { gazetteArticle } from './fixtures.js';
import type { TimelineEvent, TimelinePage } from '../../src/types/timeline.js';

const PLAN =
  'The union has named four strike days: 3 November, 4 November, 12 November and 20 November.';
const REPORT = 'The 20 November strike was called off by the union on Tuesday.';

const ARTICLES = [
  gazetteArticle('plan', '2026-10-26', PLAN),
  gazetteArticle('later', '2026-11-18', REPORT),
];
const quoteOf = (a: number) => ({
  quote: ARTICLES[a]!.text,
  source: sourceOf(ARTICLES[a]!),
  start: 0,
  end: ARTICLES[a]!.text.length,
});

const PLANNED: TimelineEvent = {
  date: '2026-11-20',
  precision: 'day',
  yearStated: true,
  future: true,
  quotes: [quoteOf(0)],
  outcomes: [{ outcome: 'called off', quote: quoteOf(1) }],
};
const page = (events: TimelineEvent[]): TimelinePage => ({
  events,
  total: events.length,
  offset: 0,
  limit: 10,
});

describe('a later report of a plan’s outcome, shown', () => {
  it('on Discord and in the console: under the plan’s quote, with its dated source', () => {
    const payload = renderTimeline(page([PLANNED]), {});
    const field = payload.embeds?.[0]?.fields?.[0];
    expect(field?.name).toBe('2026-11-20 · expected at the time of writing');
    expect(field?.value).toContain(
      `↳ later report (called off): “${REPORT}” — “Title of later” — The Gazette · 18 November 2026`,
    );
    expect(checkPayloadLimits(payload)).toEqual([]);
  });

  it('within Discord’s limits: ten crowded dates, each with three long reports', () => {
    const long = `${REPORT} ${'The union said members would be balloted again before any new dates were named. '.repeat(8)}`;
    const outcome = {
      outcome: 'postponed' as const,
      quote: { ...quoteOf(1), quote: long, end: long.length },
    };
    const events = Array.from({ length: 10 }, (_, i) => ({
      ...PLANNED,
      date: `2026-11-${String(10 + i).padStart(2, '0')}`,
      quotes: [quoteOf(0), quoteOf(0), quoteOf(0)],
      outcomes: [outcome, outcome, outcome],
    }));
    const payload = renderTimeline(page(events), {});
    expect(checkPayloadLimits(payload)).toEqual([]);
    for (const field of payload.embeds?.[0]?.fields ?? [])
      expect(field.value).toContain('later report (postponed): “The 20 November strike');
  });

  it('by `npm run timeline`, text and --json', () => {
    const text = formatTimelinePage(page([PLANNED]));
    expect(text).toContain(`    ↳ later report (called off): “${REPORT}”`);
    expect(timelineJson(page([PLANNED]))).toMatchObject({
      events: [
        {
          future: true,
          outcomes: [
            {
              outcome: 'called off',
              quote: REPORT,
              source: { id: 'later', published: '2026-11-18' },
            },
          ],
        },
      ],
    });
  });

  it('saved in the index by article and offsets, and read back as built', () => {
    const saved = saveTimeline([PLANNED], ARTICLES);
    expect(saved[0]!.outcomes?.[0]).toEqual({
      outcome: 'called off',
      quote: { article: 1, start: 0, end: REPORT.length },
    });
    const read = readTimeline(JSON.parse(JSON.stringify(saved)), ARTICLES);
    expect(JSON.stringify(read)).toBe(JSON.stringify([PLANNED]));
  });
});
