/**
 * An article with no publication date that tells a plan or a deadline ("Repairs should be
 * finished by the end of April") is counted from a time of writing it does not state: it never
 * joins a dated entry of another article, which would give it that entry's year, and stays under
 * its own "April (year not stated)" heading (attach.ts). A report of what happened still joins
 * the one dated entry telling the same act. Invented road-repair articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { groupByDate } from '../../src/framework/render/timeline-headings.js';
import { corpusOf, one } from './fixtures.js';

const DATED_DEADLINE = one(
  'dated',
  '2025-03-11',
  'Repairs should be finished by the end of April.',
);
const UNDATED_DEADLINE = {
  id: 'undated',
  published: null,
  paragraphs: [['Repairs should be finished by the end of April.']],
};

/** Each heading as the renderers show it, with its entries' sources. */
const headings = (...articles: Parameters<typeof corpusOf>) =>
  groupByDate(buildTimeline(corpusOf(...articles))).map(
    (g) => `${g.label}: ${g.events.flatMap((e) => e.quotes.map((q) => q.source.id)).join(', ')}`,
  );

describe('a yearless plan or deadline', () => {
  it('is shown under its own heading with the year not stated', () => {
    expect(headings(DATED_DEADLINE, UNDATED_DEADLINE)).toEqual([
      '2025-04 (month): dated',
      'April (year not stated): undated',
    ]);
  });

  it('keeps its deadline and its side', () => {
    const yearless = buildTimeline(corpusOf(DATED_DEADLINE, UNDATED_DEADLINE)).find(
      (e) => !e.yearStated,
    );
    expect(yearless).toMatchObject({ date: '--04', future: true, deadline: true });
  });

  it('leaves a report of what happened joining the dated entry of the same act', () => {
    expect(
      headings(one('dated', '2025-03-11', 'The landslide closed the coast road on 9 March.'), {
        id: 'undated',
        published: null,
        paragraphs: [['The landslide closed the coast road on 9 March.']],
      }),
    ).toEqual(['2025-03-09: dated, undated']);
  });
});
