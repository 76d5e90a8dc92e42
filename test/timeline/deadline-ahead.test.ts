/**
 * A deadline month after an expecting verb or a modal looks ahead from the time of writing: a
 * hyphenated participle modifying the noun ("the first peer-reviewed papers") is no past verb,
 * nor is a participle in a passive under a modal ("could be published by June": the modal
 * governs; with a deadline, an estimate listed ahead). Near misses keep their reading: a hyphenated verb
 * ("re-elected") is past; "will be published" is ahead. Invented ferry-survey sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return { dated: events.map((e) => [e.date, e.future]), undated: undated.map((u) => u.text) };
};

/** Published in March: a September, or a June, without a year lies on either side. */
const MARCH = '2026-03-13';

describe('a deadline ahead of the time of writing', () => {
  it.each([
    'The ferry board expects the first peer-reviewed surveys by September.',
    'The ferry board expects the long-awaited survey by September.',
  ])('is this year\'s month after a hyphenated participle modifying a noun: "%s"', (sentence) => {
    expect(datesOf(MARCH, sentence).dated).toEqual([['2026-09', true]]);
  });

  it('keeps a hyphenated verb as past', () => {
    expect(datesOf(MARCH, 'The ferry board re-elected its chair in September.').dated).toEqual([
      ['2025-09', false],
    ]);
  });

  it('dates a passive under a modal of possibility with a deadline ahead, an estimate, not past', () => {
    expect(datesOf(MARCH, 'The chair said the ferry survey could be published by June.')).toEqual({
      dated: [['2026-06', true]],
      undated: [],
    });
  });

  it('keeps a passive under "will" ahead', () => {
    expect(
      datesOf(MARCH, 'The chair said the ferry survey will be published by June.').dated,
    ).toEqual([['2026-06', true]]);
  });
});
