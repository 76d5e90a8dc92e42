import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

/** The (date, precision) of every entry, for compact assertions. */
const dates = (corpus: Parameters<typeof buildTimeline>[0]) =>
  buildTimeline(corpus).map((e) => `${e.date} ${e.precision}`);

describe('resolution of dates without a year', () => {
  it('dates "on Thursday" in past-tense reporting to the last Thursday on or before publication', () => {
    // 2020-08-27 is a Thursday; 2021-03-10 a Wednesday.
    expect(
      dates(
        articleOf('2020-08-27', 'Putin on Thursday said he had been asked to set up a reserve.'),
      ),
    ).toEqual(['2020-08-27 day']);
    expect(
      dates(articleOf('2021-03-10', 'The minister on Thursday said the border would stay closed.')),
    ).toEqual(['2021-03-04 day']);
  });

  it('dates a weekday in a statement about the future forward, and marks it future', () => {
    const [event] = buildTimeline(
      articleOf(
        '2021-03-10',
        'The two presidents will meet in Sochi on Thursday to discuss gas prices.',
      ),
    );
    expect(event).toMatchObject({ date: '2021-03-11', precision: 'day', future: true });
  });

  it('dates "Thursday’s address" from the publication date, and leaves it out without one', () => {
    const sentence = 'In Thursday’s address to workers, the KGB chairman warned of unrest.';
    expect(dates(articleOf('2020-12-05', sentence))).toEqual(['2020-12-03 day']);
    const detailed = buildTimelineDetailed(articleOf(null, sentence));
    expect(detailed.events).toEqual([]);
    expect(detailed.undated.map((u) => u.text)).toEqual(['Thursday’s']);
  });

  it('gives a yearless day the year that puts it on or before publication', () => {
    expect(
      dates(
        articleOf(
          '2020-12-18',
          'On Aug. 27, Putin announced that Russia had formed a reserve of officers.',
        ),
      ),
    ).toEqual(['2020-08-27 day']);
    expect(
      dates(articleOf('2021-02-10', 'On Dec. 20, the court ruled against the opposition leader.')),
    ).toEqual(['2020-12-20 day']);
  });

  it('takes the year of "4 November" from a month-level date in the paragraph before', () => {
    const corpus = articleOf(
      null,
      'In June 2021, the intelligence services signed an agreement on closer cooperation.',
      'The last of numerous agreements was signed on 4 November in Moscow by both presidents.',
    );
    expect(dates(corpus)).toEqual(['2021-06 month', '2021-11-04 day']);
  });

  it('takes the year from an explicit year in the sentence just before', () => {
    const corpus = corpusOf({
      published: null,
      paragraphs: [
        [
          'Minsk and Moscow signed subsequent agreements in 2021.',
          'In March, talks were held between the special services of both states.',
        ],
      ],
    });
    expect(dates(corpus)).toEqual(['2021 year', '2021-03 month']);
  });

  it('does not take the year of a month-level date many sentences back in one long paragraph', () => {
    const corpus = corpusOf({
      published: null,
      paragraphs: [
        [
          'In March 1819, the treaty with Spain was ratified by the Senate.',
          'The finances of the country are sound.',
          'Revenue has grown in every state.',
          'Expenditure has fallen in most departments.',
          'Trade with Europe has recovered well.',
          'From that time to the 30th of September the receipts amounted to $16 millions.',
        ],
      ],
    });
    // The 30th of September is shown, but with its year marked as not stated.
    expect(dates(corpus)).toEqual(['1819-03 month', '--09-30 day']);
    expect(buildTimeline(corpus)[1]?.yearStated).toBe(false);
  });

  it('does not lend a year stated paragraphs earlier about something else to a later date', () => {
    const corpus = articleOf(
      null,
      'Putin established the Rosgvardia in 2016 with a former Kremlin security chief at its head.',
      'The new agreement spells out broad areas of possible cooperation between the forces.',
      'The European Union on December 17 imposed a third round of sanctions on officials.',
      'In Sochi on September 14, the presidents agreed that the reserve would be removed.',
    );
    const events = buildTimeline(corpus);
    expect(events.map((e) => `${e.date} ${e.yearStated}`)).toEqual([
      '2016 true',
      '--09-14 false',
      '--12-17 false',
    ]);
  });

  it('does not move a narrative year backwards: an earlier month falls back to the publication date', () => {
    const corpus = articleOf(
      '2020-12-18',
      'The agreement made in Minsk on Nov. 19, 2020 comes into force from the date of its signing.',
      'Mass protests have gripped the country since the Aug. 9 election that handed him a sixth term.',
    );
    expect(dates(corpus)).toEqual(['2020-08-09 day', '2020-11-19 day']);
  });

  it('never dates a narrative year after publication in past-tense reporting', () => {
    const corpus = corpusOf({
      published: '2021-03-01',
      paragraphs: [
        [
          'Elections are due in 2022 under the new constitution.',
          'In December, protesters again filled the central square of the capital.',
        ],
      ],
    });
    expect(dates(corpus)).toContain('2020-12 month');
    expect(dates(corpus)).not.toContain('2022-12 month');
  });

  it('shows a yearless date with its year marked as not stated when nothing in the article fixes it', () => {
    const detailed = buildTimelineDetailed(
      articleOf(null, 'On August 9, the presidential vote was held in Belarus amid protests.'),
    );
    expect(detailed.events).toMatchObject([
      { date: '--08-09', precision: 'day', yearStated: false, future: false },
    ]);
    expect(detailed.undated).toEqual([]);
  });
});

