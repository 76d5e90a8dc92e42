/**
 * A postponement to a stated time is a rescheduling (fact-stance.ts 'rescheduled'), no undoing:
 * WordNet 3.1 postpone.v.01 "hold back to a later time" keeps the event, cancel.v.01 "postpone
 * indefinitely or annul" does not. Before, "postponed until Friday" was read as an act undone
 * ("undone or called off"). It still never joins a report that the event took place, nor one
 * that it was called off. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { stancesOf } from '../../../src/search/select/fact-stance.js';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../../src/search/select/fact-relation-types.js';

const CLOSE: RelationContext = { published: ['2026-04-02', '2026-04-03'] };
const stances = (text: string) => [...stancesOf(text).keys()].sort();

describe('the rescheduled stance', () => {
  it('reads a postponement to a stated time as a rescheduling, not an undoing', () => {
    for (const text of [
      'The vote on the Tolvey Quay bypass was postponed until Friday.',
      'The regatta has been put back to 14 October.',
      'The hearing was deferred until the end of March.',
      'The opening of the Marl Street library has been delayed to next year.',
      'The council postponed the vote until a later date.',
    ])
      expect(stances(text), text).toEqual(['rescheduled']);
  });

  it('leaves a postponement with no time, or an indefinite one, an undoing', () => {
    expect(stances('The vote on the bypass was postponed.')).toEqual(['reversed']);
    expect(stances('The vote on the bypass was postponed indefinitely.')).toEqual(['reversed']);
  });

  it('reads a later cancellation in the same sentence as well', () => {
    expect(stances('The vote was postponed until Friday and then cancelled.')).toEqual([
      'rescheduled',
      'reversed',
    ]);
  });

  it('reads no rescheduling where "to" leads to a place', () => {
    expect(stances('Flights to Kelby were delayed to Porthaven on Monday.')).toEqual([]);
  });

  it('never joins a rescheduling with the event held, nor calls it off', () => {
    const postponed = 'The vote on the Tolvey Quay bypass was postponed until Friday.';
    for (const other of [
      'The vote on the Tolvey Quay bypass was held on Tuesday.',
      'The vote on the Tolvey Quay bypass was called off.',
    ]) {
      for (const [a, b] of [
        [postponed, other],
        [other, postponed],
      ] as const) {
        const relation = classifyFacts(a, b, CLOSE);
        expect(relation.kind).toBe('different-fact');
      }
    }
    const held = classifyFacts(
      postponed,
      'The vote on the Tolvey Quay bypass was held on Tuesday.',
      CLOSE,
    );
    expect(held.kind === 'different-fact' && held.reason).toBe('put off to a later time');
  });
});
