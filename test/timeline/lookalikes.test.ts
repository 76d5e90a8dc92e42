/**
 * Words that look like dates: names that are months or hold weekdays, numbers that count,
 * furniture lines with dates. Each kind has lookalikes that must make no entry, next to real
 * dates of the same shape that must. All articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

/** Published Monday 2021-03-15 unless said otherwise. */
const PUBLISHED = '2021-03-15';
const datesOf = (sentence: string, published: string | null = PUBLISHED) =>
  buildTimeline(articleOf(published, sentence)).map((e) => (e.end ? `${e.date}/${e.end}` : e.date));

describe('the case dates-lookalikes (shared/cases), published Monday 2021-03-15', () => {
  it('dates only "on Thursday", to 2021-03-11', () => {
    const corpus = articleOf(
      PUBLISHED,
      'The plan drew sharp criticism from May, who called it reckless and unworkable.',
      'In an interview with The Sunday Times, the foreign minister said the talks with Minsk had failed.',
      'The border force was reinforced by 1800 officers from neighbouring regions.',
      'Protest organisers said the Bloody Sunday anniversary march would go ahead despite the ban.',
      'A question from April Ryan, a White House correspondent, went unanswered by the spokesman.',
      'Retailers reported record Black Friday sales despite the unrest in the capital.',
      'The minister met his Belarusian counterpart on Thursday to discuss the border.',
    );
    expect(buildTimeline(corpus).map((e) => [e.date, e.future])).toEqual([['2021-03-11', false]]);
  });
});

describe('month names that are people', () => {
  it.each([
    'The plan was criticised by June, who chairs the harbour committee.',
    'A letter from August Reyes, the port manager, went unanswered for weeks.',
    'Councillors heard from May, whose motion to delay the vote failed.',
    'The harbour survey was praised by May at the regional assembly.',
    'A question from April Lindqvist about the ferry contract went unanswered.',
    "The committee adopted June's amendment on ferry fares after a short debate.",
  ])('makes no entry of "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });

  it.each([
    ['The harbour bridge reopened to traffic in May after repairs.', ['2020-05']],
    ['Work on the ferry terminal will resume in June, the port said.', ['2021-06']],
    ['The repairs to the pier must be finished by June.', ['2021-06']],
    ['The ferry hearing is scheduled for August at the town hall.', ['2021-08']],
    [
      'Ferry services ran a reduced timetable from May to July, the port said.',
      ['2020-05/2020-07'],
    ],
    ['Port staff worked without pay since April, the union said.', ['2020-04']],
    // A participle in -ing after the month has no subject: "owing", "following" name no one.
    ['The ferry firm went into administration in August owing £3m to creditors.', ['2020-08']],
    ['The quay reopened in June following the repairs, the port said.', ['2020-06']],
  ])('still dates "%s"', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });

  // Published 10 October 2025: every month is read alike as the goal of a verb that only moves
  // events in time, the name-like ones included (TimeML: a time where the syntax wants one).
  it.each([
    ['The ferry vote has been postponed to March.', ['2026-03']],
    ['The ferry vote has been postponed to April.', ['2026-04']],
    ['The ferry vote has been postponed to May.', ['2026-05']],
    ['The ferry vote has been postponed to June.', ['2026-06']],
    ['The ferry vote has been postponed to August.', ['2026-08']],
    ['The ferry vote has been postponed to November.', ['2025-11']],
    ['The launch of the ferry has been brought forward to April.', ['2026-04']],
    ['Ferry fares are frozen as of June, the operator said.', ['2025-06']],
  ])('dates the new time of a move: "%s"', (sentence, dates) => {
    expect(datesOf(sentence, '2025-10-10')).toEqual(dates);
  });

  it.each([
    // "defer to" someone: yielding, not a move in time.
    'The harbour minister deferred to May on the question of ferry fares.',
    // "move" also takes a place or a person as its goal.
    'Support on the ferry committee moved to June after the first ballot.',
    'The ferry report was handed to June at the meeting.',
    'The club postponed its reply to April Lindqvist.',
    // A gerund object has a "to" of its own.
    'The ferry club put off talking to June about the fares.',
  ])('still reads a person in "%s"', (sentence) => {
    expect(datesOf(sentence, '2025-10-10')).toEqual([]);
  });
});

