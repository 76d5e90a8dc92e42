/**
 * Dates a sentence itself puts before the day of writing, and words misread as tense markers:
 * - the past perfect ("had checked … on Saturday", published on a Saturday) is past, and its
 *   weekday the one before the day of writing (Reichenbach 1947; Quirk et al. 1985, 4.21–4.23),
 *   unless it is reported after a past verb of saying (reported-past-perfect.test.ts);
 * - "on Wednesday, and in the week since then", published on a Wednesday: a week ago;
 * - "a general forecast": the noun after a determiner, no marker of the future;
 * - "came up that lane this week": "that" after a preposition is a demonstrative, no clause's
 *   opening, so the relative clause's past "came" governs, not the main clause's "should".
 * Invented sentences about a ferry crossing.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entriesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => ({ date: e.date, future: e.future }));

describe('a past the sentence puts before the day of writing', () => {
  // 2026-05-16 is a Saturday; 2026-05-20 a Wednesday.
  it('a weekday under the past perfect, told on that weekday, is the one a week before', () => {
    expect(
      entriesOf('2026-05-16', 'The crew had checked the tide tables on Saturday morning.'),
    ).toEqual([{ date: '2026-05-09', future: false }]);
  });

  it('a weekday under the simple past on that weekday stays the day of writing', () => {
    expect(
      entriesOf(
        '2026-05-16',
        'The skipper said the crew checked the tide tables on Saturday morning.',
      ),
    ).toEqual([{ date: '2026-05-16', future: false }]);
  });

  it('"had" as the verb itself is no past perfect', () => {
    expect(
      entriesOf(
        '2026-05-16',
        'The skipper had an operation at the harbour clinic on Saturday morning.',
      ),
    ).toEqual([{ date: '2026-05-16', future: false }]);
  });

  it('a weekday before "in the week since then" is a week before', () => {
    expect(
      entriesOf(
        '2026-05-20',
        'The lifeboat towed the stricken ferry into port on Wednesday, and in the week since then the operator has cancelled every crossing.',
      ),
    ).toEqual([{ date: '2026-05-13', future: false }]);
  });

  it('"a general forecast" is a noun: the past perfect governs, nothing is expected', () => {
    expect(
      entriesOf(
        '2026-05-16',
        'The crew had checked a general forecast on Saturday morning, which showed gales later in the day.',
      ),
    ).toEqual([{ date: '2026-05-09', future: false }]);
  });

  it('"that" after a preposition opens no clause: "came up that lane this week" is past', () => {
    expect(
      entriesOf('2026-05-20', 'Everyone who came up that slipway this week should be proud.'),
    ).toEqual([{ date: '2026-05', future: false }]);
  });

  it('a verb of forecasting keeps its future: "gales are forecast for Saturday"', () => {
    expect(
      entriesOf(
        '2026-05-13',
        'The operator said gales are forecast for Saturday across the strait.',
      ),
    ).toEqual([{ date: '2026-05-16', future: true }]);
  });
});
