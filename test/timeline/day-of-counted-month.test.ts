/**
 * "On the 3rd of last month": a day of the month counted from the publication month, as "last
 * month" is, rather than only that month. Invented parish-council sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

const eventsOf = (published: string | null, ...paragraphs: string[]) =>
  buildTimelineDetailed(articleOf(published, ...paragraphs)).events.map((e) => [e.date, e.future]);

describe('the day of a month counted from publication', () => {
  it.each([
    [
      '2025-07-11',
      'The parish council lodged an objection on the 3rd of last month.',
      '2025-06-03',
      false,
    ],
    [
      '2025-01-09',
      'The parish council lodged an objection on the 30th of last month.',
      '2024-12-30',
      false,
    ],
    ['2025-07-11', 'The parish council will decide by the 3rd of next month.', '2025-08-03', true],
    ['2025-12-02', 'The parish council will decide on the 9th of next month.', '2026-01-09', true],
    ['2025-07-11', 'The parish council met on the 2nd of this month.', '2025-07-02', false],
  ])('published %s: "%s" is %s', (published, sentence, date, future) => {
    expect(eventsOf(published, sentence)).toEqual([[date, future]]);
  });

  it('a month the narrative set does not change it', () => {
    expect(
      buildTimelineDetailed(
        corpusOf({
          published: '2025-07-11',
          paragraphs: [
            [
              'In March 2025 the parish council first met.',
              'It lodged an objection on the 3rd of last month.',
            ],
          ],
        }),
      ).events.map((e) => e.date),
    ).toEqual(['2025-03', '2025-06-03']);
  });

  it('is left undated without a publication day, and a day the month lacks is no date', () => {
    expect(
      eventsOf(null, 'The parish council lodged an objection on the 3rd of last month.'),
    ).toEqual([]);
    expect(
      eventsOf('2025-03-10', 'The parish council lodged an objection on the 30th of last month.'),
    ).toEqual([]);
  });
});
