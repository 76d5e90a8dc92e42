import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { eventWords } from '../../src/search/select/fact-predicates.js';

const same = { published: ['2025-03-12', '2025-03-12'] as const };
const relation = (a: string, b: string) => classifyFacts(a, b, same);

describe('the same fact is the same event', () => {
  it('keeps apart a negation and a report that share only what they are about, not what happened', () => {
    for (const [a, b] of <Array<[string, string]>>[
      [
        'The leaks in the Pellow Dam did not start overnight.',
        'Boat trips across the Pellow Dam reservoir have been halted after divers found leaks in one of its concrete walls during a routine check on Monday.',
      ],
      [
        'The leaks in the Pellow Dam were not caused by frost.',
        'Boat trips across the Pellow Dam reservoir have been halted after divers found leaks in one of its concrete walls during a routine check on Monday.',
      ],
    ]) {
      expect(relation(a, b), `${a} / ${b}`).toEqual({
        kind: 'different-fact',
        reason: 'different events',
      });
      expect(relation(b, a).kind).toBe('different-fact');
    }
  });

  it('still finds one event told in other words, a verb meeting its own noun', () => {
    for (const [a, b] of <Array<[string, string]>>[
      [
        'Divers found leaks in a wall of the Pellow Dam on Monday.',
        'On Monday divers found leaks in a wall of the Pellow Dam, the water board said.',
      ],
      [
        'Ferry services to Garra Island were suspended by the harbour board on Friday.',
        'The harbour board confirmed the suspension of ferry services to Garra Island on Friday.',
      ],
    ])
      expect(relation(a, b), `${a} / ${b}`).toEqual({ kind: 'same-fact' });
  });

  it('leaves a negation beside a shared event to the shared words', () => {
    expect(
      relation(
        'Divers found leaks in a wall of the Pellow Dam, which were not there last year.',
        'Divers found leaks in a wall of the Pellow Dam, the water board said.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads no event in verbs of saying or light verbs, whose object carries it', () => {
    expect([...eventWords('The panel said it makes 12 proposals.')]).toEqual([]);
    expect([...eventWords('Divers found leaks in the dam.')]).toEqual(['found']);
  });
});
