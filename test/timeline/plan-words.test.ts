/**
 * The words of a plan set for a time (src/timeline/plan-words.ts) are one list for every rule
 * that reads one, so each participle of arranging is read alike by each: a plan called off
 * leaves its day undated (called-off.ts), and a plan given up in the past perfect takes the
 * nearer year (rescheduled.ts). Invented sentences, published Monday 10 March 2025.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { ARRANGED_PARTICIPLES, PLAN_CUES } from '../../src/timeline/plan-words.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.future];
const eventsOf = (sentence: string) => buildTimeline(articleOf('2025-03-10', sentence)).map(shown);

describe('one list of the words of a plan', () => {
  it('holds the arranging participles and the words of a time foreseen', () => {
    expect(PLAN_CUES).toEqual(expect.arrayContaining([...ARRANGED_PARTICIPLES, 'due', 'expected']));
  });

  it.each(ARRANGED_PARTICIPLES)('"cancelled the strike %s for Friday" dates nothing', (word) => {
    expect(eventsOf(`The union cancelled the strike ${word} for Friday.`)).toEqual([]);
  });

  it.each(ARRANGED_PARTICIPLES)(
    '"had been %s for 7 October but was postponed": the nearer 7 October',
    (word) => {
      expect(eventsOf(`The vote had been ${word} for 7 October but was postponed.`)).toEqual([
        ['2024-10-07', false],
      ]);
    },
  );
});
