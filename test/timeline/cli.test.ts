import { describe, expect, it } from 'vitest';
import { formatTimelinePage, parseTimelineArgs, timelineJson } from '../../src/cli/timeline.js';

describe('timeline command line', () => {
  it('reads filters and options', () => {
    const options = parseTimelineArgs([
      '--from',
      '2020-08',
      '--to',
      '2020',
      '--keyword',
      'reserve',
      '--limit',
      '5',
      '--offset',
      '2',
      '--json',
      '--corpus',
      'x',
    ]);
    expect(options).toEqual({
      filters: { from: '2020-08', to: '2020', keyword: 'reserve', limit: 5, offset: 2 },
      corpus: 'x',
      json: true,
      verbose: false,
    });
  });

  it.each([
    [['--from', '2020-13'], "--from: '2020-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"],
    [['--limit', 'ten'], "--limit: 'ten' is not a whole number"],
    [['--offset=-3'], "--offset: '-3' must be a whole number ≥ 0"],
    [['--colour'], 'unknown flag --colour'],
    [['--from'], '--from: needs a value'],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    expect(() => parseTimelineArgs(argv)).toThrow(message);
  });

  it('prints JSON with dates, precision and quotes with their sources, without offsets', () => {
    const source = { id: 'a', title: 'T', outlet: null, published: null, url: null, author: null };
    const page = {
      events: [
        {
          date: '2021-03',
          precision: 'season' as const,
          season: 'spring',
          yearStated: true,
          future: true,
          quotes: [{ quote: 'Q.', source, start: 3, end: 5 }],
        },
      ],
      total: 1,
      offset: 0,
      limit: 10,
    };
    expect(timelineJson(page)).toEqual({
      events: [
        {
          date: '2021-03',
          precision: 'season',
          season: 'spring',
          yearStated: true,
          future: true,
          quotes: [{ quote: 'Q.', source }],
        },
      ],
      total: 1,
      offset: 0,
      limit: 10,
    });
    expect(formatTimelinePage(page)).toContain('spring 2021  (expected at the time of writing)');
  });
});
