/**
 * The absolute clause opened by "with" (", with the raw data released online before the end of
 * the year") has no tense of its own: its participle is no past verb. Under a past clause it is
 * behind; under any other, a deadline in it is ahead and another date in doubt; and a date before
 * it takes the tense of its own clause, never the participle's. Invented survey sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entriesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => [e.date, e.future]);

describe('a "with" absolute clause', () => {
  it('under a verb of expecting, a deadline in it is ahead: the planned act', () => {
    // Published 13 March 2026.
    expect(
      entriesOf(
        '2026-03-13',
        'Ms Heller expects the survey papers by September, with the survey data released online before the end of November.',
      ),
    ).toEqual([
      ['2026-09', true],
      ['2026-11', true],
    ]);
  });

  it('under a past clause, its date is behind', () => {
    // Published 13 June 2026: 3 June is the one just past.
    expect(
      entriesOf(
        '2026-06-13',
        'The survey team returned in May, with the ice samples shipped on 3 June.',
      ),
    ).toEqual([
      ['2026-05', false],
      ['2026-06-03', false],
    ]);
  });

  it('under a future clause, a date in it that is no deadline is in doubt: the nearer one', () => {
    // "shipped on 3 June" may tell of a shipment already made: 3 June 2026, ten days back.
    expect(
      entriesOf(
        '2026-06-13',
        'The survey team will return in July, with the ice samples shipped on 3 June.',
      ),
    ).toEqual([
      ['2026-06-03', false],
      ['2026-07', true],
    ]);
  });

  it('after the date, its participle is no past verb of the clause before it', () => {
    // Published Friday 29 May 2026: the scheduled return is 15 days ahead, this year.
    expect(
      entriesOf(
        '2026-05-29',
        'The survey ship returns to Kellport on 13 June, with 120 ice cores stored on board.',
      ),
    ).toEqual([['2026-06-13', true]]);
    // A past clause before it keeps its own tense: the return was a year back.
    expect(
      entriesOf(
        '2026-05-29',
        'The survey ship returned to Kellport on 13 June, with 120 ice cores stored on board.',
      ),
    ).toEqual([['2025-06-13', false]]);
  });
});
