/**
 * A sentence's end ends its clauses, even when the segmenter left the next sentence, a direct
 * quotation, in the same piece (clause.ts): a habit the speaker tells ("like I always do") is
 * not the habit of the act dated before it. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { clauseBounds } from '../../src/timeline/clause.js';
import { articleOf } from './fixtures.js';

const JOINED =
  'On 7 March, she locked the display cases herself at 5pm. "I checked every one of them twice, like I always do," she said.';

describe('a quotation after a sentence end in one piece', () => {
  it('starts a clause of its own', () => {
    const start = JOINED.indexOf('7 March');
    const { from, to } = clauseBounds(JOINED, start, start + '7 March'.length);
    expect(JOINED.slice(from, to)).toBe('On 7 March, she locked the display cases herself at 5pm.');
  });

  it('lends its habit to no date before it', () => {
    expect(buildTimeline(articleOf('2026-03-09', JOINED)).map((e) => e.date)).toEqual([
      '2026-03-07',
    ]);
    // The yearless date of an undated article is listed with its year not stated.
    const undated = buildTimeline(
      articleOf(null, 'Hollin has not felt like this since the flood of 1968.', JOINED),
    );
    expect(undated.map((e) => `${e.date} ${e.yearStated}`)).toEqual(['1968 true', '--03-07 false']);
  });

  it('keeps a habit in the clause of the date itself', () => {
    expect(
      buildTimeline(
        articleOf(
          '2026-03-09',
          'The chapel usually closes in March. "We need the rest," the warden said.',
        ),
      ),
    ).toEqual([]);
  });
});
