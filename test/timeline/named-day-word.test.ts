/**
 * A day word inside a capitalised name ("told Cycling Today on Monday", "USA Today reported",
 * "the BBC's Today programme") is no date; the adverb opening a sentence, in lower case, or in
 * a line set in title case still is (named-day-word.ts). Invented cycling articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Wednesday 6 May 2026. */
const PUBLISHED = '2026-05-06';

const dates = (...sentences: string[]) =>
  buildTimeline(articleOf(PUBLISHED, ...sentences)).map((e) => `${e.date} ${e.quotes[0]!.quote}`);

describe('a day word inside a capitalised name', () => {
  it('dates "told Cycling Today on Monday" by Monday only', () => {
    expect(
      dates(
        'The council told Cycling Today on Monday that the faded lanes on Brook Street would be repainted.',
      ),
    ).toEqual([
      '2026-05-04 The council told Cycling Today on Monday that the faded lanes on Brook Street would be repainted.',
    ]);
  });

  it('is no date for an outlet opening the sentence or a programme', () => {
    expect(
      dates(
        'USA Today reported the closure of the cycle lanes.',
        "The minister told the BBC's Today programme that the lanes were safe.",
        'The cyclists were interviewed on Tonight about the lanes.',
      ),
    ).toEqual([]);
  });

  it('keeps the adverb at the start of a sentence, in lower case and in a title-case line', () => {
    expect(
      dates(
        'Today the council repainted the lanes on Brook Street.',
        'The council closed the lanes on Mill Road today.',
        'Bridge Fund Vote Held Today At Town Hall',
      ),
    ).toEqual([
      '2026-05-06 Today the council repainted the lanes on Brook Street.',
      '2026-05-06 The council closed the lanes on Mill Road today.',
      '2026-05-06 Bridge Fund Vote Held Today At Town Hall',
    ]);
  });
});