describe('relative dates', () => {
  it('counts "last month" from the publication date', () => {
    expect(
      dates(
        articleOf(
          '2021-01-15',
          'Officials last month signed a new cooperation agreement with Moscow.',
        ),
      ),
    ).toEqual(['2020-12 month']);
  });

  it('dates "in September of this year" and "December last year" by the publication year', () => {
    const corpus = articleOf(
      '1929',
      'In September of this year the statute establishing the court was amended by the signatories.',
      'In December last year, the treaty was signed by most nations.',
    );
    expect(dates(corpus)).toEqual(['1928-12 month', '1929-09 month']);
  });

  it('leaves "last month" out when the publication date is unknown', () => {
    expect(
      dates(
        articleOf(null, 'Officials last month signed a new cooperation agreement with Moscow.'),
      ),
    ).toEqual([]);
  });

  it('shows "this week" and "last week" as their month when the week lies in one month', () => {
    expect(
      dates(
        articleOf(
          '2020-08-27',
          'A council was set up last week seeking a peaceful transition of power.',
        ),
      ),
    ).toEqual(['2020-08 month']);
    // 2020-09-01 is a Tuesday: this week runs from 31 August to 6 September.
    expect(
      dates(
        articleOf(
          '2020-09-01',
          'The opposition leader this week predicted a swift end to the regime.',
        ),
      ),
    ).toEqual([]);
  });

  it('counts "the next month" from the date of the previous sentence', () => {
    const corpus = articleOf(
      '2020-12-18',
      'During the presidents’ Sept. 14 meeting in Sochi, an agreement was reached on the reserve.',
      'The next month, Prime Minister Mishustin ordered negotiations on a cooperation agreement.',
    );
    expect(dates(corpus)).toEqual(['2020-09-14 day', '2020-10 month']);
  });

  it('does not count "the next month" from a date several sentences back', () => {
    const corpus = articleOf(
      '2020-12-18',
      'During the Sept. 14 meeting in Sochi, an agreement was reached on the reserve.',
      'Protests continued across the country despite mass arrests and beatings.',
      'The next month, Prime Minister Mishustin ordered negotiations on a cooperation agreement.',
    );
    expect(dates(corpus)).toEqual(['2020-09-14 day']);
  });
});

describe('what is not an event', () => {
  it('ignores durations, the verb "march" and dates inside URLs', () => {
    const corpus = articleOf(
      '2020-12-18',
      'The 65-year-old has led Belarus for the past 26 years amid weeks of protest.',
      'Tens of thousands continue to march weekly to demand his resignation.',
      'Over the past year, the regimes have signed several agreements over several months.',
      'Read the report at https://www.example.com/2025/11/17/russia-belarus-agreement online.',
    );
    expect(buildTimelineDetailed(corpus).events).toEqual([]);
  });

  it('ignores a bare dateline and a caption credit', () => {
    const corpus = articleOf(
      '2020-12-18',
      'December 18, 2020',
      'Officers stand guard in Moscow, Russia June 12, 2019. REUTERS/Maxim Shemetov',
    );
    expect(buildTimeline(corpus)).toEqual([]);
  });

  it('keeps "since 1994" as the start of a state, never as a forecast', () => {
    const [event] = buildTimeline(
      articleOf(
        null,
        'She predicted it was a matter of time until Lukashenka, who has run the country since 1994, steps aside.',
      ),
    );
    expect(event).toMatchObject({ date: '1994', precision: 'year', future: false });
  });

  it('marks a forecast as future and keeps the season', () => {
    const [event] = buildTimeline(
      articleOf(
        null,
        'The KGB chairman said that he did not rule out a ‘hot war’ in the spring of 2021.',
      ),
    );
    expect(event).toMatchObject({
      date: '2021-03',
      precision: 'season',
      season: 'spring',
      future: true,
    });
  });
});

describe('independence from the clock', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same timeline whatever today is', () => {
    const corpus = articleOf(
      '2020-08-27',
      'Putin on Thursday said he had asked for a reserve.',
      'A council was set up last week to negotiate.',
    );
    vi.useFakeTimers({ now: new Date('2031-05-06T12:00:00Z') });
    const later = buildTimeline(corpus);
    vi.setSystemTime(new Date('2019-01-01T00:00:00Z'));
    const earlier = buildTimeline(corpus);
    expect(later).toEqual(earlier);
    expect(later.map((e) => e.date)).toEqual(['2020-08', '2020-08-27']);
  });
});
