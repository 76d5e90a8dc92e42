/**
 * A yearless quote joins a dated entry by the rule merging uses: quotes whose dates differ in
 * precision tell one event only when they share the action their dates are said of (action.ts).
 * Here the yearless day "On March 7" resembles only the month-level source of a 7 March entry;
 * it joins when it tells that source's action, not when it tells another one about the same
 * works. Invented harbour articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const one = (id: string, published: string | null, sentence: string) => ({
  id,
  published,
  paragraphs: [[sentence]],
});

/** Saturday 8 March 2025: "yesterday afternoon" is Friday 7 March. */
const NOTICE = one(
  'notice',
  '2025-03-08',
  'Harbour Water issued the boil notice yesterday afternoon.',
);
const MONTHLY = one(
  'monthly',
  '2025-04-20',
  'Harbour Water issued a boil notice in March after tests found parasites at the Mill Lane treatment works.',
);

/** Each entry as "date: sources", a yearless source marked "?". */
const entries = (yearless: string) =>
  buildTimeline(corpusOf(NOTICE, MONTHLY, one('notes', null, yearless))).map(
    (e) =>
      `${e.date}: ${e.quotes.map((q) => `${q.source.id}${q.yearStated === false ? '?' : ''}`).join(', ')}`,
  );

describe('a yearless quote joins through a source of another precision only with its action', () => {
  it('joins when it tells the same action', () => {
    expect(
      entries(
        'On March 7, Harbour Water issued a boil notice after tests found parasites at the Mill Lane treatment works.',
      ),
    ).toEqual(['2025-03-07: notice, monthly, notes?']);
  });

  it('stays apart, year not stated, when it tells another action at the same works', () => {
    expect(
      entries(
        'On March 7, Harbour Water switched off the Mill Lane treatment works after tests found parasites.',
      ),
    ).toEqual(['2025-03-07: notice, monthly', '--03-07: notes']);
  });
});
