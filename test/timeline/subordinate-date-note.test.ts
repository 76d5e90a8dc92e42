/**
 * A quote listed under a date that is not its main act's carries "(the date of …)":
 * - a date in an adverbial clause of time inside a relative clause ("the skipper who broke his
 *   wrist when the wave struck on Saturday") dates the relative clause, not the main verb
 *   (Quirk et al. 1985, 17.3–17.4 and 15.25); a hyphenated premodifier stays in the noun phrase;
 * - "since" before the date is the date's own preposition ("a quay that had been closed since
 *   Saturday");
 * - a date in the second sentence of a quote whose first sentence has a date of its own is that
 *   sentence's (own-sentence.ts).
 * Invented sentences about a ferry crossing.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

const notesOf = (corpus: ReturnType<typeof articleOf>) =>
  buildTimeline(corpus).map((e) => [e.date, e.quotes[0]?.dates ?? null]);

describe('the date of a subordinate clause is noted', () => {
  it('a "when" clause inside a relative clause', () => {
    expect(
      notesOf(
        articleOf(
          '2026-05-22',
          'Ian Moss, the 52-year-old skipper who broke his wrist when the wave struck on Saturday, had surgery at the county hospital on Thursday morning.',
        ),
      ),
    ).toEqual([
      [
        '2026-05-16',
        'the 52-year-old skipper who broke his wrist when the wave struck on Saturday',
      ],
      ['2026-05-21', null],
    ]);
  });

  it('a relative clause whose date follows "since"', () => {
    expect(
      notesOf(
        articleOf(
          '2026-05-19',
          'A diver swam along the harbour wall and under a quay that had been closed since Saturday before surfacing near the slipway.',
        ),
      ),
    ).toEqual([['2026-05-16', 'a quay that had been closed since Saturday']]);
  });

  it('the second sentence of a quote whose first is dated itself', () => {
    expect(
      notesOf(
        corpusOf({
          published: '2026-05-17',
          paragraphs: [
            [
              'The coastguard had issued a gale warning on Friday, covering the whole strait.',
              'It was not clear last night whether the skipper had seen the warning before sailing.',
            ],
          ],
        }),
      ),
    ).toEqual([
      ['2026-05-15', null],
      ['2026-05-16', 'It was not clear last night'],
    ]);
  });

  it('a main clause date after a relative clause keeps no note', () => {
    expect(
      notesOf(
        articleOf(
          '2026-05-22',
          'Passengers who were stranded at the terminal returned home on Thursday evening.',
        ),
      ),
    ).toEqual([['2026-05-21', null]]);
  });
});
