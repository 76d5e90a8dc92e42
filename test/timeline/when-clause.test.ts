/**
 * A date with its own "when" clause ("since Monday, when cracks were confirmed in its deck")
 * dates that clause's act, even where the clause before the date is a tally or a comparison the
 * date only bounds; without the "when" clause such a date stays undated. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { whenClauseOf } from '../../src/timeline/when-clause.js';
import { articleOf } from './fixtures.js';

// Friday 13 March 2026: Monday is 9 March.
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-03-13', sentence)).map((e) => [e.date, e.quotes[0]?.dates ?? null]);

describe('a date with a "when" clause of its own', () => {
  it("dates the clause's act after a tally since the date", () => {
    expect(
      entriesOf(
        'The council has told about 600 drivers to avoid Kell Bridge since Monday, when cracks were confirmed in its deck by inspectors.',
      ),
    ).toEqual([['2026-03-09', 'Monday, when cracks were confirmed in its deck by inspectors']]);
  });

  it("dates the clause's act after a comparison since the date", () => {
    expect(
      entriesOf('It was the longest closure since 4 March, when a barge struck the pier.'),
    ).toEqual([['2026-03-04', '4 March, when a barge struck the pier']]);
  });

  it('leaves a tally since a date without one undated', () => {
    expect(
      entriesOf('The council has told about 600 drivers to avoid Kell Bridge since Monday.'),
    ).toEqual([]);
  });

  it('ends the clause at its comma or the sentence end', () => {
    const s = 'Trains have run late since Monday, when the bridge shut, officials said.';
    const at = s.indexOf('Monday');
    expect(whenClauseOf(s, at, at + 'Monday'.length)).toBe('Monday, when the bridge shut');
    expect(whenClauseOf('Trains ran late on Monday.', 15, 21)).toBeNull();
  });
});
