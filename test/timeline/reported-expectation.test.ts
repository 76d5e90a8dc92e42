/**
 * An expectation reported in the simple past with a deadline, in a sentence that dates nothing
 * else ("said they expected services to return to normal by Saturday"), is held at the time of
 * writing: the deadline lies ahead, as under "should return … by Saturday". Near misses: a dated
 * expecting ("On Monday … expected") and a day that is no deadline ("on Saturday") stay in doubt.
 * Invented ferry-service sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Friday 19 June 2026. */
const timelineOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-06-19', sentence));
  return {
    dated: events.map((e) => [e.date, e.future]),
    undated: undated.map((u) => u.text),
  };
};

describe('a reported expectation with a deadline', () => {
  it.each([
    'The ferry operator said it expected sailings to return to normal by Saturday.',
    'The ferry operator expected sailings to return to normal by Saturday.',
    'The ferry operator should restore sailings by Saturday.',
  ])('lies ahead of the time of writing: "%s"', (sentence) => {
    expect(timelineOf(sentence)).toEqual({ dated: [['2026-06-20', true]], undated: [] });
  });

  it.each([
    'The ferry operator said it expected sailings to return to normal on Saturday.',
    'On Monday the ferry operator expected sailings to return to normal by Saturday.',
  ])('stays in doubt with no deadline or a dated expecting: "%s"', (sentence) => {
    expect(timelineOf(sentence).undated).toEqual(['Saturday']);
  });
});
