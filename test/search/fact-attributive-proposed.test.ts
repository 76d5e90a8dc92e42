/**
 * "Proposed" before the noun it describes ("the proposed bus lane", "Kelby's proposed bus lane")
 * names what the thing is, and takes no stance on the clause's predicate
 * (src/search/select/fact-stance.ts `ATTRIBUTIVE_BEFORE`): a report of what happened about it
 * is one fact with a report that leaves the word out. The verb stays a plan: "the council proposed
 * a bus lane" is not a report that it was approved or built. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { stancesOf } from '../../src/search/select/fact-stance.js';

describe('"proposed" before a noun', () => {
  it('takes no stance after a determiner or a genitive', () => {
    expect(stancesOf('A consultation on the proposed bus lane closed.').has('modal')).toBe(false);
    expect(stancesOf('A consultation on Kelby’s proposed bus lane closed.').has('modal')).toBe(
      false,
    );
  });

  it('is still a plan as a verb, and after a relative "that"', () => {
    expect(stancesOf('The council proposed a bus lane.').has('modal')).toBe(true);
    expect(stancesOf('A bus lane was proposed on Harl Road.').has('modal')).toBe(true);
    expect(stancesOf('It backed a plan that proposed a bus lane.').has('modal')).toBe(true);
  });

  it('leaves a report of what happened one fact with one that omits it', () => {
    for (const [a, b] of [
      [
        'A consultation on the proposed Harl Road bus lane closed on Tuesday with 812 responses.',
        'A consultation on the Harl Road bus lane closed on Tuesday with 812 responses.',
      ],
      [
        'A consultation on Kelby’s proposed bus lane closed on Tuesday with 812 responses.',
        'A consultation on Kelby’s bus lane closed on Tuesday with 812 responses.',
      ],
    ] as const) {
      expect(classifyFacts(a, b)).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(b, a)).toEqual({ kind: 'same-fact' });
    }
  });

  it('keeps the plan apart from its outcome', () => {
    const built = 'A bus lane was built on Harl Road on Tuesday.';
    expect(
      classifyFacts('The council proposed a bus lane on Harl Road on Tuesday.', built).kind,
    ).toBe('different-fact');
    expect(classifyFacts('A bus lane was proposed on Harl Road on Tuesday.', built).kind).toBe(
      'different-fact',
    );
    expect(
      classifyFacts(
        'The proposed bus lane on Harl Road will cost £2 million.',
        'The bus lane on Harl Road cost £2 million.',
      ).kind,
    ).toBe('different-fact');
  });
});
