/**
 * A date inside a phrase of time relationship ("since the Oct. 14 explosion", "after the 3 May
 * vote", "in the weeks following the March 2 fire") is the occasion's date, not the act's: the
 * quote is listed under it saying whose date it is (`dates`), never as a plain event of that
 * day. Invented plant, council and mill sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Monday 20 October 2025.
const PUBLISHED = '2025-10-20';
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map((e) => [
    e.date,
    e.future,
    e.quotes[0]?.dates ?? null,
  ]);

describe('a date anchoring the act', () => {
  it.each([
    ['Production has been halted since the Oct. 14 explosion.', '2025-10-14', 'Oct. 14 explosion'],
    [
      'Production has been halted since the explosion on Oct. 14.',
      '2025-10-14',
      'explosion on Oct. 14',
    ],
    ['After the 3 May vote, the council closed the library.', '2025-05-03', '3 May vote'],
    ['After the vote on 3 May, the council closed the library.', '2025-05-03', 'vote on 3 May'],
    [
      'In the weeks following the March 2 fire, the mill stayed shut.',
      '2025-03-02',
      'March 2 fire',
    ],
    ["Since Friday's explosion, the plant has been closed.", '2025-10-17', "Friday's explosion"],
    [
      'The scheme was drawn up after the flood of November 28, 2024.',
      '2024-11-28',
      'flood of November 28, 2024',
    ],
    ['The council met before the 3 May vote.', '2025-05-03', '3 May vote'],
  ])('"%s" is the date of the occasion', (sentence, date, occasion) => {
    expect(entriesOf(sentence)).toEqual([[date, false, occasion]]);
  });

  it('lies behind a past act it follows, whichever year is nearer', () => {
    // The fire came before the weeks the mill stayed shut, which are past: not next March.
    expect(entriesOf('The mill stayed shut in the weeks following the March 2 fire.')).toEqual([
      ['2025-03-02', false, 'March 2 fire'],
    ]);
  });
});

describe('a date that is the act’s', () => {
  it('as the object of "since": the state began that day', () => {
    expect(entriesOf('Production has been halted since Oct. 14.')).toEqual([
      ['2025-10-14', false, null],
    ]);
  });

  it('of a clause whose subject the occasion is', () => {
    expect(
      entriesOf('Since the 14 October explosion destroyed the plant, output has fallen.'),
    ).toEqual([['2025-10-14', false, null]]);
    expect(
      entriesOf('The plant stayed shut after high tides on Thursday flooded the yard.'),
    ).toEqual([['2025-10-16', false, null]]);
  });

  it('of the main verb, as "on" after the noun may be', () => {
    expect(entriesOf('The council closed the library after the vote on 3 May.')).toEqual([
      ['2025-05-03', false, null],
    ]);
  });

  it('a part of a period after "before" is a time, no occasion: a deadline', () => {
    expect(
      entriesOf('The council will publish the harbour survey before the end of the year.'),
    ).toEqual([['2025', true, null]]);
  });

  it('moved by an offset to the act’s own day', () => {
    expect(entriesOf('The council met two days after the 3 May vote.')).toEqual([
      ['2025-05-05', false, null],
    ]);
  });
});
