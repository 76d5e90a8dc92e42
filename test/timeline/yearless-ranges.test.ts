/**
 * Dates whose year the article does not state, and ranges. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { queryTimeline } from '../../src/timeline/query.js';
import { articleOf, corpusOf } from './fixtures.js';

const FILLER = [
  'The harbour board publishes its accounts every quarter.',
  'Ferry fares rose for the third time in a decade.',
  'Fishing crews complained about the state of the slipway.',
  'Residents asked for more buses to the ferry terminal.',
  'The board said it would answer the complaints in writing.',
];
const shown = (events: TimelineEvent[]) =>
  events.map(
    (e) =>
      `${e.date}${e.end ? `/${e.end}` : ''} ${e.precision}${e.yearStated ? '' : ' no-year'}${e.future ? ' future' : ''}`,
  );

describe('dates whose year the article does not state', () => {
  it('shows them, year marked as not stated, after every dated entry; never guesses one', () => {
    const events = buildTimeline(
      articleOf(
        null,
        'The harbour board was founded in 1952 by the city council and the port owners.',
        ...FILLER,
        'The regional authority on December 17 imposed new limits on ferry fares.',
        'In October, the board hired a new director for the ferry service.',
      ),
    );
    expect(shown(events)).toEqual(['1952 year', '--10 month no-year', '--12-17 day no-year']);
  });

  // A year is the date's only when the text ties it to that date: a full date of the same month
  // sentences away does not (the contract of 2019 and the limits may be years apart); one in the
  // same sentence does.
  it('takes no year from a full date of the same month elsewhere in the article', () => {
    const events = buildTimeline(
      articleOf(
        null,
        'The ferry contract was signed on December 3, 2019 after two years of talks.',
        ...FILLER,
        'The regional authority on December 17 imposed new limits on ferry fares.',
      ),
    );
    expect(shown(events)).toEqual(['2019-12-03 day', '--12-17 day no-year']);
  });

  it("takes the year of the same sentence's full date", () => {
    const events = buildTimeline(
      articleOf(
        null,
        'The ferry contract was signed on December 3, 2019, and on December 17 the first ferry sailed.',
      ),
    );
    expect(shown(events)).toEqual(['2019-12-03 day', '2019-12-17 day']);
  });

  it('takes no year from a month without a day ("December 2021" in a list of milestones)', () => {
    const events = buildTimeline(
      articleOf(
        null,
        'December 2021: the regional authority approved extra money for the ferry service.',
        ...FILLER,
        'Residents can comment on the new ferry timetable until December 17, the board said.',
      ),
    );
    // "until" ends a state still running at the time of writing: ahead.
    expect(shown(events).at(-1)).toBe('--12-17 day no-year future');
  });

  it('keeps the year not stated when the article names that month in two different years', () => {
    const events = buildTimeline(
      articleOf(
        null,
        'The ferry contract was signed on December 3, 2019 after two years of talks.',
        'A second contract followed on December 9, 2020, the board said.',
        ...FILLER,
        'The regional authority on December 17 imposed new limits on ferry fares.',
      ),
    );
    expect(shown(events).at(-1)).toBe('--12-17 day no-year');
  });

  it('dates "this year" and "last year" only from a stated publication date', () => {
    const sentence = 'The harbour board plans to open the new quay in September of this year.';
    expect(shown(buildTimeline(articleOf('2021-05-01', sentence)))).toEqual([
      '2021-09 month future',
    ]);
    expect(shown(buildTimeline(articleOf(null, sentence)))).toEqual(['--09 month no-year future']);
  });

  it('dates "this summer" to the publication year, even when only the year is stated', () => {
    const sentence = 'The harbour board will hold a special summit this summer, the mayor said.';
    expect(shown(buildTimeline(articleOf('1997', sentence)))).toEqual(['1997-06 season future']);
    expect(shown(buildTimeline(articleOf(null, sentence)))).toEqual([]);
  });

  it('does not count from a publication year without a day: the year is not stated', () => {
    const sentence = 'The regional authority on December 17 imposed new limits on ferry fares.';
    expect(shown(buildTimeline(articleOf('2021', sentence)))).toEqual(['--12-17 day no-year']);
  });

  it('leaves them out of any date range, and shows them when no range is asked for', () => {
    const events = buildTimeline(
      corpusOf(
        {
          id: 'a',
          published: '2021-03-15',
          paragraphs: [['The harbour board met on March 3 to set ferry fares.']],
        },
        {
          id: 'b',
          published: null,
          paragraphs: [['Fishing crews on March 3 blocked the slipway in protest.']],
        },
      ),
    );
    expect(shown(events)).toEqual(['2021-03-03 day', '--03-03 day no-year']);
    expect(queryTimeline(events, { from: '2021' }).total).toBe(1);
    expect(queryTimeline(events, { keyword: 'slipway' }).events[0]?.date).toBe('--03-03');
  });
});

describe('ranges', () => {
  it.each([
    ['The harbour plan covers the years 2021-2023 and three new quays.', '2021/2023 year'],
    ['The ferry subsidy ran from 2015 to 2018 under the old harbour board.', '2015/2018 year'],
    ['Ferry traffic fell between 2009 and 2012 as fuel prices rose.', '2009/2012 year'],
    ['The harbour budget for 2019-21 was approved by the council.', '2019/2021 year'],
    ['The quay was closed from March 3 to March 5, 2020 for repairs.', '2020-03-03/2020-03-05 day'],
    [
      'Ferry traffic was cut between June 2019 and May 2020 by the harbour strike.',
      '2019-06/2020-05 month',
    ],
  ])('"%s" is one entry with a start and an end', (sentence, range) => {
    expect(shown(buildTimeline(articleOf('2021-03-15', sentence)))).toEqual([range]);
  });

  it('keeps two years joined by "and" without "between" as two dates, and a year-month pair as none', () => {
    expect(
      shown(
        buildTimeline(articleOf('2021-03-15', 'The quay flooded in 2009 and 2012, records show.')),
      ),
    ).toEqual(['2009 year', '2012 year']);
    expect(
      shown(
        buildTimeline(
          articleOf('2021-03-15', 'The harbour report numbered 1998-12 was never published.'),
        ),
      ),
    ).toEqual([]);
  });

  it('marks a range that starts after publication as future, and matches it by any part', () => {
    const events = buildTimeline(
      articleOf('2020-12-18', 'The harbour plan for the years 2021-2023 was adopted by the board.'),
    );
    expect(shown(events)).toEqual(['2021/2023 year future']);
    expect(queryTimeline(events, { from: '2022-06', to: '2022-07' }).total).toBe(1);
    expect(queryTimeline(events, { from: '2024' }).total).toBe(0);
  });
});

describe('a range whose ends each restate their weekday', () => {
  it.each([
    [
      'The harbour fair is due to run from Friday 8 August to Sunday 10 August, the board said.',
      '2025-08-08/2025-08-10 day future',
    ],
    [
      'The harbour fair runs from Friday, August 8, to Sunday, August 10, at the quay.',
      '2025-08-08/2025-08-10 day future',
    ],
    [
      'The quay was closed between Monday 2 June and Wednesday 4 June for repairs.',
      '2025-06-02/2025-06-04 day',
    ],
  ])('"%s" is one entry', (sentence, want) => {
    // Published Friday 2025-07-04.
    expect(shown(buildTimeline(articleOf('2025-07-04', sentence)))).toEqual([want]);
  });

  it('keeps two dates joined otherwise as two entries', () => {
    expect(
      shown(
        buildTimeline(
          articleOf(
            '2025-07-04',
            'The quay closed on Monday 2 June and reopened on Wednesday 4 June after repairs.',
          ),
        ),
      ),
    ).toEqual(['2025-06-02 day', '2025-06-04 day']);
  });
});
