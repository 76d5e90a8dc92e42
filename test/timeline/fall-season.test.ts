/**
 * "fall" names the season (American autumn) only as a time adjunct its own words mark: with a
 * year, after "this", "last" or "next", or coordinated with another season name. "the fall"
 * otherwise is the noun of falling, and so is a "fall" that is the subject of the verb after it
 * ("This fall was preventable."). Invented scaffold-accident and ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.precision, e.future];
const eventsOf = (published: string, ...sentences: string[]) =>
  buildTimeline(articleOf(published, ...sentences)).map(shown);

describe('"the fall" as the noun of falling', () => {
  it.each([
    'A roofer from Tilby suffered a broken wrist and a cracked rib in the fall.',
    'Tilby Builders halted work on the roof after the fall, the firm said.',
    'The roofer has been off work since the fall.',
    'Inspectors found the harness had failed before the fall.',
  ])('published 20 November 2025: "%s" is undated', (sentence) => {
    expect(eventsOf('2025-11-20', sentence)).toEqual([]);
  });

  it('a day in the sentence dates it once, not also by a season', () => {
    expect(
      eventsOf(
        '2025-11-20',
        'Tilby Builders halted work on the roof on 18 November 2025 after the fall.',
      ),
    ).toEqual([['2025-11-18', 'day', false]]);
  });
});

describe('"fall" as the subject of its clause', () => {
  it.each([
    'The roofer\'s brother said: "This fall was preventable."',
    'The site manager said: "This fall should never have happened."',
    'His lawyer said last fall had changed his life.',
  ])('published 20 November 2025: "%s" is undated', (sentence) => {
    expect(eventsOf('2025-11-20', sentence)).toEqual([]);
  });
});

describe('"fall" as a season', () => {
  it.each([
    ['The ferry to Tilby stopped running last fall.', '2025-09', false],
    ['The ferry to Tilby will resume next fall.', '2026-09', true],
    ['This fall the ferry to Tilby will run twice a day.', '2026-09', true],
    ["The ferry to Tilby was cut from last fall's timetable.", '2025-09', false],
    ['The ferry to Tilby will close in the fall and winter.', '2026-09', true],
    ['The ferry to Tilby stopped running in the fall of 2024.', '2024-09', false],
    ['The ferry to Tilby stopped running in fall 2024.', '2024-09', false],
  ])('published 20 March 2026: "%s" is %s', (sentence, date, future) => {
    expect(eventsOf('2026-03-20', sentence)[0]).toEqual([date, 'season', future]);
  });
});
