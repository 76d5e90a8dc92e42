/**
 * A reported clause's yearless dates count from the time of the saying that a reporting clause
 * after it dates ("The stand was unlikely to reopen before the autumn, the council said in
 * March"): the time reference of reported speech is the original utterance's (Quirk et al.
 * 1985, 14.31–14.33), as for a saying told first ("said in March that …"). A bound ahead of the
 * saying is the next onset after it; a past is the one before it. A saying dated by its year
 * alone leaves a month or season in doubt. Invented stand sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a bound ahead of a saying dated after it', () => {
  it.each([
    [
      '2025-06-02',
      'The stand was unlikely to reopen before the autumn, the council said in March.',
    ],
    ['2025-06-02', 'The stand would not reopen before the autumn, the council said in March.'],
    ['2025-10-10', 'The stand would not reopen before the autumn, the council said in March.'],
    ['2025-10-10', 'The stand will not reopen before the autumn, the council said in March.'],
  ])('published %s: "%s" is autumn 2025, ahead of March', (published, sentence) => {
    expect(eventsOf(published, sentence)).toEqual([
      ['2025-03', false],
      ['2025-09', true],
    ]);
  });

  it('agrees with the same saying told first', () => {
    expect(
      eventsOf(
        '2025-10-10',
        'The council said in March that the stand would not reopen before the autumn.',
      ),
    ).toEqual([
      ['2025-03', false],
      ['2025-09', true],
    ]);
  });

  it('counts from a saying’s weekday: said on the Friday before the autumn began', () => {
    expect(
      eventsOf(
        '2025-09-02',
        'The stand will not reopen before the autumn, officials said on Friday.',
      ),
    ).toEqual([
      ['2025-08-29', false],
      ['2025-09', true],
    ]);
  });

  it('places a past told by a later saying before the saying', () => {
    expect(
      eventsOf('2025-12-10', 'The stand closed in the autumn, the council said in March.'),
    ).toEqual([
      ['2024-09', false],
      ['2025-03', false],
    ]);
  });
});

describe('near misses', () => {
  it('leaves a season in doubt when the saying is dated by its year alone', () => {
    const { events, undated } = buildTimelineDetailed(
      articleOf('2025-12-10', 'The stand will reopen in the autumn, the council said in 2024.'),
    );
    expect(events.map((e) => e.date)).toEqual(['2024']);
    expect(undated.map((u) => u.text)).toEqual(['autumn']);
  });

  it('counts from publication when the saying states no date', () => {
    expect(
      eventsOf(
        '2025-12-10',
        'The stand will reopen in the autumn, the council said in a statement.',
      ),
    ).toEqual([['2026-09', true]]);
  });

  it('keeps a year the sentence states before the date', () => {
    expect(
      eventsOf(
        '2025-12-10',
        'In 2019 the stand closed in the autumn, the council said in March.',
      ).map((e) => e[0]),
    ).toEqual(['2019', '2019-09', '2025-03']);
  });
});
