/**
 * A state told to start at a date in the present ("Fares rise from March.") lies ahead of the
 * time of writing: a state already begun is told in the perfect with "since" or in the past. So
 * a headline-like "Goods train from March." is dated ahead whether its pair is read as a clause
 * (plural-present.ts) or as a noun phrase: the date is when what it tells begins. An event in
 * the headline present ("Fares rise in March."), a past ("rose from March"), and a "from" of
 * origin after a noun or a copula keep the nearer year. Invented fares and freight lines,
 * published Wednesday 4 June 2025.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events } = buildTimelineDetailed(articleOf('2025-06-04', sentence));
  return events.map((e) => [e.date, e.future]);
};

describe('a state that starts at a date told in the present', () => {
  it.each([
    ['Goods train from March.', [['2026-03', true]]],
    ['Fares rise from March.', [['2026-03', true]]],
    ['The Denby toll applies from 1 March.', [['2026-03-01', true]]],
  ])('"%s" lies ahead: %j', (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe('a date the present does not make a start ahead', () => {
  it.each([
    // The headline present tells an event, maybe after the fact.
    ['Fares rise in March.', [['2025-03', false]]],
    ['Fares rose from March.', [['2025-03', false]]],
    // "from" after a noun or a copula tells where a thing comes from.
    ['Figures from March are the latest the Denby council has.', [['2025-03', false]]],
    ['The oldest letter in the Denby archive is from March.', [['2025-03', false]]],
  ])('"%s" keeps its reading: %j', (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});