describe('weekdays inside names', () => {
  it('a feast of Easter is its own day, not the nearest such weekday (weekday-occasions.ts)', () => {
    // Good Friday 2021 is 2 April, after publication: the one told as past is 2020's.
    expect(datesOf('Fishermen marked Good Friday with a blessing of the harbour fleet.')).toEqual([
      '2020-04-10',
    ]);
  });

  it.each([
    'The senator won most of the states that voted on Super Tuesday for the port bill.',
    'In an interview with The Sunday Telegraph, the mayor defended the ferry fares.',
    'Shops expect busy Cyber Monday sales despite the ferry strike.',
    'Children from the Sunday school sang at the reopening of the harbour.',
    'The ferry committee meets every Friday in the harbour office.',
    'The ferry contract was signed on the Friday before the election, officials said.',
    'The council holds its ferry review on the first Monday of the month.',
    'A crofter who needs to get sheep to the mart on a Wednesday is still stuck, she said.',
    'Any Friday suits the harbour board for the ferry review, its chairman said.',
  ])('makes no entry of "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });

  it.each([
    ['Late Friday, the ferry company agreed to restore the night service.', ['2021-03-12']],
    ['The harbour council voted on Friday to buy two new ferries.', ['2021-03-12']],
    ["Friday's vote on the ferry contract was close, officials said.", ['2021-03-12']],
  ])('still dates "%s"', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
});

describe('numbers that count, not years', () => {
  it.each([
    'The harbour patrol was reinforced by 1900 officers from nearby towns.',
    'The new pipeline will be extended by 1600 km along the coast.',
    'The port handled a backlog of 1750 containers in a single week.',
    'The ferry union was backed by 1500 of its members in the ballot.',
    'Attendance at the harbour festival grew from 1500 to 2000 people.',
    'The bridge was strengthened by 1850-strong crews working in shifts.',
    'The tanker spilled about 1700 tonnes of fuel into the bay during the storm.',
  ])('makes no entry of "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });

  it.each([
    ['The harbour wall was rebuilt in 1990 after a winter storm.', ['1990']],
    ['In 1984 the ferry service was privatised by the government.', ['1984']],
    ['A 2017 survey of the harbour found cracks in the quay wall.', ['2017']],
    ['The harbour has been run by the city since 1952, records show.', ['1952']],
    ['What the harbour board has built since 1952 stands as its record.', ['1952']],
    ['The pattern of harbour growth since 1933 appears clearer now.', ['1933']],
  ])('still dates "%s"', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
});

describe('ISO dates in running text', () => {
  it('dates a valid YYYY-MM-DD and ignores impossible days, longer codes and links', () => {
    expect(datesOf('The pier was closed to lorries on 2018-04-02 after an inspection.')).toEqual([
      '2018-04-02',
    ]);
    expect(datesOf('The pier was closed to lorries on 2018-02-30 after an inspection.')).toEqual(
      [],
    );
    expect(
      datesOf('The ferry permit number 2018-04-02-17 was revoked by the harbour office.'),
    ).toEqual([]);
    expect(
      datesOf('The harbour notice is at https://port.example/2018-04-02/notice for residents.'),
    ).toEqual([]);
  });
});

describe('publication lines, bylines, datelines and captions', () => {
  it('dates only the events of an article, not its furniture', () => {
    // Published Friday 2021-04-02.
    const corpus = corpusOf({
      published: '2021-04-02',
      paragraphs: [
        ['Published April 2, 2021 | Updated April 3, 2021'],
        ['By Lena Ortiz, Harbour Reporter | April 2, 2021'],
        ['The Harbour Times · Lena Ortiz · Friday, April 2, 2021'],
        [
          'Workers repair the pier on Monday at the harbour mouth.',
          '(Photo by Sam Reed/Harbour Times)',
        ],
        ['Divers inspect the quay wall at low tide. (Harbour Times/Sam Reed)'],
        [
          'FENWICK, April 2 (Harbour Wire) - The council on Tuesday approved the plan to rebuild the pier.',
        ],
      ],
    });
    expect(buildTimeline(corpus).map((e) => [e.date, e.quotes[0]?.quote.slice(0, 20)])).toEqual([
      ['2021-03-30', 'FENWICK, April 2 (Ha'],
    ]);
  });

  it('reads "By" as a byline only before capitalised names', () => {
    expect(
      datesOf('By closing the north quay on January 4, 2021, the harbour board cut its costs.'),
    ).toEqual(['2021-01-04']);
    expect(datesOf('By Lena Ortiz, Harbour Reporter, March 3, 2021')).toEqual([]);
  });

  it('dates each clause of a sentence on its own', () => {
    // Published Friday 2021-04-02: "last Wednesday" is 2021-03-31; the rating is 2017.
    const events = buildTimeline(
      articleOf(
        '2021-04-02',
        'The Fenwick council voted 6-3 last Wednesday to close the pier, which engineers rated "unsafe" in 2017.',
      ),
    );
    expect(events.map((e) => [e.date, e.precision, e.future])).toEqual([
      ['2017', 'year', false],
      ['2021-03-31', 'day', false],
    ]);
  });
});

describe('"March" before a measured number', () => {
  it.each([
    ['On March 10 km markers were moved along the harbour route.', []],
    ['On March 10 residents gathered on the harbour wall.', ['2025-03-10']],
    ['Walkers will march 10 km along the harbour on Sunday.', ['2025-04-13']],
    ['They held a 10-mile march along the harbour on Sunday.', ['2025-04-06']],
  ])('is a date only when no unit of measure follows the day: "%s"', (sentence, dates) => {
    expect(buildTimeline(articleOf('2025-04-12', sentence)).map((e) => e.date)).toEqual(dates);
  });
});

describe('a date that is part of a street name', () => {
  it.each([
    ['Readers can sign the harbour petition at 14 March Lane.', []],
    ['The harbour parade along 4 July Street was held on 3 March.', ['2025-03-03']],
    ['The harbour board met on 14 March in the town hall.', ['2025-03-14']],
  ])('is no date: "%s"', (sentence, dates) => {
    expect(buildTimeline(articleOf('2025-04-12', sentence)).map((e) => e.date)).toEqual(dates);
  });
});

describe('"March the 3rd"', () => {
  it.each([
    ['The harbour board met on March the 3rd to vote.', ['2025-03-03']],
    ['The harbour board met in March the 3rd time.', ['2025-03']],
  ])('is a day unless the ordinal ranks a noun: "%s"', (sentence, dates) => {
    expect(buildTimeline(articleOf('2025-04-12', sentence)).map((e) => e.date)).toEqual(dates);
  });
});
