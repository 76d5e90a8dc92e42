import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

// 5 November 2025 is a Wednesday: "last night" then is Tuesday 4 November, as "on Tuesday" is
// on Thursday 6 November.
const WEDNESDAY = '2025-11-05';
const THURSDAY = '2025-11-06';
const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });

const approved =
  'Councillors approved the Harl Road barrier last night by nine votes to four after a long debate.';
const voted =
  'The Harl Road barrier will be built after the planning committee voted eight to five on Tuesday.';

describe('one vote counted twice', () => {
  it('differs on the number when two tallies of one day and one named thing differ', () => {
    expect(classifyFacts(approved, voted, on(WEDNESDAY, THURSDAY))).toEqual({
      kind: 'disagree',
      aspect: 'number',
      anchor: ['vote'],
    });
    expect(classifyFacts(voted, approved, on(THURSDAY, WEDNESDAY)).kind).toBe('disagree');
  });

  it('is not claimed on another day, an unknown day or an untimed report', () => {
    expect(classifyFacts(approved, voted, on(WEDNESDAY, '2025-11-13')).kind).toBe('different-fact');
    expect(classifyFacts(approved, voted, on(WEDNESDAY, null)).kind).toBe('different-fact');
    // The same report without its day: which day it counts is not known, so not guessed.
    const untimed = voted.replace(' on Tuesday', '');
    expect(classifyFacts(approved, untimed, on(WEDNESDAY, THURSDAY)).kind).toBe('different-fact');
  });

  it('is not claimed for a tally planned or expected, another vote, or another named thing', () => {
    for (const other of [
      'The Harl Road barrier is expected to pass by eight votes to five on Tuesday.',
      'The Harl Road barrier was approved again after the committee voted eight to five on Tuesday.',
      'The Tarn ferry will close after the planning committee voted eight to five on Tuesday.',
    ])
      expect(classifyFacts(approved, other, on(WEDNESDAY, THURSDAY)).kind, other).toBe(
        'different-fact',
      );
  });
});
