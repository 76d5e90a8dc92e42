/**
 * "Planning" marks a plan only as the verb's progressive ("is planning a vote", "planning to
 * open"); as the noun of town planning ("its planning application", "the planning committee")
 * it says nothing of the tense, and the past verb before it governs. Invented mining sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 2025-04-23. */
const WEDNESDAY = '2025-04-23';
const eventsOf = (sentence: string) =>
  buildTimeline(articleOf(WEDNESDAY, sentence)).map((e) => [e.date, e.future]);

describe('"planning" as a noun', () => {
  it.each([
    'The mining company submitted its planning application to the county council on Tuesday.',
    'The mine owner lodged a planning permission request on Tuesday.',
  ])('"%s" is last Tuesday, past', (sentence) => {
    expect(eventsOf(sentence)).toEqual([['2025-04-22', false]]);
  });
});

describe('"planning" as a verb', () => {
  it.each([
    'The county council is planning a vote on the mine in May.',
    'Officials said they were planning to reopen the mine in May.',
    'Residents are planning on a protest at the mine in May.',
  ])('"%s" is ahead', (sentence) => {
    expect(eventsOf(sentence)).toEqual([['2025-05', true]]);
  });
});
