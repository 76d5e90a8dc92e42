/**
 * A commitment told as news, with no date of its own, has the time of writing as its reference
 * time (Reichenbach 1947), and what its "to"-infinitive commits to, a state bounded by "until"
 * included, lies after it (Huddleston & Pullum 2002, ch. 14): the publication's own year,
 * stated a sentence back, does not move that date behind publication. Invented parish articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

// Thursday 12 November 2026.
const PUBLISHED = '2026-11-12';
const dates = (...sentences: string[]) =>
  buildTimeline(corpusOf({ published: PUBLISHED, paragraphs: [sentences] })).map(
    (e) => `${e.date}${e.future ? ' future' : ''}`,
  );

describe('the bound of a committed state after a sentence naming the publication year', () => {
  it('lies after the commitment, not in the year named', () => {
    expect(
      dates(
        'The bowls club ran at a loss throughout 2026.',
        "The parish council agreed to meet the bowls club's deficit until the end of April.",
      ),
    ).toEqual(['2026', '2027-04 future']);
  });

  it.each([
    // A month the narrative sets is a time the commitment may be told at: its year stands.
    [
      [
        'In March 2026 the bowls club ran out of money.',
        "The parish council agreed to meet the bowls club's deficit until the end of April.",
      ],
      ['2026-03', '2026-04'],
    ],
    // A meeting is no commitment: its purpose clause keeps the other rules.
    [
      [
        'The bowls club ran at a loss throughout 2026.',
        "The parish council met last week to meet the bowls club's deficit until the end of April.",
      ],
      ['2026', '2026-04', '2026-11'],
    ],
    // The commitment's own year in its sentence dates it.
    [
      [
        'The bowls club ran at a loss for years.',
        "In 2026 the parish council agreed to meet the bowls club's deficit until the end of April.",
      ],
      ['2026', '2026-04'],
    ],
  ])('keeps a reference time the text states: %j', (sentences, want) => {
    expect(dates(...sentences)).toEqual(want);
  });
});
