/**
 * A month name after a preposition that takes no clause ("in" after a verb, "during", "early")
 * is a month even when a verb follows it: the preposition's complement is a noun phrase, never a
 * subject and its verb (CGEL, Huddleston and Pullum 2002, ch. 7 §2), so "reopened" in "The branch
 * closed in May reopened on Monday" is the verb of the clause around it. After "since" (which
 * takes a clause) or "in" after a noun or a verb whose "in" takes a person ("confidence in",
 * "believed in"), a verb still makes the name a person. Invented Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2025-02-14. */
const datesOf = (sentence: string) =>
  buildTimeline(articleOf('2025-02-14', sentence)).map((e) => e.date);

describe('a name-like month before a verb', () => {
  it.each([
    ['The Kestrow branch closed in May reopened on Monday.', ['2024-05', '2025-02-10']],
    ['Kestrow branches shut during May reopened on Monday.', ['2024-05', '2025-02-10']],
    ['The Kestrow shop opened in April closed on Monday.', ['2024-04', '2025-02-10']],
  ])('is a month after a preposition of time: "%s"', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });

  it.each([
    'Confidence in May collapsed among Kestrow members on Monday.',
    'Kestrow voters who believed in May felt let down on Monday.',
    'Since May took office, Kestrow taxes rose on Monday.',
  ])('is a person where a person can stand: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual(['2025-02-10']);
  });
});
