/**
 * Weekdays that are not one day counted from publication: a plural part of the day names a set
 * of times ("on Friday and Saturday nights"), and a weekday right after a dated stretch of days
 * that holds it may be that stretch's day ("planned for 8-10 August. Music will end at 11pm on
 * Friday"). Invented articles only; real single days of the same shapes stay dated.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

/** Published Wednesday 2025-03-19. */
const PUBLISHED = '2025-03-19';
const dates = (...paragraphs: string[]) =>
  buildTimeline(articleOf(PUBLISHED, ...paragraphs)).map(
    (e) => `${e.date}${e.end ? `/${e.end}` : ''}${e.future ? ' future' : ''}`,
  );

describe('a weekday before a plural part of the day is a set of times', () => {
  it.each([
    'Music at the quay bar will end at 11pm on Friday and Saturday nights under the licence.',
    'The harbour café will close early on Friday nights, the owner said.',
    'The ferry will run late on Friday, Saturday and Sunday evenings, the operator said.',
    'Anglers may fish from the pier on Saturday or Sunday mornings only.',
    // "every" takes the whole list of weekdays after it.
    'The fish market will open every Friday and Saturday, the harbour board said.',
    'The ferry will call each Monday, Wednesday and Friday, the operator said.',
  ])('no entry for "%s"', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it.each([
    ['The harbour café will close early on Friday night, the owner said.', ['2025-03-21 future']],
    ['The bar shut on Friday and reopened on Saturday night.', ['2025-03-14', '2025-03-15']],
    [
      'The fish market opens every Friday, and the mayor will visit it on Saturday.',
      ['2025-03-22 future'],
    ],
  ])('still dates one night: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });
});

describe('a weekday right after a dated stretch of days that holds it', () => {
  it('is left undated, with its reason, when publication counts it to another day', () => {
    const { events, undated } = buildTimelineDetailed(
      articleOf(
        PUBLISHED,
        'The regatta, planned for 8-10 August, will bring 3,000 visitors to the quay.',
        'Music will end at 11pm on Friday and Saturday and at 10.30pm on Sunday.',
      ),
    );
    expect(events.map((e) => `${e.date}/${e.end}`)).toEqual(['2025-08-08/2025-08-10']);
    expect(undated.map((u) => u.text)).toEqual(['Friday', 'Saturday', 'Sunday']);
    expect(undated[0]?.reason).toMatch(/stretch of days the story has just dated/u);
  });

  it('is dated when the stretch is further back, or holds the day publication counts to', () => {
    expect(
      dates(
        'The regatta, planned for 8-10 August, will bring 3,000 visitors to the quay.',
        'The harbour board approved the regatta budget at its meeting.',
        'Councillors will inspect the quay on Friday, the board said.',
      ),
    ).toEqual(['2025-03-21 future', '2025-08-08/2025-08-10 future']);
    // Published Wednesday 2025-03-19: "from 20 to 23 March" holds the coming Friday itself.
    expect(
      dates(
        'The harbour fair runs from 20 to 23 March at the quay.',
        'Music will end at 11pm on Friday, the organisers said.',
      ),
    ).toEqual(['2025-03-20/2025-03-23 future', '2025-03-21 future']);
  });

  it('reads a day of saying as counted from publication', () => {
    // Published Wednesday 2025-03-19: 3-5 March holds a Tuesday, but the council spoke on the 18th.
    expect(
      dates(
        'The quay fair was held from 3 to 5 March at the harbour.',
        'On Tuesday the council said the fair had made a profit.',
      ),
    ).toEqual(['2025-03-03/2025-03-05', '2025-03-18']);
    expect(
      dates(
        'The quay fair was held from 3 to 5 March at the harbour.',
        'The fair made a profit, the council told reporters on Tuesday.',
      ),
    ).toEqual(['2025-03-03/2025-03-05', '2025-03-18']);
  });

  it('reads a weekday after a single dated day as counted from publication', () => {
    expect(
      buildTimeline(
        corpusOf({
          published: PUBLISHED,
          paragraphs: [
            [
              'The harbour board voted on 3 March to close the north quay.',
              'On Monday, the board said the closure would start in April.',
            ],
          ],
        }),
      ).map((e) => e.date),
    ).toEqual(['2025-03-03', '2025-03-17', '2025-04']);
  });
});
