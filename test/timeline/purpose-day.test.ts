/**
 * A day after the purpose of a present-perfect act ("has hired the hall for a dinner on
 * Saturday") dates the purpose, which awaits it: the present perfect takes no definite past time
 * adjunct (Huddleston & Pullum 2002, ch. 3), whatever noun names the purpose. Invented village
 * sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Tuesday 3 March 2026.
const PUBLISHED = '2026-03-03';
const dates = (sentence: string, published = PUBLISHED) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a day given to the purpose of a present-perfect act', () => {
  it.each([
    [
      'The allotment society has hired the village hall for its fundraising dinner on Saturday evening.',
      ['2026-03-07 future'],
    ],
    ['The choir has reserved the chapel for a carol rehearsal on Thursday.', ['2026-03-05 future']],
    // The object a name: "Kelby Methodist Hall" is no verb either.
    [
      'The parish council has booked Kelby Methodist Hall for a public meeting on Thursday evening.',
      ['2026-03-05 future'],
    ],
  ])('is ahead: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });

  it('puts a yearless day and month ahead too, not a year back', () => {
    expect(
      dates(
        'The society has hired the village hall for a harvest supper on 20 November.',
        '2026-11-12',
      ),
    ).toEqual(['2026-11-20 future']);
  });

  it.each([
    // The simple past may tell of a dinner already held.
    [
      'The allotment society hired the village hall for its fundraising dinner on Saturday evening.',
      ['2026-02-28'],
    ],
    // Nor in the simple past with a named object.
    [
      'The parish council booked Kelby Methodist Hall for a public meeting on Thursday evening.',
      ['2026-02-26'],
    ],
    // A day right after the act, with no purpose between, stays the act's.
    ['The allotment society met in the village hall on Saturday evening.', ['2026-02-28']],
    // After a pronoun, "for them on Friday" is no purpose's phrase.
    ['The warden has opened the hall for them on Saturday.', ['2026-02-28']],
  ])('leaves the other readings alone: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });
});
