/**
 * A span begun by publication and not over by it is under way: dated in the publication year,
 * marked `ongoing`, never `future` (expected) as a whole. Invented consultation sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { groupByDate, groupNotes } from '../../src/framework/render/timeline-headings.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) =>
  `${e.end ? `${e.date}/${e.end}` : e.date}${e.future ? ' expected' : ''}${e.ongoing ? ' ongoing' : ''}`;
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a span that began before publication and runs after it', () => {
  it('"runs from 1 to 20 November", published 12 November: this November, under way', () => {
    expect(datesOf('2025-11-12', 'The Fernhill consultation runs from 1 to 20 November.')).toEqual([
      '2025-11-01/2025-11-20 ongoing',
    ]);
  });
  it('"will run from 3 October to 30 November", published 12 November: under way', () => {
    expect(
      datesOf('2025-11-12', 'The Fernhill exhibition will run from 3 October to 30 November.'),
    ).toEqual(['2025-10-03/2025-11-30 ongoing']);
  });
  it('the heading says so, and not "expected"', () => {
    const groups = groupByDate(
      buildTimeline(
        articleOf('2025-11-12', 'The Fernhill consultation runs from 1 to 20 November.'),
      ),
    );
    expect(groupNotes(groups[0]!)).toEqual(['under way at the time of writing']);
  });
});

describe('spans on one side of publication keep their reading', () => {
  it('a span that starts after publication is expected', () => {
    expect(datesOf('2025-11-12', 'The Fernhill festival runs from 20 to 25 November.')).toEqual([
      '2025-11-20/2025-11-25 expected',
    ]);
  });
  it("a span ahead whose days of this year have passed is next year's", () => {
    expect(datesOf('2025-11-12', 'The Fernhill fair will run from 1 to 10 November.')).toEqual([
      '2026-11-01/2026-11-10 expected',
    ]);
  });
  it('a past span has ended by publication', () => {
    expect(datesOf('2025-11-12', 'The Fernhill fair ran from 1 to 20 November.')).toEqual([
      '2024-11-01/2024-11-20',
    ]);
  });
  it('a span of months whose first month holds publication may still start later: expected', () => {
    expect(
      datesOf('2025-11-12', 'The Fernhill exhibition will run from November 2025 to January 2026.'),
    ).toEqual(['2025-11/2026-01 expected']);
  });
});
