/**
 * New invented variants of every kind of date fault in issue #10, different in surface form
 * from the shared cases and from the tests next to this file. Each row states the sentence,
 * its publication date and the only dates a careful reader gives it; a fix must hold for the
 * kind, never for the row.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { queryTimeline } from '../../src/timeline/query.js';
import { formatTimelinePage, parseTimelineArgs } from '../../src/cli/timeline.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { weekdayTableMismatches, type Direction } from './weekday-oracle.js';
import { articleOf, corpusOf } from './fixtures.js';

/** Published Monday 2021-03-15 unless a row says otherwise. */
const MONDAY = '2021-03-15';
const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string | null, ...paragraphs: string[]) =>
  buildTimeline(articleOf(published, ...paragraphs)).map(shown);

describe('variants: month names that are people', () => {
  it.each([
    'Since May took office as harbour chair, the port budget has doubled.',
    'The lighthouse play, written by August Wilson in his youth, opened at the quay.',
    'Thanks to June, whose petition gathered support, the ferry route was saved.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf(MONDAY, sentence)).toEqual([]);
  });

  it('still dates the month in "The harbour reopened in May, the port said."', () => {
    expect(datesOf(MONDAY, 'The harbour reopened in May, the port said.')).toEqual(['2020-05']);
  });
});

describe('variants: weekdays inside names', () => {
  it.each([
    'Harbour shops opened early for Cyber Monday deals, the traders said.',
    'A Sunday Express poll put the harbour master ahead of his rival.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf(MONDAY, sentence)).toEqual([]);
  });

  it('a feast of Easter is its own day (weekday-occasions.ts): Shrove Tuesday 2021, 16 February', () => {
    expect(
      datesOf(MONDAY, 'Ferry crews refused to work on Shrove Tuesday, the union said.'),
    ).toEqual(['2021-02-16']);
  });
});

