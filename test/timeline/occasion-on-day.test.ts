/**
 * The day of an occasion something is made for ("has tabled a question for the council meeting
 * on the 27th") is ahead; a relative unit with a possessive ("last month's attack") dates what
 * it names even after "in". Invented council sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const eventsOf = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [e.date, e.future]);

// Thursday 20 February 2025.
const PUBLISHED = '2025-02-20';

describe('an occasion something is made for, given its day with "on"', () => {
  it.each([
    [
      'Cllr Amir Haddad has tabled an urgent question for the full council meeting on the 27th.',
      [['2025-02-27', true]],
    ],
    [
      'She has already submitted a motion for the council meeting on 27 February.',
      [['2025-02-27', true]],
    ],
  ])('in the present perfect, is ahead: "%s"', (sentence, expected) => {
    expect(eventsOf(PUBLISHED, sentence)).toEqual(expected);
  });

  it.each([
    // The simple past may tell of a meeting already held.
    ['Cllr Haddad tabled a question for the meeting on 3 February.', [['2025-02-03', false]]],
    ['The question for the meeting on 3 February was withdrawn.', [['2025-02-03', false]]],
    // After a verb, "on Monday" may be the voting's day.
    ['Members voted for the strike on Monday.', [['2025-02-17', false]]],
  ])('otherwise keeps the other rules: "%s"', (sentence, expected) => {
    expect(eventsOf(PUBLISHED, sentence)).toEqual(expected);
  });
});

describe('"last month\'s", "last week\'s": a possessive dates what it names', () => {
  it('even after "in"', () => {
    expect(
      eventsOf('2025-03-05', "Residents' data was stolen in last month's cyber attack."),
    ).toEqual([['2025-02', false]]);
    // Thursday 12 June 2025: last week lies in June whether it starts on Monday or Sunday.
    expect(
      eventsOf('2025-06-12', "In last week's edition we wrongly reported that the council paid."),
    ).toEqual([['2025-06', false]]);
  });

  it('not "the last month\'s", a span up to now', () => {
    expect(eventsOf('2025-06-12', "Figures for the last month's sales were poor.")).toEqual([]);
  });
});
