/**
 * A yearless date in an undated article is listed with its year not stated, whatever years the
 * article names elsewhere: "made around 1340" and "given to the town in 1931" in one paragraph
 * do not date "On 7 March, she locked the cases" in another (a year elsewhere in the article
 * dates no other date unless the text ties them), and the year given as approximate is listed
 * with its note. Read through the whole build, segmentation included: the speaker's quotation
 * after "at 5pm." is a sentence of its own, so the entry quotes the locking alone. Invented
 * chapel feature, no publication date.
 */
import { describe, expect, it } from 'vitest';
import { suiteEngine } from '../support/corpus-fixture.js';

const engine = suiteEngine({
  'feature.txt': [
    "A town's treasure, and the night it vanished",
    '',
    'By Lee Park, Hollin Gazette',
    '',
    'The silver casket, made around 1340 by goldsmiths in Bruges, was given to the town in 1931. Few visitors ever asked about it.',
    '',
    'Joan Pike, 74, has volunteered at the chapel for 20 years. On 7 March, she locked the display cases herself at 5pm. "I checked every one of them twice, like I always do," she said.',
  ].join('\n'),
});

describe('a yearless date in an undated article that names other years', () => {
  it('is listed with its year not stated, beside the years, the approximate one noted', () => {
    const entries = engine
      .timeline()
      .events.map((e) => [
        e.date,
        e.yearStated,
        e.quotes.map((q) => `${q.approximate ? '~ ' : ''}${q.quote}`),
      ]);
    expect(entries).toEqual([
      [
        '1340',
        true,
        [
          '~ The silver casket, made around 1340 by goldsmiths in Bruges, was given to the town in 1931.',
        ],
      ],
      [
        '1931',
        true,
        [
          'The silver casket, made around 1340 by goldsmiths in Bruges, was given to the town in 1931.',
        ],
      ],
      ['--03-07', false, ['On 7 March, she locked the display cases herself at 5pm.']],
    ]);
  });
});
