/**
 * The order of a date's entries: a range ("on 14 and 15 May") comes after the single dates it
 * starts with, so each date has one heading, never two with the range between them (intervals
 * ordered by start, then by end; merge.ts `compareEvents`, yearless.ts). Invented harbour
 * articles, one event each, the range told by the middle one.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { groupByDate } from '../../src/framework/render/timeline-headings.js';
import { corpusOf, one, type FixtureArticle } from './fixtures.js';

/** An undated article of one sentence. */
const undated = (id: string, sentence: string): FixtureArticle => ({
  id,
  published: null,
  paragraphs: [[sentence]],
});

const headings = (...articles: Parameters<typeof corpusOf>) =>
  groupByDate(buildTimeline(corpusOf(...articles))).map((g) => g.label);

describe('a range after the single dates it starts with', () => {
  it('one heading for a day when a range starting on it is told between two of its events', () => {
    expect(
      headings(
        one('a', '2026-05-20', 'The ferry ran aground off Kettle Point on 14 May.'),
        one('b', '2026-05-20', 'Divers inspected the hull on 14 and 15 May.'),
        one('c', '2026-05-20', 'The harbour board closed the north quay on 14 May.'),
      ),
    ).toEqual(['2026-05-14', '2026-05-14 to 2026-05-15']);
  });

  it('the same for days whose year is not stated', () => {
    expect(
      headings(
        undated('a', 'The ferry ran aground off Kettle Point on 14 May.'),
        undated('b', 'Divers inspected the hull on 14 and 15 May.'),
        undated('c', 'The harbour board closed the north quay on 14 May.'),
      ),
    ).toEqual(['14 May (year not stated)', '14 May to 15 May (year not stated)']);
  });
});