describe('variants: numbers that are not years', () => {
  it.each([
    ['The storm cut power in 1800 homes along the coast on Thursday.', ['2021-03-11']],
    ['After 2000 signatures were collected, the council agreed to a hearing.', []],
    ['The amendment passed by 2021 votes to 1650 in the harbour ballot.', []],
    ['Spending on the harbour rose in 2020/21, the audit found.', []],
    ['Details are on page 1998 of the harbour report, in room 2019 of the annex.', []],
    ['The harbour wall was built in 1800 by convicts.', ['1800']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants: weekday × tense × publication weekday', () => {
  it.each([
    ['The bridge is to reopen on {W}, engineers said.', 'ahead', true],
    ['Crews hope to finish the dredging by {W}.', 'ahead', true],
    ['Bids for the ferry contract are due {W}.', 'ahead', true],
    ['The harbour inquiry should report its findings on {W}.', 'ahead', true],
    ['By {W}, the barrier should be closed to shipping.', 'ahead', true],
    ['A spokesman told reporters on {W} that the pier was unsafe.', 'behind', false],
    ['The mayor said {W} the ferry talks would resume.', 'behind', false],
    // A plan in the past tense with no outcome is a future seen from the past, on either side of
    // publication: no entry; with an outcome, the day is past.
    ['The harbour commission was expected to rule on {W}.', null, false],
    ['The harbour commission was expected to rule on {W} but did not.', 'behind', false],
    ['Divers recovered the anchor last {W}, the museum said.', 'last', false],
    ['The lifeboat crew will train again next {W}.', 'next', true],
  ] as Array<[string, Direction | null, boolean]>)(
    '"%s" counts %s',
    (template, direction, future) => {
      expect(weekdayTableMismatches(template, direction, future)).toEqual([]);
    },
  );
});

describe('variants: publication lines, bylines and captions', () => {
  it.each([
    ['First published on Fri 12 Mar 2021 18.00 GMT'],
    ['Last modified on Sat 13 Mar 2021 10.02 GMT'],
    ['File photo: Ferries moored at Saltby harbour in May 2019.'],
    ['Harbour workers inspect the pier on March 3, 2021. Photograph: Lee Marr/Harbour Times'],
    ['By Jo Brand and Sam Okafor | March 12, 2021'],
  ])('no entry for "%s"', (line) => {
    expect(
      datesOf(MONDAY, line, 'The ferry resumed its crossings on Thursday after repairs.'),
    ).toEqual(['2021-03-11']);
  });
});

describe('variants: ISO dates in running text', () => {
  it.each([
    ['The permit for the quay expires on 2021-06-30, the port said.', ['2021-06-30']],
    ['Records filed on 2020-02-29 show the pier was already cracked.', ['2020-02-29']],
    ['The log entry for 2021-02-30 was a typing error, the port said.', []],
    ['Sensor 2021-03-04-B recorded the surge at the quay.', []],
    ['The ticket, numbered 12-2021-03-04, was never used at the quay.', []],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants: a weekday and a year of something else in one sentence', () => {
  it.each([
    [
      'The board voted 5-4 last Wednesday to demolish the pier, first declared unsafe in 2017.',
      ['2017', '2021-03-10'],
    ],
    [
      'On Friday the trust, which has owned the quay since 2009, agreed to sell it.',
      ['2009', '2021-03-12'],
    ],
    ['The council, set up in 2019, voted on March 3 to close the pier.', ['2019', '2021-03-03']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants: dates without a year', () => {
  it.each([
    [null, ['The regatta was cancelled on 14 July after the storm.'], ['--07-14']],
    ['2021-12-20', ['Dredging resumes on January 4 after the holiday pause.'], ['2022-01-04']],
    [MONDAY, ['The ferry will return to service on 2 April.'], ['2021-04-02']],
    [
      null,
      [
        'The pier closed on June 3, 2019, after a storm.',
        'On June 9 the council voted to rebuild it.',
      ],
      ['2019-06-03', '2019-06-09'],
    ],
  ] as Array<[string | null, string[], string[]]>)(
    'published %s: %j → %j',
    (published, text, dates) => {
      expect(datesOf(published, ...text)).toEqual(dates);
    },
  );
});

describe('variants: ranges', () => {
  it.each([
    ['Ferry fares were frozen for the years 2019–2022, the port said.', ['2019/2022']],
    ['Dredging ran from April to June 2020 in the outer harbour.', ['2020-04/2020-06']],
    ['The regatta will be held between 12 and 14 May in the old port.', ['2021-05-12/2021-05-14']],
    ['The harbour was closed June 1-3, 2020, for dredging.', ['2020-06-01/2020-06-03']],
    ['Work on the quay ran from 3 to 7 March 2021, the port said.', ['2021-03-03/2021-03-07']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf(MONDAY, sentence)).toEqual(dates);
  });
});

describe('variants: one heading per date', () => {
  const corpus = corpusOf(
    { published: MONDAY, paragraphs: [['Fishermen blockaded the quay on Thursday over quotas.']] },
    {
      published: MONDAY,
      paragraphs: [['The lighthouse keeper retired on Thursday after forty years of service.']],
    },
    {
      published: MONDAY,
      paragraphs: [['In March, the regional council cut ferry subsidies by a third.']],
    },
  );
  const events = buildTimeline(corpus);
  const text = formatTimelinePage(queryTimeline(events));

  it('two events of one day under one heading', () => {
    expect(text.split('\n').filter((l) => l === '2021-03-11')).toHaveLength(1);
    expect(text).toContain('Fishermen blockaded');
    expect(text).toContain('lighthouse keeper retired');
  });

  it('a month and a day in it keep their own headings', () => {
    expect(text.split('\n').filter((l) => /^2021-03/.test(l))).toEqual([
      '2021-03 (month)',
      '2021-03-11',
    ]);
  });

  it('two yearless events of one month-day share a heading', () => {
    const yearless = buildTimeline(
      corpusOf(
        { published: null, paragraphs: [['Harbour pilots struck on 9 October over pay.']] },
        { published: null, paragraphs: [['The museum ship reopened to visitors on October 9.']] },
      ),
    );
    const lines = formatTimelinePage(queryTimeline(yearless)).split('\n');
    expect(lines.filter((l) => l.startsWith('9 October'))).toEqual(['9 October (year not stated)']);
  });
});

describe('variants: --keyword word forms and aliases', () => {
  const events = buildTimeline(
    corpusOf({
      published: MONDAY,
      paragraphs: [
        ['The ferry was withdrawn on Thursday after the storm.'],
        ['The harbour was reopened on Friday to fishing boats.'],
        ['The Rosgvardia patrol left the quay on Tuesday.'],
        ['A harbour closure was ordered on Wednesday by the coastguard.'],
      ],
    }),
  );
  const aliases = [['Rosgvardiya', 'Rosgvardia', 'National Guard']];
  it.each([
    ['ferries', ['2021-03-11']],
    ['reopening', ['2021-03-12']],
    ['ROSGVARDIYA', ['2021-03-09']],
    ['national guard', ['2021-03-09']],
    ['harbour closures', ['2021-03-10']],
  ])('keyword "%s" finds %j', (keyword, dates) => {
    expect(queryTimeline(events, { keyword }, aliases).events.map((e) => e.date)).toEqual(dates);
  });
});

describe('variants: --offset past the end', () => {
  const events = buildTimeline(
    articleOf(
      MONDAY,
      'The ferry was withdrawn on Thursday after the storm.',
      'The harbour was reopened on Friday to fishing boats.',
      'The pier was repainted in January by volunteers.',
    ),
  );
  it('an offset equal to the total says where the last page starts', () => {
    expect(formatTimelinePage(queryTimeline(events, { offset: 3, limit: 2 }))).toBe(
      'No events at offset 3: 3 events match, so the last page starts at offset 2.',
    );
  });
  it('the last entry alone is a page of one', () => {
    expect(formatTimelinePage(queryTimeline(events, { offset: 2 })).split('\n')[0]).toBe(
      'Timeline: events 3–3 of 3',
    );
  });
  it('an offset past the end of a keyword filter that matches nothing says nothing matches', () => {
    expect(formatTimelinePage(queryTimeline(events, { keyword: 'lighthouse', offset: 50 }))).toBe(
      'No dated events match.',
    );
  });
  it('an offset beyond exact whole numbers is refused as typed', () => {
    expect(() => parseTimelineArgs(['--offset', '9007199254740993'])).toThrow(
      /^--offset: '9007199254740993' is too large$/,
    );
  });
});
