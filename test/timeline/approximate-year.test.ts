/**
 * A year given as approximate ("made around 1340", "circa 1850", "c. 1650") is listed at year
 * precision with its quote saying so; a year before 1500 is read only after a word of time, never
 * as a count ("a crowd of 1200", "in 1340 homes"). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { quoteNotes } from '../../src/framework/render/timeline-headings.js';
import { articleOf } from './fixtures.js';

/** Each entry as "date precision: the notes of its first quote". */
const entries = (...sentences: string[]) =>
  buildTimeline(articleOf('2026-03-09', ...sentences)).map(
    (e) => `${e.date} ${e.precision}: ${quoteNotes(e.quotes[0]!).join('; ')}`,
  );

describe('an approximate year', () => {
  it('is listed under its year, its quote marked approximate', () => {
    expect(
      entries(
        'The silver casket, made around 1340 by goldsmiths in Bruges, was given to the town in 1931.',
      ),
    ).toEqual(['1340 year: an approximate date', '1931 year: ']);
  });

  it('is read after "circa" and "c." as after "around", for any year', () => {
    expect(
      entries(
        'The chapel was built circa 1420.',
        'Its tower was added c. 1650.',
        'The estate sold the chapel to the diocese in 1788.',
      ),
    ).toEqual(['1420 year: an approximate date', '1650 year: an approximate date', '1788 year: ']);
  });
});

describe('a year before 1500', () => {
  it('is read after a word of time', () => {
    expect(entries('The abbey was founded in 1066.')).toEqual(['1066 year: ']);
  });

  it('is never a count read as a year', () => {
    expect(
      entries(
        'A crowd of 1200 watched the parade.',
        'Grants went out in 1340 homes.',
        'Around 1200 people signed, and about 1400 wrote to the council.',
      ),
    ).toEqual([]);
  });
});
