/**
 * One heading per date, in Discord (and the console, which shows the same payload) and in the
 * CLI; keyword matching by word form and alias; what a page past the end says.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelinePage } from '../../src/engine/types.js';
import { renderTimeline } from '../../src/framework/render/timeline.js';
import { renderText } from '../../src/console/render-text.js';
import { formatTimelinePage } from '../../src/cli/timeline.js';
import { queryTimeline } from '../../src/timeline/query.js';
import { dateLabel } from '../../src/framework/render/timeline-headings.js';

const source = (id: string) => ({
  id,
  title: `Title ${id}`,
  outlet: 'Gazette',
  published: '2021-03-15',
  url: null,
  author: null,
});
const event = (date: string, quote: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date,
  precision: 'day',
  yearStated: true,
  future: false,
  quotes: [{ quote, source: source('a'), start: 0, end: quote.length }],
  ...extra,
});
const EVENTS: TimelineEvent[] = [
  event('2020-08-27', 'The ferry union signed two agreements with the port.'),
  event('2020-08-27', 'Crews of the Rosgvardiya patrol boat searched the harbour.'),
  event('2020-08-27', 'The harbour board will vote on the fares.', { future: true }),
  event('2020-09-14', 'The agreement on fares was signed in the harbour office.'),
  event('--12-17', 'The regional authority on December 17 imposed new limits.', {
    yearStated: false,
  }),
];
const page = (events: TimelineEvent[], offset = 0): TimelinePage => ({
  events,
  total: EVENTS.length,
  offset,
  limit: 10,
});

describe('one heading per date', () => {
  it('groups a date’s events under one Discord field, and the console shows it once', () => {
    const payload = renderTimeline(page(EVENTS), {});
    const fields = payload.embeds?.[0]?.fields ?? [];
    // Field names are Discord markdown (parentheses escaped); the console shows them plain.
    expect(fields.map((f) => f.name.replace(/\\/g, ''))).toEqual([
      '2020-08-27',
      '2020-09-14',
      '17 December (year not stated)',
    ]);
    expect(fields[0]?.value.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(fields[0]?.value).toContain('(expected at the time of writing)');
    const text = renderText(payload).text;
    expect(text.match(/2020-08-27/g)).toHaveLength(1);
  });

  it('groups them in the CLI too, and says where the pages end past the last one', () => {
    const text = formatTimelinePage(page(EVENTS));
    expect(text.match(/^2020-08-27$/gm)).toHaveLength(1);
    expect(text).toContain('17 December (year not stated)');
    expect(formatTimelinePage({ events: [], total: 19, offset: 1000, limit: 10 })).toBe(
      'No events at offset 1000: 19 events match, so the last page starts at offset 10.',
    );
    const discord = renderTimeline({ events: [], total: 19, offset: 1000, limit: 10 }, {});
    expect(discord.embeds?.[0]?.description).toContain('No events at offset 1000');
  });

  it('labels ranges, seasons and coarse dates', () => {
    expect(dateLabel(event('2021', 'x', { precision: 'year', end: '2023' }))).toBe(
      '2021 to 2023 (years)',
    );
    expect(dateLabel(event('2021-03', 'x', { precision: 'season', season: 'spring' }))).toBe(
      'spring 2021',
    );
    expect(dateLabel(event('--08', 'x', { precision: 'month', yearStated: false }))).toBe(
      'August (year not stated)',
    );
  });

  it('keeps the end of a range whose year is not stated, as the entry has it', () => {
    const range = event('--04-01', 'x', { precision: 'day', yearStated: false, end: '--04-03' });
    expect(dateLabel(range)).toBe('1 April to 3 April (year not stated)');
    const months = event('--06', 'x', { precision: 'month', yearStated: false, end: '--08' });
    expect(dateLabel(months)).toBe('June to August (year not stated)');
  });
});

describe('keyword', () => {
  const count = (keyword: string, aliases: string[][] = []) =>
    queryTimeline(EVENTS, { keyword }, aliases).total;

  it('matches other forms of the word', () => {
    expect(count('agreement')).toBe(2);
    expect(count('agreements')).toBe(2);
    expect(count('signing')).toBe(2);
  });

  it('matches every spelling of the keyword’s alias group', () => {
    expect(count('Rosgvardia')).toBe(0);
    expect(count('Rosgvardia', [['Rosgvardia', 'Rosgvardiya', 'National Guard']])).toBe(1);
    expect(count('national guard', [['Rosgvardia', 'Rosgvardiya', 'National Guard']])).toBe(1);
  });

  it('still matches at word starts only', () => {
    expect(count('arbour')).toBe(0);
    expect(count('harb')).toBe(3);
  });
});
