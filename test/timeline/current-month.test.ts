/**
 * Dates that leave out what the reader knows: "the end of the month" (the month the text is
 * in), "on the 12th" (a day of that month) and a bare "31 March" after a verb in the present.
 * The month is the narrative's when it has just set one, else the publication's; nothing is
 * dated without either. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf, corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string | null, ...paragraphs: string[]) =>
  buildTimeline(articleOf(published, ...paragraphs)).map(shown);
/** Each quote's heading, in the order of the article's sentences. */
const headingsOf = (published: string, ...sentences: string[]) =>
  buildTimeline(corpusOf({ published, paragraphs: [sentences] }))
    .flatMap((e) => e.quotes.map((q) => [q.start, shown(e)] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, date]) => date);

const SUSPENDED =
  'Ferry sailings to the island were suspended until at least the end of the month.';

describe('"the end of the month", "the end of the year"', () => {
  it('is the publication month when the narrative has set none', () => {
    expect(datesOf('2021-09-20', SUSPENDED)).toEqual(['2021-09']);
  });
  it("is the narrative's month when it has just set one", () => {
    expect(
      headingsOf(
        '2021-09-20',
        'In March 2019 the island ferry broke down off the reef.',
        SUSPENDED,
      ),
    ).toEqual(['2019-03', '2019-03']);
  });
  it('is the publication year for "by the end of the year", ahead', () => {
    const events = buildTimeline(
      articleOf(
        '2021-09-20',
        'The harbour trust will repair the north quay by the end of the year.',
      ),
    );
    expect(events.map((e) => [shown(e), e.future])).toEqual([['2021', true]]);
  });
  it.each([
    'The temporary harbour loan taken out at the end of the year 2019 has been repaid.',
    "For the year 2019 the harbour's receipts were £3m, with £1m in hand at the beginning of the year.",
  ])('is not the publication year where the sentence names its own year: "%s"', (sentence) => {
    expect(datesOf('2021-09-20', sentence)).not.toContain('2021');
  });
  it('is left undated with no publication date and no narrative month', () => {
    const { events, undated } = buildTimelineDetailed(articleOf(null, SUSPENDED));
    expect(events).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['the month']);
  });
});

describe('"on the 12th": a day of the month the text is in', () => {
  const APPROVAL =
    'The new ferry won approval from the national maritime regulator on the 12th, after two days of sea trials.';
  it.each([
    ['2021-09-20', ['2021-09-12']],
    // The 12th of the publication month is still ahead: the past one is the month before's.
    ['2021-09-05', ['2021-08-12']],
  ])('past, published %s → %j', (published, dates) => {
    expect(datesOf(published, APPROVAL)).toEqual(dates);
  });
  it('ahead, the first such day on or after publication', () => {
    expect(datesOf('2021-09-20', 'The regulator will rule on the new ferry on the 12th.')).toEqual([
      '2021-10-12',
    ]);
  });
  it('a month without that day gives the latest month that has it', () => {
    expect(datesOf('2021-09-20', 'The ferry failed its last inspection on the 31st.')).toEqual([
      '2021-08-31',
    ]);
  });
  it("in the narrative's month when it has just set one", () => {
    expect(
      headingsOf(
        '2021-09-20',
        'In March 2019 the island ferry failed its inspection.',
        'It passed a second inspection on the 12th.',
      ),
    ).toEqual(['2019-03', '2019-03-12']);
  });
  it.each([
    'The island ferry finished the regatta for the 12th time.',
    'The harbour office moved to the 12th floor of the port tower.',
    'The quay was first built in the 12th century by monks.',
    'On the 12th of the month the trust reviews its harbour fees.',
  ])('an ordinal that ranks is no date: "%s"', (sentence) => {
    expect(datesOf('2021-09-20', sentence)).toEqual([]);
  });
  it('is not read when a day and month follow, whose month it may share', () => {
    expect(
      datesOf(
        '2021-12-20',
        'The first harbour letter is dated on the 17th, the second on the 18th of December.',
      ),
    ).toEqual(['2021-12-18']);
  });
  it('is left undated with no publication day', () => {
    const { events, undated } = buildTimelineDetailed(articleOf(null, APPROVAL));
    expect(events).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['the 12th']);
  });
});

describe('a day and month with no preposition', () => {
  it('"The deadline remains 31 March." is dated: a finished sentence with a present verb', () => {
    expect(datesOf('2021-03-10', 'The deadline remains 31 March.')).toEqual(['2021-03-31']);
  });
  it('a line with no verb and two words is still not an event', () => {
    expect(datesOf('2021-03-10', 'Ferry timetable from 31 March.')).toEqual([]);
  });
});
